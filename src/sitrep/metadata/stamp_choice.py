"""Which of a page's date stamps dates the article, and whether a paragraph is a standfirst.

A page holds many stamps: the site's date of the day above the headline, the article's stamp
under it (sometimes an "Updated" one beside a "Published" one), and the stamps of the related
stories listed below the text. ``publication_stamp`` picks the article's.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sitrep.clean.lines import TITLE, Line


_SITE_DAY_GAP = 12  # non-blank lines between a stamp and the headline: a site's menus stand between
_UPDATE_DAYS = 1   # an update the day after its publication: the same story
_PAIRED = 6        # an "Updated" stamp and its "Published" one stand within a few lines


def publication_stamp(lines: Sequence[Line], stamps: list[tuple[dt.date, str, int]]) -> tuple[dt.date, str] | None:
    """The stamp that dates the article, of (date, kind, line) stamps in page order. A stamp above
    the headline is the site's date of the day when one stands under the headline too; under it,
    the first stamp is the article's (those further down date related stories), unless it is an
    update stamp whose publication stamp stands right beside it. Without a headline, the first
    publication stamp, else the first update stamp. None when the only stamps are the site's
    date of the day, far above the headline across its menus: that dates the visit, not the
    article (an unstated date stays null)."""
    title = next((k for k, line in enumerate(lines) if line.label == TITLE), None)
    if title is None:
        return next(((d, kind) for d, kind, _ in stamps if kind == "published"), stamps[0][:2])
    below = [s for s in stamps if s[2] > title] or [s for s in stamps if not _site_day(lines, s[2], title)]
    if not below:
        return None
    date, kind, at = below[0]
    if kind != "published":
        paired = next((s for s in below[1:] if s[1] == "published" and s[2] - at <= _PAIRED), None)
        if paired is not None:
            return paired[:2]
        # "Last Updated: 9 Sept" under the headline, "(Published 8 Sept)" under the text: the
        # publication a day or less before its update is the article's, wherever it stands
        first = next((s for s in below[1:] if s[1] == "published" and s[0] <= date), None)
        if first is not None and (date - first[0]).days <= _UPDATE_DAYS and _footnote(lines[first[2]].text):
            return first[:2]
    return date, kind



_STANDFIRST_MAX = 220


def standfirst(paragraph: str) -> bool:
    """A one-sentence paragraph short enough to be a standfirst."""
    text = paragraph.strip()
    return len(text) <= _STANDFIRST_MAX and text[-1:] in ".!?" and text.count(". ") == 0


def _site_day(lines: Sequence[Line], at: int, title: int) -> bool:
    """Whether the stamp on line ``at`` is the site's date of the day: many lines (its menus)
    stand between it and the headline, so it heads the site, not the article."""
    return sum(1 for line in lines[at + 1:title] if line.text.strip()) > _SITE_DAY_GAP


def _footnote(text: str) -> bool:
    """A stamp in brackets under the text ("(Published 8 September 2025)"): the article's own,
    where a related story's stamp stands bare under its headline."""
    t = text.strip()
    return t[:1] == "(" and t[-1:] == ")"
