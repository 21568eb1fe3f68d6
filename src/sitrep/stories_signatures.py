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

from collections import defaultdict
from collections.abc import Iterable
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


def happenings(events: list[dict[str, Any]], candidates: list[int],
               lead: dict[str, int]) -> list[list[int]]:
    """The ``candidates`` (indices of events dated to the day) grouped into happenings by their
    signatures (see the module docstring), each group sorted, in order of its first event."""
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
            if e.get("location") is not None:
                if e["location"] in at:
                    sets.union(at[e["location"]], i)
                else:
                    at[e["location"]] = i
            if e.get("actor") is not None:
                by_actor[e["actor"]].append(i)
        for group in by_actor.values():
            places = {events[i].get("location") for i in group} - {None}
            if len(group) > 1 and len(places) <= 1:
                for i in group[1:]:
                    sets.union(group[0], i)
        _join_underspecified(events, same_day, leads, sets)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in candidates:
        groups[sets.find(i)].append(i)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def _join_underspecified(events: list[dict[str, Any]], same_day: list[int], leads: set[int],
                         sets: DisjointSets[int]) -> None:
    """A lead event naming no place joins the one lead happening of that day it can be (see the
    module docstring): an actor alone does not tell which of its attacks that day it reports.
    Every choice is made on the happenings as the signatures left them, then applied, so one
    choice cannot chain two incidents through a third report."""
    def named(j: int) -> bool:
        return events[j].get("location") is not None or events[j].get("actor") is not None

    day_leads = [j for j in same_day if j in leads]
    if len(day_leads) > MAX_DAY_LEADS:
        return
    # reports naming an actor first, then those naming nobody, which then see what they joined
    for bare in (False, True):
        chosen: list[tuple[int, int]] = []
        for i in same_day:
            if i not in leads or events[i].get("location") is not None or named(i) == bare:
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
