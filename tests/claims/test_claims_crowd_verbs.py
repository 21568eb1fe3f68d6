"""A crowd described by what it does ("pouring into the compound", "throwing stones", "answered a
call to march") is the size of a scene, no claim; people in a casualty state stay claims
(invented text: a Lusaka protest)."""
from __future__ import annotations

from sitrep.claims import find_claims
from sitrep.model import ClaimFact
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes


def _claims(text: str, published: str = "2025-04-02") -> list[ClaimFact]:
    return find_claims(text, split_sentences(text), [], find_timexes(text, published), published)


def test_crowd_in_motion_is_no_claim():
    assert _claims("Footage showed hundreds of people pouring into the assembly grounds in Lusaka.") == []
    assert _claims('"We were surrounded by thousands of people throwing stones," the officer said.') == []
    assert _claims("On Monday, thousands of young people answered a call to march on the assembly.") == []


def test_crowd_in_a_casualty_state_stays():
    assert [(c.quantity, c.unit) for c in _claims("Hundreds of people were injured in the stampede.")] == [
        ("hundreds", "people injured")]
