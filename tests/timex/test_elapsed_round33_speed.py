"""The prefilter of ``elapsed_floor`` skips only texts the full span scan finds nothing in."""
from __future__ import annotations

import pytest

from sitrep.timex import elapsed
from sitrep.timex.find import find_timexes


@pytest.mark.parametrize("text", [
    "Thursday marked one week since the January 16 attack.",
    "TEN DAYS AFTER the March 3 raid, talks resumed.",
    "Ten Days\u00a0After the March 3 raid, talks resumed.",
    "ten days \u017fince the March 3 raid",          # long s: re.I folds it onto "s"
    "two weeks after\nthe March 3 raid",
])
def test_prefilter_keeps_every_span(text):
    assert elapsed._span().search(text) is not None
    assert elapsed._UNIT_SINCE.search(text.lower()) is not None or elapsed._ODD_CASE.search(text)


def test_floor_unchanged_on_a_spelled_span():
    text = "Thursday marked one week since the January 16 attack."
    got = elapsed.elapsed_floor(text, find_timexes(text, None), "2024-01-25")
    assert got is not None and got[0].isoformat() == "2024-01-23"


def test_no_span_no_floor():
    text = "The attack on January 16 came after weeks of talks, and since then little has changed."
    assert elapsed.elapsed_floor(text, find_timexes(text, None), "2024-01-25") is None
