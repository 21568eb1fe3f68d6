"""Publication dates from what the input states: stamps, structured fields, URL paths.

Only explicit, unambiguous dates count. "4 hours ago" or "03/04/2025" give nothing: an unstated
date stays null rather than being guessed.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import lru_cache

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+"
_TIME = (r"(?:(?:,|\s-|\sat|\s\||\s)\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
         r"(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?)?")
_ORD = r"(?:st|nd|rd|th)?"

_PATTERNS = [
    # 2024-11-21, 2024/11/21, 2024-11-21T19:55:29Z
    re.compile(r"(?P<year>(?:19|20)\d{2})[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"),
    # November 1, 2024 / Nov. 20, 2024 / Friday, November 1, 2024
    # and "October 30 - 2024", a stamp that sets the year off with a dash
    re.compile(rf"(?:{_WEEKDAY})?{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}(?:,?\s+|\s+[-–]\s+)(?P<year>(?:19|20)\d{{2}})", re.I),
    # 20 November 2024 / 1st Nov 2024 / Wednesday 20 November 2024
    re.compile(rf"(?:{_WEEKDAY})?(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d{{2}})", re.I),
    # 20.11.2024 or 20/11/2024 only when the day cannot be a month; dotted dates are day first
    # ("8.3.2025": the dot is the day-month-year writing of Europe, Latin America and Africa;
    # month-first writers use slashes), unless the day cannot be a day
    # a clock glued to the year ("12.03.202514:05") still ends the date
    # and "27-06-2024", read as the slashed form (a day above twelve tells it)
    re.compile(r"(?<![\d.-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})"
               r"(?:(?![\d.-]\d)|(?=\d{1,2}:\d{2}(?!\d)))"),
]


def _build(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    if g.get("mnum"):
        return _build(g["year"], int(g["mnum"]), g["day"])
    if g.get("month"):
        return _build(g["year"], MONTHS[g["month"].lower().rstrip(".")], g["day"])
    a, b = int(g["a"]), int(g["b"])
    if g.get("sep") == "." and b <= 12:
        return _build(g["year"], b, str(a))
    if a > 12 >= b:
        return _build(g["year"], b, str(a))
    if b > 12 >= a:
        return _build(g["year"], a, str(b))
    return None                 # 03/04/2025: day and month cannot be told apart


# every date pattern holds a year: a line without one (most lines) skips the four searches
_YEAR = re.compile(r"(?:19|20)\d{2}")
# The written-month patterns try a weekday and a month name at every letter (20 microseconds on
# a short line). Each match holds what these gates ask for (a day, within a few characters of the
# year), and a gate starts at a digit, so the search skips most of the line.
_GATES = [
    None,
    re.compile(r"\d{1,2}(?:st|nd|rd|th)?(?:,?\s+|\s+[-–]\s+)(?:19|20)\d{2}", re.I),
    re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\w{3,9}\.?,?\s+(?:19|20)\d{2}", re.I),
    None,
]


# Arabic-script pages write "6 November، 2024" or Arabic-Indic digits ("٦ November ٢٠٢٤"): one
# character for one, so match offsets still index the caller's line
_FOLD = str.maketrans({"\u060c": ",", **{chr(0x660 + i): str(i) for i in range(10)},
                       **{chr(0x6F0 + i): str(i) for i in range(10)}})


def find_date(text: str) -> tuple[dt.date, re.Match[str]] | None:
    """The first explicit calendar date in ``text`` and its match."""
    if not text.isascii():      # a C-speed test: most lines skip the fold
        text = text.translate(_FOLD)
    # a year starts with "19" or "20": a substring test (in C) rules most lines out before the
    # regex, whose class test at every offset costs more
    if "20" not in text and "19" not in text:
        return None
    return _find_date(text)


@lru_cache(maxsize=64)     # within a page, a stamp line is read by several metadata stages
def _find_date(text: str) -> tuple[dt.date, re.Match[str]] | None:
    if not _YEAR.search(text):
        return None
    best: tuple[int, dt.date, re.Match[str]] | None = None
    for pattern, gate in zip(_PATTERNS, _GATES):
        if gate is not None and not gate.search(text):
            continue
        for m in pattern.finditer(text):
            d = _from_match(m) or (_by_weekday(m, text) if m.groupdict().get("a") else None)
            if d and (best is None or m.start() < best[0]):
                best = (m.start(), d, m)
                break
    return (best[1], best[2]) if best else None


_WEEKDAY_NAME = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_WEEKDAY_STEMS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def _by_weekday(m: re.Match[str], text: str) -> dt.date | None:
    """An ambiguous numeric date ("8/07/2021") that the weekday written beside it decides: of
    8 July and 7 August 2021, only one is a Thursday."""
    w = _WEEKDAY_NAME.search(text)
    if w is None:
        return None
    weekday = _WEEKDAY_STEMS.index(w.group(1).casefold())
    a, b, year = m.group("a"), m.group("b"), m.group("year")
    fits = {d for d in (_build(year, int(b), a), _build(year, int(a), b)) if d and d.weekday() == weekday}
    return fits.pop() if len(fits) == 1 else None


def parse_date(value: str | None) -> dt.date | None:
    """A date from a structured field: ISO 8601, RFC 2822 (feeds, HTTP) or a written date."""
    if not value:
        return None
    value = str(value).strip()
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_date(value)
    return found[0] if found else None


# a site that renders an empty date field prints the Unix epoch (midnight UTC of 1 January
# 1970, 31 December 1969 in the Americas' zones): no article's date
EPOCH_PLACEHOLDERS = frozenset({dt.date(1970, 1, 1), dt.date(1969, 12, 31)})


def epoch_placeholder(date: dt.date) -> bool:
    """Whether a stamp's date is the epoch a site prints for an empty date field."""
    return date in EPOCH_PLACEHOLDERS


