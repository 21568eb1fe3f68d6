"""Round 24: a verb of disapproval's bare object noun is no act of the condemner; a revenge vow and
coercive resolve are THREATEN; troops defending a town are no SUPPORT; conscription is MOBILIZE; care
given and relief handed out are AID (invented Caucasus / Horn of Africa / Andean / Sahel-style text)."""
from __future__ import annotations

import pytest

from corpus_checks import actions_of as _actions


@pytest.mark.parametrize("text", [
    "OSCE condemns cowardly attack",
    "19:10 GMT - The African Union condemns \u2018barbaric\u2019 attack",
    "Moldova deplores senseless attacks",
])
def test_condemned_bare_attack_noun_is_no_assault(text: str) -> None:
    got = _actions(text)
    assert "ACCUSE" in got and "ASSAULT" not in got


def test_condemned_attack_with_a_named_maker_keeps_its_assault() -> None:
    assert "ASSAULT" in _actions("The ministry denounced Azerbaijani strikes on the border post.")


@pytest.mark.parametrize("text", [
    "General Tadesse promised on Saturday that the killings in Adigrat would be avenged.",
    "General Okonjo vowed that the rebels would pay a heavy price for the ambush.",
])
def test_revenge_vow_is_threaten_not_agree(text: str) -> None:
    got = _actions(text)
    assert "THREATEN" in got and "AGREE" not in got


def test_promise_of_aid_stays_agree() -> None:
    assert "AGREE" in _actions("Norway promised to fund two field hospitals in the region.")


def test_every_tool_in_a_quote_is_threaten() -> None:
    text = ("\u201cWe are ready to use every tool we have, including sanctions, against those who block the convoys,\u201d "
            "the envoy Maria Lund told reporters in Addis Ababa.")
    assert "THREATEN" in _actions(text)


@pytest.mark.parametrize("text", [
    "Colonel Arango said his troops were defending Ituango with all their strength.",
    "The army is defending Mekelle against a rebel offensive.",
])
def test_troops_defending_a_town_is_no_support(text: str) -> None:
    assert "SUPPORT" not in _actions(text)


def test_defending_a_state_stays_support() -> None:
    assert "SUPPORT" in _actions("The foreign minister defended Armenia at the council meeting.")


@pytest.mark.parametrize("text", [
    "The Eritrean army introduced conscription in April to refill its depleted units.",
    "The military began enforcing the national service law in May.",
    "The Armenian defence ministry called up 12,000 reservists on Monday.",
])
def test_conscription_is_mobilize(text: str) -> None:
    assert "MOBILIZE" in _actions(text)


@pytest.mark.parametrize("text", [
    "The Red Cross said its surgeons had treated 64 people for shrapnel wounds since Friday.",
    "The World Food Programme distributed food to 3,000 families in Gonder last week.",
])
def test_care_and_relief_are_aid(text: str) -> None:
    assert "AID" in _actions(text)


def test_treated_without_a_number_is_no_aid() -> None:
    assert "AID" not in _actions("The militia treated civilians as human shields during the siege.")
