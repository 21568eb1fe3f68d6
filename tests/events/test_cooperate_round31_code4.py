"""Bringing in another party's help codes COOPERATE (invented Sahel/Mozambique-style text)."""
from event_helpers import coded_with_dates

_ACTORS = {"Niamey junta": "ORG", "Russian mercenaries": "ORG", "Wagner Group": "ORG", "Kidal": "LOC"}


def _actions(text: str) -> list[str]:
    return [e.action for e in coded_with_dates(text, _ACTORS, "2024-06-03")]


def test_sought_the_help_of() -> None:
    assert "COOPERATE" in _actions("The Niamey junta sought the help of Russian mercenaries in 2022.")


def test_enlisted_the_help_of() -> None:
    assert "COOPERATE" in _actions("The Niamey junta enlisted the help of the Wagner Group last year.")


def test_turned_to_is_not_cooperation() -> None:
    assert "COOPERATE" not in _actions("The Niamey junta turned to Kidal after the talks collapsed.")
