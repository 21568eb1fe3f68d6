"""An international body's office for one country: "UN Commission on Human Rights in South
Sudan", "EU Delegation in Niger". "in" ends a name run, so the shapes stop before the country and
the office becomes the bare "UN Commission on Human Rights", a body of its own, wrong for every
country. A name that opens like an international body ("UN", "African Union") and has an office
head after that ("Commission", "Mission"), followed by "in" and a country's name, is offered whole;
the longer candidate wins the overlap. Openers and heads are data (``country_mission`` in
``actor_cues.json``)."""
from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge import load

from .cand import Cand
from .fold import Folded, fold_text
from .kb import KnowledgeBase


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]], int, int]:
    """(opener light-word tuples, head light-word tuples, longest opener, longest head)."""
    for e in load("actor_cues.json"):
        if e.get("kind") == "country_mission":
            op = frozenset(tuple(fold_text(w).lights) for w in e.get("openers", []))
            hd = frozenset(tuple(fold_text(w).lights) for w in e.get("heads", []))
            return op, hd, max(map(len, op), default=0), max(map(len, hd), default=0)
    return frozenset(), frozenset(), 0, 0


def country_missions(f: Folded, cands: list[Cand], kb: KnowledgeBase) -> list[Cand]:
    """Whole "<international office> in <Country>" candidates for the ORG candidates that stop
    before "in" and a country."""
    openers, heads, lo, lh = _table()
    # most texts name no international body's office: the opener words settle them at once
    if _first_words(openers).isdisjoint(f.lights) or "in" not in f.lights:
        return []
    lights, joined = f.lights, f.joined
    n = len(lights)
    # ORG names that stop right before "in": few, and the countries are looked up only for them
    stops = [c for c in cands if c.type == "ORG" and c.j + 1 < n and lights[c.j] == "in"]
    if not stops:
        return []
    countries = {c.i: c for c in cands if c.type == "GPE" and c.kb_id and _is_country(kb, c.kb_id)}
    out = []
    for c in stops:
        gpe = countries.get(c.j + 1)
        if gpe is None or joined[c.j] != 1 or joined[c.j + 1] != 1:
            continue
        span = tuple(lights[c.i:c.j])
        # the head may take a complement: "Commission on Human Rights in ..."
        if any(span[:k] in openers for k in range(1, lo + 1)) and \
                any(span[a:a + k] in heads for a in range(1, len(span)) for k in range(1, lh + 1)):
            out.append(Cand(c.i, gpe.j, "ORG", c.source, c.prio))
    return out


@lru_cache(maxsize=4)
def _first_words(openers: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(o[0] for o in openers)


def _is_country(kb: KnowledgeBase, kb_id: str) -> bool:
    e = kb.entries.get(kb_id) or {}
    return bool(e.get("government") or e.get("capital"))
