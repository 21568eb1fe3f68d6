"""A plural acronym after a count counts things ("four SLRs"): a name has no plural."""
from __future__ import annotations


def test_plural_acronym_counts(claims):
    found = claims("Troops seized four KRLs and two pistols near Orvel, the Kessa police said.")
    assert 4 in [c.quantity for c in found]

