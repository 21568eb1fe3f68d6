"""Reports dated by an offset from another time of their narrative ("in June. A week earlier,
rebels had torched a school"): the event merge keeps such an act apart from the one its text
dates otherwise (``merge_acts``)."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge import load

__all__ = ["offset_dated"]


@lru_cache(maxsize=1)
def _offset_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(units, words that measure from the narrative's time: "earlier", "later", "following",
    "previous", words that measure from the report's: "this", "last"), from the time words; not
    "ago" (counted from the report's day) nor "same"."""
    words = load("time_words.json")
    units = frozenset(e["word"] for e in words if e.get("kind") == "unit")
    steps = frozenset(e["word"] for e in words if e.get("kind") in ("direction", "anaphoric")
                      and e.get("value") and not e.get("deictic") and e["word"] != "on")
    deictic = frozenset(e["word"] for e in words if e.get("kind") == "relative" and " " not in e["word"]) - steps
    return units, steps, deictic


def offset_dated(date: str | None, text: str | None) -> bool:
    """Whether the report's date is stated as an offset from another time of the narrative ("a
    week earlier", "two days later", "the following day"); "earlier this month" counts from
    the report's own day."""
    if not date or not text:
        return False
    units, steps, deictic = _offset_words()
    toks = re.findall(r"[a-z]+", text.lower())
    return any(t in units for t in toks) and any(t in steps for t in toks) and not any(t in deictic for t in toks)
