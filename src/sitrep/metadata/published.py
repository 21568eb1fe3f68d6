"""The publication date of one article: a structured hint, a stamp in its text, its URL, a
stamp of unstated day-month order, or its dateline.

Split out of ``extract`` (the picking of the other fields stays there); the order of the evidence
is the same: explicit statements before inference, and an unstated date stays None.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sitrep.clean.lines import META, Line
from sitrep.metadata.dated_bylines import DATED_BYLINE, dated_byline_stamp
from sitrep.metadata.dateline import Dateline, place_date
from sitrep.metadata.dates import (copyright_year, epoch_placeholder, parse_date, report_weekday, stamp_date, url_date,
                                   year_for, yearless_basis)
from sitrep.metadata.headers import DATE as EMAIL_DATE, dated_credit, header_date, masthead
from sitrep.metadata.pipes import pipe_byline
from sitrep.metadata.slash_dates import resolve_stamp
from sitrep.metadata.publisher import top_link_date
from sitrep.metadata.stamp_choice import publication_stamp as _publication_stamp
from sitrep.model import RawArticle

# a stamp whose day-month order the line leaves open ("Published on 09/07/2024"): the page decides
AMBIGUOUS_STAMP = "date stamp (order unstated)"


def _pick_published(raw: RawArticle, lines: Sequence[Line], body_text: str = "",
                    lede: str | None = None, outlet: str | None = None) -> tuple[str | None, str | None]:
    hinted = parse_date(raw.published)
    if hinted and not epoch_placeholder(hinted):
        return hinted.isoformat(), raw.hint_basis.get("published", "structured field")
    stamps = [(*s, k) for k, line in enumerate(lines) if line.label == META and (
        line.reason == "date stamp" and (s := stamp_date(line.text))
        or line.reason == "place and date" and (s := _place_date_stamp(line.text))
        or line.reason == "dated credit" and (s := _dated(_credit_date(line.text)))
        or line.reason == EMAIL_DATE and (s := _dated(header_date(line.text)))
        or line.reason == "masthead" and (s := _dated(_masthead_date(line.text)))
        or line.reason == "pipe byline" and (s := _dated(_pipe_date(line.text)))
        or line.reason == DATED_BYLINE and (s := dated_byline_stamp(line.text)))
        and not epoch_placeholder(s[0])]
    if stamps and (chosen := _publication_stamp(lines, stamps)):
        date, kind = chosen
        return date.isoformat(), "stamp in text" if kind == "published" else "update stamp in text"
    from_url = url_date(raw.url)
    if from_url:
        return from_url.isoformat(), "url"
    if from_line := top_link_date(lines):
        return from_line.isoformat(), "url line in text"
    # the wire's lede opens with its dateline (a caption kept above it is no lede)
    lede = lede or (body_text[:body_text.find("\n\n")] if "\n\n" in body_text else body_text[:1500])
    for line in lines:
        if line.label == META and line.reason == AMBIGUOUS_STAMP and (
                found := resolve_stamp(line.text, raw.text, lede, outlet)):
            return found[0].isoformat(), found[1]
    return None, None


def _dateline_date(dateline: Dateline, body_text: str, raw_text: str) -> tuple[str | None, str | None]:
    """The date a dateline gives ("ABUJA, March 4 (Reuters) -"): in full when it has a year;
    without one, the year is inferred from the weekday the text gives its report ("the army
    said on Tuesday") or the page's copyright year; else it stays undated, the month-day kept in
    its basis for the corpus step to date (``picture.infer_dates``)."""
    month, day = dateline.month_day or (0, 0)
    if dateline.year:
        try:
            return dt.date(dateline.year, month, day).isoformat(), "dateline"
        except ValueError:
            return None, None
    # the report's weekday in the lede, where the wire states it ("the army said on Tuesday"); a
    # weekday further down is more often an earlier statement ("told parliament on Wednesday")
    lede = body_text[:body_text.find("\n\n")] if "\n\n" in body_text else body_text[:1500]
    weekday = report_weekday(lede)
    clock = dt.date.today()
    basis = "inferred: dateline month-day, report weekday"
    if weekday is None:
        # a page's copyright year is its year of publication; without one the year is unknown
        # here (the machine's clock says when we read the page, not when it was written): the
        # corpus step takes it from the story-mates (``yearless_basis``)
        year = copyright_year(raw_text)
        if not year or year > clock.year:
            return None, yearless_basis(month, day)
        clock = min(clock, dt.date(year, 12, 31))
        basis = "inferred: dateline month-day, copyright year"
    date = year_for(month, day, weekday, clock)
    if date is None:
        return None, None
    return date.isoformat(), basis


def _dated(date: dt.date | None) -> tuple[dt.date, str] | None:
    return (date, "published") if date else None


def _credit_date(text: str) -> dt.date | None:
    found = dated_credit(text)
    return found[1] if found else None


def _masthead_date(text: str) -> dt.date | None:
    found = masthead(text)
    return found[1] if found else None


def _pipe_date(text: str) -> dt.date | None:
    found = pipe_byline(text)
    return found.date if found else None


def _place_date_stamp(text: str) -> tuple[dt.date, str] | None:
    found = place_date(text)
    return (found[1], "published") if found else None
