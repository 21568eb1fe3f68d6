"""Toll updates told apart from the attack they update.

"The death toll from an attack on the village of X rose to nine on Saturday" reports an attack
the text does not date (Saturday dates the rise), with a toll that disagrees with the first
reports by design: neither the time keys nor the figures of ``sitrep.events.merge`` can place it.
A cluster made only of such undated updates joins the attack that shares a role with it, is
dated (a stated day or month) within ``UPDATE_LAG_DAYS`` before the update's publication, and
whose figures are no higher than the risen toll (a toll that rises does not go down). When two
attacks fit equally, it stays apart: which one rose is not known.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from sitrep.events.merge_basics import MergeCluster, MergeItem, figure_range

# a toll keeps rising for days (bodies found, wounded dying): how long after the attack an
# update is still taken to speak of it
UPDATE_LAG_DAYS = 14


def fold_updates(clusters: list[MergeCluster], fits: Callable[[MergeCluster, MergeItem], bool]) -> list[MergeCluster]:
    """``clusters`` without the update-only clusters folded into their attack. ``fits(c, it)``:
    whether report ``it``'s roles fit cluster ``c``'s (a role shared, none contradicted)."""
    updates = [c for c in clusters if c.action == "ASSAULT" and _update_only(c)]
    if not updates:
        return clusters
    # attacks some report dates (``span_month`` is set by a stated date): the only ones an update can rise from
    dated = [c for c in clusters if c.action == "ASSAULT" and c.span_month is not None and not _update_only(c)]
    folded: set[int] = set()
    for u in updates:
        lead = max(u.items, key=lambda it: it.fact.fatalities or 0)
        pub = min((it.published for it in u.items if it.published is not None), default=None)
        stated = _update_day(u)
        if stated is not None and (pub is None or stated < pub):
            pub = stated
        if pub is None or lead.fact.fatalities is None:
            continue
        best: list[tuple[dt.date, MergeCluster]] = []
        for c in dated:
            when = _latest_day(c, pub)
            if when is None or c is u or (stated is not None and when >= stated) or not _lower_tolls(c, lead) \
                    or not fits(c, lead):
                continue
            best.append((when, c))
        if not best:
            continue
        best.sort(key=lambda x: x[0], reverse=True)
        if len(best) > 1 and best[1][0] == best[0][0]:
            continue                      # two attacks of that day fit: which toll rose is unknown
        target = best[0][1]
        for it in u.items:
            target.add(it)
        if target.actor is None:
            target.actor = u.actor
        if target.target is None:
            target.target = u.target
        folded.add(id(u))
    return [c for c in clusters if id(c) not in folded] if folded else clusters


def _update_only(c: MergeCluster) -> bool:
    """Toll updates and undated reports only, one at least a toll update. An update's own date is
    the day the toll rose ("rose to three on Wednesday"), not the attack's: it does not make the
    cluster an attack of that day."""
    return any(it.fact.toll_update for it in c.items) and all(not it.date or it.fact.toll_update for it in c.items)


def _update_day(c: MergeCluster) -> dt.date | None:
    """The earliest day the cluster's updates state: the attack came before it."""
    return min((it.when for it in c.items if it.fact.toll_update and it.when is not None), default=None)


def _latest_day(c: MergeCluster, pub: dt.date) -> dt.date | None:
    """The latest stated date of ``c`` (a month counts as its first day) in the lag before ``pub``."""
    out = None
    for it in c.items:
        when = it.when
        if when is None and it.date and len(it.date) == 7:
            try:
                when = dt.date(int(it.date[:4]), int(it.date[5:7]), 1)
            except ValueError:
                continue
        if when is not None and 0 <= (pub - when).days <= UPDATE_LAG_DAYS and (out is None or when > out):
            out = when
    return out


def _lower_tolls(c: MergeCluster, update: MergeItem) -> bool:
    """No report of ``c`` states a toll above the risen one."""
    value = update.fact.fatalities
    return all(it.fact.fatalities is None or figure_range(it.fact.fatalities, it.fact.fatalities_bound)[0] <= value
               for it in c.items)
