"""A number joined by a hyphen to a length word gives a length: "the 970-km border" (a conversion in
brackets after it is none); other compounds ("35-year-old", "12-hour") stay no count."""
from __future__ import annotations


def test_length_compound(claims):
    found = claims("About a third of their 640-km (398-mile) border with Orvane has not been demarcated.")
    assert [(c.quantity, c.unit) for c in found] == [(640, "km")]


def test_length_compound_spelled_out(claims):
    found = claims("Barricades were still blocking the 35-kilometre road to the Kessa airport.")
    assert [(c.quantity, c.unit) for c in found] == [(35, "km")]


def test_other_compounds_stay_no_count(claims):
    assert claims("A 35-year-old man from Kessa was freed after a 12-hour standoff.") == []
