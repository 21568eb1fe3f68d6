"""Round 17: European thousands separators, participle and statement claimants, a clause with a
date of its own after "N days after", counts of none as someone's word, page chrome and one bare
vessel."""
from __future__ import annotations


def rows(found):
    return [(c.quantity, c.unit, c.claimant_name) for c in found]


def test_dot_thousands_separator(claims):
    text = "The army moved 2.000 soldiers and 3.000 effectives towards the Drava border."
    assert [(c.quantity, c.unit) for c in claims(text, timexes=[])] == [(2000, "soldiers"), (3000, "soldiers")]


def test_dot_thousands_with_several_groups(claims):
    text = "Aid agencies said 1.250.000 people had been displaced by the fighting in Kivu."
    assert rows(claims(text, timexes=[]))[0][:2] == (1250000, "people displaced")


def test_decimals_stay_decimals(claims):
    text = "Officials said 2.5 million people had fled, and 1.5 tonnes of aid arrived."
    assert 2500000 in [c.quantity for c in claims(text, timexes=[])]


def test_participle_takes_the_sentence_subject(claims):
    text = ("Morland's defence minister Ivo Brandt replied that the figure was \"a lie\", "
            "insisting that only 300 soldiers had moved.")
    found = claims(text, mentions=[("Ivo Brandt", "PERSON", 1)], timexes=[])
    assert rows(found) == [(300, "soldiers", "Ivo Brandt")]


def test_participle_takes_an_earlier_claimant(claims):
    text = "The Velsk army said it had lost contact with the post, adding that 14 soldiers were missing."
    found = claims(text, mentions=[("Velsk", "GPE", 1)], timexes=[])
    assert [c.claimant_name for c in found] != [None]


def test_police_statement_is_a_claimant(claims):
    text = 'A police statement said security forces "neutralised four armed miscreants" near the dam.'
    assert rows(claims(text, timexes=[])) == [(4, "miscreants killed", "police statement")]


def test_days_after_with_a_date_of_its_own(claims):
    text = ("\"Both sides want calm,\" Olsen said after the talks, which came four days after a park "
            "ranger was killed near Oskan on Sunday.")
    found = claims(text, mentions=[("Olsen", "PERSON", 1)],
                   timexes=[("Sunday", "2025-11-09", "day")], published="2025-11-14")
    assert [(c.quantity, c.period, c.claimant_name) for c in found] == [(1, "2025-11-09", None)]


def test_days_after_without_a_date_still_shifts(claims):
    text = "The raid on Tuesday came four days after a park ranger was killed near Oskan."
    found = claims(text, timexes=[("Tuesday", "2025-11-11", "day")], published="2025-11-14")
    assert [c.period for c in found] == ["2025-11-07"]


def test_a_relative_clause_inside_what_is_said_stays_the_speakers(claims):
    text = "Police said the attack, which killed 12 villagers, was planned for weeks."
    assert rows(claims(text, timexes=[])) == [(12, "civilians killed", "Police")]


def test_zero_injured_is_a_claim(claims):
    text = "The Foreign Ministry said no personnel were injured in the incident."
    assert rows(claims(text, timexes=[])) == [(0, "soldiers injured", "Foreign Ministry")]


def test_no_one_killed_and_no_casualties(claims):
    text = "Officials said no one was killed. There were no casualties, the army said."
    assert [(c.quantity, c.unit) for c in claims(text, timexes=[])] == [(0, "people killed"), (0, "casualties")]


def test_zero_needs_a_claimant(claims):
    assert claims("The shell hit a barn and no one was hurt.", timexes=[]) == []


def test_no_talks_held_is_no_zero(claims):
    assert claims("Officials said no talks were held and no one is safe.", timexes=[]) == []


def test_paywall_line_gives_no_money(claims):
    text = "Rebels held the town.\nGet unlimited access to our journalism for just €1 for your first month."
    assert claims(text, timexes=[]) == []


def test_one_bare_ship_is_no_claim(claims):
    text = "Two coast guard vessels approached. One CCG ship then struck the boat. One ship was damaged."
    assert [(c.quantity, c.unit) for c in claims(text, timexes=[])] == [(2, "ships"), (1, "ships damaged")]
