"""A follow-up's opening that dates itself against the happening it follows: "went on Sunday to the
town, the day after the attack", "two days after the raid, families were still searching".

Such a report leads with its own day (a visit, a funeral, a search), one day or a few after the
happening the other reports lead with, so the day its lead names is not theirs. The phrase tells
the day the happening was: the day named less the days "after" counts. Outside quotations only (a
speaker's "the day after" dates nothing of the report).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sitrep.dedup.lead_facts import _vocab

MAX_DAYS_AFTER = 3          # "two days after": further back, a follow-up tells a new happening
_AFTER = re.compile(r"\b(the|a|one|\d|[a-z]+)\s+days?\s+after\b", re.I)
_QUOTED = re.compile(r"[\"“«][^\"“”«»]*[\"”»]")


def days_after(para: str) -> frozenset[int]:
    """How many days after the happening the paragraph says it is ("the day after" 1, "two days
    after" 2), outside quotations; empty when it says nothing of the kind."""
    numbers = _vocab()[0]
    out = set()
    for m in _AFTER.finditer(_QUOTED.sub(" ", para)):
        word = m.group(1).lower()
        n = 1 if word in ("the", "a", "one") else int(word) if word.isdigit() else numbers.get(word)
        if n is not None and 1 <= n <= MAX_DAYS_AFTER:
            out.add(n)
    return frozenset(out)


def days_before(para: str, days: Iterable[str]) -> frozenset[str]:
    """The ISO days of the happening a paragraph naming ``days`` follows up (see the module doc)."""
    back = days_after(para)
    if not back:
        return frozenset()
    out = set()
    for day in days:
        try:
            when = dt.date.fromisoformat(day)
        except ValueError:
            continue
        out.update((when - dt.timedelta(days=n)).isoformat() for n in back)
    return frozenset(out)
