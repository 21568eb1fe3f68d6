"""A picture's caption over its credit at the head of an article: "Riot police detain a protester
on Rustaveli Avenue." / "Photo: RFE/RL". The credit line is chrome already; the sentence over it
reads as the article's first paragraph unless it stands where the page's head still is (under the
share buttons, above the byline or the stamp).
"""
from __future__ import annotations

from collections.abc import Sequence

from sitrep.clean.header_names import credit_line, neighbour, next_filled
from sitrep.clean.lines import BODY, CHROME, META, TITLE, Line

_CAPTION_MAX = 300
_WORDS_MIN = 4
_HEAD_SCAN = 40     # lines from the top: a caption this far down sits in the article's text


def mark_head_captions(lines: Sequence[Line]) -> None:
    """Label as a caption a sentence over a picture's credit line in the page's head: under the
    headline's page chrome, or above the byline or the date stamp."""
    titled = False
    for i, line in enumerate(lines[:_HEAD_SCAN]):
        if line.label == TITLE:
            titled = True
            continue
        if not titled or line.label != BODY:
            continue
        text = line.text.strip()
        if len(text) > _CAPTION_MAX or len(text.split()) < _WORDS_MIN:
            continue
        below = next_filled(lines, i, 1)
        if below is None or not credit_line(lines[below]):
            continue
        above = neighbour(lines, i, -1)
        after = neighbour(lines, below, 1)
        under_chrome = above is not None and above.label in (CHROME, META, TITLE)
        over_meta = after is not None and after.label == META
        if under_chrome or over_meta:
            line.mark(CHROME, "photo caption")
