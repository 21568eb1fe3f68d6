"""Attacks told through their weapon or their toll (invented Sahel, Sudan, Ukraine, Myanmar, Levant settings)."""
from __future__ import annotations

import pytest

from event_helpers import mentions_from

from sitrep.events import find_events
from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences

ACTORS = {
    "Iraq": "GPE", "Golan Heights": "LOC", "Sable Hills Brigade": "ORG", "Dorvan": "GPE", "Kharkiv": "GPE",
    "Russian": "NORP", "Gao": "GPE", "Arakan Army": "ORG", "Sittwe": "GPE", "Rapid Support Forces": "ORG",
    "El Fasher": "GPE", "Shan State": "GPE", "Kherson": "GPE", "JNIM": "ORG", "Menaka": "GPE", "Bankass": "GPE",
    "RSF": "ORG", "Port Sudan": "GPE", "Abuja": "GPE", "Hezbollah": "ORG", "Lebanon": "GPE", "Metula": "GPE",
    "Houthis": "ORG", "Yemen": "GPE", "Red Sea": "LOC", "Bamako": "GPE", "Mogadishu": "GPE", "Reuters": "MEDIA",
    "Northern Brigades": "ORG", "Lashio": "GPE", "Ukraine": "GPE", "Belgorod": "GPE",
}


def mentions_for(text: str) -> list[Mention]:
    return mentions_from(text, ACTORS)


def code(text: str) -> list[dict]:
    ms = mentions_for(text)
    name = {m.local: m.text for m in ms}
    return [{"action": f.action, "actor": name.get(f.actor), "target": name.get(f.target),
             "location": name.get(f.location), "dead": f.fatalities, "hurt": f.injuries, "mode": f.mode,
             "actor_name": f.actor_name}
            for f in find_events(text, split_sentences(text), ms, [], "2024-06-01")]


def only(text: str) -> dict:
    facts = code(text)
    assert len(facts) == 1, facts
    return facts[0]


def test_drone_from_origin_hits_a_base():
    f = only("Two soldiers were killed when a drone launched from Iraq hit a base in the Golan Heights.")
    assert (f["action"], f["actor"], f["dead"], f["mode"], f["location"]) == ("ASSAULT", None, 2, "drone", "Golan Heights")


def test_rockets_fired_by_a_group():
    f = only("Rockets fired by the Sable Hills Brigade hit the crowded market in Dorvan on Monday, killing four people.")
    assert (f["action"], f["actor"], f["dead"], f["mode"]) == ("ASSAULT", "Sable Hills Brigade", 4, "rocket")


@pytest.mark.parametrize("sentence, actor, location, mode", [
    ("Drones launched by the Arakan Army struck a police station in Sittwe.", "Arakan Army", "Sittwe", "drone"),
    ("Shells fired by the Rapid Support Forces slammed into a hospital in El Fasher.", "Rapid Support Forces", "El Fasher", "artillery"),
    ("A roadside bomb hit a military convoy near Gao.", None, "Gao", "explosives"),
    ("A Russian missile struck an apartment block in Kharkiv overnight.", "Russian", "Kharkiv", "missile"),
    ("A missile fired from Lebanon by Hezbollah hit a house in Metula.", "Hezbollah", "Metula", "missile"),
    ("A car bomb exploded near the parliament in Mogadishu.", None, "Mogadishu", "explosives"),
])
def test_weapon_as_subject(sentence, actor, location, mode):
    f = only(sentence)
    assert (f["action"], f["actor"], f["location"], f["mode"]) == ("ASSAULT", actor, location, mode)


def test_origin_is_neither_actor_nor_place():
    f = only("A drone launched from Yemen by the Houthis was shot down over the Red Sea.")
    assert f["actor"] == "Houthis" and f["location"] == "Red Sea"
    f = only("A drone launched from Lebanon hit a house in Metula.")
    assert f["actor"] is None and f["location"] == "Metula"


def test_participle_alone_is_an_attack():
    f = only("Rockets fired by the Northern Brigades were intercepted near Lashio.")
    assert (f["action"], f["actor"]) == ("ASSAULT", "Northern Brigades")


def test_possessive_weapon_belongs_to_the_subject():
    f = only("The RSF said its drones hit a fuel depot in Port Sudan.")
    assert f["actor"] == "RSF"


def test_described_attackers():
    f = only("Unidentified gunmen killed 14 villagers in Bankass on Sunday.")
    assert (f["actor"], f["actor_name"], f["dead"], f["location"]) == (None, "gunmen", 14, "Bankass")


@pytest.mark.parametrize("sentence, dead, hurt", [
    ("Twelve people were killed in an airstrike on a market in Shan State.", 12, None),
    ("At least 20 civilians were wounded when a shell hit a bus station in Kherson.", None, 20),
    ("Five people were killed and 11 injured in a blast in Mogadishu, police said.", 5, 11),
])
def test_passive_toll_with_attack_words(sentence, dead, hurt):
    f = only(sentence)
    assert (f["action"], f["actor"], f["dead"], f["hurt"]) == ("ASSAULT", None, dead, hurt)


@pytest.mark.parametrize("sentence", [
    "Four people were killed in a road accident near Bamako.",
    "Shell struck a deal with the government in Abuja.",
    "No rockets hit the base, the army said.",
    "If a missile hits the plant near Kharkiv, the damage would be severe.",
    "Officials feared a drone could hit the reactor.",
    "The jets hit back at critics in Abuja.",
])
def test_no_attack(sentence):
    assert [f for f in code(sentence) if f["action"] == "ASSAULT"] == []


def test_claimed_attack_names_the_actor():
    f = only("An attack on an army post in Menaka, claimed by JNIM, left seven soldiers dead.")
    assert (f["actor"], f["dead"], f["location"]) == ("JNIM", 7, "Menaka")


def test_retold_attack_is_not_a_second_one():
    facts = code("Hezbollah fired a barrage of rockets at Metula on Friday. The rockets hit a school, wounding three.")
    assert [(f["action"], f["actor"], f["hurt"]) for f in facts] == [("ASSAULT", "Hezbollah", 3)]
    facts = code("Hezbollah fired rockets at Metula on Friday. Two people were killed in the attack.")
    assert [(f["action"], f["actor"], f["dead"]) for f in facts] == [("ASSAULT", "Hezbollah", 2)]


def test_trailing_attribution_is_no_target():
    f = only("Ukraine struck an oil depot in Belgorod, Russian officials said.")
    assert (f["actor"], f["target"]) == ("Ukraine", None)
