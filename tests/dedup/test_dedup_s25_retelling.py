"""An explainer or analysis of like length that retells the wire's facts in its own words shares
little of the wire's vocabulary and aligns with little of the longer text: the same story, not a
rewrite (``dedup.recap.retelling``). A rewrite that adds its own paragraphs keeps the wire's
vocabulary, or aligns with much of it; a brief stays a rewrite."""
from __future__ import annotations

from sitrep.dedup.recap import retelling


def test_an_explainer_of_like_length_is_no_rewrite() -> None:
    # "What we know": 30 sentences, 6 of them retell the wire's 18, a fifth of the words shared
    assert retelling(6, 18, 30, 0.22)
    # an analysis of 25 sentences retelling 7 of the wire's 17
    assert retelling(7, 25, 17, 0.19)


def test_rewrites_and_briefs_stay_rewrites() -> None:
    # a rewrite in other words that keeps the wire's vocabulary (its reactions and background)
    assert not retelling(5, 13, 18, 0.25)
    assert not retelling(4, 18, 26, 0.34)
    # a rewrite sharing fewer words, but retelling much of the longer text
    assert not retelling(7, 11, 17, 0.23)
    # a brief cut from the article
    assert not retelling(3, 4, 20, 0.12)
