"""'shot dead' and 'shot and killed' before a count kill, as 'killed' does: "rebels shot dead two soldiers"."""
from __future__ import annotations


def test_shot_dead_before_the_count(claims):
    found = claims("Rebels near Orvel shot dead two rangers and wounded a third in an ambush, the army said.")
    assert (2, "rangers killed") in [(c.quantity, c.unit) for c in found] or \
        any(c.quantity == 2 and c.unit.endswith("killed") for c in found)


def test_shot_and_killed_before_the_count(claims):
    found = claims("Police in Kessa shot and killed three protesters on Friday.")
    assert [c.quantity for c in found] == [3] and found[0].unit.endswith("killed")
