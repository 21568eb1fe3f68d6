"""An analysis or explainer that recaps a wire story among its own reporting: the same story, no
rewrite.

A rewrite retells its source throughout: an outlet's version "with agency reports" keeps the
wire's facts in their order and adds a paragraph or two of its own, so the two texts are of a like
length and most of the longer one is the retold wire. An analysis piece written days later ("Why
the park has become the deadliest front line") or an explainer ("What to know about the crisis")
opens on the same incident, cites its toll and its officials' words, and then goes on with its own
sources: an analyst, an anonymous officer, a monitor's yearly figures, the history. Its sentences
that retell the wire align as a loose rewrite's would (the same specific figures, in order), but
they are a small part of a text twice as long or more. A brief cut from a long article is short
itself (a few sentences, all of them the article's): it stays a rewrite.

Measured on the visible sets: rewrites have 1.0-1.45 times the usable sentences of their source
and at least 0.23 of the longer text aligned; an analysis piece recapping the wire had 2.1-2.2
times its sentences with at most 0.23 aligned. Such a pair is left to the story links
(``same_story``), which join it to the story without counting it as a copy.

An explainer or an analysis of like length ("What we know about ...", 1.3-1.7 times the wire's
sentences) recaps it the same way, and neither the length nor the share aligned tells it from a
rewrite that adds its own paragraphs: both align a fifth to a third of the longer text. What a
rewrite keeps besides is the wire's vocabulary: its reactions, denials and background told again,
so the two texts share a quarter or more of their content words; the explainer tells the rest in
its own words and sources. Measured on the 39 fix sets' pairs judged rewrites: rewrites sharing
less than a quarter of their content words (estimated Jaccard 0.22-0.23) align 0.41 or more of
the longer text, and rewrites aligning less than RETELL_ALIGNED of it share 0.25 or more; the
independent explainers and analyses judged rewrites share 0.16-0.23 and align 0.16-0.28.
"""
from __future__ import annotations

# the shorter text is a full report of at least this many usable sentences (no brief) ...
RECAP_MIN_SHORTER = 8
# ... the longer text has more than this many times the shorter's usable sentences ...
RECAP_LENGTH = 2.0
# ... and less than this share of its sentences aligned with the shorter one
RECAP_ALIGNED = 0.3


# an explainer of like length: content words shared below this (estimated Jaccard) ...
RETELL_CONTENT = 0.24
# ... and less than this share of the longer text's usable sentences aligned (loosely)
RETELL_ALIGNED = 0.35


def retelling(aligned: int, usable_a: int, usable_b: int, content: float) -> bool:
    """Whether a rewrite verdict between texts of ``usable_a`` and ``usable_b`` usable sentences,
    whose loose alignment pairs ``aligned`` sentences and whose content words agree at ``content``
    (estimated Jaccard), is rather an explainer or analysis retelling the other among its own
    reporting (see the module doc)."""
    shorter, longer = sorted((usable_a, usable_b))
    return shorter >= RECAP_MIN_SHORTER and content < RETELL_CONTENT and aligned < RETELL_ALIGNED * longer


def recap(aligned: int, usable_a: int, usable_b: int) -> bool:
    """Whether a rewrite verdict with ``aligned`` sentence pairs between texts of ``usable_a`` and
    ``usable_b`` usable sentences is rather a longer piece recapping the other (see the module doc)."""
    shorter, longer = sorted((usable_a, usable_b))
    return shorter >= RECAP_MIN_SHORTER and longer > RECAP_LENGTH * shorter and aligned < RECAP_ALIGNED * longer
