"""Definite descriptions of institutions that ``sitrep.actors.forces`` does not cover ("the
mission said", "the committee said"): the one body the document names before the description
whose name (or canonical name, so an acronym expanded by the knowledge base counts: "UNSMIL" for
"the mission") holds the head noun.

The words come from ``quote_cues.json`` (kind ``generic_body``). Only a body named before the
description counts, and only one: with several, the one named strictly most often before it;
otherwise none, and the quote keeps the description (a wrong institution is worse than none).
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge import load
from sitrep.model import Mention

_BODY_TYPES = frozenset(("ORG", "MEDIA"))


@lru_cache(maxsize=1)
def _table() -> dict[str, re.Pattern]:
    """'the mission' -> a whole-word pattern of its head nouns."""
    out: dict[str, re.Pattern] = {}
    for e in load("quote_cues.json"):
        if e.get("kind") != "generic_body":
            continue
        heads = "|".join(re.escape(h) for h in sorted(e["heads"], key=len, reverse=True))
        rx = re.compile(rf"\b(?:{heads})\b", re.I)
        for w in e["words"]:
            out.setdefault(" ".join(w.lower().split()), rx)
    return out


def generic_body(mentions: list[Mention], description: str, at: int) -> Mention | None:
    """The body named before offset ``at`` that the description ("the mission") stands for."""
    rx = _table().get(" ".join(description.lower().split()))
    if rx is None:
        return None
    bodies: dict[object, list] = {}
    for m in mentions:
        if m.start >= at:
            break
        if m.type not in _BODY_TYPES:
            continue
        if rx.search(m.text) is None and not (m.canonical and rx.search(m.canonical)):
            continue
        entry = bodies.setdefault(m.local if m.local >= 0 else m.key, [m, 0])
        entry[1] += 1
    if not bodies:
        return None
    ranked = sorted(bodies.values(), key=lambda e: e[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
