"""Round 36 lexicon shapes, on invented reports: security forces surrounding a residence (COERCE) but
not sealing off roads, raids on an armed group's hideouts (ASSAULT) beside police raids on homes
(COERCE), trade bans and downgraded relations (SANCTION), "imposed" as the light verb of a ban,
and a denied clause's subject, who is no target of the denial."""
from __future__ import annotations

from event_helpers import coded_with_dates

PUB = "2025-06-03"


def _acts(text: str, actors: dict[str, str]) -> list[tuple]:
    return [(f.action, f.actor, f.target) for f in coded_with_dates(text, actors, PUB)]


def test_troops_surrounding_a_leaders_residence_coerce_him():
    text = "Troops surrounded the residence of opposition leader Amadou Keita in Bamako late on Friday."
    acts = _acts(text, {"Amadou Keita": "PERSON", "Bamako": "GPE"})
    assert ("COERCE", None, 0) in acts


def test_troops_surrounding_a_town_is_no_coercion():
    text = "Troops surrounded the town of Kidal on Sunday."
    assert not [a for a in _acts(text, {"Kidal": "GPE"}) if a[0] == "COERCE"]


def test_raids_on_hideouts_are_an_assault():
    text = "The army carried out a string of raids on Ansar Dine hideouts in the Timetrine hills last week."
    acts = _acts(text, {"Ansar Dine": "ORG", "Timetrine": "LOC"})
    assert ("ASSAULT", None, 0) in acts and not [a for a in acts if a[0] == "COERCE"]


def test_police_raids_on_homes_stay_coercion():
    text = "Police raids on homes of Ansar Dine supporters in Gao drew protests."
    acts = _acts(text, {"Ansar Dine": "ORG", "Gao": "GPE"})
    assert any(a[0] == "COERCE" for a in acts) and not [a for a in acts if a[0] == "ASSAULT"]


def test_a_trade_ban_imposed_on_a_neighbour_is_a_sanction():
    acts = _acts("Ruritania imposed a trade ban on Elbonia on Monday.", {"Ruritania": "GPE", "Elbonia": "GPE"})
    assert ("SANCTION", 0, 1) in acts           # Ruritania (0) on Elbonia (1)


def test_a_possessed_trade_ban_is_a_sanction():
    acts = _acts("Ruritania's trade ban on Elbonia took effect on Monday.", {"Ruritania": "GPE", "Elbonia": "GPE"})
    assert ("SANCTION", 0, 1) in acts


def test_downgrading_diplomatic_relations_is_a_sanction():
    text = "Elbonia said it was downgrading diplomatic relations with Ruritania to the lowest level."
    acts = _acts(text, {"Ruritania": "GPE", "Elbonia": "GPE"})
    assert ("SANCTION", 1, 0) in acts           # Elbonia (1) against Ruritania (0): longest name first


def test_sealing_off_roads_after_a_blast_is_a_cordon_not_coercion():
    text = "An officer said security forces had sealed off the roads leading into the Hamrin valley on Wednesday."
    assert not [a for a in _acts(text, {"Hamrin": "LOC"}) if a[0] == "COERCE"]


def test_the_subject_of_a_denied_clause_is_not_the_denials_target():
    text = "The defence ministry in the capital denied that Elbonia had laid any new mines along the border."
    acts = _acts(text, {"Elbonia": "GPE"})
    assert not [a for a in acts if a[0] == "REJECT" and a[2] == 0]     # Elbonia is cleared, not answered


def test_a_denied_report_by_a_named_party_keeps_its_roles():
    text = "Elbonia rejected Ruritania's demand for talks on Monday."
    assert ("REJECT", 1, 0) in _acts(text, {"Elbonia": "GPE", "Ruritania": "GPE"})
