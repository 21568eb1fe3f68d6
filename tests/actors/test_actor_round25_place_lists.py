"""Round 25: unknown places in a list after a known one, and place names opened by an article
("El Tarra", "La Vorena") that is an everyday word on its own. Invented texts."""
from __future__ import annotations

import pytest

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _typed(text: str, kb: KnowledgeBase) -> dict[str, str]:
    return {m.text: m.type for m in find_mentions(text, split_sentences(text), kb)}


def test_list_of_unknown_towns_after_a_known_city(kb: KnowledgeBase) -> None:
    text = ("More than 12,000 people have fled from Goma, Karuvende, Mbatsi and Lenkolo since the "
            "offensive began, aid workers said.")
    got = _typed(text, kb)
    for town in ("Karuvende", "Mbatsi", "Lenkolo"):
        assert got.get(town) == "GPE", got


def test_article_opens_an_unknown_place_in_a_list(kb: KnowledgeBase) -> None:
    text = "Shelling was reported in Aleppo, El Dorvana, Kafrun and Tell Miraq on Sunday, monitors said."
    got = _typed(text, kb)
    assert got.get("El Dorvana") == "GPE", got
    assert got.get("Tell Miraq") == "GPE", got


def test_article_after_a_place_preposition(kb: KnowledgeBase) -> None:
    text = "Government troops advanced near La Vorena on Tuesday, according to a local official."
    assert _typed(text, kb).get("La Vorena") == "GPE"


def test_people_in_a_list_stay_people(kb: KnowledgeBase) -> None:
    # the comma-list rule needs a known place before the comma: names after a person do not change
    text = "Minister Pavel Ostrin, Dmitri Lasko and Anna Veres met in Geneva, officials said."
    got = _typed(text, kb)
    assert got.get("Geneva") == "GPE"
    assert "Dmitri Lasko" not in got or got["Dmitri Lasko"] == "PERSON", got


def test_article_alone_is_no_place(kb: KnowledgeBase) -> None:
    # a lone everyday word is never an unknown place, article or not
    text = "Fighting spread from Kabul, La and the hills around it, witnesses said."
    assert "La" not in _typed(text, kb)
