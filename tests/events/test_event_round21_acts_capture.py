"""Round 21: a place taken by force told as 'taken control of', 'seized control of' or 'entered' is ASSAULT;
goods or people seized stay COERCE; non-combatants entering a place are no act (invented Sahel sentences)."""
from __future__ import annotations

import pytest

from corpus_checks import actions_of as _actions


@pytest.mark.parametrize("text", [
    "The rebels said on Monday they had taken control of Kidal.",
    "Insurgent fighters took control of the town of Ménaka on Sunday.",
    "Militants seized control of the district headquarters on Friday.",
    "Its fighters entered Tessalit on Tuesday after the army withdrew.",
    "Rebel fighters entered the town of Léré overnight.",
])
def test_place_taken_is_assault(text: str) -> None:
    got = _actions(text)
    assert "ASSAULT" in got and "COERCE" not in got


@pytest.mark.parametrize("text", [
    "Soldiers seized weapons and ammunition.",
    "Police seized two tonnes of cocaine.",
    "Gunmen captured two aid workers near Gao.",
])
def test_goods_or_people_seized_stay_coerce(text: str) -> None:
    got = _actions(text)
    assert "COERCE" in got and "ASSAULT" not in got


@pytest.mark.parametrize("text", [
    "The minister entered Parliament on Monday.",
    "More than 2,000 refugees entered Chad on Tuesday.",
    "The opposition seized the opportunity on Monday.",
])
def test_non_combatants_entering_or_chances_seized_are_no_act(text: str) -> None:
    assert not _actions(text) & {"ASSAULT", "COERCE"}
