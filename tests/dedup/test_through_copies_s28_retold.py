"""An outlet's own retelling (a rewrite link aligned in no order, ``retold``) implies no sibling:
its few aligned sentences are the lead any report of the happening tells, so it says nothing of
which part of the source it retells (``through_copies.SIBLING_MIN_SIMILARITY``)."""
from __future__ import annotations

from sitrep.dedup.through_copies import SIBLING_MIN_SIMILARITY, implied_rewrites

LEAD = [(0, 200, 0, 180)]
BODY = [(0, 200, 0, 180), (210, 900, 190, 820)]


def test_two_rewrites_of_one_wire_imply_each_other() -> None:
    links = [("wire", "agency", "rewrite", 0.7, BODY), ("wire", "daily", "rewrite", 0.55, BODY)]
    assert implied_rewrites(links) == [("agency", "daily", 0.55)]


def test_an_own_retelling_of_the_wire_implies_no_rewrite_of_its_rewrites() -> None:
    links = [("wire", "agency", "rewrite", 0.7, BODY), ("wire", "local", "rewrite", 0.1, LEAD)]
    assert implied_rewrites(links) == []
    assert 0.1 < SIBLING_MIN_SIMILARITY <= 0.33


def test_an_own_retelling_still_retells_the_wires_copies() -> None:
    links = [("wire", "repost", "copy", 0.98, BODY), ("wire", "local", "rewrite", 0.0, LEAD)]
    assert implied_rewrites(links) == [("local", "repost", 0.0)]
