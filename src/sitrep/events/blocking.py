"""Blocking for the event merge: the earlier clusters an incoming report can possibly fit.

Comparing every report with every cluster is quadratic (hours at 100k documents). A report can only
fit a cluster of its category whose roles fit its own (each role both give is the same entity or
one of its family, and at least one is given by both) and, unless it comes from the same text or
story, that holds a report whose time fits. So clusters are filed under (role key, time key):
  - role keys pair the actor and the target when the cluster has both ("Wagner on the army", and
    each entity's family: "Russia on Mali"), and name the one it has otherwise; a cluster with both
    is also filed under each alone, for reports that name only one (``role_keys``);
  - each report files one time key (its day, its week, its month, or for an undated report its
    publication day), and an incoming report asks for every key its own time could fit: the day
    before to the day after and the day's week, the month of a month-level date with its weeks and
    days, publication days up to three days after (``query_time_keys``).
The keys only narrow the search: the merge applies its full test to every candidate, so blocking
changes no decision as long as the keys cover that test (``merge_basics.dates_fit``) -- the tests
check this against the unblocked algorithm.
"""
from __future__ import annotations

import calendar
import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache
from sys import maxsize
from typing import Callable, Hashable, Iterable, Iterator

from sitrep.events.merge_basics import UNDATED_LAG_DAYS, day, figure_range

_BITS = 24                      # time keys are shifted ints (kept for their day/publication bit)


# time keys come shifted: the low bit above the shift tells a publication day from a stated day
def _day_key(when: dt.date) -> int:
    return (when.toordinal() * 2) << _BITS


def _pub_key(when: dt.date) -> int:
    return (when.toordinal() * 2 + 1) << _BITS


def _month(text: str) -> tuple[int, int] | None:
    if len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit() and 1 <= int(text[5:]) <= 12:
        return int(text[:4]), int(text[5:])
    return None


def _month_key(text: str) -> Hashable:
    ym = _month(text)
    # a month as a negative number; anything else (a bare year) keeps its text and matches itself
    return -(ym[0] * 12 + ym[1]) << _BITS if ym else ("m", text)


def _week_key(monday: dt.date) -> int:
    # negative like a month, beyond every month's number (a year's months are < 2 ** 20)
    return -((1 << 20) + monday.toordinal()) << _BITS


def _weeks_of_month(ym: tuple[int, int]) -> list[int]:
    """The keys of the weeks that belong to a month: those whose Thursday falls in it."""
    first = dt.date(ym[0], ym[1], 1)
    thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    out = []
    while thursday.month == ym[1]:
        out.append(_week_key(thursday - dt.timedelta(days=3)))
        thursday += dt.timedelta(days=7)
    return out


def _monday(when: dt.date) -> dt.date:
    return when - dt.timedelta(days=when.weekday())


def emit_time_key(date: str | None, published: dt.date | None, week: dt.date | None = None) -> Hashable | None:
    """The one key under which a report's time is filed (None: nothing places it in time);
    ``week``: the Monday of the week a month-level date narrows to (``MergeItem.week``)."""
    if week is not None and date:
        return _week_key(week)
    if date:
        when = day(date)
        return _day_key(when) if when is not None else _month_key(date[:7])
    return _pub_key(published) if published is not None else None


@lru_cache(maxsize=65536)
def query_time_keys(date: str | None, published: dt.date | None, week: dt.date | None = None) -> tuple[Hashable, ...]:
    """Every key a report's time could fit (a superset of what ``dates_fit`` accepts)."""
    if week is not None and date:
        return tuple(_week_query_keys(date, week))
    return tuple(_query_time_keys(date, published))


@lru_cache(maxsize=65536)
def query_time_set(date: str | None, published: dt.date | None, week: dt.date | None = None) -> frozenset[Hashable]:
    """``query_time_keys`` as a set. For reports that have a time, a report filed under one of
    these keys fits in time exactly when ``dates_fit`` says so (the tests check both directions),
    so a large cluster's times can be tested by its keys instead of report by report."""
    return frozenset(query_time_keys(date, published, week))


