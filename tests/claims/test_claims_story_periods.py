"""Figures read with the story around them: periods from the act a previous sentence dates, from
the incident a toll restates, since-clauses as lower bounds; dozens, series governed through a
prepositional phrase, far toll subjects and ministries as claimants."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact, Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-05-07", mentions=()) -> list[ClaimFact]:
    ms = []
    for local, (name, kind) in enumerate(mentions):
        s = text.index(name)
        ms.append(Mention(s, s + len(name), name, kind, f"name:{name.lower()}", "test", local))
    return find_claims(text, split_sentences(text), ms, find_timexes(text, published), published)


def _one(found: list[ClaimFact], quantity) -> ClaimFact:
    hits = [c for c in found if c.quantity == quantity]
    assert len(hits) == 1, [(c.quantity, c.unit, c.period) for c in found]
    return hits[0]


def test_dozen_multiplies_the_number_before_it():
    found = _claims("Medics in Gao said two dozen people had been wounded and 3 dozen homes were burned. "
                    "A dozen soldiers were captured.")
    assert _one(found, 24).unit == "people injured"
    assert _one(found, 36).unit.endswith("destroyed")
    assert _one(found, 12).unit == "soldiers detained"


def test_series_counts_the_noun_a_prepositional_phrase_modifies():
    found = _claims("The interior ministry says rocket attacks on border posts rose from 18 in January "
                    "to 52 in March.")
    assert {c.unit for c in found} == {"rocket attacks"}
    assert {c.period for c in found} == {"2025-01", "2025-03"}


def test_defence_ministry_is_not_the_rebel_army_the_text_names():
    text = ("The Arakan Army seized two towns last month. The defence ministry said artillery strikes "
            "on rebel positions rose from 30 in March to 75 in April.")
    found = _claims(text, mentions=[("Arakan Army", "ORG")])
    series = [c for c in found if c.quantity in (30, 75)]
    assert len(series) == 2
    assert all(c.claimant is None and c.claimant_name == "defence ministry" for c in series)


def test_toll_far_before_the_number_is_still_its_subject():
    found = _claims("The death toll from a rebel assault on the town of Kiwanja in North Kivu province "
                    "climbed to 14 on Monday, officials said.")
    assert _one(found, 14).unit == "deaths"
    found = _claims("The toll from the attack, which hit a market near the border of Ituri province, "
                    "rose to eleven.")
    assert _one(found, 11).unit == "deaths"


def test_singular_noun_governs_no_series():
    found = _claims("Fighting around the capital of the province rose to 300 last week, one aid worker wrote.")
    assert not any(c.unit == "regions" for c in found)


def test_date_in_a_since_clause_after_the_count_is_a_lower_bound():
    found = _claims("Militia raids have killed more than 150 people since the truce came into force on "
                    "March 3, 2025, the monitors say.")
    assert _one(found, 150).period == "since 2025-03-03"


def test_since_clause_away_from_the_count_gives_it_no_period():
    found = _claims("A shell has killed three children in Kharkiv, medics say, in the deadliest strike "
                    "since a truce took hold in early April.")
    assert _one(found, 3).period != "2025-04"


def test_state_count_takes_the_act_date_of_the_previous_sentence():
    text = ("On Sunday, May 4, 2025, gunmen raided the village of Kadoma. Twelve herders were killed "
            "and 30 homes were burned, according to the local council.\n\n"
            "Aid workers later said 45 families were displaced.")
    found = _claims(text)
    assert _one(found, 12).period == "2025-05-04"
    assert _one(found, 30).period == "2025-05-04"
    assert _one(found, 45).period is None          # another paragraph: no act dated there


def test_casualty_count_restates_the_incident_dated_before_it():
    text = ("A Russian glide bomb killed five people in Zaporizhzhia on Tuesday, the regional governor said.\n\n"
            "The strike hit a bus depot near the river.\n\n"
            "The emergency service said 19 people were injured.")
    assert _one(_claims(text), 19).period == "2025-05-06"


def test_another_date_between_stops_the_restatement():
    text = ("A Russian glide bomb killed five people in Zaporizhzhia on Tuesday, the regional governor said.\n\n"
            "In March, a similar strike had hit the same district.\n\n"
            "The emergency service said 19 people were injured.")
    assert _one(_claims(text), 19).period is None


def test_cumulative_count_takes_no_date_from_the_story():
    text = ("A Russian glide bomb killed five people in Zaporizhzhia on Tuesday, the regional governor said.\n\n"
            "Officials said 312 people have been killed in the region so far.")
    assert _one(_claims(text), 312).period is None


def test_toll_reported_earlier_is_the_incident_toll_not_the_report_date():
    text = ("Gunmen killed six miners at the Kamituga site on Saturday night, police said.\n\n"
            "Early reports on Sunday had put the number of dead at four.")
    four = _one(_claims(text, published="2025-05-06"), 4)
    assert four.unit == "deaths"
    assert four.period == "2025-05-03"


def test_statement_date_stays_when_the_story_dates_no_incident():
    found = _claims("The health ministry said on Monday that 40 people were killed in the region.")
    assert _one(found, 40).period == "2025-05-05"
