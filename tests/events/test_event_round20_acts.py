"""Round 20: crowd control, roads blocked by armed men, a promised response in quotation marks
(invented Sahel and Sudan sentences)."""
from __future__ import annotations

import pytest

from corpus_checks import actions_of as _actions


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters outside the parliament in Khartoum.",
    "Police fired tear gas to disperse the crowds.",
    "Riot police dispersed the demonstrators in Dakar on Saturday.",
    "Police fired rubber bullets at the marchers.",
])
def test_crowd_control_is_coerce_not_assault(text: str) -> None:
    got = _actions(text)
    assert "COERCE" in got and "ASSAULT" not in got


def test_firing_at_a_convoy_stays_an_assault() -> None:
    assert "ASSAULT" in _actions("Soldiers fired at the convoy near Gao.")


@pytest.mark.parametrize("text", [
    "Gunmen blocked the road to Ansongo on Monday.",
    "Militiamen blocked a road near the bridge on Friday.",
    "Armed men set up roadblocks on the highway to Mopti.",
])
def test_roads_blocked_by_armed_men_are_coerce(text: str) -> None:
    got = _actions(text)
    assert "COERCE" in got and "PROTEST" not in got


def test_roads_blocked_by_civilians_stay_protest() -> None:
    got = _actions("Supporters of the Union for the Republic blocked roads in Niamey demanding the release of the mayor.")
    assert "PROTEST" in got and "COERCE" not in got


def test_quoted_promised_response_is_a_threat_not_an_agreement() -> None:
    got = _actions("President Mohamed Bazoum went on television on Wednesday and promised a ‘vigorous and "
                   "coordinated response’ to the rebels.")
    assert "THREATEN" in got and "AGREE" not in got
