"""Reports of a happening that name no one: "Two soldiers were killed when a drone launched from
Iraq hit a base in the Golan Heights", "A car bomb tore through the market of Gao, killing 12".

With neither actor nor target, what identifies the happening is where, when and how many:
  - two such reports are one happening when they share the category and the place (the same
    location entity) and their times fit (``merge_basics.dates_fit``); or when they come from one
    text or one story, their dates do not contradict and their places do not differ, and their
    tolls match. The figures do not have to agree: "at least 12", "12" and "15" dead in the market
    of Gao is one bombing whose toll is disputed;
  - such a group joins a happening whose perpetrator or target another source names when one of
    its reports is at the same place, one at a fitting time and one with a matching toll, or when one
    of its reports is at a place of the happening on a day one of its reports states and the two
    give no tolls to compare -- and only when exactly one named happening fits, since without names
    nothing else tells two apart. A group from the same text as a named report joins it on a
    fitting time and a matching toll, or, giving no toll to compare, on a day it states when the
    group's place is a party of the happening ("killed 12 people in Thailand");
  - a group that names no place either ("four soldiers were killed and 19 wounded in Monday's
    attack") joins the one happening, named or not, that a report dates to the same day with the
    same dead and the same wounded: two figures and a day are a signature, one figure is not
    (seven dead on one day is many attacks across a corpus).
Groups that join nothing stand as happenings of their own (actor and target unknown).
"""
from __future__ import annotations

from typing import Hashable

from sitrep.events.blocking import BlockIndex, emit_time_key, query_time_keys, query_time_set
from sitrep.events.merge_basics import MergeCluster, MergeItem, dates_fit, figures_match
from sitrep.events.merge_story import stale_news


def _signed(it: MergeItem) -> bool:
    """A report dated to the day that gives both a death toll and a count of wounded."""
    return it.when is not None and it.fact.fatalities is not None and it.fact.injuries is not None


def _both_figures(a: MergeItem, b: MergeItem) -> bool:
    return a.when == b.when and figures_match(a.fact, b.fact) and b.fact.fatalities is not None \
        and b.fact.injuries is not None


def place_unattributed(items: list[MergeItem], clusters: list[MergeCluster], keyed: bool = False) -> None:
    """Group reports that name no one, and join each group to the named happening it must be;
    new clusters are appended to ``clusters`` (whose ``index`` is their position).

    ``keyed``: every date is a plain day or month, so a named cluster's time keys (``times``)
    stand for its reports' times exactly (``blocking.query_time_set``)."""
    if not items:
        return
    items.sort(key=lambda it: (it.date is None, it.date or "", it.doc, it.fact.start))
    groups = _group(items)
    named = _NamedIndex(clusters, groups, keyed)
    # groups that name a place first: a placeless group may then join the one they became
    groups.sort(key=lambda g: all(it.location is None for it in g.items))
    by_day: dict[tuple, list[MergeCluster]] | None = None
    for g in groups:
        host = named.host(g)
        if host is None and all(it.location is None for it in g.items) and any(_signed(it) for it in g.items):
            if by_day is None:
                by_day = _signed_days(clusters)
            host = _by_day_and_toll(g, by_day)
        if host is None:
            g.index = len(clusters)
            clusters.append(g)
            host = g
        else:
            for it in g.items:
                host.add(it)
                time = emit_time_key(it.date, it.published)
                if time is not None and time not in host.times:
                    host.times.append(time)
        if by_day is not None:
            for it in g.items:
                if _signed(it):
                    by_day.setdefault((host.action, it.when), []).append(host)


def _signed_days(clusters: list[MergeCluster]) -> dict[tuple, list[MergeCluster]]:
    """(category, day) -> the happenings with a report of that day giving dead and wounded."""
    out: dict[tuple, list[MergeCluster]] = {}
    for c in clusters:
        for o in c.items:
            if _signed(o):
                got = out.setdefault((c.action, o.when), [])
                if not got or got[-1] is not c:
                    got.append(c)
    return out


def _by_day_and_toll(g: MergeCluster, by_day: dict[tuple, list[MergeCluster]]) -> MergeCluster | None:
    """The one happening with a report of a day of ``g`` giving the same dead and wounded."""
    found: MergeCluster | None = None
    for it in g.items:
        if not _signed(it):
            continue
        for c in by_day.get((g.action, it.when), ()):
            if c is found or c is g or not any(_both_figures(it, o) for o in c.items):
                continue
            if found is not None:
                return None                # two happenings it could be: neither
            found = c
    return found


def _plain(it: MergeItem) -> list[Hashable]:
    action = it.fact.action
    return [(action, "root", it.root)] + ([(action, "story", it.story)] if it.story else [])


def _group(items: list[MergeItem]) -> list[MergeCluster]:
    groups: list[MergeCluster] = []
    # per group: its places, and one report per distinct time (``dates_fit`` reads nothing else),
    # kept as the group grows: a busy place's group would otherwise be rescanned for every report
    seen: list[tuple[set, dict]] = []
    index = BlockIndex()
    for it in items:
        action = it.fact.action
        place = index.ids([(action, "L", it.location)] if it.location is not None else ())
        plain = index.ids(_plain(it))
        cands = index.candidates(place, query_time_keys(it.date, it.published), plain)
        g = next((groups[cid] for cid in sorted(cands) if _same_happening(groups[cid], it, *seen[cid])), None)
        if g is None:
            g = MergeCluster(action, None, None, index=len(groups))
            groups.append(g)
            seen.append((set(), {}))
        g.add(it)
        places, times = seen[g.index]
        if it.location is not None:
            places.add(it.location)
        times.setdefault((it.date, it.when, it.week, it.published), it)
        # the group is filed under its earlier places already: only this report's place is new
        index.add(g.index, place, emit_time_key(it.date, it.published), plain)
    return groups


