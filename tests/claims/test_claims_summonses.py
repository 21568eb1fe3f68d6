"""Orders to appear are counted: "ignored three summonses", "had been summoned three times"."""
from __future__ import annotations


def test_summonses_counted(claims):
    found = claims("Orvane prosecutors said Vargas ignored three summonses last week.")
    assert [(c.quantity, c.unit) for c in found] == [(3, "summonses")]


def test_summoned_n_times(claims):
    found = claims("Vargas had been summoned three times by the Kessa prosecutor.")
    assert [(c.quantity, c.unit) for c in found] == [(3, "summonses")]
