"""Unnamed parties in event reports (round 36): a group acting through a part of it, a site's holder
as the target, attackers described with how they came, victims described in a passive, statistics of
harm, a day's attack condemned by someone else, a body's head named after "headed by". Invented
reports from several conflicts and outlet styles."""
from __future__ import annotations

from event_helpers import coded_with_dates

PUB = "2025-06-03"


def _roles(text: str, actors: dict[str, str]) -> list[tuple]:
    return [(f.action, f.actor, f.target, f.actor_name, f.target_name) for f in coded_with_dates(text, actors, PUB)]


def test_fighters_from_a_faction_of_a_group_make_the_group_the_actor():
    text = "Fighters from a breakaway faction of the Northern Liberation Front stormed an army post near Tessit on Sunday."
    acts = coded_with_dates(text, {"Northern Liberation Front": "ORG", "Tessit": "GPE"}, PUB)
    assert any(f.action == "ASSAULT" and f.actor == 0 for f in acts)


def test_a_splinter_group_of_a_movement_acts_for_it():
    text = "A splinter group of the Ogaden Resistance Army ambushed a police convoy outside Degehabur on Monday."
    acts = coded_with_dates(text, {"Ogaden Resistance Army": "ORG", "Degehabur": "GPE"}, PUB)
    assert any(f.action == "ASSAULT" and f.actor == 0 for f in acts)


def test_positions_held_by_a_force_make_it_the_target_not_the_actor():
    text = "Rebels of the Kivu Patriotic Alliance overran positions held by the Congolese army near Walikale on Friday."
    acts = coded_with_dates(text, {"Kivu Patriotic Alliance": "ORG", "Congolese army": "ORG", "Walikale": "GPE"}, PUB)
    hit = [f for f in acts if f.action == "ASSAULT"]
    assert hit and hit[0].target == 1 and hit[0].actor != 1


def test_gunmen_on_motorbikes_are_the_described_actor():
    text = "Gunmen on motorbikes stormed a cattle market in Dansadau on Thursday, witnesses said."
    acts = _roles(text, {"Dansadau": "GPE"})
    assert any(a == "ASSAULT" and (name or "").lower() == "gunmen" for a, _, _, name, _ in acts)


def test_armed_men_in_uniform_are_the_described_actor():
    text = "Armed men in military uniform attacked a bus on the road to Lodwar late on Saturday."
    acts = _roles(text, {"Lodwar": "GPE"})
    assert any(a == "ASSAULT" and (name or "").lower() == "armed men" for a, _, _, name, _ in acts)


def test_abducted_journalists_in_a_relative_clause_are_a_described_target():
    text = "Two Norwegian journalists who were abducted in Kordofan in May are alive, the foreign minister said."
    acts = _roles(text, {"Kordofan": "GPE"})
    assert [(a, t) for a, _, _, _, t in acts] == [("ASSAULT", "Two Norwegian journalists")]


def test_children_shot_dead_are_a_described_target():
    text = "A total of 42 children were shot dead in the township's streets between 2019 and 2022."
    acts = _roles(text, {})
    assert any(a == "ASSAULT" and t == "42 children" for a, _, _, _, t in acts)


def test_a_rise_in_harm_from_attacks_is_a_statistic():
    text = "The UN mission has recorded a rise in civilian harm from explosive attacks across the province this year."
    acts = _roles(text, {"UN": "ORG"})
    assert not [a for a in acts if a[0] == "ASSAULT"]


def test_a_mission_condemning_tuesdays_attack_did_not_attack():
    text = "The UN mission in Sudan condemned Tuesday's attack and called for an investigation."
    acts = coded_with_dates(text, {"UN mission": "ORG", "Sudan": "GPE"}, PUB)
    assert any(f.action == "ACCUSE" and f.actor == 0 for f in acts)
    assert not any(f.action == "ASSAULT" and f.actor == 0 for f in acts)


def test_the_head_of_a_ministry_is_no_attacker():
    text = ("Initial reports point to an attack at the gate of the Ministry of Water and Energy, headed by "
            "Omar Faizi, on Tuesday.")
    acts = coded_with_dates(text, {"Ministry of Water and Energy": "ORG", "Omar Faizi": "PERSON"}, PUB)
    assert not any(f.action == "ASSAULT" and f.actor == 1 for f in acts)


def test_government_air_strikes_are_the_named_governments():
    from event_helpers import named_events
    text = ("Government air strikes on the town of Kordi killed 19 people on Sunday, residents said. "
            "The Government of Ethiopia has denied targeting civilians.")
    assert ("ASSAULT", "Government of Ethiopia", "Kordi", "air strikes on") in named_events(text)


def test_army_drone_strikes_are_the_named_armys():
    from event_helpers import named_events
    text = ("Bamako (AFP) - Army drone strikes on the village of Tessit killed at least 11 people on Sunday, a local "
            "official said. The Malian Armed Forces denied targeting civilians.")
    assert any(a == "ASSAULT" and actor == "Malian Armed Forces" for a, actor, _, _ in named_events(text))
