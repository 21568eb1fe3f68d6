"""A definite count with no noun, its verb right after it ("the five were released", "the three had
been taken into custody"), refers to people the text has named or counted: no claim of its own."""
from __future__ import annotations


def test_definite_bare_count_after_named_people(claims):
    text = ("Police detained Arin Vosk and two other organisers in Kessa. "
            "The chief said the three had been taken into custody for their safety.")
    assert [c.quantity for c in claims(text)] == []


def test_definite_bare_count_alone(claims):
    assert claims("The five were released on Thursday, the Orvane ministry said.") == []


def test_definite_count_with_its_noun_stays(claims):
    found = claims("The two rangers were killed near Orvel on Monday.")
    assert [(c.quantity, c.unit) for c in found] == [(2, "rangers killed")] or [c.quantity for c in found] == [2]
