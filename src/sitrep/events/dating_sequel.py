"""Acts told as a sequel of the previous one ("Hours later, the rebels fired ...", "Days later, ...").

A same-day opener anchors the act to the narrative's last stated day, even when that day was stated
paragraphs above (a wire story states the strike's day in its lead, then tells reactions and the
counter-attack "hours later" several paragraphs down). ``Clock.context`` refuses a time across a
paragraph break; the opener is the explicit link that makes the crossing safe.
A days-later opener ("Days later, the authorities imposed a state of emergency") says only that the
act came within a week of the last stated time: the act takes that time's month when the whole week
lies in it (a stated month, or a day early enough in its month), never the report's own day."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from sitrep.events.dating_times import event_date
from sitrep.knowledge import load
from sitrep.model import TimeExpr


# how many days "days later" may reach past its anchor: a few days, a week at most
_DAYS_REACH = 7


@lru_cache(maxsize=2)
def _opener(kind: str = "same_day_sequel") -> re.Pattern[str]:
    words = sorted((e["word"] for e in load("time_words.json") if e.get("kind") == kind),
                   key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!)"
    # only at the sentence's opening (after quotes/bullets), followed by a comma or the clause
    return re.compile(r"[\s\"“'‘\-—•*]*(?:" + alts + r")\b(?!\s+(?:than|on|in)\b)", re.I)


def _time_before(kind: str, text: str, times: list[TimeExpr], tstarts: list[int],
                 s_start: int) -> tuple[TimeExpr, str | None] | None:
    """The last time stated before a sentence that opens with a sequel of ``kind``, and its event
    date; None when the sentence opens otherwise or no time came before it."""
    if not _opener(kind).match(text, s_start, min(len(text), s_start + 40)):
        return None
    i = bisect.bisect_left(tstarts, s_start) - 1
    return (times[i], event_date(times[i])) if i >= 0 else None


def sequel_time(text: str, times: list[TimeExpr], tstarts: list[int], s_start: int,
                published: str | None) -> TimeExpr | None:
    """The day a sentence opening with a same-day sequel ("Hours later,") happened on: the last
    time stated before it, if that is a day not after the report (a month, a period or a
    background year says nothing of which day the previous act fell on: no date)."""
    found = _time_before("same_day_sequel", text, times, tstarts, s_start)
    if found is None:
        return None
    t, value = found
    if t.granularity != "day" or not value or len(value) != 10:
        return None
    if published and value > published[:10]:
        return None                   # a day still to come is not when the previous act happened
    return t


def days_sequel_time(text: str, times: list[TimeExpr], tstarts: list[int], s_start: int,
                     published: str | None) -> TimeExpr | None:
    """The month of a sentence opening with a days-later sequel ("Days later,"): the last time
    stated before it, as a month, when that is a month, or a day whose following week stays in its
    month, not after the report. None otherwise (the act may fall in the next month)."""
    found = _time_before("days_sequel", text, times, tstarts, s_start)
    if found is None:
        return None
    t, value = found
    if not value or t.granularity not in ("day", "month"):
        return None
    if published and value[:7] > published[:7]:
        return None                   # a time still to come is not when the previous act happened
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        if (day + dt.timedelta(days=_DAYS_REACH)).month != day.month:
            return None
    elif len(value) != 7:
        return None
    return replace(t, value=value[:7], granularity="month", end_value=None, basis="sequel: month")
