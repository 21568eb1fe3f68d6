"""What the event merge works on: one report of a happening (``MergeItem``), a growing group of
reports (``MergeCluster``), and the time tests that decide whether two reports can be one happening
(figure tests: ``merge_figures``; other-night tests: ``merge_nights``). Shared by the merge itself,
its blocking index and the grouping of unattributed reports.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from sitrep.events.dating import BACKGROUND, YEAR
from sitrep.events.dating_week import week_start
from sitrep.timex.arith import parse_iso
from sitrep.model import EventFact
# the figure and night tests live in their own modules; re-exported for the merge's other modules
from sitrep.events.merge_figures import figure_range, figures_agree, figures_match
from sitrep.events.merge_nights import night_end, night_figures, other_night, other_weekday, weekday_reach

__all__ = ["DocInfo", "MergeCluster", "MergeItem", "OLD_BASES", "SPAN_DAYS", "UNDATED_LAG_DAYS", "WEAK_BASES",
           "dates_fit", "day", "figure_range", "figures_agree", "figures_match", "merge_date", "night_end",
           "other_night", "other_weekday", "rewrite_roots", "root_of", "span_ok", "timeless"]

UNDATED_LAG_DAYS = 3       # news reports what happened on, or up to three days before, the day it appears
SPAN_DAYS = 2              # how far a cluster may stretch from its first report's day (see ``span_ok``)


@dataclass(slots=True, frozen=True)
class DocInfo:
    """What merging needs to know about a reporting document."""

    outlet: str | None = None
    published: str | None = None         # YYYY-MM-DD
    copy_of: str | None = None           # the document this one copies
    story: str | None = None             # the story the document belongs to
    # the document this one rewrites or paraphrases (a duplicate of another kind than "copy"; one
    # representative per group of rewrites, see ``rewrite_roots``): it tells the same happenings,
    # possibly dated slightly differently, and is no independent source
    rewrite_of: str | None = None
    # what names the document where it has no outlet (its title, else its source file): a
    # dispute note names each figure's reports by outlet, never by a raw document id
    label: str | None = None


@dataclass(slots=True)
class MergeItem:
    """One document's report of a happening, with its roles mapped to corpus entities."""

    doc: str
    fact: EventFact
    actor: str | None
    target: str | None
    location: str | None
    published: dt.date | None
    root: str = ""                       # the original text this document copies (itself if none)
    story: str | None = None
    when: dt.date | None = None          # ``date`` as a day, if it is one
    date: str | None = None              # the date the text states for it (see ``merge_date``)
    campaign: int = 0                    # a period event, how surely (``sitrep.events.campaigns``)
    week: dt.date | None = None          # the Monday of the week a month-level ``date`` narrows to
    # a statement coded without its speaker: the actor another event of its sentence names (the
    # one who "said ... and called on"), which tells whose statement it is
    speaker: str | None = None
    # an act the text puts years back ("since 2018, when the rebels killed 19 road workers"): no
    # report of today's news, undated though it is (see ``OLD_BASES``)
    old: bool = False

    def __post_init__(self) -> None:
        self.date = merge_date(self.fact)
        self.old = self.fact.date_basis in OLD_BASES
        self.when = day(self.date)
        if self.date and self.when is None and self.fact.date_week:
            monday = week_start(self.fact.date_week)
            # the week belongs to the month of its Thursday, as the month the report is dated to
            if monday is not None and (monday + dt.timedelta(days=3)).isoformat()[:7] == self.date[:7]:
                self.week = monday


# Dates the coder inferred from the publication day or a period ("has launched attacks", "since
# October") say when the report holds, not when one happening took place: for matching they count
# as no date, and the report is lined up by its publication day like any undated one.
WEAK_BASES = frozenset({"publication", "period"})
# Acts the dating puts in a past year, or a habit of years (``sitrep.events.dating``): they carry no date, so the undated-report rules would line them up by the
# publication day and give today's happening their figures. They join only one another.
OLD_BASES = frozenset({YEAR, BACKGROUND})


def merge_date(f: EventFact) -> str | None:
    """The date of a report that identifies its happening: a stated (or context) date, not an inferred one."""
    return None if f.date_basis in WEAK_BASES else f.date


