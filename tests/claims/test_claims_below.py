"""'below' before a figure is an upper bound, as 'above' is a lower one."""
from __future__ import annotations


def test_below_is_an_upper_bound(claims):
    found = claims("Usable reserves had fallen below $50m, the Orvane finance minister said.")
    assert [(c.quantity, c.qualifier) for c in found] == [(50000000, "fewer than")]