STAMP_MAX = 140         # longer lines are prose that mentions a date, never a stamp
UNDATED_MAX = 40        # the most a stamp without a year takes (stripped)
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|UTC|GMT)?)"
# what may stand before the date: an author ("Jane Doe |"), a stamp word, a weekday, a clock time
_STAMP_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
# one author or several: "Jane Doe and John Roe | 13.03.2025"
_AUTHOR_PREFIX = rf"(?P<author>{_STAMP_NAME}(?:\s*(?:,|\s(?-i:and)\s|&)\s*{_STAMP_NAME}){{0,3}})\s*\|\s*"
# a page's place before its stamp: "Jakarta ● Thu, November 13, 2025", "Goma - 3 March 2025"
# (or a desk before a slash: "INQUIRER.net BrandRoom / 09:45 AM December 21, 2023")
_PLACE_PREFIX = r"(?-i:[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2})\s*(?:[●•·|▪■]|\s[-–—/])\s*"
# a blog's stamp names its writer: "Posted by Jane Doe on 10 Nov 2025", "Posted on 10 Nov 2025 by Jane Doe"
_PERSON = r"(?-i:[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|and|&)){1,6})"
_POSTED_BY = rf"(?P<posted>(?:posted|written|published)\s+by\s+{_PERSON})\s+(?:on\s+)?"
# a syndicated copy's wire code before its stamp: "AFP Published February 14, 2025"
_AGENCY_PREFIX = r"(?-i:[A-Z][A-Z&]{1,5})\s+(?=(?i:published|posted|updated))"
_BEFORE = re.compile(
    # a live blog's day label opening the line: "Liveblog January 21, 2025", "Live updates: 3
    # March 2025" (after a site's name, "X | Live blog | date" is its masthead line)
    rf"(?:live\s*-?\s*blog|live\s+updates?|live\s+coverage|"
    rf"(?:{_AUTHOR_PREFIX}|{_PLACE_PREFIX}|{_POSTED_BY}|{_AGENCY_PREFIX})?"
    # "This content was published on ...": the stamp as a sentence (swissinfo.ch, some CMSs)
    rf"(?:this\s+(?:content|article|story|report|page|post)\s+(?:was|has\s+been)\s+(?:first\s+|last\s+)?(?=publ|upd|post|mod))?"
    rf"(?:(?:first\s+)?publish(?:ed)?|posted|updated?|last\s+updated|modified|date[d]?|released|issued|created|"
    rf"(?:situation\s+|figures\s+|data\s+)?as\s+(?:of|at))?)"
    rf"\s*(?:on|at)?\s*[:\-–—|]?\s*(?:{_CLOCK}[\s,]*)?(?:{_WEEKDAY})?[\s|•·●,\-–—]*", re.I)
_AUTHOR = re.compile(_AUTHOR_PREFIX)
_UPDATED = re.compile(r"\b(?:updated?|modified)\b", re.I)
_TIME_RE = re.compile(
    r"[\s,|•·\-–—/]*(?:at\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    # the zone is a whole word: "14:05 Modified: ..." must not read "Modif" as a zone
    r"(?:\s*\(?(?!(?:last|update|modified)\b)(?:[A-Z]{2,5}|UTC|GMT)(?![^\W\d_])(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?"
    # a bare offset, or two ways of writing one: "12:17 pm +03 +03:00"
    r"(?:\s*[+-]\d{2}(?::?\d{2})?(?!\d)){0,2}"
    # a 24-hour clock of notices and military messages: "2210 UTC", "0930Z", "1400 hrs"
    r"|[\s,|\-–—]*(?:at\s*)?(?:[01]\d|2[0-3])[0-5]\d\s*(?:Z\b|UTC|GMT|hrs?\b|hours\b|LT\b|local\b)", re.I)