def _week_query_keys(date: str, monday: dt.date) -> list[Hashable]:
    """A report dated to a week fits the same week, the days of it, a month-level date of its
    month, and undated reports published up to ``UNDATED_LAG_DAYS`` after its Sunday."""
    one = dt.timedelta(days=1)
    return ([_week_key(monday), _month_key(date[:7])] + [_day_key(monday + k * one) for k in range(7)]
            + [_pub_key(monday + k * one) for k in range(7 + UNDATED_LAG_DAYS)])


def day_key(key: Hashable) -> bool:
    """Whether a time key is a day a report is dated to."""
    return type(key) is int and key > 0 and not (key >> _BITS) & 1


def dated_key(key: Hashable) -> bool:
    """Whether a time key is a stated date (a day or a month), not a publication day."""
    return type(key) is not int or key < 0 or not (key >> _BITS) & 1


def _query_time_keys(date: str | None, published: dt.date | None) -> list[Hashable]:
    one = dt.timedelta(days=1)
    if date:
        when = day(date)
        if when is not None:
            return ([_day_key(when - one), _day_key(when), _day_key(when + one), _month_key(date[:7]),
                     _week_key(_monday(when))]
                    + [_pub_key(when + k * one) for k in range(UNDATED_LAG_DAYS + 1)])
        ym = _month(date[:7])
        if ym is None:
            return [_month_key(date[:7])]
        first = dt.date(ym[0], ym[1], 1)
        days = calendar.monthrange(*ym)[1]
        return ([_month_key(date[:7])] + _weeks_of_month(ym) + [_day_key(first + k * one) for k in range(days)]
                + [_pub_key(first + k * one) for k in range(days + UNDATED_LAG_DAYS)])
    if published is not None:
        lag = dt.timedelta(days=UNDATED_LAG_DAYS)
        months = {published.isoformat()[:7], (published - lag).isoformat()[:7]}
        # the weeks holding a day of the lag before publication
        weeks = {_week_key(_monday(published - k * one)) for k in range(UNDATED_LAG_DAYS + 1)}
        return ([_day_key(published - k * one) for k in range(UNDATED_LAG_DAYS + 1)]
                + [_month_key(m) for m in months] + sorted(weeks)
                + [_pub_key(published - one), _pub_key(published), _pub_key(published + one)])
    return []


def role_keys(action: str, actor: str | None, target: str | None,
              anchors: Callable[[str], Iterable[str]]) -> tuple[list[Hashable], list[Hashable]]:
    """(keys a cluster with these roles is filed under, keys a report with them asks for).

    ``anchors(e)`` is the entity and its family: two entities are related only if their anchors
    meet, so pairing anchors covers every role fit."""
    xs = list(anchors(actor)) if actor is not None else []
    ys = list(anchors(target)) if target is not None else []
    if xs and ys:
        pairs = [(action, "AT", x, y) for x in xs for y in ys]
        file = pairs + [(action, "A*", x) for x in xs] + [(action, "*T", y) for y in ys]
        ask = pairs + [(action, "A-", x) for x in xs] + [(action, "-T", y) for y in ys]
        return file, ask
    if xs:
        return [(action, "A-", x) for x in xs], [(action, "A*", x) for x in xs] + [(action, "A-", x) for x in xs]
    return [(action, "-T", y) for y in ys], [(action, "*T", y) for y in ys] + [(action, "-T", y) for y in ys]


_SMALL = 16                     # a cluster's filed keys stay a list up to this many, then a set


