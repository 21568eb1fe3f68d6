"""Counts riding on another in their sentence: a vague casualty count with "more" after an exact one,
and a victim named with an article in a list after a count."""
from __future__ import annotations


def _quantities(found):
    return [(c.quantity, c.unit) for c in found]


def test_vague_injuries_beside_exact_deaths(claims):
    found = claims("The ministry said 23 civilians died in Varnok and dozens more were injured.")
    assert _quantities(found) == [(23, "civilians killed")]


def test_vague_count_without_more_stays(claims):
    found = claims("The bombing in Ostrel killed four people and wounded dozens, officials said.")
    assert sorted(str(c.quantity) for c in found) == ["4", "dozens"]


def test_vague_toll_alone_stays(claims):
    found = claims("The clashes in Belmira left dozens dead, officials said.")
    assert _quantities(found) == [("dozens", "people killed")]


def test_vague_count_before_an_exact_one_stays(claims):
    found = claims("Dozens of villagers were wounded in Kerrin, and 9 rangers were killed, the governor said.")
    assert sorted(str(c.quantity) for c in found) == ["9", "dozens"]


def test_victim_with_an_article_in_a_list_beside_a_count(claims):
    found = claims("Seventeen civilians and a police officer died in Varnok this week.")
    assert [(c.quantity, c.unit) for c in found] == [(17, "civilians killed")]


def test_victim_with_an_article_named_first_stays(claims):
    found = claims("The blast in Ostrel wounded a pastor and three guards at the gate.")
    assert sorted(c.quantity for c in found) == [1, 3]


def test_victim_with_an_article_alone_or_in_another_state_stays(claims):
    assert [c.quantity for c in claims("A civilian was also killed in the Kerrin attack, the governor said.")] == [1]
    found = claims("A drone strike near Ostrel killed a militia commander and wounded two others.")
    assert sorted(c.quantity for c in found) == [1, 2]


def test_vague_more_rides_on_a_count_of_people(claims):
    found = claims("Four people, one of them a ranger, have been killed and hundreds more hurt, "
                   "officials in Kessa said.")
    assert "hundreds" not in [c.quantity for c in found]
