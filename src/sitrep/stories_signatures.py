"""Happenings for story grouping where event merging left one incident in several events.

Merging events is strict (actors, targets and tolls must agree), so independent reports of one
incident often stay separate events: the wire names the cartel's leader as the target, a thread
names his faction, a translation names nobody at all. For grouping stories what matters is the
incident's signature, so events dated to the same day with the same action are one happening when:

- they happen at the same named place;
- they have the same named actor, at compatible places, and that actor did this on that day in
  one place only (an army shelling three towns in one night is three happenings, not one);
- one of them names no place and is the lead of its document, and exactly one other happening
  that day leads a document with roles and toll it does not contradict: the only incident it can
  be. Where several could be, nothing joins.

The happenings still join stories only where they are central (``join_by_happenings``), so a
template reused on another night (another day) or a roundup recalling several incidents joins
nothing more than before.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from sitrep.disjoint import DisjointSets

# a day with more incidents leading documents than this: a report naming no place is any of them
# (and comparing each with each would cost quadratic time)
MAX_DAY_LEADS = 200
TOLL_RATIO = 2.0    # two tolls of one incident as first and later counts: 12 and 14, not 3 and 40


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    for role in ("actor", "target", "location"):
        if a.get(role) is not None and b.get(role) is not None and a[role] != b[role]:
            return False
    fa, fb = a.get("fatalities"), b.get("fatalities")
    if fa and fb and max(fa, fb) > TOLL_RATIO * min(fa, fb):
        return False
    return True


def lead_events(events: list[dict[str, Any]], candidates: Iterable[int]) -> dict[str, int]:
    """doc -> the index of the first of ``candidates`` it reports (its lead happening)."""
    first: dict[str, tuple[int, int]] = {}
    for i in candidates:
        for r in events[i].get("reports", []):
            pos = r.get("start") or 0
            if r["doc"] not in first or pos < first[r["doc"]][0]:
                first[r["doc"]] = (pos, i)
    return {doc: i for doc, (_pos, i) in first.items()}


def place_of(e: dict[str, Any], places: Collection[str] = ()) -> str | None:
    """Where a happening took place: its location, else its target when that is one of ``places``
    (entities other events are located at): an attack on a town whose report names no attacker
    and no other place makes the town its target ("female bombers struck Gwoza"), while
    another report of it says "in Gwoza"."""
    where = e.get("location")
    if where is None and e.get("target") in places:
        return e["target"]
    return where


def happenings(events: list[dict[str, Any]], candidates: list[int],
               lead: dict[str, int], places: Collection[str] = (),
               same_scene: Callable[[int, int], bool] | None = None) -> list[list[int]]:
    """The ``candidates`` (indices of events dated to the day) grouped into happenings by their
    signatures (see the module docstring), each group sorted, in order of its first event.
    ``places``: as ``place_of`` takes them; ``same_scene(i, j)``: whether the documents leading
    with events i and j each name the other's place (``_join_cross_named``)."""
    sets: DisjointSets[int] = DisjointSets()
    by_day: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in candidates:
        sets.find(i)
        by_day[(events[i]["action"], events[i]["date"])].append(i)
    leads = set(lead.values())
    for same_day in by_day.values():
        if len(same_day) < 2:
            continue
        at: dict[str, int] = {}
        by_actor: dict[str, list[int]] = defaultdict(list)
        for i in same_day:
            e = events[i]
            where = place_of(e, places)
            if where is not None:
                if where in at:
                    sets.union(at[where], i)
                else:
                    at[where] = i
            if e.get("actor") is not None:
                by_actor[e["actor"]].append(i)
        for group in by_actor.values():
            wheres = {place_of(events[i], places) for i in group} - {None}
            if len(group) > 1 and len(wheres) <= 1:
                for i in group[1:]:
                    sets.union(group[0], i)
        if same_scene is not None:
            _join_cross_named(events, same_day, leads, sets, places, same_scene)
        _join_underspecified(events, same_day, leads, sets, places)
        _join_toll_only(events, same_day, leads, sets, places)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in candidates:
        groups[sets.find(i)].append(i)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def _join_underspecified(events: list[dict[str, Any]], same_day: list[int], leads: set[int],
                         sets: DisjointSets[int], places: Collection[str] = ()) -> None:
    """A lead event naming no place joins the one lead happening of that day it can be (see the
    module docstring): an actor alone does not tell which of its attacks that day it reports.
    Every choice is made on the happenings as the signatures left them, then applied, so one
    choice cannot chain two incidents through a third report."""
    def named(j: int) -> bool:
        return place_of(events[j], places) is not None or events[j].get("actor") is not None

    day_leads = [j for j in same_day if j in leads]
    if len(day_leads) > MAX_DAY_LEADS:
        return
    # reports naming an actor first, then those naming nobody, which then see what they joined
    for bare in (False, True):
        chosen: list[tuple[int, int]] = []
        for i in same_day:
            if i not in leads or place_of(events[i], places) is not None or named(i) == bare:
                continue
            fits = [j for j in day_leads
                    if j != i and sets.find(j) != sets.find(i) and _compatible(events[i], events[j])]
            # a report naming neither place nor actor may be any incident's: it tells none apart,
            # and is joined to an incident, not the other way round
            roots = {sets.find(j) for j in fits if named(j)}
            if not roots and bare:
                roots = {sets.find(j) for j in fits}
            if len(roots) == 1:
                chosen.append((i, next(iter(roots))))
        for i, root in chosen:
            sets.union(i, root)


