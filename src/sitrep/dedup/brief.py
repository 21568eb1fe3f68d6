"""A brief cut from a long report: its three or four sentences are the report's lead and next
lines, some reworded. The rewrite test wants three aligned sentences (two texts of any length
that share only two lines share background), which a brief of three sentences meets only if every
one of its lines aligns, and a brief re-filed by another desk rewords or recomposes one of them
("Lolaa condemned the attack ... and demanded a pause" / "a pause ... was demanded by Lolaa, which
criticised the attack": the sentence-initial name is no name, so the two seem to swap one).

A short text is still a rewrite with two aligned sentences when its LEAD is one of them, aligned
with the other's lead, and no matched sentence swaps a figure: a desk template's other event
swaps its toll or count right there in the lead.
"""
from __future__ import annotations

from sitrep.dedup.align import Alignment, _facts, _lead
from sitrep.dedup.sketch import Sketch

BRIEF_USABLE = 4            # usable sentences of the shorter text, at most
BRIEF_ALIGNED = 2           # of which at least this many aligned


def brief_rewrite(pa: Sketch, pb: Sketch, aligned: list[Alignment], conflicts: list[tuple[int, int]]) -> bool:
    """Whether the shorter of two texts, a brief, retells the other's lead (see the module)."""
    if min(pa.usable, pb.usable) > BRIEF_USABLE or len(aligned) < BRIEF_ALIGNED:
        return False
    for i, j in conflicts:
        (num_a, _), (num_b, _) = _facts(pa, i), _facts(pb, j)
        if num_a - num_b and num_b - num_a:
            return False
    # the leads' first sentences, as character offsets (alignments hold offsets)
    first_a, first_b = min(_lead(pa, 1), default=None), min(_lead(pb, 1), default=None)
    if first_a is None or first_b is None:
        return False
    lead_a, lead_b = {int(pa.starts[i]) for i in _lead(pa)}, {int(pb.starts[j]) for j in _lead(pb)}
    short_first = int(pa.starts[first_a]) if pa.usable <= pb.usable else int(pb.starts[first_b])
    for al in aligned:
        if al.a_start in lead_a and al.b_start in lead_b and short_first in (
                (al.a_start,) if pa.usable <= pb.usable else (al.b_start,)):
            return True
    return False
