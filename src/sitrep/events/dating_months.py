"""The month a period or a month-only time gives an act: a period's last full month ("since
October 2023"), an open period's onset ("since October 2022" -> 2022-10), and whether a month-only
time lies so far before the report that it is background. A live blog's entry headings, which
end the stretch of story a stated time dates, are here too: both decide how far a time carries."""
from __future__ import annotations

import datetime as dt
import re

from sitrep.events.dating_times import _DATE, usable
from sitrep.events.dating_week import day as _day
from sitrep.model import TimeExpr

# a live blog's entry heading, "14:32 GMT - Army says it killed dozens": each entry is its own
# stretch of the story, so a time the entry above stated dates nothing below this line
_ENTRY_HEAD = re.compile(r"\n[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?[ \t]*)?(?:GMT|UTC|[A-Z]{2,4}T)?"
                         r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[-–—|:][ \t]")
_ENTRY_HEAD_MAX = 40


def _entry_between(text: str, lo: int, hi: int) -> bool:
    """Whether a live-blog entry heading opens a line in text[lo:hi] (the one opening the line at
    ``hi`` counts: the sentence there may start with its time stamp)."""
    m = _ENTRY_HEAD.search(text, lo, hi + _ENTRY_HEAD_MAX)
    return m is not None and m.start() < hi


def _period_month(t: TimeExpr) -> str | None:
    """The month a period dates an act to: its last full month ("since October 2023", "in the
    past two months" ending on the publication day: the act lies before that day)."""
    if t.granularity != "range" or not t.end_value or usable(t):
        return None
    end = _day(t.end_value)
    if end is None:
        return None
    last = (end - dt.timedelta(days=1)).isoformat()[:7]
    start = (t.value or "")[:7]
    return max(start, last) if _DATE.match(start or "-") else last


def _onset_month(t: TimeExpr) -> str | None:
    """The month an open period began ("since October 2022" -> "2022-10"), None for a year."""
    v = (t.value or "")[:7]
    return v if len(v) == 7 and _DATE.match(v) else None


# how many months before the report's a month-only time must lie to be background across a
# paragraph break (a last month's "in March" still carries the story of the next paragraph)
_STALE_MONTHS = 3


def _stale_month(value: str, published: str | None) -> bool:
    """A month-only ``value`` ("2023-11") lying at least ``_STALE_MONTHS`` before ``published``."""
    if len(value) != 7 or not published or not _DATE.match(published[:7]):
        return False
    months = (int(published[:4]) - int(value[:4])) * 12 + int(published[5:7]) - int(value[5:7])
    return months >= _STALE_MONTHS
