"""Round 27 (event triggers): an act counted among the rounds of a period is no new incident; a
detention told by how long or how the held were kept ("was held for a week") is coded. Invented texts."""
from __future__ import annotations

from functools import lru_cache

import pytest

from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


@lru_cache(maxsize=1)
def _kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _events(text: str):
    return analyze_text("t27", text, "2025-03-04", None, _kb()).events


@pytest.mark.parametrize("text", [
    "It is the third wave of Turkish strikes on Kurdish positions since March.",
    "It was the fifth such attack on the garrison this month.",
])
def test_round_count_is_no_new_incident(text):
    assert not any(e.action == "ASSAULT" for e in _events(text))


def test_ordinal_without_copula_and_period_is_kept():
    text = "Turkish jets carried out a third wave of strikes on Kurdish positions near Duhok on Monday."
    assert any(e.action == "ASSAULT" for e in _events(text))


@pytest.mark.parametrize("text", [
    "Opposition leader Ruslan Karimov was held for a week in Tbilisi in March before being released.",
    "Opposition leader Ruslan Karimov has been held without charge since his arrest at the border post.",
    "Opposition leader Ruslan Karimov was held incommunicado by the security services, his lawyer said.",
])
def test_passive_detention_by_duration_or_manner_is_coerce(text):
    evs = _events(text)
    assert any(e.action == "COERCE" and (e.trigger or "").lower().startswith("held") for e in evs)


@pytest.mark.parametrize("text", [
    "Government and rebel delegations held talks for three days in Addis Ababa.",
    "The rebels have held the town for two months.",
    "Protesters held a rally for hours outside the parliament.",
])
def test_other_uses_of_held_are_no_detention(text):
    assert not any(e.action == "COERCE" for e in _events(text))
