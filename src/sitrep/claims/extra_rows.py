"""Figures read by their own readers beside the number reader (vote tallies),
merged into the document's figures in text order."""
from __future__ import annotations

import bisect

from sitrep.claims.units import Unit
from sitrep.model import ClaimFact

# (start, end, value, unit, written) of one figure read apart
Extra = tuple[int, int, int, str, str]


def add_extra(extra: list[Extra], cls: str, out: list[ClaimFact], units: list[Unit], starts: list[int],
              sent_of: list[int], sent_starts: list[int]) -> tuple[list, list, list, list]:
    """``extra`` merged into the figures in text order, but for a figure the number reader
    already read; ``cls`` is their class (no person, so no casualty state is shared with them)."""
    taken = set(starts)
    rows = list(zip(out, units, starts, sent_of))
    for a, b, value, unit, written in extra:
        if a in taken:
            continue
        taken.add(a)
        rows.append((ClaimFact(value, unit, a, b, None, None, None, written), Unit(unit, b, unit, cls, None, a),
                     a, max(0, bisect.bisect_right(sent_starts, a) - 1)))
    rows.sort(key=lambda r: r[2])
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], [r[3] for r in rows]
