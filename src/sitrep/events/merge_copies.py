"""A copy's report back with its original's (after ``merge.merge_clusters``).

A syndicated copy tells its original's sentences word for word; its report of a happening is the
original's report of it. The merge places each report once, in order, and an undated copy of
"an alliance which has attacked police stations" published on the day another paper tells a
dated raid by that alliance fits that raid by its publication day, while the original, published
a day earlier, cannot: the copy then ends with the raid and its original stands alone. Here a
copy's report that sits in another cluster than its original's same report (same category, roles,
stated date, trigger and toll) moves to the original's, when its cluster holds nothing else of
that text (otherwise the text itself tied it there) and the original's report is in one cluster.

``rejoin_copies`` is the merge's first look at the clusters as a whole, so it also runs the other
whole-cluster corrections of the fit rules: running war totals parted from a strike
(``merge_totals``), one unattributed happening named by places at two granularities
(``merge_placed``).
"""
from __future__ import annotations

from sitrep.events.merge_basics import MergeCluster, MergeItem
from sitrep.events.merge_fit import _refill
from sitrep.events.merge_placed import join_placed
from sitrep.events.merge_roles import Family
from sitrep.events.merge_totals import part_totals

__all__ = ["rejoin_copies"]


def _key(it: MergeItem) -> tuple:
    f = it.fact
    return (f.action, it.root, it.actor, it.target, it.date, f.trigger, f.mode, f.fatalities, f.injuries)


def rejoin_copies(clusters: list[MergeCluster], family_of: Family) -> list[MergeCluster]:
    """Move copies' reports to the cluster of their original's report (see the module), part a
    text's running war totals from its strike (``merge_totals``), then join the place-only halves
    of one happening (``merge_placed``); returns the clusters left, ``index`` their position again."""
    return join_placed(part_totals(_rejoin(clusters, family_of), family_of), family_of)


def _rejoin(clusters: list[MergeCluster], family_of: Family) -> list[MergeCluster]:
    where: dict[tuple, list[tuple[MergeCluster, MergeItem]]] = {}
    for c in clusters:
        for it in c.items:
            if it.actor is not None or it.target is not None:
                where.setdefault(_key(it), []).append((c, it))
    moves: dict[int, tuple[MergeCluster, list[MergeItem]]] = {}   # id(host) -> host, reports
    leaving: dict[int, tuple[MergeCluster, set[int]]] = {}
    for entries in where.values():
        if len(entries) < 2:
            continue
        homes = {id(c): c for c, it in entries if it.doc == it.root}
        if len(homes) != 1:
            continue                       # no original, or it tells the act twice: no telling
        home = next(iter(homes.values()))
        for c, it in entries:
            if c is home or it.doc == it.root:
                continue
            if any(o is not it and o.root == it.root for o in c.items):
                continue                   # its own text (another copy, a mention) holds it there
            moves.setdefault(id(home), (home, []))[1].append(it)
            leaving.setdefault(id(c), (c, set()))[1].add(id(it))
    if not moves:
        return clusters
    for c, gone in leaving.values():
        _refill(c, [o for o in c.items if id(o) not in gone], family_of)
    for home, items in moves.values():
        _refill(home, [*home.items, *items], family_of)
    kept = [c for c in clusters if c.items]
    for k, c in enumerate(kept):
        c.index = k
    return kept
