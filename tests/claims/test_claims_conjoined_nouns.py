"""Two person nouns joined by "and" share the state after the second: "22 students and teachers
have been detained"."""
from __future__ import annotations


def test_state_after_a_second_noun(claims):
    found = claims("At least 22 students and teachers have been detained in Kessa since the vote.")
    assert [(c.quantity, c.qualifier) for c in found] == [(22, "at least")]
    assert found[0].unit.endswith("detained")


def test_second_count_keeps_its_own(claims):
    found = claims("Twelve soldiers and two villagers were killed near Orvel.")
    assert sorted(c.quantity for c in found) == [2, 12]
