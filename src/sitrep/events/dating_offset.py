"""Acts in an "N units after/before" clause: which time they are measured from.

"A drone strike killed three people on Monday, two weeks after the PKK declared a ceasefire": the
ceasefire lies two weeks before Monday, never on Monday. The main clause's time, stated before
the offset phrase, is the reference the clause's act is measured from; it is not the act's own
time. "More than two weeks after" gives no day at all: the interval is vague.

"The attack came three days after the premier announced that troops had killed the group's
leader": an act reported in the complement of a saying verb inside the clause is dated with the
announcement (it happened by then), as a coder dates a reported act by its report.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from sitrep.events.dating_times import event_date
from sitrep.events.dating_week import day as _day
from sitrep.knowledge import load
from sitrep.model import TimeExpr

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
_WINDOW = 240                 # how far before the act an offset phrase is looked for


class Offset(NamedTuple):
    """An offset phrase before an act: where it starts, where its "after"/"before" ends, and the
    signed interval (count 0: vague) by which the act lies after (+) the reference time."""

    start: int
    anchor: int
    count: int
    unit: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = load("time_words.json")
    approx = sorted((e["word"] for e in words if e.get("kind") == "interval_approximator"), key=len, reverse=True)
    says = sorted({e["word"] for e in words if e.get("kind") == "report_verb"}, key=len, reverse=True)
    count = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,2})"
    qual = r"(?:(" + "|".join(re.escape(w) for w in approx) + r")\s+)?" if approx else r"()"
    head = r"(?<![\w-])" + qual + count + r"\s+(day|week|month|year)s?\s+(after|before)\s+"
    # the clause's words: no clause break, but a quoted name ("the “White Army” overran") is a name
    word = r"(?:[^,;:.!?\"“”]|[\"“][^,;:.!?\"“”]{1,40}[\"”])"
    # the act in the clause itself: no clause break between the phrase and the act; an appositive
    # set off by commas may stand on its subject ("three days after the White Army, a militia
    # drawn from the Nuer, overran a garrison"): it describes the subject, it ends no clause
    # (never a source's aside, ", the army said, and killed": a saying verb ends it; nor a
    # conjunction after it, which opens the next clause)
    saying = r"(?![^,;:.!?]*\b(?:" + "|".join(re.escape(w) for w in says) + r")\b)" if says else ""
    plain = re.compile(head + word + r"{0,60}?(?:,\s+" + saying + r"(?:an?|the|which|who|whose)\s+"
                       r"[^,;:.!?\"“”]{1,100},\s+(?!(?:and|but|or|then|while)\b)" + word + r"{0,40}?)?$", re.I)
    # the act in the complement of a saying verb of the clause ("after X announced that ...")
    reported = re.compile(head + r"[^,;:.!?\"“”]{0,60}?\b(?:" + "|".join(re.escape(w) for w in says)
                          + r")\s+(?:that\s+)?(?:[^;:.!?\"“”]|\.(?=[\w-])){0,140}?$", re.I) if says else plain
    return plain, reported


def offset_clause(text: str, s_start: int, start: int) -> Offset | None:
    """The "N units after/before" phrase whose clause holds the act at ``start``, in a sentence
    starting at ``s_start``; None when there is none, or when it opens the sentence ("Two weeks
    after X attacked, Y ...": a fronted clause dates the main act, which the caller handles)."""
    lo = max(s_start, start - _WINDOW)
    if text.find(" after ", lo, start) < 0 and text.find(" before ", lo, start) < 0:
        return None
    plain, reported = _patterns()
    m = plain.search(text, max(s_start, start - 90), start) or reported.search(text, lo, start) \
        or plain.search(text, max(s_start, start - 220), start)      # (an appositive: a longer clause)
    if m is None or not text[s_start:m.start()].strip(" \t\n\"“'‘-—•*"):
        return None
    word = m.group(2).lower()
    n = int(word) if word.isdigit() else _COUNTS.get(word)
    anchor = m.end(4)
    if n is None or m.group(1):
        return Offset(m.start(), anchor, 0, m.group(3).lower())
    return Offset(m.start(), anchor, -n if m.group(4).lower() == "after" else n, m.group(3).lower())


def shift_from(base: TimeExpr | None, shift: tuple[int, str],
               basis: str) -> tuple[str | None, str | None, str | None]:
    """(date, text, basis) of an act ``shift`` (count, unit) after the time ``base``: "a week after"
    is seven days, as a day (within the day either side a coder allows); two weeks and more are
    rounder figures, kept to their month; years give nothing."""
    value = event_date(base) if base is not None else None
    n, unit = shift
    if value is None or n == 0 or unit == "year":
        return None, None, None
    if unit == "month":
        y, m = int(value[:4]), int(value[5:7]) - 1 + n
        return f"{y + m // 12:04d}-{m % 12 + 1:02d}", base.text, basis
    day = _day(value)
    if day is None:
        return None, None, None
    moved = day + dt.timedelta(days=n * (7 if unit == "week" else 1))
    exact = unit == "day" or (unit == "week" and abs(n) == 1)
    return (moved.isoformat() if exact else moved.isoformat()[:7]), base.text, basis


def shift_from_report(published: str, shift: tuple[int, str], basis: str) -> tuple[str | None, None, str]:
    """(date, no text, ``basis``) of an act ``shift`` after a main clause nothing dates: "The arrests
    came two days after the president accused ...". The main clause's act is the report's news, on
    or just before the report's day; the act it is measured from lies the interval before that,
    never on the report's day itself (where the report's day as a fallback would put it). The date
    is inferred from the publication day, and ``basis`` says so (the merge sees no stated time)."""
    return shift_from(TimeExpr(0, 0, "", published[:10], "day"), shift, basis)[0], None, basis
