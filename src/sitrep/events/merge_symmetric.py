"""One meeting, call or accord told with its parties the other way round.

"Austria's foreign minister spoke by phone with his Serbian counterpart on Tuesday" in one paper
and "Serbia's foreign minister held a call with his Austrian counterpart on Tuesday" in another:
a consultation or an agreement has no doer and no undergoer, and each source puts its own side
(or the one it names first) as the actor. The role-keyed merge files reports by actor and target,
so the two tellings stay two events. Here a cluster of such a category is joined with the one
cluster that names the same two parties swapped, on firm evidence only: both dated to the day, a
stated day in common and none more than a day off, no document in both (one text telling both
orders tells two calls), and no other swapped cluster either could be.
"""
from __future__ import annotations

from sitrep.events.merge_basics import MergeCluster
from sitrep.events.merge_roles import Family, absorb, related, without

__all__ = ["SYMMETRIC", "join_swapped"]

# PLOVER categories whose two parties act alike (talks, calls, visits; accords): which one a
# source names first says nothing about who did what. Coercive or verbal acts (ACCUSE, THREATEN,
# REQUEST ...) have a direction and are never joined across swapped roles.
SYMMETRIC = frozenset({"CONSULT", "AGREE"})


def join_swapped(clusters: list[MergeCluster], family_of: Family) -> list[MergeCluster]:
    """Join each symmetric-category cluster to its only swapped-roles twin (see the module);
    returns the clusters left, in order, with ``index`` their position again."""
    pool = [c for c in clusters if c.action in SYMMETRIC and c.items and c.incident and not c.campaign
            and c.actor is not None and c.target is not None and c.actor != c.target]
    if len(pool) < 2:
        return clusters
    # each cluster filed under its parties and the entities they belong to (``family_of``): a
    # swapped twin shares an anchor on each side, and only those few are tested
    def anchors(e: str) -> tuple[str, ...]:
        return (e, *family_of(e))

    filed: dict[tuple, list[MergeCluster]] = {}
    for b in pool:
        for x in anchors(b.actor):
            for y in anchors(b.target):
                filed.setdefault((b.action, x, y), []).append(b)
    twins: dict[int, list[MergeCluster]] = {}
    for a in pool:
        seen = {id(b): b for x in anchors(a.target) for y in anchors(a.actor)
                for b in filed.get((a.action, x, y), ()) if b is not a}
        twins[id(a)] = [b for b in seen.values() if _swapped(a, b, family_of)]
    gone: set[int] = set()
    for a in pool:
        if id(a) in gone:
            continue
        found = twins[id(a)]
        # each must be the other's only twin: two calls of the pair the same week stay two
        if len(found) != 1 or len(twins[id(found[0])]) != 1 or id(found[0]) in gone:
            continue
        b = found[0]
        host, guest = (a, b) if (len(a.docs), -a.index) >= (len(b.docs), -b.index) else (b, a)
        absorb(host, guest)          # the telling most sources give keeps its roles
        gone.add(id(guest))
    return without(clusters, gone)


def _swapped(a: MergeCluster, b: MergeCluster, family_of: Family) -> bool:
    """Whether ``b`` names ``a``'s parties the other way round, on a day ``a`` tells too."""
    if a.docs & b.docs or a.old != b.old:
        return False
    if not (related(a.actor, b.target, family_of) and related(a.target, b.actor, family_of)):
        return False
    days_a = {it.when for it in a.items if it.when is not None}
    days_b = {it.when for it in b.items if it.when is not None}
    if not days_a & days_b:
        return False
    days = days_a | days_b
    return (max(days) - min(days)).days <= 1
