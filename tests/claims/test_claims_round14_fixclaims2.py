"""Round 14: bare counts of people in a civilian role are no claims; casualty nouns state
their state; an article subject of a passive casualty verb counts one."""
from __future__ import annotations

import pytest


def qu(found):
    return [(c.quantity, c.unit) for c in found]


@pytest.mark.parametrize("sentence", [
    "The gunmen let the bus go with its nine passengers, the governor of Zamfara said.",
    "Dozens of nurses work at the clinic in El Fasher.",
    "One soldier stood at the checkpoint outside Gao.",
])
def test_bare_counts_of_people_are_no_claims(claims, sentence):
    assert claims(sentence, timexes=[]) == []


def test_force_sizes_and_stated_roles_stay(claims):
    assert qu(claims("Nine passengers were killed when the bus hit a mine near Gao.", timexes=[])) \
        == [(9, "civilians killed")]
    assert qu(claims("Moscow keeps 1,500 troops in Transnistria.", timexes=[])) == [(1500, "troops")]


def test_fatality_and_injury_nouns_state_the_casualty(claims):
    found = claims("The captain of the tanker reported one fatality, four injuries and a fire.", timexes=[])
    assert qu(found) == [(1, "people killed"), (4, "people injured")]


def test_article_subject_of_a_passive_casualty_verb_counts_one(claims):
    found = claims("A deckhand was killed and three others were wounded when a drone hit the tanker.",
                   timexes=[])
    assert [(c.quantity, c.unit.split()[-1]) for c in found] == [(1, "killed"), (3, "injured")]
    assert claims("A spokesman was asked about the convoy in Kidal.", timexes=[]) == []
