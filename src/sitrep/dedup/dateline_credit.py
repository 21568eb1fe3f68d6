"""The agency credited in a dateline ("SANAA (AFP) -", "KYIV, March 3 (Reuters) —") is where a
report came from, not what it says: its words are left out of the sentence's words, and so is the
dateline's date.

A brief re-filed by another agency, or a site's repost that credits the wire its editor took it
from, differs in that credit alone, and the credit is a name: left in, "(Reuters)" against "(AFP)"
is a swapped name in the lead, which the alignment takes for a template's other event (another
town, another commander) and turns the pair away.

The dateline's date is the day the wire filed, not a fact of the incident: a rewrite that drops the
dateline ("PRISTINA, Sept 24 (Reuters) - ... early on Sunday" retold as "... in the early hours of
Sunday, killing one officer") would otherwise hold a figure ("24") and a name ("Sept") its lead
lacks, beside a count of its own ("one"): the swap of a figure and a name that marks another
incident. The incident's day, when the lead tells it, is in the lead's own words.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# as ``lead_facts._DATELINE``: a place (and date) of at most 80 characters, a parenthesised credit,
# then a dash or colon
_CREDIT = re.compile(r"[ \t]*[^\W\d_][^\n()]{0,80}?\(([^()\n]{1,30})\)\s*[-–—:]")
# the words of a dateline's date: a day or year, a month or its abbreviation ("Sept 24", "3 March 2024")
_DATE_WORD = re.compile(r"\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", re.I)


def without_credit(text: str, start: int, end: int, words: list[str],
                   findall: Callable[..., list[str]]) -> list[str]:
    """``words`` (found by ``findall`` in ``text[start:end]``) without those of a dateline credit
    that opens the span, nor those of the dateline's date; unchanged when it opens with none."""
    # most sentences hold no parenthesis near their start: one find before the regex
    if text.find("(", start, min(end, start + 90)) < 0:
        return words
    m = _CREDIT.match(text, start, end)
    if m is None:
        return words
    before = len(findall(text, start, m.start(1)))
    credit = len(findall(text, m.start(1), m.end(1)))
    head = words[:before]
    # a dateline is a place and a date: capitalised words and figures only ("WASHINGTON/KYIV, March 3");
    # a sentence that merely opens on a parenthesis ("Shelling hit at 3 a.m. (0100 GMT) -") keeps its words
    if all(w[:1].isupper() or w[:1].isdigit() for w in head):
        head = [w for w in head if not _DATE_WORD.fullmatch(w)]
    return head + words[before + credit:]
