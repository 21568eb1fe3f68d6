"""A known town plus a lowercase facility head is a facility: "the Kharkiv power station".

The gazetteer or knowledge base finds the town, so shape rules never see the run; without this
the site is reported as the town itself. Only after "the" (a bare "Goma prison" heads lists and
headlines too loosely), never for routes ("the Hitadipa road" runs near that town and is no site)
nor for missions ("the Kigali embassy" is usually another state's; the owner rule handles those).
"""
from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge import load

from .cues import Cues
from .fold import Folded
from .match import Cand

_PRIO = 30


@lru_cache(maxsize=1)
def _skipped() -> frozenset[str]:
    words: set[str] = set()
    for e in load("actor_cues.json"):
        if e.get("kind") == "place_site_skip":
            words.update(w.lower() for w in e.get("words", []))
    return frozenset(words)


def place_sites(f: Folded, cands: list[Cand], c: Cues) -> list[Cand]:
    """A FAC candidate over a known place and the lowercase facility head right after it."""
    L, words, joined = f.lights, f.words, f.joined
    n = len(words)
    skip = _skipped()
    out: list[Cand] = []
    for x in cands:
        i, j = x.i, x.j
        if x.type != "GPE" or x.source not in ("kb", "gazetteer") or j >= n or i == 0:
            continue
        if L[i - 1] != "the" or not words[j].islower() or joined[j] != 1 or words[i].isupper():
            continue
        m = c.fac_heads.match_at(L, j)
        if not m or L[j + m - 1] in skip or L[j] in skip:
            continue
        out.append(Cand(i, j + m, "FAC", "fac-head", _PRIO))
    return out
