"""The agency credited in a dateline ("SANAA (AFP) -", "KYIV, March 3 (Reuters) —") is where a
report came from, not what it says: its words are left out of the sentence's words.

A brief re-filed by another agency, or a site's repost that credits the wire its editor took it
from, differs in that credit alone, and the credit is a name: left in, "(Reuters)" against "(AFP)"
is a swapped name in the lead, which the alignment takes for a template's other event (another
town, another commander) and turns the pair away.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# as ``lead_facts._DATELINE``: a place (and date) of at most 80 characters, a parenthesised credit,
# then a dash or colon
_CREDIT = re.compile(r"[ \t]*[^\W\d_][^\n()]{0,80}?\(([^()\n]{1,30})\)\s*[-–—:]")


def without_credit(text: str, start: int, end: int, words: list[str],
                   findall: Callable[..., list[str]]) -> list[str]:
    """``words`` (found by ``findall`` in ``text[start:end]``) without those of a dateline credit
    that opens the span; unchanged when it opens with none."""
    # most sentences hold no parenthesis near their start: one find before the regex
    if text.find("(", start, min(end, start + 90)) < 0:
        return words
    m = _CREDIT.match(text, start, end)
    if m is None:
        return words
    before = len(findall(text, start, m.start(1)))
    credit = len(findall(text, m.start(1), m.end(1)))
    return words[:before] + words[before + credit:]
