"""The reports the event merge groups (``sitrep.events.merge``): each document's event facts with
their roles mapped to entity ids, split into reports naming a party and reports naming none."""
from __future__ import annotations

from sitrep.events.campaigns import is_campaign
from sitrep.events.dating import STATEMENTS
from sitrep.events.merge_basics import DocInfo, MergeItem, day, root_of
from sitrep.events.merge_roles import Family
from sitrep.events.target_people import names_people

__all__ = ["canonical", "items", "memo"]


def memo(family_of: Family) -> Family:
    # the knowledge base's own cache is small; a corpus names far more entities than it holds
    cache: dict[str, frozenset[str]] = {}

    def family(e: str) -> frozenset[str]:
        got = cache.get(e)
        if got is None:
            got = cache[e] = family_of(e)
        return got
    family.pairs = {}        # type: ignore[attr-defined]  # ``merge_roles.related`` answers, per run
    return family


def items(facts, entity_of, docs, state_of, government_of) -> tuple[list[MergeItem], list[MergeItem]]:
    """Reports naming an actor or a target, and reports naming neither that still tell a place or
    a toll (the rest -- "an attack" with nothing to place it -- are no happening one can report)."""
    def entity(doc: str, local: int | None, stands_for_government: bool, people: bool = False) -> str | None:
        if local is None:
            return None
        eid = entity_of.get((doc, local))
        if eid is not None and people and state_of(eid) is not None:
            return eid           # a demonym describing the people hit keeps naming them
        if eid is not None and stands_for_government:
            eid = state_of(eid) or eid
            if government_of is not None:
                eid = government_of(eid) or eid
        return eid

    named: list[MergeItem] = []
    unnamed: list[MergeItem] = []
    roots: dict[str, str] = {}
    # sentence -> the actor one of its events names: the speaker of a statement coded without one
    said_by: dict[tuple[str, int], int] = {}
    for doc, f in facts:
        if f.actor is not None:
            said_by.setdefault((doc, f.start), f.actor)
    for doc, f in facts:
        actor = entity(doc, f.actor, True)
        # "six Russian peacekeepers were killed": the victims are the people, not their state
        target = entity(doc, f.target, True, names_people(f))
        if actor is not None and actor == target:
            target = None
        location = entity(doc, f.location, False)
        if actor is None and target is None and location is None and f.fatalities is None and f.injuries is None:
            continue
        info = docs.get(doc) or DocInfo()
        root = roots.get(doc)
        if root is None:
            root = roots[doc] = root_of(doc, docs)
        it = MergeItem(doc, f, actor, target, location, day(info.published), root, info.story,
                       campaign=is_campaign(f))
        if actor is None and f.action in STATEMENTS and (doc, f.start) in said_by:
            it.speaker = entity(doc, said_by[(doc, f.start)], True)
        (named if actor is not None or target is not None else unnamed).append(it)
    return named, unnamed


def canonical(it: MergeItem) -> bool:
    """A date that is a valid "YYYY-MM-DD" or "YYYY-MM" (or none): what the coder emits, and what
    the time keys stand for exactly (the full test handles anything else)."""
    date = it.date
    return not date or (len(date) == 10 and it.when is not None) or (len(date) == 7 and day(date + "-01") is not None)
