"""Headline-shaped lines that read otherwise: a headline that asks or exclaims reads as a
sentence of text, and a ticker's "BREAKING NEWS: ..." line reads as a headline.

Split out of ``headline`` (which chooses among the headline-shaped lines above the text).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep import knowledge
from sitrep.clean.lines import BODY, CHROME, META, Line
from sitrep.clean.zones import looks_like_headline

_ASKED_WORDS = 25         # a headline that asks or exclaims is short; a sentence of text runs on
_ASKED_LEN = 200
_ASKED_GAP = 3            # non-blank lines from it to the byline: a standfirst may stand between


def question_headline(lines: Sequence[Line], prose: int) -> bool:
    """Whether the first "prose" line is the headline: a short line ending like a sentence ("How
    Did the Front Collapse?", "Four killed in Velmora crash!", "Aid is slow. It need not be.")
    reads as text, but a byline or a date stamp a line or two under it (a standfirst between)
    shows it heads the article."""
    if prose >= len(lines):
        return False
    text = lines[prose].text
    if len(text) > _ASKED_LEN or len(text.split()) > _ASKED_WORDS or text[-1:] not in ".?!" or text[0].islower():
        return False
    below = [k for k in range(prose + 1, min(len(lines), prose + 12)) if lines[k].text.strip()][:_ASKED_GAP]
    return any(lines[k].label == META and lines[k].reason != "credit line" for k in below)


@lru_cache(maxsize=1)
def _ticker() -> re.Pattern[str]:
    cues = sorted(knowledge.wordlist("ticker_cues.txt"), key=len, reverse=True)
    alt = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) or "(?!)"
    return re.compile(rf"(?:{alt})\s*[:|–—-]\s*\S", re.I)


def mark_ticker(lines: Sequence[Line], top: int, prose: int) -> None:
    """A ticker line ("BREAKING NEWS: Talks collapse in Doha") right above another headline-shaped
    line is the site's ticker, not the headline. A headline may open with "BREAKING:" itself: with
    a stamp, a byline or the prose under it, it stays."""
    for i in range(top, prose):
        line = lines[i]
        if line.label != BODY or len(line.text) > 160 or not _ticker().match(line.text):
            continue
        nxt = next((k for k in range(i + 1, prose) if lines[k].text), None)
        if nxt is not None and lines[nxt].label == BODY and looks_like_headline(lines[nxt].text) \
                and not _ticker().match(lines[nxt].text):
            line.mark(CHROME, "ticker")
