"""The loose rewrite path of the verification step: a paraphrase, re-translation or an outlet's
own retelling that rewords nearly every sentence, so that few sentences align strictly. Such a
pair is still a rewrite when its sentences align at a lower Dice on shared names and figures,
in order, with the same specific figures or a shared quote, and leads that meet (see
``compare`` for the strict verdict that falls back on this).
"""
from __future__ import annotations

import numpy as np

from sitrep.dedup.align import (COPY_SENTENCE, REWRITE_COVERAGE, Alignment, _cells, _in_order, _lead,
                                _lead_disagrees, _match, _shared)
from sitrep.dedup.sketch import Sketch, specific_figures

# the head where a loose rewrite's leads must meet: headline, standfirst, byline or place lines
# a cleaner left may come before the lead paragraph
LOOSE_LEAD = 4
# an outlet's own retelling of a wire story ("... and news agencies") rewords nearly every
# sentence and adds its own quotes and background, so fewer of its sentences align even loosely.
# It is still a rewrite when, besides aligned leads, a third of the shorter text (and at least
# FACT_ALIGNED sentences) aligns in order AND the two carry the same specific figures: most of
# the distinct figures of the text with fewer (FACT_NUMBERS at least) are the other's too. Small
# counts and years are left out: any two articles on one conflict share "two", "2024" or "10".
# Another story of the same conflict shares names and background but not its figures (tolls,
# displaced counts, troop numbers); a template's other event swaps them.
FACT_ALIGNED = 5
FACT_COVERAGE = 1 / 3
FACT_NUMBERS = 3
FACT_NUMBER_SHARE = 0.5


def _same_figures(pa: Sketch, pb: Sketch) -> bool:
    """Whether two texts report the same specific figures (see FACT_NUMBERS): most of those of the
    text with fewer, at least FACT_NUMBERS of them, or all of them where it tells only two (a
    short retelling keeps the toll and one count)."""
    fa, fb = specific_figures(pa), specific_figures(pb)
    both = len(np.intersect1d(fa, fb, assume_unique=True))
    fewer, more = sorted((len(fa), len(fb)))
    if fewer < FACT_NUMBERS:    # two shared figures say less: half of the other text's too
        return both >= 2 and both >= FACT_NUMBER_SHARE * more
    return both >= FACT_NUMBERS and both >= FACT_NUMBER_SHARE * fewer


def _figures_apart(pa: Sketch, pb: Sketch) -> bool:
    """Whether the two texts tell different specific figures: the one with fewer tells at least
    two, and fewer than half of them are the other's. A retelling keeps its source's tolls and
    counts (in whatever form: ``fingerprint.number_of``); a template's report of another event
    words its background alike and swaps every figure."""
    fa, fb = specific_figures(pa), specific_figures(pb)
    fewer = min(len(fa), len(fb))
    return fewer >= 2 and len(np.intersect1d(fa, fb, assume_unique=True)) < FACT_NUMBER_SHARE * fewer


def _loose_rewrite(pa: Sketch, pb: Sketch, shared: np.ndarray, usable: int) -> list[Alignment] | None:
    """The alignments that make the two texts a paraphrased rewrite, or None: with the pairs that
    share LOOSE_FACTS names and figures at LOOSE_SENTENCE, REWRITE_COVERAGE of the shorter text
    aligns in order, conflicts stay fewer than half the alignments and none in the leads, and a
    lead sentence of each tells the other's (same names and figures): the same incident told
    again, not another one of the same conflict with its background recalled."""
    # names only: a paraphrase recomposes its sentences' names ("the Banjska Monastery" / "the
    # monastery"; "Prishtina - Gunmen"), and a template's other event is already vetoed by the
    # strict matching; a swapped figure still conflicts
    aligned, conflicts = _match(pa, pb, _cells(pa, pb, shared, loose=True), names=False)
    # of both texts: a rewrite retells its source throughout, while a brief or a roundup that
    # sums up the incident among others, or an independent report with its own findings, does not.
    # A retelling "with agencies" that rewords every sentence aligns less of it, and is still a
    # rewrite when it carries the source's specific figures (``_same_figures``)
    by_facts = len(aligned) >= max(FACT_ALIGNED, FACT_COVERAGE * usable) and _same_figures(pa, pb)
    if not by_facts and _quoted_retelling(pa, pb, aligned, conflicts, usable):
        return aligned
    covered = by_facts or len(aligned) >= REWRITE_COVERAGE * max(pa.usable, pb.usable)
    if (len(aligned) < 3 or not covered or _in_order(aligned) < 0.75 or _figures_apart(pa, pb)
            or 2 * len(conflicts) > len(aligned) or (conflicts and _lead_disagrees(pa, pb, conflicts))):
        return None
    # the same figures and a third of the text retold in order (``by_facts``) stand for the
    # coverage a loose rewrite otherwise needs, not for its leads: the leads still meet (an aligned
    # pair holds a lead sentence of each). A desk's report of another happening matched on the
    # shared background paragraphs alone (their figures all specific), or an explainer days later
    # that retells the report's later lines with its figures, never its lead, is no rewrite. On
    # the 51 fix sets no true rewrite took the figures path without its leads meeting.
    leads_a = {int(pa.starts[i]) for i in _lead(pa, LOOSE_LEAD)}
    leads_b = {int(pb.starts[j]) for j in _lead(pb, LOOSE_LEAD)}
    if not any(al.a_start in leads_a and al.b_start in leads_b for al in aligned):
        return None
    return aligned


def loose_count(pa: Sketch, pb: Sketch) -> int:
    """How many sentence pairs the loose matching aligns (names left out, as ``_loose_rewrite``)."""
    shared = _shared(pa, pb)
    if shared is None:
        return 0
    return len(_match(pa, pb, _cells(pa, pb, shared, loose=True), names=False)[0])


def _quoted_retelling(pa: Sketch, pb: Sketch, aligned: list[Alignment], conflicts: list[tuple[int, int]],
                      usable: int) -> bool:
    """Whether a loosely aligned pair is an outlet's own retelling of a speech or statement: each
    adds its own background figures (so their figures look apart), yet two of them are shared, a
    third of the shorter text (FACT_ALIGNED sentences at least) retells the other's in order
    (``_in_order`` 0.6, as the strict rewrite test asks), the leads meet, a sentence is
    taken over word for word (the quote both cite) and no matched sentence swaps a figure.
    A template's report of another incident swaps its toll in the matched lead and lines, so it
    conflicts (``conflicts``: the loose matching's) and never passes here."""
    if conflicts or len(aligned) < max(FACT_ALIGNED, FACT_COVERAGE * usable) or _in_order(aligned) < 0.6:
        return False
    if not any(al.score >= COPY_SENTENCE for al in aligned):
        return False
    # and the two still tell some specific figures alike (the toll or count the speech is about):
    # a template's look-alike with its names swapped and no figure in common is no retelling
    if len(np.intersect1d(specific_figures(pa), specific_figures(pb), assume_unique=True)) < 2:
        return False
    leads_a = {int(pa.starts[i]) for i in _lead(pa, LOOSE_LEAD)}
    leads_b = {int(pb.starts[j]) for j in _lead(pb, LOOSE_LEAD)}
    return any(al.a_start in leads_a and al.b_start in leads_b for al in aligned)
