"""Stamps whose numeric date does not say its order: "Published on 09/07/2024 at 10:05 GMT" is
9 July for a day-first desk and 7 September for a month-first one. ``find_date`` leaves such a
date unread; here the page decides, and only the page: another numeric date on it whose day is
over 12 ("Updated 30/06/2024") shows the desk's order, or the weekday the lede gives its report
("officials said on Tuesday") fits one reading and not the other, or the text names one reading's
month and not the other's ("10 and 11 June" under "12-06-2025"), or the known outlet's country
writes one order (France 24's "05/10/2024" is 5 October; a US paper's is May 10). Without such
evidence the date stays unresolved: a guess would be silent and as likely wrong as right."""
from __future__ import annotations

import datetime as dt
import re

from sitrep.metadata.dates import STAMP_MAX, report_weekday, stamp_date
from sitrep.metadata.outlet import outlet_index

# a numeric date with slashes or dashes whose two first numbers may each be the month
_AMBIGUOUS = re.compile(r"(?<![\d./-])(?P<a>0?[1-9]|1[0-2])(?P<sep>[/-])(?P<b>0?[1-9]|1[0-2])(?P=sep)"
                        r"(?P<year>(?:19|20)\d{2})(?![\d./-]\d)")
# any numeric date of the page, to learn its order from one whose day is over 12
_NUMERIC = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?:19|20)\d{2}(?![\d./-]\d)")

DAY_FIRST, MONTH_FIRST = "day-month", "month-day"


def ambiguous_stamp(line: str) -> re.Match[str] | None:
    """The undecided date of a line that is a date stamp once its order is known, else None."""
    if len(line) > STAMP_MAX or ("/" not in line and "-" not in line):
        return None
    m = _AMBIGUOUS.search(line)
    if m is None:
        return None
    # the line is a stamp if it reads as one with the date written unambiguously (either order
    # gives the same shape, so one rewrite tells)
    iso = f"{m.group('year')}-{int(m.group('b')):02d}-{int(m.group('a')):02d}"
    return m if stamp_date(line[:m.start()] + iso + line[m.end():]) else None


def page_order(text: str) -> str | None:
    """The order of the page's numeric dates, when one of them shows it (a day over 12) and
    none contradicts it."""
    orders = set()
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b >= 1:
            orders.add(DAY_FIRST)
        elif b > 12 >= a >= 1:
            orders.add(MONTH_FIRST)
    return orders.pop() if len(orders) == 1 else None


def _reading(m: re.Match[str], order: str) -> dt.date | None:
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    day, month = (a, b) if order == DAY_FIRST else (b, a)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# where numeric dates put the month first; Canada writes both orders; every other country the day
_MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "PW", "MH", "AS", "GU", "PR", "VI"})
_EITHER_ORDER_COUNTRIES = frozenset({"CA"})


def desk_order(outlet: str) -> str | None:
    """The order a known outlet's desk writes numeric dates in, from its country; None for an
    outlet the index does not place."""
    country = outlet_index().country_of.get(outlet_index().lookup(outlet) or "")
    if not country or country in _EITHER_ORDER_COUNTRIES:
        return None
    return MONTH_FIRST if country in _MONTH_FIRST_COUNTRIES else DAY_FIRST


def resolve_stamp(line: str, page_text: str, lede: str, outlet: str | None = None) -> tuple[dt.date, str] | None:
    """(date, basis) of an ambiguous stamp line, decided by the page; None when nothing on it
    decides (the date then stays unresolved rather than guessed)."""
    m = ambiguous_stamp(line)
    if m is None:
        return None
    if m.group("a") == m.group("b"):
        date = _reading(m, DAY_FIRST)       # 05/05/2024: both orders agree
        return (date, "stamp in text") if date else None
    order = page_order(page_text)
    if order:
        date = _reading(m, order)
        return (date, f"stamp in text, {order} order from the page's other dates") if date else None
    if outlet and (order := desk_order(outlet)):
        date = _reading(m, order)
        return (date, f"stamp in text, {order} order of {outlet}'s country") if date else None
    if by_month := _named_month(m, page_text):
        return by_month
    weekday = report_weekday(lede)
    if weekday is None:
        return None
    fits = [(d, o) for o in (DAY_FIRST, MONTH_FIRST) if (d := _reading(m, o)) and d.weekday() == weekday]
    if len(fits) != 1:
        return None
    return fits[0][0], f"stamp in text, {fits[0][1]} order from the report's weekday"


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")


def _named_month(m: re.Match[str], page_text: str) -> tuple[dt.date, str] | None:
    """The reading whose month the page's text names ("10 and 11 June" under "12-06-2025"),
    when the other reading's month it does not name."""
    # a month written with a day ("11 June", "June 11"): "may" alone is a verb
    named = [(d, o) for o in (DAY_FIRST, MONTH_FIRST) if (d := _reading(m, o)) and re.search(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAMES[d.month - 1]}\b|\b{_MONTH_NAMES[d.month - 1]}\s+\d{{1,2}}\b",
        page_text, re.I)]
    if len(named) != 1:
        return None
    return named[0][0], f"stamp in text, {named[0][1]} order from the month the text names"
