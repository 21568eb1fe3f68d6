"""Vague casualty counts that are no figure of their own.

A vague count ("dozens", "hundreds") of casualties is a figure when it is all a text gives
("clashes left dozens dead"). Two kinds are not:
- after an exact casualty count in the same sentence ("17 civilians died and dozens more were
  injured", "left four people dead and hundreds injured"): the exact count is the toll, the
  vague one a rough rider on it (a vague count first is a figure of its own: "dozens of
  demonstrators were wounded, and 12 protesters were killed");
- a vague count of bodies ("videos showed dozens of bodies in a trench"): bodies seen or
  carried are what a toll is read from, not a toll.
"""
from __future__ import annotations

from sitrep.model import ClaimFact

# the units of a casualty toll, by how they end ("civilians killed", "deaths", "people injured")
_CASUALTY = ("killed", "injured", "dead", "deaths", "casualties")


def _vague(q: object) -> bool:
    """A count kept as words ("dozens", "tens of thousands"); a range ("10-15") has digits."""
    return isinstance(q, str) and not any(ch.isdigit() for ch in q)


def vague_riders(out: list[ClaimFact], sent_of: list[int]) -> set[int]:
    """Indexes of the claims to keep (``out`` is in text order): all but the vague counts of
    casualties after an exact one in their sentence, and the vague counts of bodies."""
    keep: set[int] = set()
    toll_sent = -1                         # the last sentence an exact casualty count was read in
    for i, (c, si) in enumerate(zip(out, sent_of)):
        if not _vague(c.quantity):
            if not isinstance(c.quantity, str) and c.quantity and c.unit.endswith(_CASUALTY):
                toll_sent = si
        elif c.unit == "bodies" or (si == toll_sent and c.unit.endswith(_CASUALTY)):
            continue
        keep.add(i)
    return keep
