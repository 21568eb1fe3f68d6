"""Actor mentions in articles from other conflicts: a defined acronym over a known one with the
same letters, and known names that end in a bracket. Every article here is invented."""
from __future__ import annotations

import pytest

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences

ENTRIES = [
    # a broadcaster known by its letters, which a rebel front in the articles happens to share
    {"id": "media-tlf", "name": "TLF", "type": "MEDIA", "aliases": ["TLF Television"], "ambiguous": ["TLF"]},
    {"id": "kml-n", "name": "Kestrian Muslim League (N)", "type": "ORG", "aliases": ["KML-N"]},
    {"id": "cpk-maoist", "name": "Communist Party of Kestria (Maoist)", "type": "ORG",
     "aliases": ["CPK (Maoist)", "CPK-Maoist"]},
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(ENTRIES, places=False, outlets=False)


def mentions(text, kb):
    return find_mentions(text, split_sentences(text), kb)


def test_a_defined_acronym_means_the_name_before_it_not_a_known_outlet(kb):
    text = ("The Tamsin Liberation Front (TLF) said on Monday it had seized an army post. "
            "Later the TLF said two of its fighters were killed.")
    ms = mentions(text, kb)
    tlf = [m for m in ms if m.text in ("Tamsin Liberation Front", "TLF")]
    assert [m.text for m in tlf] == ["Tamsin Liberation Front", "TLF", "TLF"]
    assert {m.type for m in tlf} == {"ORG"}
    assert {m.kb_id for m in tlf} == {None}
    assert len({m.local for m in tlf}) == 1
    assert tlf[0].canonical == "Tamsin Liberation Front"


def test_without_a_definition_the_known_outlet_stays(kb):
    ms = mentions("The front seized a post, TLF reported on Monday.", kb)
    assert [(m.text, m.type, m.kb_id) for m in ms] == [("TLF", "MEDIA", "media-tlf")]


def test_a_real_broadcaster_acronym_defined_as_a_rebel_front():
    text = ("The Zomi Defence Front (ZDF) said it had captured a police post. "
            "The ZDF said three soldiers surrendered.")
    ms = [m for m in mentions(text, KnowledgeBase.default()) if "Z" in m.text]
    assert [m.text for m in ms] == ["Zomi Defence Front", "ZDF", "ZDF"]
    assert {m.type for m in ms} == {"ORG"} and {m.kb_id for m in ms} == {None}


@pytest.mark.parametrize("name", ["Kestrian Muslim League (N)", "Communist Party of Kestria (Maoist)",
                                  "CPK (Maoist)"])
def test_a_known_name_ending_in_a_bracket_keeps_the_bracket(kb, name):
    text = f"Officials of the {name} met on Sunday in the capital."
    ms = mentions(text, kb)
    assert [m.text for m in ms] == [name]
    assert text[ms[0].start:ms[0].end] == name


def test_a_closing_bracket_after_a_name_without_one_stays_out(kb):
    text = "The talks failed (officials of the CPK-Maoist) on Sunday."
    ms = mentions(text, kb)
    assert [m.text for m in ms] == ["CPK-Maoist"]
