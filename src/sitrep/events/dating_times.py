"""Reading one document's time expressions for event dates: which give a day or a month, which
is nearest an act, and where a dated dateline ends. Split from ``dating``, which decides the date
an act takes from its context; these are its context-free primitives.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from sitrep.events.dating_week import day as _day
from sitrep.events.dating_week import week_month
from sitrep.metadata.dateline import find_dateline
from sitrep.model import TimeExpr

_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
# the longest range (days from first to last) that dates an act to a day (``event_date``)
_SHORT_RANGE_DAYS = 2


def dateline_end(text: str) -> int:
    """Where the dateline opening the text ends (0 without one)."""
    head = text[:200]
    cut = head.find("\n")
    found = find_dateline(head if cut < 0 else head[:cut])
    return found.end if found is not None else 0


# "Tripoli, 14 October 2025 – At least eight ...", "Gao, Tuesday 3 March 2024: ...": a place, a
# comma, the date and a dash or colon open the text, in any order of day and month the time
# grammar reads (the metadata dateline reads month-first dates)
_HEAD_BEFORE = re.compile(r"\s*[A-Z][^\W\d][^\n,.;:!?\"“”()]{0,40},\s*(?:[A-Z][a-z]+day,?\s*)?")
_HEAD_AFTER = re.compile(r"\s*(?:\([^()\n]{2,40}\)\s*)?[-–—:]+\s")


def _dated_head(text: str, first: TimeExpr) -> int:
    """Where a dateline the time grammar dates ends (0 without one)."""
    if first.granularity != "day" or _HEAD_BEFORE.fullmatch(text, 0, first.start) is None:
        return 0
    m = _HEAD_AFTER.match(text, first.end)
    return m.end() if m is not None else 0


def still_to_come(t: TimeExpr, published: str | None) -> bool:
    """``t`` names a day or month after the report's day ("to resume talks on Aug. 15" in a page of
    Aug. 10): the time of an act still to come, which dates no statement already made."""
    value = event_date(t)
    return bool(published and value) and value > published[:len(value)]  # type: ignore[operator,index]


def usable(t: TimeExpr) -> bool:
    return event_date(t) is not None


def event_date(t: TimeExpr) -> str | None:
    """The date an event gets from a time expression: a day or a month. A week gives the month its
    Thursday falls in (ISO weeks belong to that month); a closed range of at most two days gives a
    day (``_SHORT_RANGE_DAYS``), a longer one inside one month that month; open ranges ("since
    October") say when a state began, not when an act happened."""
    v = t.value
    if not v or (t.basis or "").startswith(("since", "range-since")):
        return None
    if t.granularity in (None, "day", "month"):
        return v if _DATE.match(v) else None
    if t.granularity == "week":
        return week_month(v)
    if t.granularity == "range" and t.end_value and _DATE.match(v) and "vague" not in (t.basis or ""):
        # "over the past 24 hours", "in the past two days", "Sept. 19-20": a range of at most
        # two days dates its act to its middle day (the first of two), which lies within a day
        # of each of its days; a month, or no date at all across a month's end, would say less.
        # Not "the weekend": a weekend named without its days ("pamphlets circulated over the
        # weekend", in a report days later or of uncertain date) is the report's loose frame
        a, b = _day(v), _day(t.end_value)
        if a is not None and b is not None and 0 <= (b - a).days <= _SHORT_RANGE_DAYS \
                and not (t.basis or "").startswith("weekend"):
            return (a + dt.timedelta(days=(b - a).days // 2)).isoformat()
        if v[:7] == t.end_value[:7]:
            return v[:7]
    return None


def nearest(times: list[TimeExpr], starts: list[int], s_start: int, s_end: int, start: int, end: int) -> TimeExpr | None:
    """The time expression of sentence [s_start, s_end) nearest to [start, end)."""
    lo = bisect.bisect_left(starts, s_start)
    best, dist = None, 1 << 30
    for t in times[lo:]:
        if t.start >= s_end:
            break
        d = 0 if t.start < end and start < t.end else min(abs(t.start - end), abs(start - t.end))
        if d < dist:
            best, dist = t, d
    return best


def nearest_to(times: list[TimeExpr], tstarts: list[int], lo: int, hi: int, pos: int) -> TimeExpr | None:
    """The time expression in [lo, hi) nearest to ``pos``."""
    best, dist = None, 1 << 30
    for t in times[bisect.bisect_left(tstarts, lo):]:
        if t.start >= hi:
            break
        d = 0 if t.start <= pos < t.end else min(abs(t.start - pos), abs(pos - t.end))
        if d < dist:
            best, dist = t, d
    return best
