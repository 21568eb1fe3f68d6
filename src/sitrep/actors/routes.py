"""Roads named after a person or a date: "the Benito Juárez highway", "the Simón Bolívar bridge".

The gazetteer knows many such names as towns (a municipality named after a president), so the
words before a lowercase route head are read as a place and the head is dropped. A name of two
or more words written straight before "highway", "road" or "bridge" names the route: the
facility with its head, as the gold convention writes it ("Mandalay-Lashio highway"). A
one-word town before "road" keeps its old reading (the road to that town, "the Hitadipa road").
"""
from __future__ import annotations

from .cand import Cand
from .fold import Folded

# lowercase heads of routes named after someone or something (light keys)
_ROUTE_HEADS = frozenset(("highway", "motorway", "expressway", "road", "bridge", "freeway"))


def named_routes(f: Folded, chosen: list[Cand]) -> None:
    """Widen a multi-word gazetteer place written before a lowercase route head into that route
    (FAC, in place: indices in ``chosen`` stay valid)."""
    n = len(f.words)
    taken = {c.i for c in chosen}
    for c in chosen:
        k = c.j
        # a gazetteer town, or the name shapes' route cut before its head ("Mandalay-Lashio")
        if k >= n or c.j - c.i < 2 or not ((c.type == "GPE" and c.source == "gazetteer")
                                           or (c.type == "FAC" and c.source == "fac-head")):
            continue
        if f.lights[k] in _ROUTE_HEADS and f.words[k].islower() and f.joined[k] == 1 and k not in taken:
            c.j, c.type, c.source, c.kb_id = k + 1, "FAC", "fac-head", None
