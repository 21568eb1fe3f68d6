"""Reactions dated from the happening they name: "Guterres condemned the attack two days after it happened".

The offset follows the act and counts from "it", the happening the act reacts to, not from a time
stated beside it; ``sitrep.timex`` leaves such an expression undated ("relative to an undated
event"), and the act fell back to the report's day, weeks after the reaction when a later feature
recalls it. A report tells its incident first: the happening a reaction names is the story's
incident, dated by the lead's own time, else by the first day the text states before the
sentence. Only a day anchors it (a month or a period says nothing of which day the reaction came),
and only a day not after the report. A trigger right before the phrase is the happening itself
("the attack two days after it happened", coded as an act of its own): it takes the incident's day."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from sitrep.events.dating_offset import _COUNTS, shift_from
from sitrep.events.dating_times import event_date
from sitrep.knowledge import load
from sitrep.model import TimeExpr

__all__ = ["after_it"]


@lru_cache(maxsize=1)
def _trailing() -> re.Pattern[str]:
    verbs = sorted({e["word"] for e in load("time_words.json") if e.get("kind") == "happening_verb"},
                   key=len, reverse=True) or ["happened"]
    count = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    # within the act's clause (no clause break between the act and the phrase): "condemned the
    # 'heinous' attack two days after it happened"
    return re.compile(r"[^,;:.!?\"“”\n]{0,80}?(?<![\w-])" + count + r"\s+(day|week)s?\s+(after|before)\s+"
                      r"(?:it|this)\s+(?:had\s+)?(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
                      + r")\b", re.I)


def after_it(text: str, times: list[TimeExpr], end: int, s_start: int, s_end: int,
             lead_time: TimeExpr | None, head: int, published: str | None,
             saying: Callable[[str, TimeExpr], bool]) -> tuple[str | None, str | None, str | None] | None:
    """(date, text, basis) of the act ending at ``end`` when a trailing "N days after it happened"
    in its clause dates it from the story's incident; None when there is no such phrase or no day
    to count from. ``saying(text, t)``: whether ``t`` dates a statement (no incident's time)."""
    m = _trailing().match(text, end, s_end)
    if m is None:
        return None
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else _COUNTS.get(word)
    if not n:
        return None
    base = lead_time if lead_time is not None and lead_time.start < s_start and _day(lead_time, published) else None
    if base is None:
        base = next((t for t in times if head <= t.start < s_start and _day(t, published)
                     and not saying(text, t)), None)
    if base is None:
        return None
    if not text[end:m.start(1)].strip():
        # the trigger is the happening "it" names ("the attack two days after it happened"): the
        # incident's own day, not the reaction's
        return event_date(base), base.text, "context"
    date, when, basis = shift_from(base, (n if m.group(3).lower() == "after" else -n, m.group(2).lower()), "context")
    if date is None or (published and date > published[:len(date)]):
        return None
    return date, when, basis


def _day(t: TimeExpr, published: str | None) -> bool:
    value = event_date(t)
    return bool(value) and len(value) == 10 and t.granularity == "day" and \
        not (published and value > published[:10])
