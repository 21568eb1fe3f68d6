"""'<Title> of <Portfolio> <Name>' where the given-name list lacks the name: the portfolio's domain
words close the office, they do not open the person's name."""
from __future__ import annotations

import pytest

from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase([], places=False, outlets=False)


@pytest.mark.parametrize("text, name", [
    ("The Malian Minister of Defence Sadio Camara said the convoy was hit near Gao.", "Sadio Camara"),
    ("Minister of Security Yoram Brevik told reporters the raid would go on.", "Yoram Brevik"),
    ("Minister of Interior Affairs Tesfaye Wondimu said three were killed.", "Tesfaye Wondimu"),
])
def test_portfolio_words_are_not_part_of_the_name(kb, text, name):
    people = [text[m.start:m.end] for m in find_mentions(text, split_sentences(text), kb) if m.type == "PERSON"]
    assert name in people
    assert not any(p != name and p.endswith(name) for p in people)


def test_a_two_word_run_after_the_office_stays_one_name(kb):
    text = "The Minister of Justice Halima Osman resigned on Monday."
    people = [text[m.start:m.end] for m in find_mentions(text, split_sentences(text), kb) if m.type == "PERSON"]
    assert "Halima Osman" in people