class BlockIndex:
    """Cluster numbers under (role key, time key) pairs, and under plain keys (no time).

    A cluster's role keys can grow (a partial cluster learns its actor) and so can its time keys
    (every report adds its own): it is filed under every pair of the two. Pairs are kept per role
    (role id -> time key -> clusters), so a query walks whichever is smaller: the times a role was
    filed at, or the times the report asks for. A lone cluster is a bare int, which keeps a
    million reports' index small."""

    __slots__ = ("_by_role", "_plain", "_rids", "_filed")

    def __init__(self) -> None:
        self._by_role: dict[int, dict[Hashable, int | list[int]]] = {}
        self._plain: dict[int, int | list[int]] = {}
        self._rids: dict[Hashable, int] = {}
        self._filed: dict[int, tuple[list[int], list[Hashable]]] = {}

    def ids(self, keys: Iterable[Hashable]) -> tuple[int, ...]:
        """Role (or plain) keys as the small numbers the index files them under."""
        rids = self._rids
        out = []
        for k in keys:
            rid = rids.get(k)
            if rid is None:
                rid = rids[k] = len(rids) + 1
            out.append(rid)
        return tuple(out)

    @staticmethod
    def _put(table: dict, key: Hashable, cid: int) -> None:
        # lists stay ascending and free of repeats, so ``first_fit`` can stop early in each
        got = table.get(key)
        if got is None:
            table[key] = cid
        elif type(got) is int:
            if got != cid:
                table[key] = [got, cid] if got < cid else [cid, got]
        elif got[-1] < cid:
            got.append(cid)
        elif got[-1] != cid:
            i = bisect_left(got, cid)             # an older cluster filed under a new key: rare
            if got[i] != cid:
                got.insert(i, cid)

    def add(self, cid: int, roles: tuple[int, ...], time: Hashable | None, plain: tuple[int, ...] = ()) -> None:
        """File cluster ``cid`` under its (possibly new) role ids paired with a report's time key,
        and under plain ids (the report's text and story)."""
        filed = self._filed.get(cid)
        if filed is None:
            filed = self._filed[cid] = ([], [])
        have_r, have_t = filed
        put, by_role = self._put, self._by_role
        if len(have_r) > _SMALL and type(have_r) is list:
            # a happening told at hundreds of places: membership tests by list grew quadratic
            have_r = set(have_r)
            self._filed[cid] = filed = (have_r, have_t)
        new_r = [rid for rid in roles if rid not in have_r]
        if time is not None and time not in have_t:
            if type(have_t) is list:
                have_t.append(time)
                if len(have_t) > _SMALL:
                    self._filed[cid] = filed = (have_r, set(have_t))
            else:
                have_t.add(time)
            for rid in have_r:
                table = by_role.get(rid)
                if table is None:
                    by_role[rid] = {time: cid}
                    continue
                got = table.get(time)
                if got is None:
                    table[time] = cid             # the usual case, inline: ``_put`` is the rest
                else:
                    put(table, time, cid)
        for rid in new_r:
            table = by_role.get(rid)
            if table is None:
                table = by_role[rid] = {}
            for t in have_t:
                if t not in table:
                    table[t] = cid
                else:
                    put(table, t, cid)
        if type(have_r) is list:
            have_r.extend(new_r)
        else:
            have_r.update(new_r)
        for rid in plain:
            put(self._plain, rid, cid)

    def candidates(self, roles: tuple[int, ...], times: tuple[Hashable, ...],
                   plain: tuple[int, ...] = (), time_set: frozenset | None = None) -> set[int]:
        """Clusters filed under any role id paired with any time key, or under any plain id."""
        # a table cell holds one cluster id (an int: most cells) or a set of them
        found: list = []
        by_role = self._by_role
        for rid in roles:
            table = by_role.get(rid)
            if not table:
                continue                      # most family pairs are never filed
            if time_set is not None and len(table) < len(times):
                found += [got for t, got in table.items() if t in time_set]
            else:
                found += [got for t in times if (got := table.get(t)) is not None]
        hits = self._plain
        found += [got for rid in plain if (got := hits.get(rid)) is not None]
        out: set[int] = set()
        for got in found:
            if type(got) is int:
                out.add(got)
            else:
                out.update(got)
        return out

    def first_fit(self, roles: tuple[int, ...], times: tuple[Hashable, ...], plain: tuple[int, ...],
                  time_set: frozenset | None, fits: Callable[[int], bool]) -> int | None:
        """The smallest cluster number ``candidates`` would return for which ``fits`` holds.

        A hot actor is filed with hundreds of clusters under one key, and most of them fit a
        report that names only that actor: walking each (ascending) list only up to the best fit
        found so far costs a few tests where building, sorting and testing the whole candidate set
        grows with the corpus."""
        # the cells first, then one flat walk: no nested call per cell (a query meets thousands)
        by_role = self._by_role
        cells: list = []
        for rid in roles:
            table = by_role.get(rid)
            if not table:
                continue
            if time_set is not None:
                cells += [table[t] for t in table.keys() & time_set]      # walks the smaller side, in C
            else:
                cells += [got for t in times if (got := table.get(t)) is not None]
        hits = self._plain
        cells += [got for rid in plain if (got := hits.get(rid)) is not None]
        # a cluster that fits becomes the bound, so only failures need remembering; a cluster is
        # filed under many time keys of one role and met again in cell after cell
        none = best = maxsize
        failed: set[int] = set()
        for got in cells:
            if type(got) is int:
                if got < best and got not in failed:
                    if fits(got):
                        best = got
                    else:
                        failed.add(got)
                continue
            for cid in got:
                if cid >= best:
                    break
                if cid in failed:
                    continue
                if fits(cid):
                    best = cid
                    break
                failed.add(cid)
        return None if best == none else best


