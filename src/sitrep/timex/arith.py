"""Calendar arithmetic for resolving time expressions, and their value strings.

Values follow TimeML's ISO forms: "2024-10-04" (day), "2024-W44" (ISO week), "2024-10"
(month), "2024" (year). ``bounds`` turns any of them back into a first and last day.
"""
from __future__ import annotations

import calendar
import datetime as dt

Date = dt.date


def parse_iso(value: str | None) -> Date | None:
    """A "YYYY-MM-DD" string as a date; None for anything else."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def make_date(year: int, month: int, day: int) -> Date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_value(d: Date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: Date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def year_value(year: int) -> str:
    return f"{year:04d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def shift(d: Date, unit: str, n: int) -> Date:
    """``d`` moved by ``n`` units (day, week, fortnight, month, year); month ends clamp."""
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "fortnight":
        return d + dt.timedelta(weeks=2 * n)
    if unit == "month":
        y, m = add_months(d.year, d.month, n)
    else:
        y, m = d.year + n, d.month
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def weekday_on_or_before(pub: Date, weekday: int) -> Date:
    """The most recent ``weekday``; the publication weekday itself means that very day."""
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def weekday_on_or_after(pub: Date, weekday: int) -> Date:
    return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)


def month_year(pub: Date, month: int, future: bool, strict: bool = False) -> int:
    """The year of the most recent (or, for ``future``, the next) ``month``.

    The publication month counts as both unless ``strict`` ("last October" written in October
    means a year ago, "next October" a year ahead).
    """
    if future:
        return pub.year if (month > pub.month or (month == pub.month and not strict)) else pub.year + 1
    return pub.year if (month < pub.month or (month == pub.month and not strict)) else pub.year - 1


def month_day(pub: Date, month: int, day: int, future: bool | None,
              weekday: int | None = None) -> Date | None:
    """The most recent (``future`` False), next (True) or nearest (None) ``month``/``day``
    around ``pub``; on a tie the past one.

    A stated weekday ("Wednesday, Nov. 20") picks the year whose calendar agrees with it.
    """
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1)
               if (d := make_date(y, month, day)) is not None]
    if weekday is not None:
        agreeing = [d for d in options if d.weekday() == weekday]
        if agreeing:
            options = agreeing
    if not options:
        return None
    ahead = [d for d in options if d >= pub]
    behind = [d for d in options if d <= pub]
    if future is None and ahead and behind:
        return ahead[0] if (ahead[0] - pub) < (pub - behind[-1]) else behind[-1]
    if future:
        return ahead[0] if ahead else options[-1]
    return behind[-1] if behind else options[0]


def day_of_month(pub: Date, day: int, future: bool) -> Date | None:
    """"On the 4th": the most recent (or next) 4th of a month."""
    for n in range(0, 13):
        y, m = add_months(pub.year, pub.month, n if future else -n)
        d = make_date(y, m, day)
        if d and (d >= pub if future else d <= pub):
            return d
    return None


def weekend(pub: Date, future: bool, strict: bool = False) -> Date:
    """The Saturday of the most recent (or next) weekend; a weekend under way counts unless
    ``strict`` ("last weekend" read on a Sunday means the one before)."""
    sat = weekday_on_or_before(pub, 5)
    if future:
        sat = weekday_on_or_after(pub, 5)
        if pub.weekday() == 6 and not strict:
            sat = pub - dt.timedelta(days=1)
        elif strict and sat == pub:
            sat += dt.timedelta(days=7)
        return sat
    if strict and sat + dt.timedelta(days=1) >= pub:
        sat -= dt.timedelta(days=7)
    return sat


def value_for(d: Date, granularity: str) -> str:
    if granularity == "week":
        return week_value(d)
    if granularity == "month":
        return month_value(d.year, d.month)
    if granularity == "year":
        return year_value(d.year)
    return day_value(d)


def bounds(value: str | None) -> tuple[Date, Date] | None:
    """The first and last day a value covers: "2024-W44", "2024-10", "2024" or a day."""
    if not value:
        return None
    try:
        if len(value) == 10:
            d = dt.date.fromisoformat(value)
            return d, d
        if "-W" in value:
            y, w = value.split("-W")
            first = dt.date.fromisocalendar(int(y), int(w), 1)
            return first, first + dt.timedelta(days=6)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        if len(value) == 4:
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None
