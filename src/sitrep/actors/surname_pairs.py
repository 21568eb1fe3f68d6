"""Second surnames of known persons (Spanish and Portuguese naming).

A Spanish name is given name(s), the father's surname, then the mother's: "Joaquín Guzmán
Loera" and his son "Joaquín Guzmán López" share a given name and a first surname but are two
people. The corpus join of a dropped second surname ("Gustavo Petro" of "Gustavo Petro Urrego")
must therefore not join a known person with a three-word name whose last word differs from the
one the KB lists for that person.
"""
from __future__ import annotations

from collections.abc import Collection

from .fold import name_key
from .kb import KnowledgeBase


def listed_thirds(kb: KnowledgeBase, kb_id: str, pair: tuple[str, str]) -> frozenset[str]:
    """The words the KB writes after ``pair`` (folded given name and surname) in person ``kb_id``'s
    names: {"loera"} for El Chapo's ("joaquin", "guzman")."""
    key = ("second-surnames", kb_id, pair)
    got = kb.memo.get(key)
    if got is None:
        e = kb.entry(kb_id) or {}
        found = set()
        for name in (e.get("name") or "", *(e.get("aliases") or ())):
            toks = name_key(name).split()
            for p in range(len(toks) - 2):
                if (toks[p], toks[p + 1]) == pair:
                    found.add(toks[p + 2])
        got = kb.memo[key] = frozenset(found)
    return got


def other_second_surname(kb: KnowledgeBase, kb_id: str, pair: tuple[str, str], thirds: Collection[str]) -> bool:
    """Whether the three-word names ``pair`` + one of ``thirds`` are someone else than known person
    ``kb_id``: the KB lists that person's pair followed by other words only."""
    listed = listed_thirds(kb, kb_id, pair)
    return bool(listed) and bool(thirds) and not (set(thirds) & listed)
