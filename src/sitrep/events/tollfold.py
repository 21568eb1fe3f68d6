"""Toll updates told apart from the attack they update.

"The death toll from an attack on the village of X rose to nine on Saturday" reports an attack
the text does not date (Saturday dates the rise), with a toll that disagrees with the first
reports by design: neither the time keys nor the figures of ``sitrep.events.merge`` can place it.
A cluster made only of such undated updates joins the attack that shares a role with it, is
dated (a stated day or month) within ``UPDATE_LAG_DAYS`` before the update's publication, and
whose figures are no higher than the risen toll (a toll that rises does not go down). When two
attacks fit equally, it stays apart: which one rose is not known.

An update that names no one ("the death toll from the clashes had risen to 11", "regrets the death
of 11 persons in the confrontations") has no role to share: it speaks of the attack its own text
is about. It joins the attack dated within ``UNDATED_LAG_DAYS`` before its publication whose
parties or places its document (or story) names in its other reports, the one naming more of them
than any other; with none, or a tie, it stays apart.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from sitrep.events.merge_basics import UNDATED_LAG_DAYS, MergeCluster, MergeItem, figure_range, figures_match

# a toll keeps rising for days (bodies found, wounded dying): how long after the attack an
# update is still taken to speak of it
UPDATE_LAG_DAYS = 14


def fold_updates(clusters: list[MergeCluster], fits: Callable[[MergeCluster, MergeItem], bool]) -> list[MergeCluster]:
    """``clusters`` without the update-only clusters folded into their attack. ``fits(c, it)``:
    whether report ``it``'s roles fit cluster ``c``'s (a role shared, none contradicted)."""
    updates = [c for c in clusters if c.action == "ASSAULT" and _update_only(c)]
    if not updates:
        return clusters
    clusters, updates = _same_updates(clusters, updates)
    # attacks some report dates (``span_month`` is set by a stated date): the only ones an update can rise from
    dated = [c for c in clusters if c.action == "ASSAULT" and c.span_month is not None and not _update_only(c)]
    folded: set[int] = set()
    context: dict[str, set[str]] | None = None
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
                    or not (fits(c, lead) or _between(c, lead)):
                continue
            best.append((when, c))
        if not best and u.actor is None and u.target is None:
            if context is None:
                context = _context(clusters)
            best = _by_context(u, lead, pub, dated, context)
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


def _between(c: MergeCluster, update: MergeItem) -> bool:
    """Whether the update names the attack's two parties the other way round, at no other place:
    "the toll from fighting between the army and the militia in X" gives the fight no direction,
    and the coder's order of the two says nothing of who attacked."""
    if update.actor is None or update.target is None or c.actor is None or c.target is None:
        return False
    if (update.actor, update.target) != (c.target, c.actor):
        return False
    return update.location is None or not c.places or update.location in c.places


def _update_only(c: MergeCluster) -> bool:
    """Toll updates and undated reports only, one at least a toll update. An update's own date is
    the day the toll rose ("rose to three on Wednesday"), not the attack's: it does not make the
    cluster an attack of that day."""
    return not c.old and any(it.fact.toll_update for it in c.items) and all(not it.date or it.fact.toll_update for it in c.items)


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


def _context(clusters: list[MergeCluster]) -> dict[str, set[str]]:
    """document or story -> the parties and places its reports name."""
    out: dict[str, set[str]] = {}
    for c in clusters:
        for it in c.items:
            named = [e for e in (it.actor, it.target, it.location) if e is not None]
            if named:
                out.setdefault(it.doc, set()).update(named)
                if it.story:
                    out.setdefault("story:" + it.story, set()).update(named)
    return out


def _by_context(u: MergeCluster, lead: MergeItem, pub: dt.date, dated: list[MergeCluster],
                context: dict[str, set[str]]) -> list[tuple[dt.date, MergeCluster]]:
    """The one attack of the last days before ``pub`` that the update's texts are about: the
    candidate sharing more parties and places with its documents (and stories) than any other."""
    names: set[str] = set()
    for it in u.items:
        names |= context.get(it.doc, set())
        if it.story:
            names |= context.get("story:" + it.story, set())
    places = {it.location for it in u.items if it.location is not None}
    if not names and not places:
        return []
    best: list[tuple[dt.date, MergeCluster]] = []
    most = 0
    for c in dated:
        when = _latest_day(c, pub)
        if when is None or c is u or (pub - when).days > UNDATED_LAG_DAYS or not _lower_tolls(c, lead):
            continue
        if places and c.places and not (places & c.places) and c.target not in places:
            continue                      # the update names another place
        own = {c.actor, c.target} | c.places
        shared = len(names & own) + len(places & own)
        if shared > most:
            best, most = [(when, c)], shared
        elif shared and shared == most:
            best.append((when, c))
    if len(best) > 1:
        # a tie: the attack another source already gives this risen toll for
        best = [b for b in best if any(it.fact.toll_update and it.fact.fatalities == lead.fact.fatalities
                                       for it in b[1].items)]
    return best if len(best) == 1 else []


def _signature(c: MergeCluster) -> tuple[int, int, dt.date] | None:
    """(dead, hurt, first publication) of an update naming no one that gives both figures."""
    if c.actor is not None or c.target is not None:
        return None
    for it in c.items:
        f = it.fact
        if f.toll_update and f.fatalities is not None and f.injuries is not None and it.published is not None:
            return f.fatalities, f.injuries, it.published
    return None


def _same_updates(clusters: list[MergeCluster], updates: list[MergeCluster]) -> tuple[list, list]:
    """Updates naming no one that give the same dead and the same wounded within a day of each
    other are one update told twice ("risen to 11 ... 31 wounded" in a ministry release and a
    news report of it): two figures and a day are a signature."""
    first: dict[tuple[int, int], list[tuple[dt.date, MergeCluster]]] = {}
    gone: set[int] = set()
    for u in updates:
        sig = _signature(u)
        if sig is None:
            continue
        host = next((h for day, h in first.get(sig[:2], ()) if abs((day - sig[2]).days) <= 1
                     and figures_match(h.items[0].fact, u.items[0].fact)), None)
        if host is None:
            first.setdefault(sig[:2], []).append((sig[2], u))
            continue
        for it in u.items:
            host.add(it)
        gone.add(id(u))
    if not gone:
        return clusters, updates
    return [c for c in clusters if id(c) not in gone], [u for u in updates if id(u) not in gone]
