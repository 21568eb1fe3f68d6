"""Timeline entries keep their day after a list marker and before a colon (invented texts)."""
from __future__ import annotations

from sitrep.timex import find_timexes


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, "2025-06-12")]


def test_a_day_before_a_colon_is_a_day():
    assert values("May 3: Rebels seize the town of Rubaya.") == [("May 3", "2025-05-03")]


def test_list_markers_do_not_lose_the_day():
    assert values("- April 28: Militants attack a convoy near Bunia.") == [("April 28", "2025-04-28")]
    assert values("• January 16: Guerrillas launch an offensive.") == [("January 16", "2025-01-16")]
    assert values("* 2 March: The army retakes the bridge.") == [("2 March", "2025-03-02")]


def test_a_clock_time_is_still_no_day():
    assert values("On May 3:30 pm") == []
