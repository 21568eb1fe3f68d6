"""Helpers for the claim tests: build mentions and time expressions by hand from their surface text."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.claims import find_claims
from sitrep.model import ClaimFact, Mention, TimeExpr
from sitrep.nlp.sentences import split_sentences


def _at(text: str, surface: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(surface, pos + 1)
    return pos


def build(text: str, mentions=(), timexes=(), published: str | None = "2024-11-20") -> list[ClaimFact]:
    """Claims of ``text``; mentions are (surface, type, local[, nth]); timexes are
    (surface, value[, granularity[, end_value[, nth]]])."""
    ms = []
    for m in mentions:
        surface, typ, local = m[:3]
        s = _at(text, surface, m[3] if len(m) > 3 else 0)
        ms.append(Mention(s, s + len(surface), surface, typ, f"name:{surface.lower()}", "test", local))
    ts = []
    for t in timexes:
        surface, value = t[:2]
        gran = t[2] if len(t) > 2 else "month"
        end_value = t[3] if len(t) > 3 else None
        s = _at(text, surface, t[4] if len(t) > 4 else 0)
        ts.append(TimeExpr(s, s + len(surface), surface, value, gran, end_value, "test"))
    ms.sort(key=lambda m: m.start)
    ts.sort(key=lambda t: t.start)
    return find_claims(text, split_sentences(text), ms, ts, published)


@pytest.fixture
def claims() -> Callable[..., list[ClaimFact]]:
    return build

