"""Kunya short forms inside one text: "Abu Jabal" for "Karim Abu Jabal".

Arabic copy calls a man by his kunya ("Abu Jabal") after naming him in full once; like a bare
surname, the kunya form joins the one full name of the text that ends with it. The corpus-level
join (``variants``) only helps when no other entity carries the kunya; inside the document the
full name met before is the better evidence.
"""
from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge import load

from .fold import Folded, deep_word, light
from .match import Cand


@lru_cache(maxsize=1)
def kunyas() -> frozenset[str]:
    return frozenset(deep_word(light(str(e["particle"]))) for e in load("name_kunyas.json"))


def kunya_forms(f: Folded, chosen: list[Cand], links: list[tuple[int, int]],
                kunya: dict[tuple[str, str], list[int]]) -> None:
    """A bare "Abu Jabal" joins the one full name "<given> Abu Jabal" of the text, like a surname;
    with two such people it is neither's."""
    for idx, c in enumerate(chosen):
        if c.j - c.i != 2 or c.kb_id or c.type not in ("PERSON", "ORG"):
            continue
        full = kunya.get((f.deeps[c.i], f.deeps[c.i + 1]))
        if full and len(full) == 1 and full[0] != idx:
            c.type, c.partial = "PERSON", True
            links.append((full[0], idx))
