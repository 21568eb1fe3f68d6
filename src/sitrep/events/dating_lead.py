"""The lead paragraph's time, and the acts that lean on it.

Wire copy states the incident's time once, in its one-sentence lead ("Militants stormed a police
station ... late on Friday, police said"), and the next paragraph retells the same incident with
no time of its own ("About 20 fighters attacked the station ..., adding that three attackers were
killed"). A later sentence measures another act from the incident ("The attack came four days
after airstrikes in ..."). Both take the lead's time. The lead also shows how the writer names
the report's own day: "said on Tuesday" in a lead filed on a Tuesday names today by its weekday,
so another "on Tuesday" in the text is today too, never last week's Tuesday.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from sitrep.events import timescope
from sitrep.knowledge import load
from sitrep.model import TimeExpr

_STOPS = (".", "!", "?")
_CLOSERS = "\"”’')"
_LINE_MIN = 60                  # a lead is a sentence of prose, not a caption or a stamp
# "The attack came four days after ...": a short definite subject that names the story's incident
_REFER_BACK = re.compile(r"\s*(?:the|this|that|its|it)\b[^,;:.!?\"“”]{0,40}$", re.I)


def lead_span(text: str, head: int) -> tuple[int, int] | None:
    """[start, end) of the lead paragraph: the line the dateline ends in (``head`` > 0), when it
    holds one sentence of prose ending in a full stop; None otherwise (no dateline: no wire lead)."""
    if head <= 0:
        return None
    lo = text.rfind("\n", 0, head) + 1
    hi = text.find("\n", head)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi].rstrip().rstrip(_CLOSERS)
    if hi - lo < _LINE_MIN or line[-1:] not in _STOPS:
        return None
    # one sentence: no full stop followed by a capital inside the body of the lead
    body = text[head:hi].rstrip().rstrip(_CLOSERS)[:-1]
    if re.search(r"[.!?][\"”’']?\s+[A-Z]", body):
        return None
    return lo, hi


def next_paragraph(text: str, lead: tuple[int, int], pos: int) -> bool:
    """Whether ``pos`` lies in the first non-empty line after the ``lead`` paragraph."""
    lo = lead[1]
    while lo < len(text) and text[lo] in "\n \t":
        lo += 1
    hi = text.find("\n", lo)
    hi = len(text) if hi < 0 else hi
    return lo <= pos < hi


def lead_time(text: str, times: list[TimeExpr], tstarts: list[int], lead: tuple[int, int] | None,
              head: int) -> TimeExpr | None:
    """The lead's own time: its first time after the dateline that dates no statement."""
    if lead is None:
        return None
    stated = times[bisect.bisect_left(tstarts, max(lead[0], head)):bisect.bisect_left(tstarts, lead[1])]
    return next((t for t in stated if not timescope.saying_time(text, t)), None)


def names_today_by_weekday(text: str, times: list[TimeExpr], tstarts: list[int],
                           lead: tuple[int, int] | None, published: str | None) -> bool:
    """Whether the lead dates a statement by the weekday of the report's own day ("the hospital
    said on Tuesday", filed on a Tuesday): the writer names today by its weekday."""
    if lead is None or not published:
        return False
    for t in times[bisect.bisect_left(tstarts, lead[0]):bisect.bisect_left(tstarts, lead[1])]:
        if t.basis == "weekday" and (t.value or "")[:10] == published[:10] and timescope.saying_time(text, t):
            return True
    return False


def refers_back(text: str, s_start: int, offset_at: int) -> bool:
    """Whether the clause before an offset phrase ("The attack came | four days after") is a short
    definite subject and its verb: it measures from the story's incident."""
    m = timescope.offset_phrase(text, max(s_start, offset_at - 90), offset_at)
    return m is not None and _REFER_BACK.match(text, s_start, m.start()) is not None


def filed_today(times: list[TimeExpr], head: int, published: str | None) -> bool:
    """Whether the dateline (ending at ``head``) states the report's own day ("GAO, June 11 -" in
    a report of June 11): the copy is filed the day it tells of."""
    if head <= 0 or not published:
        return False
    return any(t.end <= head and t.granularity == "day" and (t.value or "")[:10] == published[:10]
               for t in times[:2])


# a month-day read as the nearer of two years with no tense cue, which fell after the report
_AHEAD_NEAREST = "month-day (future), nearest"


def past_day(value: str, basis: str | None, published: str | None) -> str:
    """The day a past act's month-day names: "flew him to El Paso on July 25" in a report of
    February is last year's July 25, which the time expression (read with no tense cue as the
    nearer of the two) put ahead of the report: a past act cannot lie after its report."""
    if not published or not (basis or "").startswith(_AHEAD_NEAREST) or value[:10] <= published[:10]:
        return value
    try:
        return dt.date(int(value[:4]) - 1, int(value[5:7]), int(value[8:10])).isoformat()
    except ValueError:
        return value


@lru_cache(maxsize=1)
def _directives() -> frozenset[str]:
    return frozenset(e["word"].lower() for e in load("time_words.json") if e.get("kind") == "directive_verb")


_TO_END = re.compile(r"\bto\s+(?:[\w'’-]+\s+)?$", re.I)
_WORDS = re.compile(r"[A-Za-z]+")


def directed(text: str, s_start: int, start: int) -> bool:
    """Whether the act at ``start`` is what a speaker ordered ("ordered the state's emergency agency
    to cater for the wounded", "directed the security agencies to beef up security"): the order is
    a verbal act, made when the speaker spoke, not a material act of an unstated day."""
    words = _directives()
    if not words:
        return False
    # the act is the order itself ("ordered the deployment of two battalions", "ordered the
    # armed forces to pursue the attackers", coded on the verb): a verbal act alike
    head = _WORDS.match(text, start)
    if head is not None and head.group().lower() in words:
        return True
    lo = max(s_start, start - 80)
    m = _TO_END.search(text, lo, start)
    if m is None:
        return False
    before = _WORDS.findall(text, lo, m.start())[-7:]
    return any(w.lower() in words for w in before)
