"""Round 22: burning buildings is ASSAULT (burning tyres is not); suspending talks and barring
airlines are SANCTION (CAMEO 164/163), not CONSULT; a force word with a place or day before its
verb ("Police in Juba on Wednesday arrested") is still the actor (invented South Sudan / Chad text)."""
from __future__ import annotations

import pytest

from corpus_checks import actions_of as _actions


@pytest.mark.parametrize("text", [
    "Militiamen burned houses in two villages near Bor on Monday.",
    "Armed men had burned dozens of homes in Kajo Keji, the county commissioner said.",
    "Cattle raiders burned down the market in Pibor overnight.",
])
def test_burning_buildings_is_assault(text: str) -> None:
    assert "ASSAULT" in _actions(text)


@pytest.mark.parametrize("text", [
    "Protesters burned tyres in the streets of Juba.",
    "Farmers are burning stubble ahead of the rains.",
])
def test_burning_no_building_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in _actions(text)


@pytest.mark.parametrize("text", [
    "The Sudanese army said on Monday it had suspended peace talks with the RSF.",
    "President Kiir halted negotiations with the SPLM-IO on Friday.",
    "Chad's civil aviation authority on Friday barred Sudanese airlines from flying to N'Djamena.",
    "The outage led the Chadian government to ban Sudanese carriers from landing in Abeche for 30 days.",
])
def test_halted_talks_and_barred_flights_are_sanction(text: str) -> None:
    got = _actions(text)
    assert "SANCTION" in got and "CONSULT" not in got


@pytest.mark.parametrize("text", [
    "The school suspended classes on Monday.",
    "The minister said talks with the SPLM-IO would resume next week.",
])
def test_no_sanction_without_talks_or_carriers(text: str) -> None:
    assert "SANCTION" not in _actions(text)


@pytest.mark.parametrize("text", [
    "Police in Juba arrested four men suspected of smuggling weapons.",
    "Police officers in Malakal on Wednesday arrested four men suspected of smuggling weapons.",
    "Soldiers on Sunday detained three traders near Wau.",
])
def test_force_word_with_place_or_day_before_verb_acts(text: str) -> None:
    assert "COERCE" in _actions(text)
