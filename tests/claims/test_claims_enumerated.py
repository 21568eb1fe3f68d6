"""Counts of abstract units: a number, an enumerating adjective and a plural noun the lexicon does
not know ("seven key areas") is a claim's figure; ranks, partitives, durations and sources are not."""
from __future__ import annotations

import pytest


def qu(found):
    return [(c.quantity, c.unit) for c in found]


@pytest.mark.parametrize("sentence, expected", [
    ("The junta listed three main demands before any talks in Naypyitaw could resume.",
     [(3, "main demands")]),
    ("Rebels in North Kivu said they now hold seven key areas along the lake shore.",
     [(7, "key areas")]),
    ("The council split the state into 12 separate wards after the fighting in El Fasher.",
     [(12, "separate wards")]),
    ("Engineers reopened four vital crossings on the Dnipro after the floods.",
     [(4, "vital crossings")]),
    ("The militia seized two strategic hilltops overlooking Stepanakert.",
     [(2, "strategic hilltops seized")]),
    ("Aid agencies opened five new kitchens in the camps near Gao.",
     [(5, "new kitchens")]),
])
def test_adjective_and_plural_noun_are_counted(claims, sentence, expected):
    assert qu(claims(sentence, timexes=[])) == expected


@pytest.mark.parametrize("sentence", [
    "The top three main concerns were fuel, water and power in Aleppo.",          # a rank
    "The first two key arguments in the Hague hearing were procedural.",
    "One of the two major candidates visited the front near Zaporizhzhia.",     # a partitive
    "The blockade lasted two long years before the convoy reached Taiz.",        # a duration
    "Three key questions remain about the Sittwe raid.",                        # a blocked noun
    "Two senior aides said the Juba talks had stalled.",                         # not enumerating
    "Two key stakeholders said the Juba talks had stalled.",                     # sources
    "The army named two key commanders and one main suspect.",                   # heads as usual
])
def test_ranks_partitives_durations_and_sources_are_not(claims, sentence):
    found = claims(sentence, timexes=[])
    if "commanders" in sentence:
        # one person in no state is no figure (round 14): "one main suspect" is dropped
        assert qu(found) == [(2, "soldiers")]
    else:
        assert found == [], qu(found)


def test_a_state_after_the_phrase_joins_the_unit(claims):
    found = claims("Three main roads were destroyed by the floods near Kassala.", timexes=[])
    assert qu(found) == [(3, "main roads destroyed")]


def test_two_adjectives_and_words_after_the_noun(claims):
    found = claims("Kachin fighters hold two key northern passes overlooking the jade mines.", timexes=[])
    assert qu(found) == [(2, "key northern passes")]
