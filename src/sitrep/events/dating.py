"""The date an event gets from the document's time expressions.

A day or a month, never a guess from the publication date: merging lines undated reports up by
publication date, and the timeline shows them as undated.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from sitrep.model import TimeExpr

_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def usable(t: TimeExpr) -> bool:
    return event_date(t) is not None


def event_date(t: TimeExpr) -> str | None:
    """The date an event gets from a time expression: a day or a month. A week gives the month its
    Thursday falls in (ISO weeks belong to that month); a closed range inside one month gives that
    month; open ranges ("since October") say when a state began, not when an act happened."""
    v = t.value
    if not v or (t.basis or "").startswith(("since", "range-since")):
        return None
    if t.granularity in (None, "day", "month"):
        return v if _DATE.match(v) else None
    if t.granularity == "week":
        m = _WEEK.match(v)
        if m:
            try:
                return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4).isoformat()[:7]
            except ValueError:
                return None
        return None
    if t.granularity == "range" and t.end_value and _DATE.match(v) and v[:7] == t.end_value[:7] \
            and "vague" not in (t.basis or ""):
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
