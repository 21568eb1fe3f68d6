"""Whether two reports a day apart tell two nights: their tolls on other stated days, the weekdays
their texts name ("on Monday", "late on Tuesday night") and the nights they are dated by alone
("overnight"). ``MergeCluster.add`` files these keys; ``merge_fit`` asks ``other_*``."""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from sitrep.events.merge_figures import Figures, figure_range, figures_differ

if TYPE_CHECKING:
    from sitrep.events.merge_basics import MergeCluster, MergeItem


def night_figures(it: MergeItem) -> Figures | None:
    """The figure ranges of a report dated to the day that tells its own toll (no update of an
    earlier one), or None: what ``other_night`` compares."""
    f = it.fact
    if it.when is None or f.toll_update or (f.fatalities is None and f.injuries is None):
        return None
    return (None if f.fatalities is None else figure_range(f.fatalities, f.fatalities_bound),
            None if f.injuries is None else figure_range(f.injuries, f.injuries_bound))


def other_night(c: MergeCluster, it: MergeItem) -> bool:
    """Whether the cluster holds a report of another stated day with other figures than ``it``'s.
    The day tolerance of ``dates_fit`` is for one night told as two days (a dateline day against
    the narrative day); another day with another toll is another happening, however alike the
    words ("shells landed overnight on Saturday, wounding three" / "... on Sunday, wounding
    five": one template, two nights). A toll update rises by design and is not compared."""
    nights = c.nights
    if not nights:
        return False
    sig = night_figures(it)
    if sig is None:
        return False
    return any(d != it.when and any(figures_differ(sig, o) for o in sigs) for d, sigs in nights.items())


@functools.lru_cache(maxsize=1)
def _day_words() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """(weekday names, words that carry a day into the next, words that reach back from a day),
    from the time word list: a night (or the late part of a day) runs into the next day's small
    hours; dawn, the small hours and "early" can be the night before."""
    from sitrep.knowledge import load
    words = load("time_words.json")
    weekdays = {e["word"]: e["value"] for e in words if e.get("kind") == "weekday"}
    parts = {e["word"] for e in words if e.get("kind") == "part_of_day"}
    # which end of the day a part lies at is read from its name: the knowledge lists the parts,
    # not where they fall
    late = {w for w in parts if "night" in w or w in ("evening", "dusk", "midnight")}
    early = {w for w in parts if w in ("dawn", "daybreak", "overnight", "midnight", "morning")}
    late |= {e["word"] for e in words if e.get("kind") == "position" and e.get("value") == "end"}
    early |= {e["word"] for e in words if e.get("kind") == "position" and e.get("value") == "start"}
    return weekdays, frozenset(late), frozenset(early)


_WORD = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=4096)
def _reach(text: str) -> tuple[frozenset[int], bool, bool] | None:
    weekdays, late, early = _day_words()
    words = set(_WORD.findall(text.lower()))
    named = frozenset(weekdays[w] for w in words if w in weekdays)
    if not named:
        return None
    return named, bool(words & late), bool(words & early)


def weekday_reach(it: MergeItem) -> tuple[bool, bool] | None:
    """For a report stated on a named weekday ("on Monday", "late on Tuesday night"): whether its
    time reaches into the next day, and back into the day before; None for any other time."""
    f = it.fact
    if it.when is None or not f.date_text or f.date_basis not in (None, "stated"):
        return None
    got = _reach(f.date_text)
    # only a weekday that is the stated day's own: a text naming another day is not what dates it
    return got[1:] if got is not None and it.when.weekday() in got[0] else None


def other_weekday(c: MergeCluster, it: MergeItem) -> bool:
    """Whether another text names the day before or after ``it``'s by its weekday, and neither
    time can be the other's night. The one-day tolerance of ``dates_fit`` is for one night told
    as two days; "on Monday" and "on Tuesday night" in reports of one week are two days ("a soldier
    was killed on Monday"; "jets struck on Tuesday night"), two happenings."""
    days = c.named_days
    if not days:
        return False
    mine = weekday_reach(it)
    if mine is None or it.when in days:
        return False
    for d, rows in days.items():
        gap = (it.when - d).days
        if abs(gap) != 1:
            continue
        for root, late, early in rows:
            if root == it.root:
                continue
            # the earlier day must reach forward, or the later one back, for one night
            earlier_late, later_early = (late, mine[1]) if gap == 1 else (mine[0], early)
            if not (earlier_late or later_early):
                return True
    return False


def night_end(it: MergeItem) -> dt.date | None:
    """The day a report's night ends on, for a report dated by a night alone ("overnight", "in the
    small hours" with no weekday): each outlet's "overnight" is the night before its own day, so
    two of them a day apart are two nights. None for any other time."""
    f = it.fact
    if it.when is None or not f.date_text or f.date_basis not in (None, "stated"):
        return None
    return it.when if _overnight(f.date_text) else None


@functools.lru_cache(maxsize=4096)
def _overnight(text: str) -> bool:
    weekdays = _day_words()[0]
    words = _WORD.findall(text.lower())
    # a named weekday is read by ``other_weekday``; "overnight" is the one part of the day the
    # knowledge lists that spans the change of day
    return "overnight" in words and not any(w in weekdays for w in words)
