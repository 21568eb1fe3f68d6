"""Round 26: "not less than" is a lower bound (not "less than"), and a decimal comma before a
multiplier ("11,5 million") is a decimal, as in European and translated copy."""
from __future__ import annotations


def qqu(found):
    return [(c.quantity, c.qualifier, c.unit) for c in found]


def test_not_less_than_is_a_lower_bound(claims):
    found = claims("In the shelling of Mykolaiv, not less than fifteen people were killed, the governor said.")
    assert [(c.quantity, c.qualifier) for c in found] == [(15, "at least")]


def test_not_fewer_than_and_no_more_than(claims):
    found = claims("Not fewer than 30 soldiers were wounded near Kidal.")
    assert [(c.quantity, c.qualifier) for c in found] == [(30, "at least")]
    found = claims("No more than 40 fighters remain in the town, a commander said.")
    assert [(c.quantity, c.qualifier) for c in found] == [(40, "up to")]


def test_plain_less_than_stays_an_upper_bound(claims):
    found = claims("Less than 10 soldiers were wounded near Kidal.")
    assert [(c.quantity, c.qualifier) for c in found] == [(10, "fewer than")]


def test_decimal_comma_before_a_multiplier(claims):
    found = claims("Brussels announced 7,5 million euros of emergency aid for the displaced of Cabo Delgado.")
    assert [c.quantity for c in found] == [7500000]
    found = claims("The agency said 2,5 million people were displaced in Kivu.")
    assert qqu(found) == [(2500000, None, "people displaced")]


def test_thousands_comma_unchanged(claims):
    found = claims("The agency said 2,500 people were displaced in Kivu.")
    assert [c.quantity for c in found] == [2500]
    found = claims("The agency said 1,2 and 3 were the hardest-hit camps, where 1,250 homes were destroyed.")
    assert 12 not in [c.quantity for c in found] and 1.2 not in [c.quantity for c in found]