@dataclass(slots=True)
class MergeCluster:
    """Reports taken to be one happening; ``actor``/``target`` are the most specific roles so far."""

    action: str
    actor: str | None
    target: str | None
    items: list[MergeItem] = field(default_factory=list)
    roots: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)
    index: int = -1                      # creation order: earlier clusters win ties
    times: list = field(default_factory=list)   # the reports' time keys (``blocking``)
    span_day: dt.date | None = None      # the first stated day, the first stated date's month, and
    span_month: str | None = None        # (while nothing is dated) the first publication day: what
    span_pub: dt.date | None = None      # bounds the cluster's time span (``span_ok``)
    # time key -> toll ranges of the reports filed at it that give a death toll: a cluster of
    # hundreds of reports is tested by these few summaries, not report by report
    tolls: dict | None = None
    incident: bool = False               # holds a report dated to the day that is no campaign report
    old: bool = False                    # made of acts of years back (``MergeItem.old``) only
    campaign: bool = False               # holds a sure campaign report (``sitrep.events.campaigns``)
    docs: set[str] = field(default_factory=set)   # the documents of its reports
    # the places its reports name: a target one source names by its place ("the attack on Djibo")
    # is the target another names at that place ("the army camp in Djibo")
    places: set[str] = field(default_factory=set)
    # stated day -> the (dead, hurt) figure ranges its first-hand reports give (``nights``): what
    # tells a same-template report of another night from another account of this one
    nights: dict | None = None
    # stated day -> (root, reaches the next day, reaches back a day) of the reports that name it
    # by its weekday ("on Monday", "late on Tuesday night"): see ``other_weekday``
    named_days: dict | None = None
    # the day a night ends -> the roots of the reports dated by that night alone ("overnight"):
    # see ``other_overnight``
    overnights: dict | None = None

    def add(self, it: MergeItem) -> None:
        date = it.date
        if not self.items:
            self.old = it.old
        if it.campaign >= 2:
            self.campaign = True
        elif it.when is not None and not it.campaign:
            self.incident = True
        if date:
            if self.span_month is None:
                self.span_month, self.span_day = date[:7], it.when
        elif it.published is not None and self.span_pub is None:
            self.span_pub = it.published
        self.items.append(it)
        sig = night_figures(it)
        if sig is not None:
            if self.nights is None:
                self.nights = {}
            self.nights.setdefault(it.when, set()).add(sig)
        named = weekday_reach(it)
        if named is not None:
            if self.named_days is None:
                self.named_days = {}
            self.named_days.setdefault(it.when, []).append((it.root, *named))
        end = night_end(it)
        if end is not None:
            if self.overnights is None:
                self.overnights = {}
            self.overnights.setdefault(end, set()).add(it.root)
        if it.location is not None:
            self.places.add(it.location)
        self.docs.add(it.doc)
        self.roots.add(it.root)
        if it.story:
            self.stories.add(it.story)


def day(value: str | None) -> dt.date | None:
    return parse_iso(value)


def root_of(doc: str, docs: Mapping[str, DocInfo]) -> str:
    """The document a chain of copies and rewrites starts from: one text, however reworded."""
    seen = {doc}
    info = docs.get(doc)
    while info is not None:
        nxt = info.copy_of or info.rewrite_of
        if not nxt or nxt in seen:
            break
        doc = nxt
        seen.add(doc)
        info = docs.get(doc)
    return doc


def rewrite_roots(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """doc -> the representative of its group of rewrites (``DocInfo.rewrite_of``), from pairs of
    documents that rewrite or paraphrase each other. Rewrites rarely say which came first, so a
    group is represented by its smallest id: any fixed choice makes the group one text."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            parent[hi] = lo
            parent.setdefault(lo, lo)
    return {d: r for d in parent if (r := find(d)) != d}


def dates_fit(a: MergeItem, b: MergeItem) -> bool:
    """Whether two reports' times allow one happening (see ``sitrep.events.merge``)."""
    da, db = a.date, b.date
    if da and db:
        x, y = a.when, b.when
        if x and y:
            return -1 <= (x - y).days <= 1
        if a.week or b.week:
            # "last week" is one of its seven days, not any day of its month
            w, o = (a, b) if a.week else (b, a)
            if o.week:
                return o.week == w.week
            return 0 <= (o.when - w.week).days <= 6 if o.when else da[:7] == db[:7]
        return da[:7] == db[:7]
    if da or db:
        dated, undated = (a, b) if da else (b, a)
        when, pub = dated.when, undated.published
        if pub is None:
            return False
        if dated.week is not None:             # the undated happening lies in the lag before ``pub``
            return 0 <= (pub - dated.week).days <= 6 + UNDATED_LAG_DAYS
        if when is None:                       # a month-level date
            return dated.date[:7] in (pub.isoformat()[:7],
                                           (pub - dt.timedelta(days=UNDATED_LAG_DAYS)).isoformat()[:7])
        return 0 <= (pub - when).days <= UNDATED_LAG_DAYS
    if a.published and b.published:
        return abs((a.published - b.published).days) <= 1
    return False


def span_ok(c: MergeCluster, it: MergeItem) -> bool:
    """Whether report ``it`` keeps cluster ``c`` within its time span. Reports fit when they fit any
    one report of a cluster, so without a bound a cluster chains across weeks (a report a day after
    the last, and so on). A cluster dated to a day stays within ``SPAN_DAYS`` of its first stated
    day, one dated to a month within that month, an undated one within ``SPAN_DAYS`` of its first
    publication day (the happening lies up to ``UNDATED_LAG_DAYS`` before a publication day)."""
    date = it.date
    if not date and it.published is None:
        return True                            # nothing places it in time: its figures decide
    if c.span_month is not None:
        a = c.span_day
        if date:
            if a is not None and it.when is not None:
                return abs((it.when - a).days) <= SPAN_DAYS
            return date[:7] == c.span_month
        p = it.published
        if a is not None:
            return -SPAN_DAYS <= (p - a).days <= UNDATED_LAG_DAYS + SPAN_DAYS
        return c.span_month in (p.isoformat()[:7], (p - dt.timedelta(days=UNDATED_LAG_DAYS)).isoformat()[:7])
    p0 = c.span_pub
    if p0 is None:
        return True
    if not date:
        return abs((it.published - p0).days) <= SPAN_DAYS
    if it.when is not None:
        return -UNDATED_LAG_DAYS - SPAN_DAYS <= (it.when - p0).days <= SPAN_DAYS
    return date[:7] in (p0.isoformat()[:7], (p0 - dt.timedelta(days=UNDATED_LAG_DAYS)).isoformat()[:7])


def timeless(it: MergeItem) -> bool:
    """No date stated and no publication date: nothing places the report in time."""
    return it.date is None and it.published is None
