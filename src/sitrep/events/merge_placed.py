"""Reports of one unattributed attack that name it only by its places, at two granularities.

"Suicide bombers killed 18 in Gwoza" (target: the town), "attacks in Borno state killed 18"
(target: the state; told in Gwoza) and "18 killed in northeast Nigeria's Borno state" (no party,
place: the state) name no party the role-keyed merge could share: their only role is a place,
and each source picks another one. Without a shared role each stands as its own event, with part
of the figures.

Here (after ``merge.merge_clusters``) clusters that name no actor and no target but a place (a
target that is some report's place counts as a place) join when they share a place (as target or
place), state no days more than a day apart, give no death tolls or wounded figures
that exclude each other, and are tied by more than the place: the same story, or an agreeing toll.
A cluster fitting several earlier ones joins them all only when those fit one another too; a
same-template report of another day, another toll or another town stays apart.
"""
from __future__ import annotations

from sitrep.events.merge_basics import MergeCluster, figure_range
from sitrep.events.merge_fit import _refill
from sitrep.events.merge_roles import Family, related

__all__ = ["join_placed"]


def join_placed(clusters: list[MergeCluster], family_of: Family) -> list[MergeCluster]:
    """``clusters`` with the place-only halves of one happening joined (see the module); ``index``
    is the position again."""
    places = {it.location for c in clusters for it in c.items if it.location is not None}
    if not places:
        return clusters
    # (category, place) -> the earlier clusters naming it: each cluster meets only those sharing a place
    hosts: dict[tuple[str, str], list[MergeCluster]] = {}
    changed = False
    for c in clusters:
        if not _eligible(c, places):
            continue
        named = _named_places(c, places)
        seen: dict[int, MergeCluster] = {}
        for p in named:
            for h in hosts.get((c.action, p), ()):
                if h.items and h is not c:
                    seen.setdefault(id(h), h)
        fit = sorted((h for h in seen.values() if _consistent(h, c, family_of) and _tied(h, c)),
                     key=lambda h: h.index)
        if len(fit) > 1 and not all(_consistent(a, b, family_of) for i, a in enumerate(fit) for b in fit[i + 1:]):
            fit = []                       # it could be either of two happenings: neither
        if not fit:
            for p in named:
                hosts.setdefault((c.action, p), []).append(c)
            continue
        head, rest = fit[0], fit[1:]
        items = [*head.items, *(o for h in rest for o in h.items), *c.items]
        _refill(head, items, family_of)
        head.target = _narrowest(items) or head.target
        for h in (*rest, c):
            h.items = []
        # the joined cluster is met under every place it now names
        for p in _named_places(head, places):
            filed = hosts.setdefault((c.action, p), [])
            if not any(h is head for h in filed):
                filed.append(head)
        changed = True
    if not changed:
        return clusters
    kept = [c for c in clusters if c.items]
    for k, c in enumerate(kept):
        c.index = k
    return kept


def _narrowest(items: list) -> str | None:
    """The target place no other report names as the place of a wider one: "attacks in Borno
    state", told at Gwoza, and "the bombings in Gwoza" name the town as the narrower target."""
    targets = {it.target for it in items if it.target is not None}
    if len(targets) < 2:
        return None
    wider = {it.target for it in items if it.target is not None and it.location in targets
             and it.location != it.target}
    narrow = [t for t in targets if t not in wider]
    return narrow[0] if len(narrow) == 1 else None


def _eligible(c: MergeCluster, places: set[str]) -> bool:
    # a dated incident naming no party, whose only target (if any) is a place: a named party's
    # attack and the reports naming no one are ``unattributed``'s to join (it weighs every named
    # happening that could be theirs); campaigns and old acts keep their own rules
    return bool(c.items) and c.incident and not c.campaign and not c.old and c.actor is None and (
        c.target is None or c.target in places) and (c.target is not None or bool(c.places))


def _named_places(c: MergeCluster, places: set[str]) -> set[str]:
    # every report's place and place-target: a joined cluster keeps the wider names it was told by
    return c.places | {it.target for it in c.items if it.target in places}


def _consistent(a: MergeCluster, b: MergeCluster, family_of: Family) -> bool:
    """No actor that differs, no stated days more than a day apart, no figures that exclude."""
    if a.actor is not None and b.actor is not None and not related(a.actor, b.actor, family_of):
        return False
    days = [it.when for it in (*a.items, *b.items) if it.when is not None]
    if days and (max(days) - min(days)).days > 1:
        return False
    for kind in ("fatalities", "injuries"):
        ra, rb = _ranges(a, kind), _ranges(b, kind)
        if any(x[1] < y[0] or y[1] < x[0] for x in ra for y in rb):
            return False
    return True


def _ranges(c: MergeCluster, kind: str) -> list[tuple[float, float]]:
    out = []
    for it in c.items:
        value = getattr(it.fact, kind)
        if value is not None:
            out.append(figure_range(value, getattr(it.fact, kind + "_bound")))
    return out


def _tied(a: MergeCluster, b: MergeCluster) -> bool:
    """One story, or a death toll both give alike: a shared place alone is no tie."""
    if a.stories & b.stories:
        return True
    ra, rb = _ranges(a, "fatalities"), _ranges(b, "fatalities")
    return bool(ra and rb)
