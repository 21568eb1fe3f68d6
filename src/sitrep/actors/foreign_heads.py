"""A country's name before a known body of ANOTHER country: the run is a name of its own.

The knowledge base knows Myanmar's "People's Defence Force" and the American "PBS"; the text's
"Tanzania People's Defence Force" and "Thai PBS" contain those names but are other bodies: a
country written into a name makes it that country's. So when a country's name (or, before an
outlet, its demonym: outlets are brands, "Thai PBS") directly precedes a known body tied to a
different country, the two become one unlinked name. A demonym before a group ("Lebanese
Hezbollah", "Pakistani Taliban") is left to the other rules: there it usually says where the
group fights, and the KB lists the forms that are names.
"""
from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge import load

from .cand import Cand
from .country import _codes, _country_of
from .fold import Folded
from .kb import KnowledgeBase


def foreign_heads(f: Folded, chosen: list[Cand], kb: KnowledgeBase) -> list[Cand]:
    """``chosen`` with each (country name, known body of another country) pair made one unlinked
    candidate of the body's type, over both."""
    out: list[Cand] = []
    changed = False
    for c in chosen:
        prev = out[-1] if out else None
        if c.kb_id is not None and prev is not None and prev.j == c.i and _fuse(f, prev, c, kb):
            out[-1] = Cand(prev.i, c.j, c.type, "kb-unlinked", c.prio)
            changed = True
            continue
        out.append(c)
    return out if changed else chosen


def _fuse(f: Folded, prev: Cand, c: Cand, kb: KnowledgeBase) -> bool:
    if c.kb_id is None or c.type not in ("ORG", "MEDIA") or prev.kb_id is None or prev.j != c.i:
        return False
    if prev.type not in ("GPE", "NORP") or f.joined[c.i] != 1 or f.lights[c.i] == "the":
        return False
    if prev.type == "NORP" and c.type != "MEDIA":
        return False
    home = _country_of(kb, c.kb_id) or _outlet_countries().get((kb.entries.get(c.kb_id) or {}).get("name", ""))
    mine = _country_of(kb, prev.kb_id)
    return bool(home and mine and home != mine) and _is_country(kb, prev)


def _is_country(kb: KnowledgeBase, c: Cand) -> bool:
    """A country's own name or demonym, not a town's ("Gaza City Hamas" is no new body)."""
    if c.type == "NORP":
        return True
    e = kb.entries.get(c.kb_id or "") or {}
    return bool(e.get("government") or e.get("capital"))


@lru_cache(maxsize=1)
def _outlet_countries() -> dict[str, str]:
    """Outlet name -> its country's KB id (the outlets file gives ISO codes)."""
    codes = _codes()
    return {e["name"]: codes[e["country"]] for e in load("outlets.json")
            if e.get("name") and e.get("country") in codes}
