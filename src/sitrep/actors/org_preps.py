"""Organisation names that go on over "on" or "to": "Coordinating Committee on the Cessation of
Hostilities", "Commission on Human Rights", "National Task Force to End Local Armed Conflict".

The name shapes split a run at prepositions ("Forces in Anbar" is two names), which cuts these
names after their head and leaves "Coordinating Committee" or "National Task Force". The head
words that take such a purpose are listed (``purpose_org_heads`` in ``actor_cues.json``); the
purpose must be capitalised words no list names (not "Council on Monday", "Task Force to Gaza").

The same split at "and" cuts "the Defence and Security Forces" to "Security Forces"
(``generic_pair``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from sitrep.knowledge import load

from .cues import Phrases
from .fold import light

_INSIDE = frozenset(("of", "the", "and", "for", "in"))
_TIME = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december", "today", "tonight"))
_MAX_PURPOSE = 7


@lru_cache(maxsize=1)
def _heads() -> dict[str, Phrases]:
    for e in load("actor_cues.json"):
        if e.get("kind") == "purpose_org_heads":
            return {p: Phrases.of([light(w) for w in e.get(p, ())]) for p in ("on", "to")}
    return {}


def prep_continued(sh: Any, a: int, k: int, pa: int, pb: int) -> None:
    """``sh``: the shape classifier; an ORG piece a..k-1, the preposition at k, the next piece
    pa..pb-1. Emits the whole name a..pb-1 when the head takes a purpose and the purpose is a
    name-shaped stretch of unknown capitalised words."""
    f = sh.f
    L = f.lights
    if k >= len(L):
        return
    heads = _heads().get(L[k])
    if heads is None or f.words[k] != L[k] or not heads.match_before(L, k):
        return
    if not (pa == k + 1 or (pa == k + 2 and L[k + 1] == "the")):
        return
    n = pb - pa
    if not 2 <= n <= _MAX_PURPOSE or not f.words[pa][:1].isupper() or not f.words[pb - 1][:1].isupper():
        return
    unknown = 0
    for x in range(pa, pb):
        w = f.words[x]
        if w[:1].isupper():
            if L[x] in _TIME:
                return
            unknown += not sh.known[x]
        elif L[x] not in _INSIDE:
            return
    # a known place inside the purpose is part of it ("Committee on Manipur Integrity"); a purpose
    # of known names alone is a place or an actor of its own ("Task Force to Gaza")
    if unknown and not sh.known[pb - 1]:
        sh._emit(a, pb, "ORG", "org-head", 40)


# coordinated adjectives share a head between two bodies ("the Civil and Military Police" are two
# forces); coordinated nouns name one body's remit ("Defence and Security", "Peace and Security")
_ADJECTIVE_ENDS = ("al", "ary", "ic", "ive", "il", "ed", "ian", "ese", "ish", "ern", "ous", "ory")


def generic_pair(shapes: Any, a: int, k: int, pa: int, pb: int) -> None:
    """"the Defence and Security Forces", "the Peace and Security Council": one or two
    capitalised domain words, "and", then a body of domain words and a head word are one body's
    name, not "Security Forces" with a stray word before it. A head word or a name before "and"
    is a body or a name of its own ("the Police and Armed Forces", "Hamas and ...")."""
    f, c = shapes.f, shapes.c
    L = f.lights
    if pa != k + 1 or L[k] != "and" or not 1 <= k - a <= 2:
        return
    m = c.org_heads.match_before(L, pb)
    if not m or pb - m <= pa:
        return
    for x in (*range(a, k), *range(pa, pb - m)):
        if not f.words[x][:1].isupper() or L[x] not in c.generic or c.org_heads.match_at(L, x, 1) \
                or shapes.known[x] or L[x].endswith(_ADJECTIVE_ENDS):
            return
    shapes._emit(a, pb, "ORG", "org-generic", 30)