_AFTER = re.compile(r"(?:\(?(?:[A-Za-z]+\s+)?time\)?\.?)?(?:,\s*(?-i:[A-Z]{2,3})\b|,?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[-–—|•·]\s*(?:(?:from|source|by|update|updated|modified)\b.{0,80}|[^.!?]{0,60})"
                    r"|[,;]?\s*(?:updated|modified|last updated?|last modified)\b.{0,80}"
                    rf"|by\s+{_PERSON})?", re.I)
_MERIDIEM = re.compile(r"\s*[ap]\.?m\.?(?![^\W\d_])", re.I)
_BY_AFTER = re.compile(rf"\s*(?:[-–—|•·]\s*)?\bby\s+(?P<names>{_PERSON})$", re.I)


_GLUED_SHORT = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d{1,2}\s+[A-Z][a-z]{2,3}\.?"
                          r"(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")


@lru_cache(maxsize=64)     # within a page, the same stamp line is read by several stages
def stamp_date(line: str) -> tuple[dt.date, str] | None:
    """A date stamp line: "Published November 1, 2024", "Nov. 20, 2024", "2024-11-21 19:55:29 -
    From: Shafaq News", "Updated: 12 March 2025 14:05 GMT". Returns the date and the stamp kind
    ("published" or "updated"); None when the line is prose that merely contains a date."""
    if len(line) > STAMP_MAX:
        return None
    if line[:1] in "|•·":
        # the separator left when a page's author <span> before it was read apart:
        # "| Published November 6, 2024"
        line = line.lstrip("|•· ")
    elif line[:1] == "(" and line.rstrip()[-1:] == ")" and line[1:10].casefold().startswith(("published", "first published")):
        # the stamp as a footnote under the text: "(Published 08 September 2025, 23:58 IST)"
        line = line.strip()[1:-1]
    if "day" in line:
        # an accessible duplicate glued to the short form: "Thu 13 NovThursday 13 November 2025"
        line = _GLUED_SHORT.sub("", line)
    found = find_date(line)
    if not found:
        return None
    date, m = found
    before, after = line[:m.start()], line[m.end():]
    if not _BEFORE.fullmatch(before):
        return None
    if after[:1].isalnum() and (again := find_date(after)) and not again[1].start() and again[0] == date:
        # the date again, glued on: "27 Jan 202527 Jan 2025", "06/29/2024June 29, 2024"
        after = after[again[1].end():]
    if "Updated" in after or "Last" in after:
        # "9:41 AM GMTUpdated", "12.10 CETLast modified on ...": the zone ends before it
        after = after.replace("Updated", " Updated").replace("Last", " Last")
    if " by " in after or " By " in after:
        # the writer last ("... at 10:05 am by Jane Doe"): off before the clock, whose zone
        # letters would take "by" for a zone
        after = _BY_AFTER.sub("", after)
    if after[:1] == "." and m.groupdict().get("sep") == "." and after[1:2] in ("", " "):
        after = after[1:]   # "25.09.2023. 08:14": the ordinal dot closing a dotted date
    t = _TIME_RE.match(after)
    if t:
        after = after[t.end():]
    elif m_ := _MERIDIEM.match(after):
        after = after[m_.end():]        # "2025-09-04 10:32 a.m.": the clock read with the date
    if not _AFTER.fullmatch(after.strip()):
        return None
    kind = "updated" if _UPDATED.search(before) else "published"
    return date, kind


def stamp_author(line: str) -> list[str] | None:
    """The author a stamp names before its date: "Jane Doe | 13.03.2025 - Update: 13.03.2025"."""
    found = find_date(line)
    if not found or not stamp_date(line):
        return None
    before, after = line[:found[1].start()], line[found[1].end():]
    m = _AUTHOR.match(before)
    if m:
        return [m.group("author").strip()]
    b = _BEFORE.fullmatch(before)
    if b and b.group("posted"):
        return [b.group("posted").split(None, 2)[2].strip()]    # "Posted by A and B on <date>"
    by = _BY_AFTER.search(after)
    return [by.group("names").strip()] if by else None


