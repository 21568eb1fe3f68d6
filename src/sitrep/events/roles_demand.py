"""The person a protest is against when the report names them only by a possessive: "Hundreds of
protesters gathered outside parliament demanding his resignation". The crowd's demand that someone
go names whom the protest targets; "his"/"her" is the person the report last spoke about (the
subject of the previous sentence, usually), never a place or the crowd itself."""
from __future__ import annotations

import re
from bisect import bisect_left

from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# a demand that a person leave office, with the possessive standing for that person
_DEMAND = re.compile(r"\b(?:demand(?:ing|ed|s)?|call(?:ing|ed|s)?\s+for|chant(?:ing|ed)\s+for|urg(?:ing|ed))\s+"
                     r"(his|her)\s+(?:immediate\s+)?(?:resignation|removal|ouster|departure|impeachment|arrest|"
                     r"dismissal|exit|resign(?:ing)?)\b", re.I)
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
    i = bisect_left([m.start for m in s.doc], s.start) if s.doc else 0
    for m in reversed(s.doc[:i]):
        if s.start - m.end > _REACH:
            break
        if m.type == "PERSON":
            return m
    return None


def demanded_of(s: Sentence, pos: int, hi: int) -> Mention | None:
    """The person whose going a protest at ``pos`` demands with "his/her" before ``hi``, or None."""
    m = _DEMAND.search(s.text, pos, min(hi, s.end))
    return None if m is None else _person_before(s, m.start(1))
