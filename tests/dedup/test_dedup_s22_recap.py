"""An analysis twice as long as the wire story, which recaps it among its own reporting, is the same
story, not a rewrite (``dedup.recap``); a rewrite of like length and a brief stay rewrites."""
from __future__ import annotations

from sitrep.dedup.recap import recap


def test_a_long_analysis_recapping_the_wire_is_no_rewrite() -> None:
    # 31 usable sentences, 5 of them the wire's 15 retold
    assert recap(5, 15, 31)
    assert recap(7, 31, 14)


def test_rewrites_and_briefs_stay_rewrites() -> None:
    assert not recap(8, 24, 26)          # like length
    assert not recap(6, 18, 26)          # 1.4 times as long
    assert not recap(3, 4, 20)           # a brief cut from the article
    assert not recap(12, 15, 34)         # most of the longer text is the retold wire
