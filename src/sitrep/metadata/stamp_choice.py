"""Which of a page's date stamps dates the article, and whether a paragraph is a standfirst.

A page holds many stamps: the site's date of the day above the headline, the article's stamp
under it (sometimes an "Updated" one beside a "Published" one), and the stamps of the related
stories listed below the text. ``publication_stamp`` picks the article's.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sitrep.clean.lines import TITLE, Line


_PAIRED = 6        # an "Updated" stamp and its "Published" one stand within a few lines


def publication_stamp(lines: Sequence[Line], stamps: list[tuple[dt.date, str, int]]) -> tuple[dt.date, str]:
    """The stamp that dates the article, of (date, kind, line) stamps in page order. A stamp above
    the headline is the site's date of the day when one stands under the headline too; under it,
    the first stamp is the article's (those further down date related stories), unless it is an
    update stamp whose publication stamp stands right beside it. Without a headline, the first
    publication stamp, else the first update stamp."""
    title = next((k for k, line in enumerate(lines) if line.label == TITLE), None)
    if title is None:
        return next(((d, kind) for d, kind, _ in stamps if kind == "published"), stamps[0][:2])
    below = [s for s in stamps if s[2] > title] or stamps
    date, kind, at = below[0]
    if kind != "published":
        paired = next((s for s in below[1:] if s[1] == "published" and s[2] - at <= _PAIRED), None)
        if paired is not None:
            return paired[:2]
    return date, kind



_STANDFIRST_MAX = 220


def standfirst(paragraph: str) -> bool:
    """A one-sentence paragraph short enough to be a standfirst."""
    text = paragraph.strip()
    return len(text) <= _STANDFIRST_MAX and text[-1:] in ".!?" and text.count(". ") == 0
