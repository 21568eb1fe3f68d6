"""A report's opening reprinted as it is inside another text: a live blog's entry, a roundup's
item or a newsletter that carries the wire's first paragraph or two under its own items.

Two copied sentences are too few for a partial copy anywhere in a text (``compare``'s
PARTIAL_SENTENCES: a desk re-uses two background lines in every report of a series), but not when
they are one text's LEAD and the sentence after it, copied in one run and carrying the incident's
names and figures: that is the report itself, reprinted. A desk template's other event swaps those
figures (its lead conflicts, it is not copied), and a follow-up has a lead of its own, sharing at
most background lines with the earlier report.
"""
from __future__ import annotations

import numpy as np

from sitrep.dedup.align import COPY_SENTENCE, Alignment, _lead
from sitrep.dedup.sketch import NAME, NUMBER, Sketch

REPRINT_SENTENCES = 2       # the lead and the sentence after it
REPRINT_FACTS = 3           # names and figures the reprinted sentences hold between them, at least


def reprinted_lead(pa: Sketch, pb: Sketch, aligned: list[Alignment]) -> bool:
    """Whether either text's first REPRINT_SENTENCES usable sentences are copied, in order and
    side by side, into the other."""
    copied = [al for al in aligned if al.score >= COPY_SENTENCE]
    if len(copied) < REPRINT_SENTENCES:
        return False
    # alignments hold character offsets: back to sentence numbers
    pairs = {(int(np.searchsorted(pa.starts, al.a_start)), int(np.searchsorted(pb.starts, al.b_start)))
             for al in copied}
    return _reprinted(pa, pb, pairs) or _reprinted(pb, pa, {(j, i) for i, j in pairs})


def _reprinted(source: Sketch, other: Sketch, pairs: set[tuple[int, int]]) -> bool:
    lead = sorted(_lead(source, REPRINT_SENTENCES))
    if len(lead) < REPRINT_SENTENCES:
        return False
    partner = dict(pairs)
    if any(i not in partner for i in lead):
        return False
    at = [partner[i] for i in lead]
    # side by side in the other text too (nothing of its own between them but too-short lines)
    if any(y <= x or y - x > 2 for x, y in zip(at, at[1:])):
        return False
    facts = int(source.counts[lead][:, [NUMBER, NAME]].sum())
    return facts >= REPRINT_FACTS
