"""Year-less dates of an undated text, placed by the text's own stated dates.

A page that prints no publication date ("In September ...", "on November 10 ...") leaves its
year-less months and days without a value, and every act they date goes undated. The text still
tells when it was written: it cannot report a past day before the latest date it states with a
year ("deployed in June 2024"). News names a past month or day without its year only when it lies
in the year before the report, so such a month or day is read as its first occurrence on or after
that stated floor: "June 2024 ... in September" is 2024-09, "October 2023 ... in March" is
2024-03. Relative forms ("last November", "November last year") lean on the report's day and stay
open. When the document is dated later (from its story-mates) everything is resolved again
against that date, so this reading only serves pages that stay undated.
"""
from __future__ import annotations

from . import arith
from .cues import speaks_of_future
from .resolved import Resolved, _day, _mon
from .words import lexicon

# grammar rules that name a month, or a month and a day, without a year of their own
MONTH_RULES = frozenset({"mon", "posmon", "posmon2"})
DAY_RULES = frozenset({"mdy", "dmy", "ordmon"})
BASIS = "year of the text's latest stated date"


def is_yearless(rule: str, g: dict, res: Resolved) -> bool:
    """A month or month-day with no year and no relative word, left without a value."""
    if res.value is not None or g.get("y") or g.get("yrel") or g.get("rel") or g.get("wd"):
        return False
    return rule in MONTH_RULES or (rule in DAY_RULES and res.granularity in ("day", "range"))


def _floor(text: str, items: list[Resolved]) -> arith.Date | None:
    """The first day of the latest date the text states with a year and does not tell as future."""
    best: arith.Date | None = None
    for r in items:
        if not r.value or not (r.basis.startswith("absolute") or r.basis == "range-since"):
            continue
        b = arith.bounds(r.value)
        if b is None or (best is not None and b[0] <= best):
            continue
        if speaks_of_future(text, r.start, r.end):       # "elections set for May 4, 2026"
            continue
        best = b[0]
    return best


def fill_years(text: str, items: list[Resolved], pending: list[tuple[Resolved, str, dict]]) -> None:
    """Give the year-less expressions ``pending`` ((resolved, rule, groups), from ``is_yearless``)
    of an undated text a value from its stated floor, in place; without a floor they stay open."""
    if not pending:
        return
    floor = _floor(text, items)
    if floor is None:
        return
    ordinals = lexicon().ordinals
    for res, rule, g in pending:
        month = _mon(g["mon"])
        if rule in MONTH_RULES:
            year = floor.year if month >= floor.month else floor.year + 1
            res.value = arith.month_value(year, month)
            res.basis = f"month-name, {BASIS}"
            continue
        day = ordinals[" ".join(g["o"].lower().split())] if rule == "ordmon" else _day(g["d"])
        year = floor.year if (month, day) >= (floor.month, floor.day) else floor.year + 1
        start = arith.make_date(year, month, day)
        if start is None:
            continue
        if res.granularity == "range":
            end = arith.make_date(year, month, _day(g["d2"])) if g.get("d2") else None
            if end is None or end <= start:
                continue
            res.end_value = arith.day_value(end)
        res.value = arith.day_value(start)
        res.basis = f"month-day, {BASIS}"