def _join_toll_only(events: list[dict[str, Any]], same_day: list[int], leads: set[int],
                    sets: DisjointSets[int], places: Collection[str] = ()) -> None:
    """A report's own telling of an incident that names neither place nor actor, only its toll,
    further down than its lead ("ISPR said 16 soldiers were killed when the post came under attack
    on Saturday", under a lead about the next day's curfew): it joins the one lead happening of
    that day with the same toll and nothing contradicting it. A different toll, or two incidents
    of that day it could be, join nothing; and a document leading with a happening of that day
    tells its own incident there. Whether it is news to its document (a recall days later is not)
    and central to its story is decided as for every happening (``join_by_happenings``)."""
    day_leads = [j for j in same_day if j in leads]
    if not day_leads or len(day_leads) > MAX_DAY_LEADS:
        return
    leading_docs = {r["doc"] for j in day_leads for r in events[j].get("reports", [])}
    chosen: list[tuple[int, int]] = []
    for i in same_day:
        e = events[i]
        toll = e.get("fatalities")
        if (i in leads or not toll or place_of(e, places) is not None or e.get("actor") is not None
                or any(r["doc"] in leading_docs for r in e.get("reports", []))):
            continue
        roots = {sets.find(j) for j in day_leads
                 if events[j].get("fatalities") == toll and _compatible(e, events[j])}
        if len(roots) == 1 and sets.find(i) not in roots:
            chosen.append((i, next(iter(roots))))
    for i, root in chosen:
        sets.union(i, root)


def _same_side(a: str | None, b: str | None) -> bool:
    """Whether two actors are one side: the same entity, or organs of one state or one group
    ("Israel" and its army; a brigade and the army it belongs to), from the knowledge base."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    from sitrep.events.family import kb_family
    fa, fb = kb_family(a), kb_family(b)
    return a in fb or b in fa or bool(fa & fb)


def _join_cross_named(events: list[dict[str, Any]], same_day: list[int], leads: set[int],
                      sets: DisjointSets[int], places: Collection[str],
                      same_scene: Callable[[int, int], bool]) -> None:
    """Lead happenings of one day and action placed apart by their reports, which are one
    happening all the same: an independent report places a strike in the neighbourhood ("Sheikh
    Radwan, north of Gaza City"), the wire in the city, or calls the army by its state's name.
    They join when the same side acts (``_same_side``), nothing else contradicts (targets, mode,
    toll within TOLL_RATIO) and each document names the other's place (``same_scene``): two
    strikes of one night in two towns are told apart by the towns each report names. One of the
    places must be unknown to the knowledge base (a neighbourhood, a school, a camp the gazetteer
    lacks, which may lie within the other place; ``scene_test`` checks it first): two known places
    are two towns, and leaving them out keeps the texts read to the few reports that need them."""
    day_leads = [j for j in same_day if j in leads and place_of(events[j], places) is not None]
    if len(day_leads) < 2 or len(day_leads) > MAX_DAY_LEADS:
        return
    chosen: list[tuple[int, int]] = []
    for x, i in enumerate(day_leads):
        a = events[i]
        for j in day_leads[x + 1:]:
            b = events[j]
            if sets.find(i) == sets.find(j) or not _same_side(a.get("actor"), b.get("actor")):
                continue
            if a.get("mode") and b.get("mode") and a["mode"] != b["mode"]:
                continue
            if not _compatible({**a, "actor": None, "location": None}, {**b, "actor": None, "location": None}):
                continue
            if same_scene(i, j):
                chosen.append((i, j))
    for i, j in chosen:
        sets.union(i, j)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
MIN_PLACE_SLUG = 4      # shorter names ("Ur") are found inside too many texts by chance


def _slug(text: str) -> str:
    from sitrep.actors.fold import light
    return _NOT_SLUG.sub("-", light(text)).strip("-")


def _long_slugs(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({n for n in map(_slug, names) if len(n) >= MIN_PLACE_SLUG}))


@lru_cache(maxsize=4096)
def _known_place_names(place: str) -> tuple[str, ...]:
    from sitrep.actors.kb import KnowledgeBase
    entry = KnowledgeBase.default().entry(place) or {}
    return _long_slugs([entry.get("name") or "", *(entry.get("aliases") or ())])


def place_names(place: str, unknown: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The names of a place entity as slugs ("sheikh-radwan"): an unknown one's names as
    ``unknown`` (entity id -> names, for the entities the knowledge base does not hold) gives them,
    a known place's name and aliases from the knowledge base."""
    names = unknown.get(place)
    return _long_slugs(names) if names is not None else _known_place_names(place)


def scene_test(events: list[dict[str, Any]], lead: dict[str, int], places: Collection[str],
               texts: Callable[[list[str]], dict[str, str]],
               unknown: Mapping[str, Sequence[str]]) -> Callable[[int, int], bool]:
    """``same_scene`` for ``happenings``: whether one of events i and j is placed where the
    knowledge base knows no place (``unknown``: entity id -> names, for the entities it does not
    hold), a document leading with i names j's place and one leading with j names i's (``texts``:
    document texts by id, read when asked)."""
    leaders: dict[int, list[str]] = defaultdict(list)
    for doc, i in lead.items():
        leaders[i].append(doc)
    folded: dict[str, str] = {}

    def names(docs: list[str], place: str | None) -> bool:
        wanted = place_names(place, unknown) if place else ()
        if not wanted:
            return False
        missing = [d for d in docs if d not in folded]
        if missing:
            got = texts(missing)
            folded.update((d, "-" + _slug(got.get(d, "")) + "-") for d in missing)
        return any(f"-{n}-" in folded[d] for d in docs for n in wanted)

    def same_scene(i: int, j: int) -> bool:
        a, b = place_of(events[i], places), place_of(events[j], places)
        if a not in unknown and b not in unknown:
            return False
        return (names(leaders.get(i, []), place_of(events[j], places))
                and names(leaders.get(j, []), place_of(events[i], places)))
    return same_scene
