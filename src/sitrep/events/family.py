"""What an entity belongs to, from the shipped knowledge base: the family the event merge uses to
let reports that name an actor at different granularity join ("the Israeli army", "Israel"; and
an official and the body he speaks for: "the State Department spokesperson said on Monday" and
"the United States warned on Monday" -- a person's ``offices`` put him in the body and its state)."""
from __future__ import annotations

from functools import lru_cache

PART_OF_HOPS = 2          # "KH part of PMF part of the security forces": further up is another actor


def kb_family(entity_id: str) -> frozenset[str]:
    """What an entity belongs to, from the shipped knowledge base (entity ids are KB ids)."""
    return _kb_family(entity_id)


@lru_cache(maxsize=4096)
def _kb_family(entity_id: str) -> frozenset[str]:
    try:
        from sitrep.actors.kb import KnowledgeBase
        kb = KnowledgeBase.default()
    except ImportError:                    # no actors stage: every entity stands alone
        return frozenset()
    e = kb.entry(entity_id)
    if not e:
        return frozenset()
    out: set[str] = set()
    state = None
    if e.get("capital_of"):
        state = e["capital_of"]
    elif e.get("government"):
        state = entity_id
    elif e.get("demonym_of"):
        state = e["demonym_of"]
    frontier, hops = [entity_id], 0
    while frontier and hops <= PART_OF_HOPS and state is None:
        nxt = []
        for cur in frontier:
            ce = kb.entry(cur) or {}
            country = ce.get("country")
            if country and (kb.entry(country) or {}).get("government") == cur:
                state = country           # cur is a government: entity_id is a state organ
                break
            if hops < PART_OF_HOPS:
                nxt += [r["object"] for r in ce.get("relations") or () if r.get("predicate") == "part_of"]
        frontier, hops = nxt, hops + 1
    # an official speaks for the body whose office he holds: its family is his
    for office in e.get("offices") or ():
        body = office.get("of")
        if body and body != entity_id and kb.entry(body):
            out.add(body)
            out.update(_kb_family(body))
    frontier = [entity_id]
    for _ in range(PART_OF_HOPS):
        frontier = [r["object"] for cur in frontier for r in (kb.entry(cur) or {}).get("relations") or ()
                    if r.get("predicate") == "part_of"]
        out.update(frontier)
    if state:
        out.add("state:" + state)
    return frozenset(out)


def kb_demonym_state(entity_id: str) -> str | None:
    """The state a demonym stands for ("Israeli" -> Israel): "the Israeli complaint" is Israel's."""
    return _kb_demonym_state(entity_id)


@lru_cache(maxsize=4096)
def _kb_demonym_state(entity_id: str) -> str | None:
    try:
        from sitrep.actors.kb import KnowledgeBase
        kb = KnowledgeBase.default()
    except ImportError:
        return None
    state = (kb.entry(entity_id) or {}).get("demonym_of")
    return state if state and kb.entry(state) else None


def kb_person(entity_id: str) -> bool:
    """Whether the knowledge base knows the entity as a person: two officials of one state are two
    actors, though each speaks for it."""
    return _kb_person(entity_id)


@lru_cache(maxsize=4096)
def _kb_person(entity_id: str) -> bool:
    try:
        from sitrep.actors.kb import KnowledgeBase
        kb = KnowledgeBase.default()
    except ImportError:
        return False
    return (kb.entry(entity_id) or {}).get("type") == "PERSON"
