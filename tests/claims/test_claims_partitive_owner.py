"""A part of a side's own people or of a named one's ("22 of its own members", "six of Tavaro's
aides") counts those people, as "22 of its members" does; a percent may follow a space ("51.2 %")."""
from __future__ import annotations


def test_part_of_its_own_people(claims):
    found = claims("The Velmar party says at least 22 of its own members have been detained since the vote.")
    assert [(c.quantity, c.unit, c.qualifier) for c in found] == [(22, "members detained", "at least")]


def test_part_of_a_named_ones_people(claims):
    found = claims("Six of Tavaro's aides have been detained since March, the Ostrel bureau said.")
    assert [(c.quantity, c.unit) for c in found] == [(6, "aides detained")]


def test_percent_after_a_space(claims):
    found = claims("The Orvane commission said Zandor won 51.2 % of the votes.")
    assert [(c.quantity, c.unit) for c in found] == [(51.2, "percent of votes")]
