"""A ratio in words ("one in five children", "three in four of whom") is a share, no count of either term."""
from __future__ import annotations


def test_ratio_of_people_is_no_count(claims):
    assert claims("One in five children in Tarvel is malnourished, the Orvane agency said.") == []
    assert claims("Roughly three in four of whom live below the poverty line in Kessa.") == []


def test_counts_joined_by_in_stay(claims):
    found = claims("Gunmen killed two in three attacks on Varnok last week.")
    assert sorted((c.quantity, c.unit) for c in found) == [(2, "people killed"), (3, "attacks")]
