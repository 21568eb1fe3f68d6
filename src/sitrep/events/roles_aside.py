"""Asides set off by dashes: "the PKK - listed as a terrorist organization by Turkey, the US and
the EU - has been responsible for ...". Names inside such an aside describe the subject before it;
the comma-led apposition rule never sees them, so the subject search took the last one ("the EU",
or the listing state) as who acted."""
from __future__ import annotations

import re

from sitrep.events.sentence import Sentence

# a spaced hyphen or an en/em dash (spaced or not), a short aside with no sentence punctuation, and
# the same kind of dash again
_ASIDE = re.compile(r"(?:\s[-\u2013\u2014]\s|[\u2013\u2014])[^-\u2013\u2014.;:!?\"“”]{3,140}?(?:\s[-\u2013\u2014]\s|[\u2013\u2014])")


def dash_asides(s: Sentence, lo: int, pos: int) -> list[tuple[int, int]]:
    """(start, end) of the dash-enclosed asides wholly between ``lo`` and ``pos``."""
    if "-" not in s.text[lo:pos] and "\u2013" not in s.text[lo:pos] and "\u2014" not in s.text[lo:pos]:
        return []
    return [(m.start(), m.end()) for m in _ASIDE.finditer(s.text, lo, pos)]
