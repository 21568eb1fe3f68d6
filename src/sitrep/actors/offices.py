"""Offices written with "of" before a name ("Secretary of State Marco Rubio", "Minister of
Defence Ali Karimov"): name runs split at "of", so the office's tail would open the name."""
from __future__ import annotations

from .cues import Cues
from .fold import Folded


def office_tail(f: Folded, c: Cues, a: int, b: int) -> int:
    """How many leading words of the run ``[a, b)`` close an office that began before "of" (0 if
    none); at least two words are left for the name."""
    L = f.lights
    if a >= 3 and L[a - 1] == "the" and L[a - 2] == "of":
        # "the minister of the Defence Joseph Beti Assomo"
        return _portfolio(f, c, a, b) if L[a - 3] in c.titles.lasts and c.titles.match_before(L, a - 2) else 0
    if a >= 2 and L[a - 1] in _LIST_LINKS and _listed_portfolio(f, c, a):
        # "Minister for Political, Legal and Security Affairs Hadi Tjahjanto"
        return _portfolio(f, c, a, b)
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
        return _portfolio(f, c, a, b)
    return 0


_LIST_LINKS = frozenset(("and", "for"))
_MAX_PORTFOLIO = 8          # words between a title and the last item of its portfolio list


def _portfolio(f: Folded, c: Cues, a: int, b: int) -> int:
    """The portfolio words opening the run: up to the first given name, or (a name the given-name
    list lacks: "Minister of Defence Sadio Camara") its run of domain words ("Defence", "Foreign
    Affairs"), which no name starts with. At least two words are left for the name."""
    L = f.lights
    for k in range(a + 1, min(a + 4, b - 1)):
        if L[k] in c.given:
            return k - a
    n = 0
    while a + n < b - 2 and L[a + n] in c.generic:
        n += 1
    return n


def _listed_portfolio(f: Folded, c: Cues, a: int) -> bool:
    """Whether the words before ``a`` are a title and a list of domain words ending in "and" or
    "for": "Coordinating Minister for Political, Legal and ..." (commas are no tokens)."""
    L = f.lights
    k = a - 1
    while k > 0 and a - k <= _MAX_PORTFOLIO:
        k -= 1
        if L[k] in c.titles.lasts and c.titles.match_before(L, k + 1):
            return L[k + 1] in ("for", "of")
        if not (L[k] in c.generic or L[k] in _LIST_LINKS or L[k] in ("of", "the")):
            return False
    return False
