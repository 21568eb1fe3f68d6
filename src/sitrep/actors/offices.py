"""Offices written with "of" before a name ("Secretary of State Marco Rubio", "Minister of
Defence Ali Karimov"): name runs split at "of", so the office's tail would open the name."""
from __future__ import annotations

from .cues import Cues
from .fold import Folded


def office_tail(f: Folded, c: Cues, a: int, b: int) -> int:
    """How many leading words of the run ``[a, b)`` close an office that began before "of" (0 if
    none); at least two words are left for the name."""
    L = f.lights
    if a < 2 or L[a - 1] != "of" or not f.words[a - 2][:1].isupper():
        return 0
    # a listed office spanning "of": "Secretary of State", "Chief of Staff", "Chief of the Army Staff"
    for s in range(a - 2, max(a - 5, -1), -1):
        m = c.titles.match_at(L, s) if L[s] in c.titles.firsts else 0
        if m and a < s + m <= b - 2:
            return s + m - a
    # "<Title> of <Portfolio> <Given> <Surname>": the portfolio runs up to the first given name
    if L[a - 2] in c.titles.lasts and c.titles.match_before(L, a - 1):
        for k in range(a + 1, min(a + 4, b - 1)):
            if L[k] in c.given:
                return k - a
        # a name the given-name list lacks ("Minister of Defence Sadio Camara"): the portfolio is
        # its run of domain words ("Defence", "Foreign Affairs"), which no name starts with
        n = 0
        while a + n < b - 2 and L[a + n] in c.generic:
            n += 1
        return n
    return 0
