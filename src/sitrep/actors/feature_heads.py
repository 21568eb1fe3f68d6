"""A place name plus a lowercase natural feature is that feature: "the Jiri river", "in the Imphal
valley", "to Sinjar mountain", "the Koudou falls".

The shapes read a lowercase feature after a name as a cue that the name is a place and leave the
feature word out, so "the Imphal valley" gave "Imphal" (typed LOC, the city lost) and "the Jiri
river" gave "Jiri", the river's name lost. The candidate proposed here spans the name and the
feature; a town or region the lists know inside it stays a mention of its own (``nested_places``).
Only after "the" or a preposition of place, as for sites (``site_heads``).
"""
from __future__ import annotations

from .cand import Cand
from .fold import Folded

FEATURE = "loc-feature"
_HEADS = frozenset(("river", "valley", "mountain", "mountains", "falls", "hills", "lake", "forest",
                    "desert", "plain", "plains", "plateau", "gorge", "swamp", "lagoon", "waterfalls"))
_BEFORE = frozenset(("the", "in", "at", "near", "from", "into", "through", "to", "toward", "towards",
                     "around", "across", "along", "over", "beside", "crossed", "crossing"))
_NAMES = frozenset(("GPE", "LOC"))
_MAX_NAME = 3


def feature_candidates(f: Folded, cands: list[Cand]) -> list[Cand]:
    """LOC candidates over a place's name and the lowercase natural feature right after it."""
    L, words, joined = f.lights, f.words, f.joined
    n = len(L)
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in cands:
        j = c.j
        if c.type not in _NAMES or j >= n or c.i == 0 or j - c.i > _MAX_NAME:
            continue
        if L[j] not in _HEADS or joined[j] != 1 or not words[j].islower():
            continue
        before = c.i - 1
        if joined[c.i] != 1 or not words[before].islower() or L[before] not in _BEFORE:
            continue
        # "the Tigris river valley": the feature word opens a longer phrase, leave it
        if j + 1 < n and joined[j + 1] == 1 and L[j + 1] in _HEADS:
            continue
        if (c.i, j + 1) not in seen:
            seen.add((c.i, j + 1))
            out.append(Cand(c.i, j + 1, "LOC", FEATURE, 20))
    return out
