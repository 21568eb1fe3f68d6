"""The date a summary statement takes from the sentence that elaborates it.

"The rebels have denied the charge. In a statement on Sunday, their spokesman said ...": news
writing states a verbal act first as a present-perfect summary with no time, then retells it with
its medium and day in the very next sentence of the paragraph. The summary is that statement,
made that day, not the report's news of the publication day.

Also here, two other ways the text around an act dates it: a live blog's time-stamped entry is of
the blog's day (``live_entry_of_the_day``), and the when-clause of a since-phrase is the period's
opening act (``since_when_period``).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from sitrep.events import timescope
from sitrep.events.dating_times import event_date, nearest
from sitrep.events.lexicon import lexicon
from sitrep.model import TimeExpr

# the elaborating sentence names the statement's medium or speaks of saying (cue set
# ``statement_retelling``): a time in a sentence that only narrates another act ("On Sunday,
# troops shelled ...") is no retelling of the summary
@lru_cache(maxsize=1)
def _retells() -> re.Pattern:
    words = sorted(lexicon().words.get("statement_retelling", ()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
# how far into the next sentence its time may stand: the opening adverbial of the retelling
_OPENING = 80
_GAP = 3                  # a space or a closing quote mark before the next sentence


def elaborated_day(text: str, times: list[TimeExpr], tstarts: list[int], s_end: int,
                   published: str | None) -> TimeExpr | None:
    """The day time opening the sentence right after the summary sentence ending at ``s_end``, in
    the same paragraph, when that sentence retells a statement (``_RETELLS``); never a day after
    ``published``."""
    i = bisect.bisect_left(tstarts, s_end)
    if i >= len(times):
        return None
    t = times[i]
    if t.granularity != "day" or t.start - s_end > _OPENING + _GAP:
        return None
    if "\n" in text[s_end:t.start] or _SENTENCE_END.search(text, s_end + 1, t.start):
        return None           # another paragraph, or a sentence after the next one
    stop = text.find(".", t.end)
    if not _retells().search(text, s_end, stop if stop > 0 else len(text)):
        return None
    value = event_date(t)
    if value is None or (published and value > published[:10]):
        return None
    return t


# a live blog's entry heading opening the sentence's line: "11:45 - ", "09.10 GMT: "
_ENTRY_OPEN = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?[ \t]*)?(?:GMT|UTC|[A-Z]{2,4}T)?"
                         r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[-–—|:][ \t]")
# a line no longer than its date and this much more is a day heading ("Wednesday, 30 October")
_HEADING_SLACK = 15


def live_entry_of_the_day(text: str, times: list[TimeExpr], s_start: int) -> bool:
    """Whether the sentence at ``s_start`` opens a live-blog entry ("11:45 - the premier met the
    speaker") of a blog with no day headings before it: its entries are the blog's day, the
    report's, so an act the entry tells in the past with no time is of that day."""
    line = text.rfind("\n", 0, s_start) + 1
    m = _ENTRY_OPEN.match(text, line)
    if m is None or s_start > m.end():
        return False                  # no entry heading, or a later sentence of the entry
    for t in times:
        if t.start >= s_start:
            break
        lo, hi = text.rfind("\n", 0, t.start) + 1, text.find("\n", t.end)
        if (hi if hi >= 0 else len(text)) - lo <= len(t.text) + _HEADING_SLACK:
            return False              # a day heading: entries below it are of that day, not the report's
    return True


def since_when_period(text: str, periods: list[TimeExpr], pstarts: list[int], tstarts: list[int],
                      s_start: int, s_end: int, start: int, end: int) -> TimeExpr | None:
    """The since-period ("since July") whose when-clause ("..., when jets hit the port") holds the
    act [start, end): the act opened the period, whatever other time the sentence states
    ("Thursday's raids were the third since July, when ..."). None when the when-clause states a
    time of its own before the act (the act's own clause dates it then)."""
    p = nearest(periods, pstarts, s_start, s_end, start, end)
    if p is None or not timescope.since_when(text, p, start):
        return None
    j = bisect.bisect_left(tstarts, p.end)
    if j < len(tstarts) and tstarts[j] < start:
        return None
    return p
