"""An outlet's own report of a wire story's events: a rewrite that shares neither wording nor
sentence order.

A local outlet retelling the agency story ("in its own words with extra facts") respells its names
("Kherson"/"Cherson", "al-Qaim"/"Al Qa'im"), recasts and reorders every sentence and adds its own
witnesses, so hardly a sentence aligns even loosely (``loose._loose_rewrite``). What it keeps is
the incident: the lead's toll or count, most of the other's specific figures, and much of its
content vocabulary. Three tests together make it a rewrite:

- the texts share much content vocabulary (RETOLD_CONTENT, above what two stories of one conflict
  share through names and background);
- they carry the same specific figures (``compare._same_figures``) and tell none apart
  (``compare._figures_apart``): a template's other event swaps its tolls and counts;
- a specific figure of one lead is in the other's lead: both open on the same incident. A live
  blog or a roundup that recalls the incident among others leads with something else, and an
  independent report with its own, revised toll leads with another figure (that pair stays a story
  link: ``same_story``).
"""
from __future__ import annotations

import numpy as np

from sitrep.dedup.fingerprint import jaccard_estimate
from sitrep.dedup.sketch import NUMBER, Sketch, specific_figures

# estimated Jaccard similarity of content words: a retelling of one incident shares about a third
# or more; the same conflict's other stories (and template look-alikes) share about a quarter
RETOLD_CONTENT = 0.33
# usable sentences each text needs: in a brief, the incident's own words (place, toll, attackers)
# make a third of its vocabulary, so any two reports of it share that much; in a full article a
# third shared means the reactions, denials and background were taken over too, which an
# independent report (own witnesses, own context) does not do
RETOLD_MIN_SENTENCES = 8


def _lead_numbers(sk: Sketch, lead: set[int]) -> np.ndarray:
    mine = np.isin(sk.word_sentence, np.fromiter(lead, dtype=sk.word_sentence.dtype, count=len(lead)))
    return np.unique(sk.words[mine & (sk.word_kind == NUMBER)])


def leads_share_figure(pa: Sketch, pb: Sketch, lead_a: set[int], lead_b: set[int]) -> bool:
    """Whether a specific figure (no small count, no year) is in both texts' leads."""
    if not lead_a or not lead_b:
        return False
    common = np.intersect1d(specific_figures(pa), specific_figures(pb), assume_unique=True)
    if not len(common):
        return False
    both = np.intersect1d(_lead_numbers(pa, lead_a), _lead_numbers(pb, lead_b), assume_unique=True)
    return bool(len(np.intersect1d(both, common, assume_unique=True)))


def retold(pa: Sketch, pb: Sketch, same_figures: bool, figures_apart: bool,
           lead_a: set[int], lead_b: set[int]) -> bool:
    """Whether ``pb`` retells ``pa``'s incident in its own words (see the module's doc); the figure
    tests come from ``compare`` (they are its own), the leads as sentence indexes."""
    if not same_figures or figures_apart or min(pa.usable, pb.usable) < RETOLD_MIN_SENTENCES:
        return False
    if jaccard_estimate(pa.content, pb.content) < RETOLD_CONTENT:
        return False
    return leads_share_figure(pa, pb, lead_a, lead_b)
