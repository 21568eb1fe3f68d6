"""A protest whose demand names its target only by "his"/"her" ("... demanding his resignation") is
against the person the report last spoke about (invented texts)."""
from __future__ import annotations

from event_helpers import named_events


def _protests(text: str) -> list[tuple]:
    return [e for e in named_events(text) if e[0] == "PROTEST"]


def test_demanding_his_resignation_targets_the_previous_subject():
    text = ("Georgian Prime Minister Irakli Kobakhidze has said Tbilisi took no part in the talks. Thousands of "
            "protesters gathered outside parliament in Tbilisi on Sunday evening demanding his resignation.")
    assert any(target == "Irakli Kobakhidze" for _, _, target, _ in _protests(text))


def test_calling_for_her_removal():
    text = ("Governor Amina Dauda cut fuel subsidies last month. On Friday hundreds of demonstrators rallied "
            "outside the state assembly calling for her removal.")
    assert any(target == "Amina Dauda" for _, _, target, _ in _protests(text))


def test_no_possessive_demand_leaves_no_invented_target():
    text = ("Interior Minister Pavel Rusu spoke to reporters on Monday. Hundreds of protesters gathered outside "
            "the town hall in Balti demanding higher wages.")
    assert all(target != "Pavel Rusu" for _, _, target, _ in _protests(text))
