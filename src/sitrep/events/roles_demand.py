"""The person a protest is against when the report names them only by a possessive: "Hundreds of
protesters gathered outside parliament demanding his resignation". The crowd's demand that someone
go names whom the protest targets; "his"/"her" is the person the report last spoke about (the
subject of the previous sentence, usually), never a place or the crowd itself."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from sitrep.events.sentence import Sentence
from sitrep.knowledge import load
from sitrep.model import Mention


@lru_cache(maxsize=1)
def _demand() -> re.Pattern[str]:
    """A demand that a person leave office, with the possessive standing for that person; the
    words are the cue sets ``demand_verbs`` and ``demand_departures`` of event_cues."""
    sets: dict[str, list[str]] = {}
    for entry in load("event_cues.json"):
        if entry.get("name") in ("demand_verbs", "demand_departures"):
            sets.setdefault(entry["name"], []).extend(entry["terms"])

    def alternation(name: str) -> str:
        terms = sorted(sets.get(name, ()), key=len, reverse=True) or ["(?!)"]
        return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)

    return re.compile(rf"\b(?:{alternation('demand_verbs')})\s+(his|her)\s+(?:immediate\s+)?"
                      rf"(?:{alternation('demand_departures')})\b", re.I)


def _start(m: Mention) -> int:
    return m.start


# how far back the person may have been named (about two sentences)
_REACH = 400


def _person_before(s: Sentence, pos: int) -> Mention | None:
    """The last person named before ``pos``: in the sentence, else the previous subject, else the
    document's last person mention close enough to still be what "his" refers to."""
    got = next((m for m in reversed(s.mentions) if m.end <= pos and m.type == "PERSON"), None)
    if got is not None:
        return got
    prev = s.prev_subject.get(True)
    if prev is not None:
        return prev
    # key= bisects in place: no list of every mention's start built per call
    i = bisect_left(s.doc, s.start, key=_start) if s.doc else 0
    for m in reversed(s.doc[:i]):
        if s.start - m.end > _REACH:
            break
        if m.type == "PERSON":
            return m
    return None


def demanded_of(s: Sentence, pos: int, hi: int) -> Mention | None:
    """The person whose going a protest at ``pos`` demands with "his/her" before ``hi``, or None."""
    m = _demand().search(s.text, pos, min(hi, s.end))
    return None if m is None else _person_before(s, m.start(1))