class RoleIndex:
    """For reports with no time at all: clusters by role key alone, and by role key and death toll
    (a query by toll returns the clusters with a toll that can agree with the asked one). Filing a
    cluster twice is harmless: queries return sets."""

    __slots__ = ("_by_role", "_tolls", "_filed", "_asked")

    def __init__(self, asked: set | frozenset | None = None) -> None:
        self._by_role: dict[Hashable, list[int]] = defaultdict(list)
        self._tolls: dict[Hashable, dict[tuple[float, float], list[int]]] = defaultdict(lambda: defaultdict(list))
        self._filed: dict[int, tuple[set, set]] = {}     # cluster -> (role keys, toll ranges) filed
        self._asked = asked                              # the only role keys queries will ask (None: any)

    def add(self, cid: int, roles: Iterable[Hashable], tolls: Iterable[tuple[int, str | None]]) -> None:
        """File cluster ``cid`` under its role keys and the tolls (value, bound) of its reports
        (adding to what was filed before: a growing cluster passes its new report's toll only)."""
        if self._asked is not None:
            roles = [r for r in roles if r in self._asked]
            if not roles:
                return
        have_r, have_t = self._filed.setdefault(cid, (set(), set()))
        ranges = {figure_range(v, b) for v, b in tolls if v is not None} - have_t
        for r in roles:
            if r in have_r:
                if ranges:
                    by_range = self._tolls[r]
                    for rng in ranges:
                        by_range[rng].append(cid)
                continue
            have_r.add(r)
            self._by_role[r].append(cid)
            if ranges or have_t:
                by_range = self._tolls[r]
                for rng in ranges | have_t:
                    by_range[rng].append(cid)
        have_t |= ranges

    def with_role(self, roles: Iterable[Hashable]) -> Iterator[int]:
        """Clusters filed under any of the keys, each once, in no particular order."""
        seen: set[int] = set()
        for r in roles:
            for cid in self._by_role.get(r, ()):
                if cid not in seen:
                    seen.add(cid)
                    yield cid

    def with_toll(self, roles: Iterable[Hashable], value: int | None, bound: str | None) -> set[int]:
        out: set[int] = set()
        if value is None:
            return out
        lo, hi = figure_range(value, bound)
        for r in roles:
            # the distinct tolls filed under a role are few (0..a few hundred): scanning them is cheap
            for (a, b), cids in (self._tolls.get(r) or {}).items():
                if a <= hi and lo <= b:
                    out.update(cids)
        return out
