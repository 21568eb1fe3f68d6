"""Round 33 (quotes): the medium between a speaker and the verb ("X, spokesman of Y, in a
television message said: ...") is no speaker, and a speaker whose name holds a quoted nickname
('Chief Minister Ahod "Tato" Rahman said ...') keeps the whole name. Invented sentences, read by the whole per-document analysis."""
from __future__ import annotations

import pytest

from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _quotes(text: str, kb: KnowledgeBase):
    a = analyze_text("d", text, "2025-03-04", None, kb)
    return [(q.text, q.speaker_name) for q in a.quotes]


def test_medium_phrase_before_the_verb_is_no_speaker(kb):
    text = ('Tomas Okafor, spokesman of the Velmoran army, in a television message said: "The army '
            'completed the precise attacks on military targets in Kastoria."')
    got = _quotes(text, kb)
    assert len(got) == 1 and got[0][1] == "Tomas Okafor"


def test_institution_in_a_statement_said(kb):
    got = _quotes('The ministry in a statement said: "Nobody was hurt in the blast near the market."', kb)
    assert len(got) == 1 and got[0][1] == "The ministry"


def test_speaker_with_quoted_nickname(kb):
    text = ('Chief Minister Ahod "Tato" Rahman also condemned the attack, saying in a statement that '
            '"violent extremism has no place in the region."')
    got = _quotes(text, kb)
    assert got == [("violent extremism has no place in the region.", 'Ahod "Tato" Rahman')]

