"""The headline found from the byline block up, when the page's first "prose" line comes before
it: a long photo caption over the headline ("Revelers celebrate the solstice at Stonehenge. ..."),
a headline that is two short sentences ("Aid is slow. It need not be."). ``headline`` looks for
headline-shaped lines above the first prose line and finds none there.

The article's head is then: a section label, the headline, maybe a standfirst, then the byline
or the date stamp. Reading up from that first byline or stamp, the line right above it is the
headline, or, when it is a standfirst (a long sentence), the line above that one.
"""
from __future__ import annotations

from collections.abc import Sequence

from sitrep.clean.lines import BODY, META, Line

_SCAN = 60              # the page's head: a byline further down credits a related story
_HEAD_MAX_CHARS = 200   # a headline is one short line
_HEAD_MAX_WORDS = 30
_HEAD_MIN_WORDS = 3     # "Science", "Music Awards": a section label, no headline
_STANDFIRST_MIN = 90    # a line this long right over the byline is a standfirst
_BY_WORDS = frozenset(("by", "by:", "written by", "words by"))
_READS = ("byline", "date stamp", "bare byline", "split byline", "byline label", "dated byline", "pipe byline",
          "role byline", "date stamp (no year)")


def _headline_like(text: str) -> bool:
    words = text.split()
    return (len(text) <= _HEAD_MAX_CHARS and _HEAD_MIN_WORDS <= len(words) <= _HEAD_MAX_WORDS
            and (text[0].isupper() or text[0].isdigit()) and text[-1] not in ":,;" and not text.isupper())


def over_byline(lines: Sequence[Line]) -> int | None:
    """The headline's line index read up from the first byline or stamp, or None."""
    meta = next((k for k, line in enumerate(lines[:_SCAN]) if line.label == META and line.reason in _READS), None)
    if meta is None:
        return None
    filled = [k for k in range(meta - 1, -1, -1) if lines[k].text.strip()]
    # "By" / "Jane Doe-Roearchive page" over the stamp: a byline the rules could not read
    if filled and lines[filled[0]].text.strip().casefold() in _BY_WORDS:
        filled = filled[1:]
    elif len(filled) > 1 and lines[filled[1]].text.strip().casefold() in _BY_WORDS:
        filled = filled[2:]
    above = filled[:2]
    if not above or any(lines[k].label != BODY for k in above[:1]):
        return None
    first = lines[above[0]].text.strip()
    if len(first) >= _STANDFIRST_MIN:
        # a long sentence right over the byline is a standfirst, or the text itself when no
        # shorter headline stands above it
        if len(above) < 2 or lines[above[1]].label != BODY:
            return None
        second = lines[above[1]].text.strip()
        return above[1] if _headline_like(second) and len(second) < len(first) else None
    return above[0] if _headline_like(first) else None
