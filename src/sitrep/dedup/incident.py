"""Whether two texts that align as a rewrite lead with different incidents (a desk template's
report of another attack).

A wire desk writes its reports of separate incidents from one template: the same background
paragraphs (the group's history, a think tank's yearly toll), the same anonymous-officials line,
the same leader's statement frame. Two such reports align sentence by sentence on that template,
in order, and the later one may even recall the earlier attack ("last week's attack ... that
killed 16 soldiers"), so that its figures look shared. What sets them apart is the lead: each
opens on its own incident, with its own place, day, toll and officials, and those facts are
nowhere in the other text. A rewrite or a re-translation of one incident keeps its source's lead
facts (respelled, re-worded, a figure written out): at most a side adds its own dateline, byline
or standfirst, so facts go missing one way, or a name or two are respelled both ways.

So a rewrite verdict stands unless BOTH leads hold figures and names the other text never tells,
more figures than a dateline's day (MIN_MISSING_FIGURES), and the two leads share no specific
figure (a retelling that recasts its lead still opens on the same toll or count).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from sitrep.dedup import vocab
from sitrep.dedup.align import _lead
from sitrep.dedup.retold import leads_share_figure
from sitrep.dedup.sketch import NAME, NUMBER, Sketch

# usable sentences of a lead whose facts are compared: the headline or first paragraph and the
# next (as ``align.LEAD_SENTENCES``); the shared-figure escape looks a little further, as the
# loose paths do (a caption or standfirst may come first)
FACT_LEAD = 2
FIGURE_LEAD = 4
# figures (no years) of the two leads missing from the other text, together: a next-day rewrite
# swaps its dateline's day ("Dec 22" / "Dec 21") and nothing more
MIN_MISSING_FIGURES = 3


@lru_cache(maxsize=1)
def _years() -> np.ndarray:
    """Hashes of years: a lead's "in 2024" is no fact of the incident."""
    return np.array(sorted(vocab.stable_hash(f"n:{y}") for y in range(1900, 2101)), dtype=np.uint64)


def _missing(sk: Sketch, other: Sketch) -> tuple[int, int]:
    """How many distinct figures (no years) and names of ``sk``'s lead ``other`` never holds."""
    lead = _lead(sk, FACT_LEAD)
    if not lead:
        return 0, 0
    # a per-sentence lookup: cheaper than np.isin on arrays this small (called per rewrite verdict)
    in_lead = np.zeros(len(sk.starts), dtype=bool)
    in_lead[list(lead)] = True
    mine = in_lead[sk.word_sentence]
    out = []
    for kind in (NUMBER, NAME):
        values = sk.words[mine & (sk.word_kind == kind)]        # distinct per sentence, sorted
        if kind == NUMBER and len(values):
            years = _years()
            at = np.searchsorted(years, values)
            np.minimum(at, len(years) - 1, out=at)
            values = values[years[at] != values]
        if len(values) and len(other.words):
            at = np.searchsorted(other.words, values)
            at[at == len(other.words)] = 0
            values = values[other.words[at] != values]
        out.append(len(set(values.tolist())))
    return out[0], out[1]


def other_incident(pa: Sketch, pb: Sketch) -> bool:
    """Whether two texts aligned as a rewrite lead with different incidents (see the module doc)."""
    figures_a, names_a = _missing(pa, pb)
    if not figures_a or not names_a:
        return False
    figures_b, names_b = _missing(pb, pa)
    if not figures_b or not names_b or figures_a + figures_b < MIN_MISSING_FIGURES:
        return False
    return not leads_share_figure(pa, pb, _lead(pa, FIGURE_LEAD), _lead(pb, FIGURE_LEAD))
