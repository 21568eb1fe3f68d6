"""Roles around places and stances (an invented Orlava separatist conflict): a region naming a group
descriptor is the group the document names after it, a town naming a site is where, a speaker
concerned by an attack did not make it, and another act's object is not the attack's target."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

ACTORS = {"Orlava": "LOC", "Semra": "GPE", "Kesto": "GPE", "Orlava Independence Army": "ORG", "Ida Marren": "PERSON"}
RAID = ("A mortar attack on a police post in the town of Semra killed three officers and wounded eight on Sunday, "
        "the interior ministry said, in one of the bloodiest raids claimed by Orlava separatists this year.")


def _coded(text: str, published: str = "2025-06-10"):
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [(f.action, f.date, names.get(f.actor), names.get(f.target), names.get(f.location), f.fatalities, f.injuries)
            for f in coded_with_dates(text, ACTORS, published)]


def test_region_separatists_are_the_group_the_document_names():
    text = "The Orlava Independence Army has fought for secession since 2019. " + RAID
    assert _coded(text) == [("ASSAULT", "2025-06-08", "Orlava Independence Army", None, "Semra", 3, 8)]


def test_region_separatists_without_a_named_group_are_no_actor_and_the_town_is_where():
    assert _coded(RAID) == [("ASSAULT", "2025-06-08", None, None, "Semra", 3, 8)]


def test_a_speaker_alarmed_by_an_attack_did_not_make_it_and_threats_are_another_act():
    text = ("Ida Marren spoke in Kesto on Monday. She said she was alarmed by Sunday's rocket attack on a fuel "
            "depot in Semra, by threats against the harbour of Kesto and by continued shelling of villages in Orlava.")
    got = _coded(text)
    assert ("ASSAULT", "2025-06-08", None, None, "Semra", None, None) in got
    assert not any(a == "ASSAULT" and (actor is not None or target == "Kesto") for a, _, actor, target, *_ in got)
    assert any(a == "THREATEN" and target == "Kesto" for a, _, actor, target, *_ in got)


def test_a_town_naming_a_site_is_where_the_attack_was():
    assert _coded("The death toll from Saturday's attack on the Semra barracks remains unclear.") == \
        [("ASSAULT", "2025-06-07", None, None, "Semra", None, None)]
    assert _coded("Gunmen shelled the Semra barracks on Sunday.")[0][2:5] == (None, None, "Semra")


def test_an_undated_attack_noun_with_no_one_named_stays_no_report():
    assert _coded("Attacks on the Semra barracks have become more frequent.") == []


def test_a_pronoun_before_the_reporting_verb_is_the_speaker_not_the_killer():
    # "It said security forces later killed ...": "It" (the press wing) only reports the killing
    text = ("The Orlava Independence Army said militants attacked a checkpoint in Semra on Sunday. "
            "It said security forces later killed four militants in a clearance operation.")
    assert not any(actor == "Orlava Independence Army" and dead == 4 for _, _, actor, _, _, dead, _ in _coded(text))
    assert _coded("The Orlava Independence Army said on Monday that it killed 11 soldiers in Semra.")[0][:3] == \
        ("ASSAULT", "2025-06-09", "Orlava Independence Army")


def test_a_described_group_without_a_named_one_keeps_its_description():
    text = "Ida Marren accused Kesto separatists of violating the truce on Sunday."
    accused = [f for f in coded_with_dates(text, ACTORS, "2025-06-10") if f.action == "ACCUSE"]
    assert accused and accused[0].target is None and accused[0].target_name == "Kesto separatists"
