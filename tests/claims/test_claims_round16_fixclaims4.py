"""Round 16: a subject with a 'with/from' body phrase, an 'including ...' clause between count and
verb, people sheltering in a 'number of' toll, and claims of responsibility that name no claimant."""
from __future__ import annotations


def rows(found):
    return [(c.quantity, c.unit, c.claimant_name) for c in found]


def test_article_subject_with_a_body_phrase(claims):
    text = "A Chadian peacekeeper with the UN mission in northern Mali was killed when his convoy hit a mine."
    assert rows(claims(text, timexes=[])) == [(1, "soldiers killed", None)]


def test_counted_subject_with_a_body_phrase(claims):
    text = "Twelve soldiers with the Rapid Support Forces were killed near El Fasher."
    assert rows(claims(text, timexes=[])) == [(12, "soldiers killed", None)]


def test_body_phrase_does_not_swallow_a_second_count(claims):
    text = "Three fighters from Hamas and two civilians were killed."
    found = claims(text, timexes=[])
    assert (2, "civilians killed", None) in rows(found)
    assert all(c.end <= text.index(" and") for c in found if c.quantity == 3)


def test_a_number_of_people_is_no_count(claims):
    assert claims("A number of people from the Hazara community were killed.", timexes=[]) == []


def test_including_clause_between_count_and_verb(claims):
    text = "Seven villagers, including a teacher and his son, were killed in the shelling of Toretsk."
    assert rows(claims(text, timexes=[])) == [(7, "civilians killed", None)]


def test_including_clause_without_commas_is_not_bridged(claims):
    text = "Seven villagers including a teacher fled to the hills and were later killed."
    assert all(c.quantity != 7 or c.unit != "civilians killed" for c in claims(text, timexes=[]))


def test_number_of_people_sheltering_is_displaced(claims):
    text = "By Sunday the number of families sheltering in the school in Kadugli had risen to 640."
    assert [(c.quantity, c.unit) for c in claims(text, timexes=[])] == [(640, "families displaced")]


def test_sheltering_after_a_count_keeps_its_own_state(claims):
    text = "Thirty people sheltering in the hospital were killed."
    assert [(c.quantity, c.unit) for c in claims(text, timexes=[])] != [(30, "people displaced")]


def test_took_refuge_is_displacement(claims):
    text = "About 900 residents took refuge in the cathedral after the raid."
    assert [(c.quantity, c.unit) for c in claims(text, timexes=[])] == [(900, "civilians displaced")]


def test_responsibility_claim_names_no_claimant(claims):
    text = "Police said eleven people were killed in the bombing, which al-Shabaab claimed."
    found = claims(text, mentions=[("al-Shabaab", "ORG", 4)], timexes=[])
    assert [(c.quantity, c.claimant, c.claimant_name) for c in found] == [(11, None, "Police")]


def test_headline_claims_attack(claims):
    text = "Car bomb kills 14 in Mogadishu; al-Shabaab claims attack"
    found = claims(text, mentions=[("al-Shabaab", "ORG", 4)], timexes=[])
    assert [(c.quantity, c.claimant) for c in found] == [(14, None)]


def test_claimed_responsibility_after_a_toll(claims):
    text = "Eleven people were killed in the blast in Beledweyne, and al-Shabaab claimed responsibility."
    found = claims(text, mentions=[("al-Shabaab", "ORG", 4)], timexes=[])
    assert [(c.quantity, c.claimant) for c in found] == [(11, None)]


def test_claimed_counted_attacks_stay_the_claimants(claims):
    text = "The Houthis claimed two attacks on tankers in the Red Sea."
    found = claims(text, mentions=[("Houthis", "ORG", 2)], timexes=[])
    assert [(c.quantity, c.claimant) for c in found] == [(2, 2)]


def test_claimed_with_an_aside_stays_a_claim(claims):
    text = "The militia claimed, without evidence, that 30 soldiers were killed."
    found = claims(text, mentions=[("militia", "ORG", 5)], timexes=[])
    assert [(c.quantity, c.claimant) for c in found] == [(30, 5)]
