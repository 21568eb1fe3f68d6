"""An outlet's own report of an incident is no rewrite of the wire's, however alike their facts.

Two reports of one incident carry the same toll, the same places and the same officials' words in
much the same order (lead, toll, details, reactions, background), so the loose rewrite paths
(``loose._loose_rewrite``, ``retold``), which accept a pair that aligns loosely in order AND shares
its specific figures, take a second outlet's own reporting (a local paper, a translated report of a
national site, an analysis a day later) for a rewrite of the wire's.

What tells them apart is where each text's figures come from. A rewrite takes its facts from its
source: its figures are the source's, with at most one of its own (an added background line: "145
people killed at a concert hall in March"), while the source may hold more (the rewrite cut them).
An independent report has its own sources and finds its own figures: its count of the attackers,
the wounded police among the wounded, the age of a victim, the hour, a district's toll; and the
other text holds figures it never tells. So each of the two holds OWN_FIGURES specific figures
(``sketch.specific_figures``: no small counts, no years) the other lacks, and they are OWN_SHARE of
its figures or more: a long rewrite or re-translation of a figure-laden report may write two of
its thirty figures otherwise ("9 thousand" for a count its source gave to the unit), an own report
finds a third or more of its few figures itself.

Copies and strict rewrites (half the shorter text aligned sentence by sentence at a rewrite's
Dice) are left alone: a copy cut by a paragraph and re-dated, or a rewrite that keeps every
sentence, is what it is whatever figures it added.
"""
from __future__ import annotations

import numpy as np

from sitrep.dedup.sketch import Sketch, specific_figures

OWN_FIGURES = 2         # specific figures each text holds that the other lacks, at least ...
OWN_SHARE = 0.34        # ... and at least this share of its specific figures


def independent_report(pa: Sketch, pb: Sketch) -> bool:
    """Whether each text tells figures of its own (see the module doc): two reports of one incident,
    neither a rewrite of the other."""
    fa, fb = specific_figures(pa), specific_figures(pb)
    both = len(np.intersect1d(fa, fb, assume_unique=True))
    return all(len(f) - both >= max(OWN_FIGURES, OWN_SHARE * len(f)) for f in (fa, fb))
