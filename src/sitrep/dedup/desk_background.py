"""One desk's standing background paragraphs, shared word for word by its reports of two happenings:
no partial copy.

A wire desk (or any outlet) writes each report of a developing crisis with the same context
paragraphs: the territory's history, the law being debated, the referendum results, the group's
yearly toll. Its report of a police shooting nine days after its report of a state of emergency
repeats three to six of those sentences verbatim, so the two look like partial copies, and
where no sentence of the shared passage swaps a figure (nothing conflicts) the desk-template
tests of ``verify`` do not apply. What tells them from a copy is where the shared text sits: a
report set into another (a live blog's entry, an older report embedded as background, a
reprinted lead) brings its own lead along, and a copy taken from another outlet is a copy
wherever it sits; a desk's re-used background is neither text's lead and short runs of it.

So a partial copy between two documents of one source (``_same_source``: one outlet, or one
agency credited in both datelines) is that source's background when every shared passage is a
run shorter than EMBEDDED_RUN sentences and none of its aligned sentences is among either
text's first BACKGROUND_LEAD usable sentences.
"""
from __future__ import annotations

from sitrep.dedup.align import _lead
from sitrep.dedup.sketch import Sketch

# usable sentences that may hold a text's lead: headline, standfirst or byline lines a cleaner
# left may come first (as ``loose.LOOSE_LEAD``)
BACKGROUND_LEAD = 4


def shares_lead(aligned: list, sa: Sketch, sb: Sketch) -> bool:
    """Whether an aligned sentence pair (``Alignment``s, by character offsets) holds a sentence of
    either text's lead (its first BACKGROUND_LEAD usable sentences)."""
    lead_a = {int(sa.starts[i]) for i in _lead(sa, BACKGROUND_LEAD)}
    lead_b = {int(sb.starts[j]) for j in _lead(sb, BACKGROUND_LEAD)}
    return any(al.a_start in lead_a or al.b_start in lead_b for al in aligned)


def desk_background(aligned: list, longest_run: int, embedded_run: int, sa: Sketch, sb: Sketch) -> bool:
    """Whether a partial copy between two documents of one source is only that source's standing
    background (see the module doc): runs shorter than ``embedded_run`` and no lead sentence."""
    return longest_run < embedded_run and not shares_lead(aligned, sa, sb)
