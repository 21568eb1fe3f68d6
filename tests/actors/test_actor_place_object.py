"""A name after a place phrase ending in "of" ("Residents of X said") is a place, not a person: the
verb after it belongs to the phrase's head noun. Invented reports (a Pakistani-style, a Syrian and
a Malian setting; the names are not in the test knowledge base)."""
from sitrep.actors import find_mentions
from sitrep.nlp.sentences import split_sentences


def _types(text, kb, name):
    return {m.type for m in find_mentions(text, split_sentences(text), kb) if m.text == name}


def test_residents_of_a_place_said_types_the_place(geo_kb):
    text = "Residents of Sar Kandao said the army had closed the bazaar on Friday evening."
    assert _types(text, geo_kb, "Sar Kandao") == {"GPE"}


def test_a_given_name_may_open_the_place_name(geo_kb):
    # "Mir" and "Ali" open and end many people's names; the place phrase decides
    text = "The streets of Mir Kalam were empty, and residents of Mir Kalam said shops stayed shut."
    assert _types(text, geo_kb, "Mir Kalam") == {"GPE"}


def test_the_place_stays_one_type_when_met_again(geo_kb):
    text = ("People of Tal Hamidi said the shelling lasted all night. "
            "Two children were wounded in Tal Hamidi, a medic said.")
    assert _types(text, geo_kb, "Tal Hamidi") == {"GPE"}


def test_a_name_that_speaks_is_still_a_person(geo_kb):
    text = "Ousmane Kabore said the convoy had been stopped at the river crossing."
    assert _types(text, geo_kb, "Ousmane Kabore") == {"PERSON"}


def test_a_relative_of_a_person_keeps_the_person(geo_kb):
    # "a cousin of" is no place phrase: the name after it keeps its person shape
    text = "The brother of Ousmane Kabore said he was taken from his home at night."
    assert _types(text, geo_kb, "Ousmane Kabore") == {"PERSON"}
