"""The date of a happening its reports put only in a year: the start of the stated part of that year.

"It briefly seized Goma in 2012", "ISIS overran a third of Iraq in 2014", "the offensive in early
2024", "under sanctions since 2020": background acts of years back, which every conflict report
retells. The dating gives them no date (``dating.YEAR`` / ``dating.BACKGROUND``: the contract holds a
day or a month, never a year) and keeps them out of today's news when merging (``OLD_BASES``). Left
undated, though, the timeline loses them and a reader cannot tell 2012 from last week.

Event datasets that code at a day's resolution hold a year the same way: UCDP GED sets a year-
precision event's start to the first day of the year (its ``date_prec`` says how precise it is).
Here the event takes the first month of the year, or of the part of the year the text names
("early" January, "mid" May, "late" September: the thirds of a year), and its ``date_basis`` is
``"year"``: the month is the period's start, not a stated month. A month-length date never ties
stories (``picture_stories.specific`` wants a day), and merging is done before this is asked, so
the year changes nothing but what the event shows.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Iterable

from sitrep.events.merge_basics import OLD_BASES, MergeItem
from sitrep.timex import find_timexes

YEAR = "year"
_YEAR = re.compile(r"^(\d{4})$")
# the first month of the part of a year an expression names ("early 2024", "mid-2023", "late 2019")
_PART_MONTH = {"early": 1, "mid": 5, "late": 9}


def year_start(text: str | None, published: dt.date | None) -> str | None:
    """"YYYY-MM": the start of the year (or of its part) the time expression ``text`` names, read
    against the report's day ``published`` ("last year"); None when it names no single year."""
    if not text:
        return None
    # a bare year ("2014") is a time expression only in its sentence: give it back its preposition
    probe = f"in {text}" if text[:1].isdigit() else text
    for t in find_timexes(probe, published.isoformat() if published else None):
        m = _YEAR.match(t.value or "")
        if m is None or t.granularity not in ("year", "range"):
            continue
        part = (t.basis or "").rsplit(",", 1)[-1].strip()
        return f"{m.group(1)}-{_PART_MONTH.get(part, 1):02d}"
    return None


def year_date(items: Iterable[MergeItem]) -> tuple[str, str | None] | None:
    """(date, its text) of a happening whose reports put it in a year (``OLD_BASES``): the year
    most of them state, the earliest of a tie; None when none of them names a single year."""
    found: list[tuple[str, str | None]] = []
    for it in items:
        if it.fact.date_basis in OLD_BASES and it.fact.date is None:
            value = year_start(it.fact.date_text, it.published)
            if value is not None:
                found.append((value, it.fact.date_text))
    if not found:
        return None
    count = Counter(v for v, _ in found)
    best = min(count, key=lambda v: (-count[v], v))
    return best, next(t for v, t in found if v == best)
