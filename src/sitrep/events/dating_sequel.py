"""Acts told as a same-day sequel of the previous one ("Hours later, the rebels fired ...").

Such an opener anchors the act to the narrative's last stated day, even when that day was stated
paragraphs above (a wire story states the strike's day in its lead, then tells reactions and the
counter-attack "hours later" several paragraphs down). ``Clock.context`` refuses a time across a
paragraph break; the opener is the explicit link that makes the crossing safe."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from sitrep.events.dating_times import event_date
from sitrep.knowledge import load
from sitrep.model import TimeExpr


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    words = sorted((e["word"] for e in load("time_words.json") if e.get("kind") == "same_day_sequel"),
                   key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!)"
    # only at the sentence's opening (after quotes/bullets), followed by a comma or the clause
    return re.compile(r"[\s\"“'‘\-—•*]*(?:" + alts + r")\b(?!\s+(?:than|on|in)\b)", re.I)


def sequel_time(text: str, times: list[TimeExpr], tstarts: list[int], s_start: int,
                published: str | None) -> TimeExpr | None:
    """The day a sentence opening with a same-day sequel ("Hours later,") happened on: the last
    time stated before it, if that is a day not after the report (a month, a period or a
    background year says nothing of which day the previous act fell on: no date)."""
    if not _opener().match(text, s_start, min(len(text), s_start + 40)):
        return None
    i = bisect.bisect_left(tstarts, s_start) - 1
    if i < 0:
        return None
    t = times[i]
    value = event_date(t)
    if t.granularity != "day" or not value or len(value) != 10:
        return None
    if published and value > published[:10]:
        return None                   # a day still to come is not when the previous act happened
    return t
