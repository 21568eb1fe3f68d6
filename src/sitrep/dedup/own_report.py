"""Another outlet's own report of an incident, of like length: the same story, no rewrite.

A rewrite retells its source: the wire's facts in the wire's order, and the wire's figures with
them, all of them (a figure is not reworded: "31 killed and 107 injured" stays 31 and 107 in any
wording). Another outlet's own report of the same incident (its own correspondents, its own
officials' words, an explainer written the day after) tells the incident's main facts too, so
its lead and a few of its lines align loosely with the wire's, and it shares the headline toll
and counts. What it does not keep is the rest of the wire: the retold lines are a small part of
the longer text, and the two carry figures of their own ("a 12-year-old", "the 35th
anniversary", "52 police officers") besides the ones they share.

Either signal alone is no proof: a wire rewrite "with agencies" that adds its own paragraphs
aligns as little of the longer text (a quarter to a third), and a retelling that drops a
paragraph loses one or two of the source's figures. Both together mark the independent report:
measured on the 42 fix sets' pairs, the rewrites whose loose alignment covers under
OWN_ALIGNED of the longer text keep every specific figure of the text with fewer (or tell fewer
than OWN_MIN_FIGURES), and those that keep under OWN_FIGURES of them align a third or more; the
independent reports judged rewrites aligned 0.23-0.27 and shared 0.62-0.67 of the figures.
Such a pair stays one story through the story links (``same_story``), not a duplicate.
"""
from __future__ import annotations

import numpy as np

from sitrep.dedup.sketch import Sketch, specific_figures

OWN_ALIGNED = 0.3       # loosely aligned sentences, as a share of the longer text's usable ones
OWN_FIGURES = 0.7       # specific figures of the text with fewer that the other tells too
OWN_MIN_FIGURES = 4     # ... judged only when that text tells this many (two or three say little)


def own_report(loose_aligned: int, pa: Sketch, pb: Sketch) -> bool:
    """Whether a rewrite verdict between ``pa`` and ``pb``, whose loose alignment pairs
    ``loose_aligned`` sentences, is rather an outlet's own report of the same incident (see the
    module doc): little of the longer text retold AND figures of its own."""
    longer = max(pa.usable, pb.usable)
    if not longer or loose_aligned >= OWN_ALIGNED * longer:
        return False
    fa, fb = specific_figures(pa), specific_figures(pb)
    fewer = min(len(fa), len(fb))
    if fewer < OWN_MIN_FIGURES:
        return False
    return len(np.intersect1d(fa, fb, assume_unique=True)) < OWN_FIGURES * fewer