_MONTH_ANY = _MONTH.replace("?P<month>", "?:")
_UNDATED = re.compile(rf"(?:{_WEEKDAY})?(?:{_MONTH_ANY}\s+\d{{1,2}}{_ORD}|\d{{1,2}}{_ORD}\s+{_MONTH_ANY})"
                      rf"(?:,?\s*{_CLOCK})?", re.I)


_RELATIVE = re.compile(r"(?:(?:first\s+)?(?:published|posted|updated)\s*:?\s*)?(?:\d{1,3}|an?|one)\s+"
                       r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago", re.I)


def undated_stamp(line: str) -> bool:
    """A stamp with no year ("March 8", "Tue 4 March, 10:05") or relative to an unknown moment
    ("Published 4 hours ago"): metadata, but no date to give."""
    line = line.strip()
    return len(line) <= UNDATED_MAX and (_UNDATED.fullmatch(line) is not None or _RELATIVE.fullmatch(line) is not None)


_URL_DATE = [
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})(?:/|$)"),
    re.compile(r"[/_-](?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})(?:[/_-]|$)"),
    # "/20241120/", "/africa/20241028-boko-haram-attack-..."
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<mnum>[01]\d)(?P<day>[0-3]\d)(?:[/_-]|$)"),
    # the day first or the month first ("/15/10/2025/"): only when one reading alone is a date
    # (``_from_match``: "/03/04/2025/" tells neither)
    re.compile(r"/(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})(?:/|$)"),
]


def url_date(url: str | None) -> dt.date | None:
    """A date written into a URL path (/2024/11/20/, -2024-11-20-, /20241120/)."""
    if not url:
        return None
    for pattern in _URL_DATE:
        m = pattern.search(url)
        if m:
            d = _from_match(m)
            if d:
                return d
    return None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAYNAME = r"(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
# the day of the report itself: "the military said on Tuesday", "told reporters on Tuesday",
# "officials on Tuesday said"
_REPORT_DAY = re.compile(
    rf"\b(?:said|says|told|announced|reported|confirmed|stated|added|declared)\b[^.;\"“”]{{0,50}}?\bon\s+{_DAYNAME}\b"
    rf"|\bon\s+{_DAYNAME.replace('wd', 'wd2')}\s+(?:said|told|announced|reported|confirmed|stated|declared)\b"
    # the wire style without "on": "the government said Monday"
    rf"|\b(?:said|announced|reported|confirmed|stated|declared)\s+{_DAYNAME.replace('wd', 'wd3')}\b", re.I)
_YEAR_SEARCH = 12       # any weekday and month-day meet within this many years


def report_weekday(text: str) -> int | None:
    """The weekday (0 = Monday) on which the text says its report was made, if it says."""
    m = _REPORT_DAY.search(text)
    if not m:
        return None
    return _WEEKDAYS.index((m.group("wd") or m.group("wd2") or m.group("wd3")).lower())


def year_for(month: int, day: int, weekday: int | None, clock: dt.date) -> dt.date | None:
    """The date of a month-day without its year: the latest year, not after ``clock``, in which
    it falls on ``weekday`` (when the text names one), else the latest date not after ``clock``."""
    for year in range(clock.year, clock.year - _YEAR_SEARCH, -1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue            # 29 February of a common year
        if date <= clock and (weekday is None or date.weekday() == weekday):
            return date
    return None


# A wire dateline's month-day with no year anywhere to fix it ("BANGKOK, Nov 14 -"): the
# document stays undated, its basis keeps the month-day, and the corpus step gives it the year of
# its story-mates (or of the corpus), never the year of the machine's clock.
YEARLESS_BASIS = "dateline month-day without a year"
_YEARLESS = re.compile(re.escape(YEARLESS_BASIS) + r": (\d\d)-(\d\d)$")


def yearless_basis(month: int, day: int) -> str:
    return f"{YEARLESS_BASIS}: {month:02d}-{day:02d}"


def yearless_month_day(basis: str | None) -> tuple[int, int] | None:
    """The month-day a ``yearless_basis`` holds."""
    m = _YEARLESS.match(basis or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The month-day in the year that puts it nearest ``anchor`` (the year before or after when
    the anchor sits across New Year from it)."""
    found = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue            # 29 February of a common year
    return min(found, key=lambda d: abs((d - anchor).days)) if found else None


_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?P<year>(?:19|20)\d{2})(?!\s*[-–]\s*\d)", re.I)


def copyright_year(text: str) -> int | None:
    """The year of a page's copyright line ("© 2025 AFP"), the last one on the page."""
    if "©" not in text and "opyright" not in text and "(c)" not in text.lower():
        return None
    found = _COPYRIGHT.findall(text)
    return int(found[-1]) if found else None
