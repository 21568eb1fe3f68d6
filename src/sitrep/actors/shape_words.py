"""Token tests the name shaper (``shapes.Shaper``) reads: an age in apposition ("Mariam, 41,"),
a reporting verb at a token, a capitalised word."""
from __future__ import annotations

import re

from .cues import Cues
from .fold import Folded


# an age in apposition: "Mariam, 41, said"
_AGED = re.compile(r",\s*\d{1,3}\s*[,.;]")


def _after_age(f: Folded, a: int) -> int:
    """The token after "Name, 41,"."""
    k = a + 1
    while k < len(f.words) and f.words[k][:1].isdigit():
        k += 1
    return k


def _said_at(f: Folded, c: Cues, k: int) -> bool:
    return k < len(f.words) and f.words[k].islower() and f.lights[k] in c.verbs_after


def _cap(w: str) -> bool:
    return w[:1].isupper()