def _same_happening(g: MergeCluster, it: MergeItem, places: set, times: dict) -> bool:
    """``places``: the group's places; ``times``: a report of the group per distinct time."""
    if g.action != it.fact.action or g.old != it.old:
        return False
    if it.location is not None and places and it.location not in places:
        return False                       # another place: another happening
    if it.location is not None and it.location in places and any(dates_fit(o, it) for o in times.values()):
        return True
    if it.root in g.roots or (it.story is not None and it.story in g.stories):
        # one text or one story: the toll identifies it, as long as no date contradicts (and a
        # story-mate's own news is no happening of months back, ``merge_story.stale_news``)
        if stale_news(g, it):
            return False
        return (all(not (o.date and it.date and not dates_fit(o, it)) for o in times.values())
                and any(figures_match(o.fact, it.fact) or (it.location is not None and o.location == it.location)
                        for o in g.items))
    return False


class _NamedIndex:
    """The named happenings at the places (or in the texts) the unnamed groups tell of, by
    category, place and time, and by category and text."""

    def __init__(self, clusters: list[MergeCluster], groups: list[MergeCluster], keyed: bool = False) -> None:
        self.clusters = clusters
        self.keyed = keyed
        self._fit: dict[int, frozenset] = {}      # id of a group -> the time keys its reports fit
        self.index = BlockIndex()
        self._seen: dict[int, tuple[set, list]] = {}
        asked = {(g.action, "L", it.location) for g in groups for it in g.items if it.location is not None}
        texts = {(g.action, "root", it.root) for g in groups for it in g.items}
        for c in clusters:
            places = {p for o in c.items if o.location is not None and (p := (c.action, "L", o.location)) in asked}
            if places:
                # a place one report gives, at the time any report gives (as ``_joins`` tests)
                ids = self.index.ids(places)
                for t in {emit_time_key(o.date, o.published): None for o in c.items}:
                    self.index.add(c.index, ids, t)
            self.index.add(c.index, (), None, self.index.ids(t for r in c.roots if (t := (c.action, "root", r)) in texts))

    def host(self, g: MergeCluster) -> MergeCluster | None:
        cands: set[int] = set()
        for it in g.items:
            place = [(g.action, "L", it.location)] if it.location is not None else []
            cands |= self.index.candidates(self.index.ids(place), query_time_keys(it.date, it.published),
                                           self.index.ids([(g.action, "root", it.root)]))
        fitting = [self.clusters[cid] for cid in sorted(cands) if self._joins(self.clusters[cid], g)]
        return fitting[0] if len(fitting) == 1 else None

    def _joins(self, c: MergeCluster, g: MergeCluster) -> bool:
        """The named happening ``c`` is at a place of ``g`` (or told by one of its texts), at a
        fitting time, with a matching toll -- each shown by some pair of their reports."""
        if c.action != g.action or c.old != g.old:
            return False
        got = self._seen.get(c.index)
        if got is None:               # a large happening is asked about by many groups
            # one report per distinct toll: ``figures_match`` reads nothing else
            tolls = {(o.fact.fatalities, o.fact.fatalities_bound, o.fact.injuries, o.fact.injuries_bound): o
                     for o in c.items if o.fact.fatalities is not None or o.fact.injuries is not None}
            got = self._seen[c.index] = ({o.location for o in c.items if o.location is not None},
                                         list(tolls.values()))
        places, counted = got
        if not any(it.location in places for it in g.items):
            if not c.roots & g.roots:
                return False
            # joined through its text only: its toll must match what that text itself reports of
            # the happening ("28 gunmen were also killed" after an ambush that killed 16 is not the
            # clash 14 died in that the same wire reports, whatever another outlet counted)
            counted = [o for o in c.items if o.root in g.roots
                       and (o.fact.fatalities is not None or o.fact.injuries is not None)]
        if not counted or not any(it.fact.fatalities is not None or it.fact.injuries is not None for it in g.items):
            # no tolls to compare: the place and a stated day must be shared
            days = {o.when for o in c.items if o.when is not None}
            if any(it.when in days and it.location in places for it in g.items):
                return True
            # one text telling of a day an attack on a party and a toll "in" that party ("rockets
            # hit Surin on Thursday" / "clashes on Thursday killed 12 people in Thailand"): the
            # party is the place; another text's day is no such evidence
            roles = {r for r in (c.actor, c.target) if r is not None}
            own = {o.when for o in c.items if o.when is not None and o.root in g.roots}
            return any(it.when is not None and it.when in own and it.location in roles for it in g.items)
        if self.keyed:
            fit = self._fit.get(id(g))
            if fit is None:               # the time keys the group's reports fit, once per group
                fit = self._fit[id(g)] = frozenset().union(*(query_time_set(it.date, it.published) for it in g.items))
            return _joins(c, g, counted, fit)
        return _joins(c, g, counted)


def _joins(c: MergeCluster, g: MergeCluster, counted: list[MergeItem], fit_keys: frozenset | None = None) -> bool:
    if not any(figures_match(o.fact, it.fact) for it in g.items for o in counted):
        return False
    if fit_keys is not None:          # some pair of reports whose times fit, by the cluster's time keys
        return any(k in fit_keys for k in c.times)
    return any(dates_fit(o, it) for it in g.items for o in c.items)
