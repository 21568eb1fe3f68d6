"""Session 19 second entity pass: real bodies added to the shipped knowledge (invented sentences)."""
from __future__ import annotations

import pytest

from sitrep.actors.kbcache import default
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def kb():
    return default()


def _ids(text, kb):
    return {m.text: m.kb_id for m in find_mentions(text, split_sentences(text), kb)}


def test_border_police_in_an_israeli_story(kb):
    got = _ids("Israeli troops and Border Police officers sealed off Hebron's old city on Sunday.", kb)
    assert got.get("Border Police") == "israel-border-police"


def test_border_police_elsewhere_stays_unlinked(kb):
    got = _ids("Kenyan officials said the Border Police post in Mandera was attacked overnight.", kb)
    assert "Border Police" in got and got["Border Police"] != "israel-border-police"


def test_iranian_air_defence_headquarters(kb):
    got = _ids("Iran's air defence headquarters said drones were downed near Isfahan. Tehran said "
               "the Air Defence Headquarters had intercepted them.", kb)
    assert got.get("Iran's air defence headquarters") == "khatam-al-anbiya-air-defense-hq"
    assert got.get("Air Defence Headquarters") == "khatam-al-anbiya-air-defense-hq"


def test_amaq_is_an_outlet(kb):
    text = "Islamic State said on its Amaq news agency that its fighters ambushed a convoy in Diyala."
    ms = find_mentions(text, split_sentences(text), kb)
    assert {m.type for m in ms if m.kb_id == "amaq"} == {"MEDIA"}


def test_sinjar_resistance_units_by_their_kurdish_name(kb):
    got = _ids("The Shengal Resistance Units said a drone hit a car near Khanasor.", kb)
    assert got.get("Shengal Resistance Units") == "sinjar-resistance-units"
