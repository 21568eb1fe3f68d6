"""Report days implied by an elapsed span from a stated date.

"Thursday marked one week since the January 16 attack", "ten days after March 3": when both the
span and the anchor date are explicit, the text was written no earlier than anchor + span, so an
undated page's inferred publication date must not fall before it. Vague spans ("weeks after",
"days since") say nothing precise and are ignored.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sitrep.model import TimeExpr

from . import arith, words
from .find import find_timexes
from .words import alternation

_UNIT_DAYS = {"day": 1, "week": 7}


@lru_cache(maxsize=1)
def _span() -> re.Pattern:
    """span + "since"/"after" + the anchor's start within a few words ("the January 16 attack");
    the number words are the time vocabulary's (``time_words.json``)."""
    return re.compile(r"\b(\d{1,3}|" + alternation(words.lexicon().numbers) + r")"
                      r"[\s-]+(day|week|month)s?\s+(?:since|after)\s+(?:the\s+|a\s+)?", re.I)


# the span's unit and "since"/"after", which every match of _span() contains: one cheap search skips
# the costly scan (its number alternation tries "a"/"an" at every word) on the pages without it.
# Searched case-sensitively in the lower-cased text (several times faster than re.I); the four
# letters re.I also folds onto ASCII ones ("ſ", "ı", "İ", Kelvin "K") are left to the full scan.
_UNIT_SINCE = re.compile(r"(?:day|week|month)s?\s+(?:since|after)\s")
_ODD_CASE = re.compile("[\u017f\u0131\u0130\u212a]")

_MAX_GAP = 3          # characters between the span's end and the anchor's start
# "one week since the rebels launched their offensive ... on January 16": the anchor may close the
# event clause, as long as "on" introduces it and the sentence has not ended
_MAX_CLAUSE = 120
_ON = re.compile(r"\bon\s+(?:the\s+)?$", re.I)


def _add(anchor: dt.date, n: int, unit: str) -> dt.date | None:
    if unit == "month":
        m = anchor.month - 1 + n
        y, m = anchor.year + m // 12, m % 12 + 1
        try:
            return dt.date(y, m, anchor.day)
        except ValueError:
            return None                              # "one month since January 31": no such day
    return anchor + dt.timedelta(days=n * _UNIT_DAYS[unit])


def _valued(e: TimeExpr, near: str | None) -> str | None:
    """The anchor's date; a year-less one ("January 16") read as written near ``near`` (the
    guessed publication date), as the resolver reads it under a publication date."""
    if e.value or near is None:
        return e.value
    again = find_timexes(e.text, near)
    return again[0].value if again and again[0].granularity == "day" else None


def elapsed_floor(text: str, exprs: list[TimeExpr],
                  near: str | None = None) -> tuple[dt.date, str] | None:
    """The latest day the text reports as an explicit span after an explicit day-date, with the
    phrase that says so; None when the text has no such statement. ``near``: a guessed
    publication date (ISO) that gives year-less anchors their year."""
    if not text or ("since" not in text and "after" not in text):
        return None
    if _UNIT_SINCE.search(text.lower()) is None and _ODD_CASE.search(text) is None:
        return None
    days = sorted((e for e in exprs if e.granularity == "day" and (e.value or near)),
                  key=lambda e: e.start)
    if not days:
        return None
    best: tuple[dt.date, str] | None = None
    numbers = words.lexicon().numbers
    for m in _span().finditer(text):
        anchor = next((e for e in days if 0 <= e.start - m.end() <= _MAX_CLAUSE), None)
        if anchor is not None and anchor.start - m.end() > _MAX_GAP:
            between = text[m.end():anchor.start]
            if "." in between or "\n" in between or not _ON.search(between):
                anchor = None
        if anchor is None:
            continue
        value = _valued(anchor, near)
        b = arith.bounds(value) if value else None
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else numbers.get(" ".join(word.replace("-", " ").split()))
        if not n:
            continue
        day = _add(b[0], n, m.group(2).lower()) if b else None
        if day and (best is None or day > best[0]):
            best = (day, text[m.start():anchor.end])
    return best
