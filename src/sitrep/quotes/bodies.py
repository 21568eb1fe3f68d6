"""Definite descriptions of institutions that ``sitrep.actors.forces`` does not cover ("the
mission said", "the committee said"): the one body the document names before the description
whose name (or canonical name, so an acronym expanded by the knowledge base counts: "UNSMIL" for
"the mission") holds the head noun.

The words come from ``quote_cues.json`` (kind ``generic_body``; kind ``paragraph_body`` for
descriptions whose body's name need not hold the noun, "the company" for "Aegean Crest Shipping",
resolved only within the paragraph, ``paragraph_body``). Only a body named before the
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
def _table() -> dict[str, tuple[re.Pattern, frozenset[str]]]:
    """'the mission' -> a whole-word pattern of its head nouns, and the mention types it may be
    (a media wing is an organisation, never an outlet whose name says "Press")."""
    out: dict[str, tuple[re.Pattern, frozenset[str]]] = {}
    for e in load("quote_cues.json"):
        if e.get("kind") != "generic_body":
            continue
        heads = "|".join(re.escape(h) for h in sorted(e["heads"], key=len, reverse=True))
        entry = (re.compile(rf"\b(?:{heads})\b", re.I), frozenset(e.get("types", _BODY_TYPES)))
        for w in e["words"]:
            out.setdefault(_key(w), entry)
    return out


def _key(description: str) -> str:
    """A description as the tables key it: lower case, single spaces, straight apostrophes."""
    return " ".join(description.lower().replace("’", "'").split())


def generic_body(mentions: list[Mention], description: str, at: int) -> Mention | None:
    """The body named before offset ``at`` that the description ("the mission") stands for."""
    found = _table().get(_key(description))
    if found is None:
        return None
    rx, types = found
    bodies: dict[object, list] = {}
    for m in mentions:
        if m.start >= at:
            break
        if m.type not in types:
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


@lru_cache(maxsize=1)
def _paragraph_table() -> dict[str, tuple[re.Pattern, frozenset[str]]]:
    """'the company' -> (a pattern of the name words or the words before a name that make a body
    one of its kind, the mention types it may be)."""
    out: dict[str, tuple[re.Pattern, frozenset[str]]] = {}
    for e in load("quote_cues.json"):
        if e.get("kind") != "paragraph_body":
            continue
        fits = "|".join(re.escape(h) for h in sorted(e["fits"], key=len, reverse=True))
        entry = (re.compile(rf"\b(?:{fits})\b", re.I), frozenset(e.get("types", ["ORG"])))
        for w in e["words"]:
            out.setdefault(" ".join(w.lower().split()), entry)
    return out


def paragraph_body(text: str, mentions: list[Mention], description: str, at: int) -> Mention | None:
    """The one body of the description's kind ("the company") that the paragraph names before
    offset ``at``: its name holds a word of the kind ("Shipping"), or the words right before it in
    its sentence do ("The operator of the ship, X"). Two such bodies, or none: None."""
    found = _paragraph_table().get(" ".join(description.lower().split()))
    if found is None:
        return None
    rx, types = found
    para = text.rfind("\n", 0, at) + 1
    chosen: Mention | None = None
    for m in mentions:
        if m.start >= at:
            break
        if m.start < para or m.type not in types:
            continue
        lead = text[max(para, m.start - 40):m.start]
        cut = max(lead.rfind("."), lead.rfind("\""), lead.rfind("“"))
        if not (rx.search(m.text) or (m.canonical and rx.search(m.canonical)) or rx.search(lead, cut + 1)):
            continue
        if chosen is not None and (chosen.local != m.local or chosen.local < 0) and chosen.key != m.key:
            return None
        chosen = chosen or m
    return chosen
