"""The words around a run of capitalised words that tell it names a person: a reporting verb after
it ("X said"), a verb before it ("told X"), an apposition naming a role ("X, a senior official"),
and the contexts that undo them ("Residents of X said": the verb is the residents')."""
from __future__ import annotations

import re

from .cues import Cues
from .fold import Folded

_APPOS = re.compile(r"\s*,\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+)")


def verb_after(f: Folded, c: Cues, b: int) -> bool:
    """A reporting verb right after the run ending at token ``b`` ("X said", "X, who")."""
    k = b
    while k < len(f.words) and f.joined[k] == 1 and f.lights[k] in c.adverbs and k - b < 2:
        k += 1
    return k < len(f.words) and f.lights[k] in c.verbs_after and f.words[k].islower() and (
        f.joined[k] == 1 or f.lights[k] == "who")


def place_object(f: Folded, c: Cues, a: int) -> bool:
    # "Residents of X said": a verb after the object of a place phrase is the head noun's
    L = f.lights
    return a > 1 and L[a - 1] == "of" and f.joined[a] == 1 and c.place_before.match_before(L, a) >= 2


def apposition(text: str, f: Folded, c: Cues, b: int) -> bool:
    """A role in an apposition after the run ending at token ``b``."""
    m = _APPOS.match(text, f.ends[b - 1])
    # "X, the UK Special Representative for Syria", "X, a senior official", "X, who..."
    return bool(m) and any(w.lower() in c.roles for w in m.group(1).split())


def verb_before(f: Folded, c: Cues, a: int) -> bool:
    """A verb that takes a person right before the run starting at token ``a`` ("told X")."""
    if a == 0:
        return False
    m = c.verbs_before.match_before(f.lights, a)
    return bool(m) and f.words[a - 1].islower() and f.joined[a] == 1


def locative(f: Folded, c: Cues, a: int) -> bool:
    """A locative preposition right before token ``a`` ("in X")."""
    return a > 0 and f.joined[a] == 1 and f.words[a - 1].islower() and f.lights[a - 1] in c.locative
