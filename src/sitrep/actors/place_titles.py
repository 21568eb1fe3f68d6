"""Places named after a holy man: "Sheikh Radwan", "Sheikh Zuweid", "Sidi Bouzid". A personal
title opens the name, so the title rule would read a person; where the sentence treats the name
as a place ("in Sheikh Zuweid", "the Sheikh Othman camp") it is a place.
"""
from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge import load

from .cues import Cues
from .fold import Folded


@lru_cache(maxsize=1)
def place_titles() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Titles that also open place names, the prepositions that make such a name a place
    (not "from": "a message from Sheikh X" is a man's), and the lowercase site nouns after
    "the ..." that do, besides the place and facility heads (light keys, ``actor_cues.json``)."""
    for e in load("actor_cues.json"):
        if e.get("kind") == "place_title":
            return tuple(frozenset(w.lower() for w in e.get(k, ())) for k in ("words", "locatives", "sites"))
    return frozenset(), frozenset(), frozenset()


def titled_place(f: Folded, c: Cues, a: int, b: int) -> bool:
    """Whether the run a..b, opened by a place-opening title, stands as a place: after a
    locative preposition ("in Sheikh Tamar,") or between "the" and a lowercase place or facility
    head ("the Sheikh Tamar shelter"), and not owning something ("in Sheikh Tamar's speech")."""
    L, words, joined, n = f.lights, f.words, f.joined, len(f.words)
    titles, locatives, sites = place_titles()
    if b - a < 2 or L[a] not in titles or a == 0 or joined[a] != 1 or not words[a - 1].islower():
        return False
    if b < n and words[b] == "s" and not joined[b]:
        return False
    if L[a - 1] in locatives:
        return True
    return L[a - 1] == "the" and b < n and joined[b] == 1 and words[b].islower() and (
        L[b] in sites or L[b] in c.gpe_heads or bool(c.fac_heads.match_at(L, b)))
