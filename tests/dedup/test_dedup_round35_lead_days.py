"""The day and toll a lead tells: a weekday that dates the reporting ("officials said on Tuesday")
is no day of the incident, and a toll told by a passive phrase of several words ("lost their
lives", "sustained injuries") counts like a single passive word."""
from __future__ import annotations

from sitrep.dedup.lead_facts import lead_facts, passage_leads_differ, texts_differ


def test_a_filing_weekday_is_not_the_incident_s_day():
    facts = lead_facts("Four police officers were killed when their patrol hit a mine near Kidal, "
                       "regional officials said on Tuesday.")
    assert facts.killed == 4
    assert facts.weekdays == frozenset()


def test_a_weekday_after_an_addressee_or_according_to_is_filed_too():
    told = lead_facts("Two guards were killed at the depot, a commander told Reuters on Friday.")
    according = lead_facts("Nine herders were killed in the raid, according to local sources this Thursday.")
    assert told.weekdays == frozenset() and told.killed == 2
    assert according.weekdays == frozenset() and according.killed == 9


def test_the_incident_weekday_stays_beside_a_filing_one():
    facts = lead_facts("Gunmen killed six villagers in Ansongo on Sunday, the governor said on Monday.")
    assert facts.weekdays == frozenset({6})      # Sunday (Monday is 0)
    assert facts.killed == 6


def test_a_possessive_weekday_right_after_a_verb_dates_the_incident():
    facts = lead_facts("The mayor said Saturday's ambush left 11 soldiers dead on the Gao road.")
    assert facts.weekdays == frozenset({5})
    assert facts.killed == 11


def test_a_passive_phrase_of_several_words_gives_the_toll():
    facts = lead_facts("Bamako - Seven gendarmes of the rapid response unit lost their lives on Wednesday "
                       "and three of their colleagues sustained injuries when a bomb went off under their truck.")
    assert (facts.killed, facts.wounded) == (7, 3)
    assert facts.weekdays == frozenset({2})


def test_leads_of_other_days_and_tolls_of_other_kinds_differ_for_a_passage_only():
    dead = "Twelve fishermen were killed on Thursday when shells hit the landing site at Kaka, officials said."
    hurt = "Three soldiers were wounded on Wednesday when a mine exploded under their patrol near Kaka."
    # a rewrite's veto wants two counts of one kind; a shared passage's tells the kinds apart
    assert not texts_differ(dead, hurt)
    assert passage_leads_differ(dead, hurt)
    # the same day is one incident's, whatever the counts
    same_day = hurt.replace("Wednesday", "Thursday")
    assert not passage_leads_differ(dead, same_day)
