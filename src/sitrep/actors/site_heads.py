"""A known town plus a lowercase site head is the site: "the Lachin checkpoint", "at the Quetta
railway station", "in Makeen bazaar".

Shapes type an unknown name before a lowercase facility head ("the Munzenze prison"), and the
gazetteer matcher does so for a few heads after "the"; a place the knowledge base lists, or any
head of the ``fac_head`` and ``fac_head_lower`` lists that the gazetteer path lacks ("railway
station", "border gate", "school"), stayed a bare town and the site was lost. The candidate proposed here spans the town
and its head; the longest-first settlement lets it win, and ``nested_places`` keeps the town as a
mention of its own, so the town loses nothing.

Only after "the" or a preposition of place ("in", "at", "near" ...): "a Gaza hospital" is any
hospital of the town, not one named site.
"""
from __future__ import annotations

from .cand import Cand
from .cues import Cues
from .fold import Folded
from .kb import KnowledgeBase

# a route is named after the town it leads to ("the Kabul road" is near Kabul, not a site of it)
_ROUTES = frozenset(("road", "roads", "highway", "route", "street", "corridor", "pass", "avenue"))
# the town's own installations: "the Marte army base", "the Hodeidah port" are where events at
# the town happen, and reports that say "the base in Marte" must still meet at one place
_TOWNS_OWN = frozenset(("base", "airbase", "barracks", "camp", "airport", "port", "harbour", "harbor",
                        "outpost", "headquarters", "garrison"))
_PLACE_SOURCES = frozenset(("kb", "gazetteer"))
# prepositions of place only: a verb before ("hit Hodeida port", "targeted X airport") says
# nothing about whether the words name one site
_BEFORE = frozenset(("the", "in", "at", "near", "inside", "outside", "from", "into", "through", "to",
                     "toward", "towards", "around", "beside", "behind"))


def known_place_sites(f: Folded, cands: list[Cand], cues: Cues, kb: KnowledgeBase | None = None) -> list[Cand]:
    """FAC candidates over a listed place and the lowercase facility head right after it."""
    L, words, joined = f.lights, f.words, f.joined
    n = len(L)
    heads = cues.site_heads
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in cands:
        j = c.j
        # one word: a site is named after a town ("the Lachin checkpoint"); "the West Bank camp"
        # or "the Gaza Strip school" is any camp or school in a territory
        if c.type != "GPE" or c.source not in _PLACE_SOURCES or j >= n or c.i == 0 or j - c.i != 1:
            continue
        if L[j] not in heads.firsts or joined[j] != 1 or not words[j].islower():
            continue
        before = c.i - 1
        if joined[c.i] != 1 or not words[before].islower() or L[before] not in _BEFORE:
            continue
        if c.kb_id and kb is not None and (kb.entry(c.kb_id) or {}).get("capital"):
            continue                      # a country: "the Lebanon border crossing" is no site's name
        m = heads.match_at(L, j)
        if not m or L[j + m - 1] in _ROUTES or L[j + m - 1] in _TOWNS_OWN \
                or not all(w.islower() for w in words[j:j + m]):
            continue
        # "the Kabul school of medicine": a head opening a longer name is not this site's end
        if j + m < n and L[j + m] == "of" and joined[j + m] == 1:
            continue
        if (c.i, j + m) not in seen:
            seen.add((c.i, j + m))
            out.append(Cand(c.i, j + m, "FAC", "fac-head", 20))
    return out
