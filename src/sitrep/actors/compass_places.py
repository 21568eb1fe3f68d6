"""A listed town plus a capitalised compass word after it is a district of its own: "Imphal
East", "Imphal West" (a district named after its town and its side of it).

The gazetteer knows the town, not every district named after it, so the town alone was matched
and the district lost ("The administrations of Imphal West and Imphal East imposed a curfew").
Only when the compass word ends the name ("Imphal East imposed"; "Beirut Central District" is
another name) and the place is no country ("Korea North" is no district's name).
"""
from __future__ import annotations

from .cand import Cand
from .fold import Folded
from .kb import KnowledgeBase

_COMPASS = frozenset(("east", "west", "north", "south", "central"))
_PLACE_SOURCES = frozenset(("kb", "gazetteer"))


def compass_districts(f: Folded, cands: list[Cand], kb: KnowledgeBase) -> list[Cand]:
    """GPE candidates over a listed town and the capitalised compass word right after it."""
    L, words, joined = f.lights, f.words, f.joined
    n = len(L)
    out: list[Cand] = []
    # a listed district of that name ("Khartoum North") is matched as itself
    seen: set[tuple[int, int]] = {(c.i, c.j) for c in cands}
    for c in cands:
        j = c.j
        if c.type != "GPE" or c.source not in _PLACE_SOURCES or j >= n or L[j] not in _COMPASS:
            continue
        if joined[j] != 1 or not words[j][:1].isupper() or not words[j][1:].islower():
            continue
        if j + 1 < n and joined[j + 1] == 1 and words[j + 1][:1].isupper():
            continue                     # "Beirut Central District": the word opens a longer name
        if c.kb_id and (kb.entry(c.kb_id) or {}).get("capital"):
            continue                     # a country
        if (c.i, j + 1) not in seen:
            seen.add((c.i, j + 1))
            out.append(Cand(c.i, j + 1, "GPE", "gpe-head", 30))
    return out
