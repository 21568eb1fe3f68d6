"""Local bodies named by their place and a lowercase head, and sites named by capitalised generic
words before their head."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _mentions(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text, split_sentences(text), KnowledgeBase.default())
    return [(text[m.start:m.end], m.type) for m in found]


def test_district_administration_is_a_body_and_keeps_its_place():
    found = _mentions("The Goma district administration imposed a curfew on Sunday.")
    assert ("Goma district administration", "ORG") in found
    assert ("Goma", "GPE") in found


def test_region_administration_is_a_body():
    found = _mentions("The Kandahar region administration said four men were arrested.")
    assert ("Kandahar region administration", "ORG") in found


def test_administration_after_a_locative_is_the_clause_subject():
    found = _mentions("In Kandahar administration staff fled the offices.")
    assert ("Kandahar administration", "ORG") not in found


def test_town_administration_is_left_alone():
    found = _mentions("The Kandahar town administration said four men were arrested.")
    assert not any(t == "ORG" for _, t in found)


def test_administration_official_is_no_body():
    found = _mentions("A Kandahar district administration official, Abdul Wasi, said four men were arrested.")
    assert ("Kandahar district administration", "ORG") not in found


def test_generic_capitalised_site():
    found = _mentions("He died in a cell at Central Police Station in Mombasa, his family said.")
    assert ("Central Police Station", "FAC") in found
    assert ("Central", "GPE") not in found


def test_regional_hospital_after_a_town():
    found = _mentions("The wounded were taken to the Kandahar regional hospital, a nurse said.")
    assert ("Kandahar regional hospital", "FAC") in found
