"""A place or a people plus a lowercase head naming a process, crisis, meeting or agreement is that
event or law: "the Luanda process", "the Anglophone crisis", "the N'Djamena agreement", "the US
presidential election"; so is a year with such a head: "the 2016 peace agreement", "the 1994
genocide", "the 2011 uprising".

Reports name the diplomatic tracks, crises and accords of a conflict this way, in lower case, far
more often than by a capitalised title ("the Luanda Process" is read by the shapes' head words).
Without a candidate the place alone was the mention and the affair was lost. The candidate spans
the name, up to two modifiers ("peace", "presidential") and the head; the place or people inside it
stays a mention of its own (``affair_parts``), as a town inside a site's name does. Only after
"the": "Nairobi talks ended" or "in Goma war broke out" are no names.
"""
from __future__ import annotations

import re

from .cand import Cand
from .fold import Folded

AFFAIR = "named-affair"
_EVENT_HEADS = frozenset(("process", "crisis", "summit", "uprising", "massacre", "genocide", "war",
                          "ceasefire", "truce", "siege", "dialogue", "talks", "election", "elections",
                          "revolution"))
_LAW_HEADS = frozenset(("agreement", "accord", "accords", "treaty", "pact"))
# lowercase words between the name and the head: "the Algiers peace agreement", "the US
# presidential election", "the 1971 liberation war"
_MODIFIERS = frozenset(("peace", "presidential", "parliamentary", "general", "ceasefire", "liberation",
                        "civil", "legislative", "municipal", "local"))
_MAX_MODIFIERS = 2
_NAMES = frozenset(("GPE", "LOC", "NORP"))
_MAX_NAME = 3
_YEAR = re.compile(r"(?:19|20)\d\d")
_PRIO = 20


def _head_after(f: Folded, k: int) -> int:
    """The index of the affair head at or after ``k`` (past the modifiers), else -1."""
    L, words, joined = f.lights, f.words, f.joined
    n = len(L)
    for _ in range(_MAX_MODIFIERS + 1):
        if k >= n or joined[k] != 1 or not words[k].islower():
            return -1
        # "the 2031 ceasefire agreement": a head that is also a modifier goes on to the next head
        if L[k] in _MODIFIERS and k + 1 < n and joined[k + 1] == 1 and words[k + 1].islower() and \
                (L[k + 1] in _EVENT_HEADS or L[k + 1] in _LAW_HEADS):
            k += 1
            continue
        if L[k] in _EVENT_HEADS or L[k] in _LAW_HEADS:
            # "the Gaza war-time ...": a hyphenated compound goes on, it is no head
            return -1 if k + 1 < n and joined[k + 1] == 2 else k
        if L[k] not in _MODIFIERS:
            return -1
        k += 1
    return -1


def _cand(f: Folded, i: int, h: int) -> Cand:
    return Cand(i, h + 1, "LAW" if f.lights[h] in _LAW_HEADS else "EVENT", AFFAIR, _PRIO)


def affair_candidates(f: Folded, cands: list[Cand]) -> list[Cand]:
    """EVENT and LAW candidates over a place, people or year and the lowercase head after it."""
    L, words = f.lights, f.words
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in cands:
        if c.type not in _NAMES or c.i == 0 or c.j - c.i > _MAX_NAME or L[c.i - 1] != "the":
            continue
        h = _head_after(f, c.j)
        if h >= 0 and (c.i, h) not in seen:
            seen.add((c.i, h))
            out.append(_cand(f, c.i, h))
    for k in range(1, len(words) - 1):
        if L[k - 1] == "the" and len(words[k]) == 4 and _YEAR.fullmatch(words[k]):
            h = _head_after(f, k + 1)
            if h >= 0 and (k, h) not in seen:
                seen.add((k, h))
                out.append(_cand(f, k, h))
    return out


def affair_parts(cands: list[Cand], chosen: list[Cand]) -> list[Cand]:
    """The place or people inside a chosen affair's name, kept as a mention of its own ("Luanda"
    of "the Luanda process"): the affair does not take the place's mention away."""
    affairs = [c for c in chosen if c.source == AFFAIR]
    if not affairs:
        return chosen
    extra: list[Cand] = []
    for a in affairs:
        inner = [x for x in cands if x.type in _NAMES and a.i == x.i and x.j < a.j]
        if inner:
            extra.append(max(inner, key=lambda x: (x.j - x.i, x.prio)))
    # appended after the others, so indices already in ``links`` stay valid
    return chosen + extra if extra else chosen
