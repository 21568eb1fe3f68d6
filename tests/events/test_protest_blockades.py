"""Roads, streets and bridges blocked by a crowd are PROTEST, by armed men COERCE (a regex entry and
a fixed phrase over the same words keep both readings: sitrep.events.lexicon): invented sentences."""
from __future__ import annotations

from event_helpers import named_events


def _actions(text: str) -> set[str]:
    return {e[0] for e in named_events(text)}


def test_any_road_blocked_by_a_crowd_is_protest() -> None:
    assert "PROTEST" in _actions("Supporters of the Ghana Farmers Union blocked the coastal highway near Winneba on Monday.")
    assert "PROTEST" in _actions("Members of the Ghana Union of Traders blocked the main bridge over the Volta for three hours on Tuesday.")


def test_armed_men_blocking_a_road_is_no_protest() -> None:
    got = _actions("Gunmen blocked the main road to the airport on Tuesday.")
    assert "PROTEST" not in got and "COERCE" in got
    assert "PROTEST" not in _actions("Ghanaian soldiers blocked the road to Winneba on Tuesday.")
