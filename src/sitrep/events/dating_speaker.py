"""A speaker's next statement in the paragraph after the one that dated them.

"Junta spokesman Zaw Min Tun told state media on Monday that ..." then a new paragraph, "Zaw Min
Tun also accused the rebels of ...": wire copy splits one briefing over several paragraphs, each
opening with the speaker's name again. The accusation was made when the speaker spoke (the
saying time of the paragraph above), not on the report's day. Only a verbal act whose sentence
opens with the same name the previous paragraph's saying clause gives, and only across one
paragraph break, takes that time: anything looser would carry a briefing's day onto new news.
"""
from __future__ import annotations

import bisect
import re

from sitrep.events import timescope
from sitrep.model import TimeExpr

# the name a sentence opens with: two to four capitalised words ("Zaw Min Tun", "Khine Thu Kha"),
# after an optional list bullet
_OPENING_NAME = re.compile(r"[ \t]*(?:[-•*–][ \t]+)?((?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+)\b")
# how far before the saying time its speaker's name may stand ("X, the group's spokesman, said in
# a statement on Wednesday")
_SPEAKER_SPAN = 160
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
_SAYING = re.compile(r"\b(?:said|told|stated|announced|added|wrote)\b[^.!?\"“”]{0,40}$")


def speaker_time(text: str, times: list[TimeExpr], tstarts: list[int], s_start: int, start: int) -> TimeExpr | None:
    """The saying time of the paragraph just above the sentence at ``s_start`` when the sentence
    opens (before its act at ``start``) with the name that paragraph's speaker bears."""
    # (a quotation's act may start inside the sentence, at its quote: its sentence is the one
    # that opens the paragraph, with no sentence end before the act)
    para = text.rfind("\n", 0, s_start)
    if para < 0 or _SENTENCE_END.search(text, para + 1, s_start) is not None:
        return None                   # the sentence does not open its paragraph
    m = _OPENING_NAME.match(text, para + 1, max(start, s_start))
    if m is None:
        return None
    j = para
    while j > 0 and text[j - 1] in "\n \t":
        j -= 1                        # the previous paragraph's last character
    if j == 0:
        return None
    lo = text.rfind("\n", 0, j) + 1
    name = m.group(1)
    i = bisect.bisect_left(tstarts, para) - 1
    while i >= 0 and times[i].start >= lo:
        t = times[i]
        k = text.find(name, max(lo, t.start - _SPEAKER_SPAN), t.start)
        # ("X, the group's spokesman, said in a statement on Wednesday": the saying verb may stand
        # further from its time than ``timescope.saying_time`` allows)
        if k >= 0 and (timescope.saying_time(text, t) or _SAYING.search(text, k, t.start) is not None):
            return t
        i -= 1
    return None


def in_reported_speech(text: str, t: TimeExpr) -> bool:
    """Whether ``t`` stands inside what a sentence reports someone said, after the saying verb
    ("the spokesman, who said the attack of April 17 hit two posts"): it dates the reported act,
    not the saying, so a later statement told with no time of its own does not take it. A time
    right after the verb ("said on Thursday") is the saying's own (``timescope.saying_time``)."""
    if timescope.saying_time(text, t):
        return False
    lo = max(0, t.start - 240)
    for m in _SENTENCE_END.finditer(text, lo, t.start):
        lo = m.end()
    lo = max(lo, text.rfind("\n", lo, t.start) + 1)
    return timescope.attributed_before(text, lo, t.start)
