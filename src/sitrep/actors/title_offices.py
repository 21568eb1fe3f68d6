"""Offices named after their holder's title: "the Attorney General's Office", "the Ombudsman’s
Office", "the Prime Minister's Office". The possessive splits the name run, the title alone is
no actor and a bare "Office" is a generic word, so the shapes miss the whole: it is found here
as one organisation (its holder, a person, is a different actor)."""
from __future__ import annotations

import bisect
import re

from .cues import Cues
from .fold import Folded
from .match import Cand

# a capitalised "Office" right after a possessive; straight and curly apostrophes alike
_OFFICE = re.compile(r"['’ʼ]s Office\b")
# above the shapes' partial runs ("Office" alone, the title alone), below KB names
_PRIO = 38


def title_offices(text: str, f: Folded, c: Cues) -> list[Cand]:
    """ORG candidates "<Title>'s Office" whose title is a listed office-holder's title."""
    if "s Office" not in text:
        return []
    out: list[Cand] = []
    L = f.lights
    for m in _OFFICE.finditer(text):
        k = bisect.bisect_left(f.starts, m.start() + 1)        # the "s" token
        if k + 1 >= len(L) or L[k] != "s" or f.words[k + 1] != "Office":
            continue
        n = c.titles.match_before(L, k)
        # the title is capitalised ("the attorney general's office" is prose, not a name)
        if not n or not f.words[k - n][:1].isupper():
            continue
        out.append(Cand(k - n, k + 2, "ORG", "title-office", _PRIO))
    return out
