"""A one-word gazetteer place inside a longer unknown place name that a place phrase types ("the
market in Wegel Tena": Tena is also a town in Ecuador) is no name of its own: the whole name is the
place. Invented places; their last (or first) word is a real place in GeoNames."""
from sitrep.actors import find_mentions
from sitrep.nlp.sentences import split_sentences


def _names(text, kb):
    return [(m.text, m.type) for m in find_mentions(text, split_sentences(text), kb)]


def test_an_unknown_word_before_a_gazetteer_place_joins_it(geo_kb):
    got = _names("A drone hit the weekly market in Wegel Tena on Saturday.", geo_kb)
    assert ("Wegel Tena", "GPE") in got and ("Tena", "GPE") not in got


def test_a_gazetteer_place_may_open_the_longer_name(geo_kb):
    got = _names("Militants attacked the market in Dar Gubta on Saturday.", geo_kb)
    assert ("Dar Gubta", "GPE") in got and ("Dar", "GPE") not in got


def test_known_places_in_a_list_stay_apart(geo_kb):
    got = _names("Shelling hit Baghdad and Basra on Saturday.", geo_kb)
    assert ("Baghdad", "GPE") in got and ("Basra", "GPE") in got


def test_without_a_place_phrase_the_gazetteer_place_is_not_widened(geo_kb):
    got = _names("Wegel Tena said nothing.", geo_kb)
    assert ("Wegel Tena", "GPE") not in got
