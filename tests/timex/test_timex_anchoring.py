"""Anaphoric expressions: what they count from and at which grain (invented reports)."""
from __future__ import annotations

from sitrep.timex import find_timexes


def values(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, published)}


def test_the_previous_week_is_a_calendar_week():
    got = values("Officials said on Tuesday that strikes had killed 40 militants the previous week.", "2025-02-11")
    assert got["the previous week"] == "2025-W06"


def test_a_week_earlier_than_a_day_is_a_day():
    got = values("Militants attacked the town on Tuesday. A week earlier, they had raided a market.", "2025-02-11")
    assert got["A week earlier"] == "2025-02-04"


def test_a_quoted_time_is_no_anchor_for_the_narrative():
    text = ("The RSF shelled the city on Saturday. \u201cWe buried children this morning,\u201d a volunteer said. "
            "The army repelled a ground attack the following day.")
    assert values(text, "2025-04-13")["the following day"] == "2025-04-13"


def test_the_narratives_own_time_still_anchors():
    text = "The RSF shelled the city on Thursday. The army repelled a ground attack the following day."
    assert values(text, "2025-04-13")["the following day"] == "2025-04-11"
