"""Round 23: a place or military posts 'seized' is ASSAULT like 'captured' (one act, one category; people
and goods seized stay COERCE); an armed force ordering civilians out of an area is THREATEN
(invented Great Lakes / Gaza-style text)."""
from __future__ import annotations

import pytest

from corpus_checks import actions_of as _actions


@pytest.mark.parametrize("text", [
    "The rebels seized the town of Kiwanja on Friday.",
    "Insurgents seized Mocimboa on Sunday after days of fighting.",
    "The rebels seized two military bases near the border.",
])
def test_seized_place_is_assault(text: str) -> None:
    got = _actions(text)
    assert "ASSAULT" in got and "COERCE" not in got


@pytest.mark.parametrize("text", [
    "Police seized weapons and ammunition in the raid.",
    "Militants seized three soldiers and a truck near the border.",
])
def test_seized_people_or_goods_stay_coerce(text: str) -> None:
    got = _actions(text)
    assert "COERCE" in got and "ASSAULT" not in got


@pytest.mark.parametrize("text", [
    'The Israeli army ordered all residents of Tyre and two nearby villages to "leave immediately", the first such warning for the city.',
    "The army issued an evacuation order for the entire town of Nabatieh on Tuesday.",
])
def test_evacuation_order_is_threaten(text: str) -> None:
    assert "THREATEN" in _actions(text)


@pytest.mark.parametrize("text", [
    "The meteorological office warned residents of coastal towns about the storm.",
    "The army warned residents of the north to stay indoors.",
])
def test_other_warnings_are_no_threat(text: str) -> None:
    assert "THREATEN" not in _actions(text)
