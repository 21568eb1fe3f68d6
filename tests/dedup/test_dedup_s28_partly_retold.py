"""A rewrite retells its source throughout; another outlet's own report of the same happening tells
the lead's toll and a few of the wire's lines among its own reporting: the same story, no rewrite
(``dedup.recap.partly_retold``). Invented counts of sentences."""
from __future__ import annotations

from sitrep.dedup.recap import RETELL_THROUGHOUT, partly_retold


def test_an_own_report_telling_a_few_of_the_wires_lines_is_no_rewrite() -> None:
    # a local paper's 22 sentences, 6 of them retelling lines of the wire's 17
    assert partly_retold(6, 17, 22)
    # an explainer of 31 sentences retelling 7 lines of a 17-sentence wire story
    assert partly_retold(7, 31, 17)


def test_rewrites_retelling_throughout_stay_rewrites() -> None:
    # "with agencies": every line of the wire's 15 retold, a third again of its own
    assert not partly_retold(14, 15, 21)
    # a re-translation with sentences merged: 10 of 13 and 12
    assert not partly_retold(10, 12, 13)
    # at the bound: RETELL_THROUGHOUT of the longer text aligned
    assert not partly_retold(6, 18, int(6 / RETELL_THROUGHOUT))


def test_briefs_are_judged_elsewhere() -> None:
    # a 4-sentence brief cut from a 25-sentence article aligns little of it, and is still its rewrite
    assert not partly_retold(4, 4, 25)
    assert not partly_retold(5, 7, 30)
