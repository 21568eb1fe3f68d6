"""The state after a counted noun reaches past a unit's name with an adjective or an ordinal before
it and its acronym in commas: "five soldiers of the elite Orvane Guard Battalion, OGB, lost their lives"."""
from __future__ import annotations


def test_state_past_a_named_unit_with_its_acronym(claims):
    found = claims("Five soldiers of the elite Orvane Guard Battalion, OGB, lost their lives on Monday.")
    assert [(c.quantity, c.unit) for c in found] == [(5, "soldiers killed")]


def test_state_past_a_numbered_division(claims):
    found = claims("Three soldiers of the 9th Kessa Division were killed in the attack.")
    assert [(c.quantity, c.unit) for c in found] == [(3, "soldiers killed")]
