"""Parts of a calendar year: "the first three months of 2025", "the second half of last year",
"the first quarter", "the first two weeks of the year"."""
from __future__ import annotations

from . import arith
from .resolved import Resolved, _num
from .scan import Raw
from .words import lexicon

_ORDER = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def year_part(r: Raw, pub: arith.Date | None, fut: bool) -> Resolved | None:
    """"the first three months of 2025", "the second half of last year", "the first quarter":
    a range of whole months of one calendar year (without a year: the publication's, or the
    year before when that part has not begun yet and nothing speaks of the future)."""
    g, lex = dict(r.g), lexicon()
    g["y"], g["yrel"] = g.get("y") or g.get("y2"), g.get("yrel") or g.get("yrel2")
    order = g["o"].lower()
    if g.get("q"):
        size = int(lex.year_parts[g["q"].lower()])
        count = 12 // size
        k = count if order in ("last", "final") else _ORDER.get(order, 1)
        if k > count:
            return None                             # "the third half"
        first_month = (k - 1) * size + 1
    else:
        n = _num(g["n"])
        if n is None:
            return None
        size = n if g["u"].lower() == "months" else 0
        if not 0 < size <= 12:
            return _weeks_part(g, r, pub, n, order)
        first_month = 13 - size if order in ("last", "final") else 1
    year = _part_year(g, pub)
    if year is None:
        return Resolved(r.start, r.end, None, "range", basis="year part")
    if not g.get("y") and _part_rel(g) in ("", "the") and not fut and pub is not None and pub.month < first_month:
        year -= 1                                   # "the second half of the year", said in May
    start = arith.make_date(year, first_month, 1)
    last = arith.shift(arith.make_date(year, first_month, 1), "month", size)  # type: ignore[arg-type]
    end = arith.shift(last, "day", -1)
    if start is None:
        return None
    return Resolved(r.start, r.end, arith.day_value(start), "range", arith.day_value(end), "year part")


def _part_rel(g: dict) -> str:
    return " ".join((g.get("yrel") or "").lower().split())


def _part_year(g: dict, pub: arith.Date | None) -> int | None:
    """The year of "the first quarter of 2024 / of last year / of the year" (None: no year known)."""
    if g.get("y"):
        return int(g["y"])
    if pub is None:
        return None
    return pub.year + {"last": -1, "the previous": -1, "next": 1}.get(_part_rel(g), 0)


def _weeks_part(g: dict, r: Raw, pub: arith.Date | None, n: int, order: str) -> Resolved | None:
    """"the first two weeks of the year": n weeks from January 1st (or back from December 31st)."""
    if g["u"].lower() != "weeks" or not 0 < n <= 52:
        return None
    year = _part_year(g, pub)
    if year is None:
        return Resolved(r.start, r.end, None, "range", basis="year part")
    if order in ("last", "final"):
        end = arith.make_date(year, 12, 31)
        start = arith.shift(end, "day", 1 - 7 * n)  # type: ignore[arg-type]
    else:
        start = arith.make_date(year, 1, 1)
        end = arith.shift(start, "day", 7 * n - 1)  # type: ignore[arg-type]
    return Resolved(r.start, r.end, arith.day_value(start), "range", arith.day_value(end), "year part")
