"""Weeks in event dating: the month an ISO week belongs to, and the one day a text states inside
a week ("last week's attack on the base" ... "fighters stormed the base on Wednesday night").

Split from ``dating`` so the clock there stays about choosing a time for an act; what a week
means as a date lives here.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Callable

from sitrep.events import timescope
from sitrep.model import TimeExpr

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def week_month(value: str) -> str | None:
    """The month an ISO week ("2025-W10") belongs to: the month of its Thursday."""
    monday = week_start(value)
    return (monday + dt.timedelta(days=3)).isoformat()[:7] if monday is not None else None


def week_start(value: str | None) -> dt.date | None:
    """The Monday of an ISO week "YYYY-Www"."""
    m = _WEEK.match(value or "")
    if m is None:
        return None
    try:
        return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None


def is_week(value: str | None) -> bool:
    return _WEEK.match(value or "") is not None


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def day(value: str) -> dt.date | None:
    """The date of an ISO day string (None for a month or anything else)."""
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def day_in_week(text: str, times: list[TimeExpr], head: int, t: TimeExpr, s_start: int, s_end: int,
                value_of: Callable[[TimeExpr, bool], str | None], before: dt.date | None = None) -> str | None:
    """The one day the text states inside the week ``t`` names: the week's act is told on that
    day. None when the text states no day of that week, or several (the week's act could be any).
    ``value_of(u, shifted)`` is the date a day expression gives a past act, read as the report's
    own day (False) or as last week's where the report tells its story as last week's (True): a
    weekday read as the report's own day counts as last week's only when no day of the text lies
    in the week as written ("protested on Monday", published on a Monday, is today's).
    ``before``: only days before it count ("earlier this week" never names the report's own day,
    which another act of the report was told on)."""
    monday = week_start(t.value)
    if monday is None:
        return None
    # the week's own sentence tells its act by the week (a day there is another act's or the
    # statement's), a saying time dates a statement, and the dateline's day is the filing's;
    # the day must be told of the same place (a name the week's sentence gives): "the Zamfara
    # strike on Wednesday" does not date "last week's attack on the Marte base"
    names = _names(text[s_start:s_end])
    days = [u for u in times if u.granularity == "day" and u.end > head
            and not s_start <= u.start < s_end and not timescope.saying_time(text, u)
            and names & _names(text[_sentence_start(text, u.start):_sentence_end(text, u.end)])]
    for shifted in (False, True):
        found = _one_day_in(days, monday, shifted, value_of, before)
        if found != "":
            return found
    return None


def _one_day_in(days: list[TimeExpr], monday: dt.date, shifted: bool,
                value_of: Callable[[TimeExpr, bool], str | None], before: dt.date | None = None) -> str | None:
    """The one value of ``days`` in the week from ``monday`` (and before ``before``): "" for
    none, None for several."""
    found = ""
    last = monday + dt.timedelta(days=6)
    if before is not None:
        last = min(last, before - dt.timedelta(days=1))
    for u in days:
        value = value_of(u, shifted)
        d = day(value or "")
        if d is not None and monday <= d <= last:
            if found and found != value:
                return None
            found = value or ""
    return found


def last_week_in(times: list[TimeExpr], tstarts: list[int], published: str | None, lo: int, hi: int) -> bool:
    """Whether [lo, hi) states the week before the report's ("last week")."""
    pub = day(published or "")
    key = iso_week(pub - dt.timedelta(days=7)) if pub is not None else None
    return any(t.granularity == "week" and t.value == key
               for t in times[bisect.bisect_left(tstarts, lo):bisect.bisect_left(tstarts, hi)])


_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][\w'-]{2,}")      # a capitalised word inside a sentence


def _names(sentence: str) -> set[str]:
    return set(_NAME.findall(sentence))


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return min(ends) if ends else len(text)
