"""Round 32 (second pass): Spanish double surnames, namesakes, tribes, and name boundaries.

Invented texts of other conflicts: a Colombian/Venezuelan border war, the Pakistani tribal belt,
the Horn of Africa. Two people who share a given name and first surname but not the second are
two people; a known person's short form introduced as an ordinary person is a namesake; a
surname before "elders" or "family" names a tribe or family, not the person.
"""
from __future__ import annotations

import pytest

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.kbcache import default
from sitrep.actors.resolve import resolve_entities
from sitrep.nlp.sentences import split_sentences

ENTRIES = [
    {"id": "el-gavilan", "name": "Hernando Salcedo", "type": "PERSON",
     "aliases": ["Hernando Salcedo Quintana", "El Gavilán"], "country": "colombia"},
    {"id": "petro-like", "name": "Gustavo Arenas", "type": "PERSON", "aliases": [], "country": "colombia"},
    {"id": "hafiz-gul", "name": "Hafiz Gul Bahadur", "type": "PERSON", "aliases": ["Hafiz Gul"],
     "country": "pakistan"},
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(ENTRIES, places=False, outlets=False)


def _mentions(text: str, kb: KnowledgeBase):
    return find_mentions(text, split_sentences(text), kb)


def _entities(docs: list[str], kb: KnowledgeBase):
    ents, _ = resolve_entities([(f"d{i}", _mentions(t, kb)) for i, t in enumerate(docs)], kb)
    return ents


def _owner(ents, alias: str):
    return [e for e in ents if alias in e.aliases]


def test_a_son_with_another_second_surname_is_not_the_known_father(kb):
    ents = _entities(["The cell answered to Hernando Salcedo Ortiz, a son of the warlord, police said.",
                      "Hernando Salcedo Quintana, known as El Gavilán, was extradited in 2019."], kb)
    son, father = _owner(ents, "Hernando Salcedo Ortiz"), _owner(ents, "Hernando Salcedo Quintana")
    assert son and father and son[0].id != father[0].id
    assert father[0].kb_id == "el-gavilan" and son[0].kb_id is None


def test_a_known_person_without_a_listed_second_surname_still_takes_his_full_name(kb):
    ents = _entities(["Senator Gustavo Arenas Villamil spoke in Cúcuta.", "Gustavo Arenas denied it."], kb)
    full = _owner(ents, "Gustavo Arenas Villamil")
    assert full and "Gustavo Arenas" in full[0].aliases


def test_a_frequent_surname_that_is_also_a_town_extends_the_name():
    text = "The plane also carried Ernesto Vargas Lopez, a cousin of the commander."
    ms = _mentions(text, default())
    assert "Ernesto Vargas Lopez" in [m.text for m in ms if m.type == "PERSON"]
    assert not [m for m in ms if m.text == "Lopez" and m.type == "GPE"]


def test_a_spanish_given_name_makes_a_town_named_surname_a_person():
    text = '"Nobody sleeps here any more," said Graciela Salamanca, a nurse in the border town.'
    ms = _mentions(text, default())
    assert "Graciela Salamanca" in [m.text for m in ms if m.type == "PERSON"]


def test_both_surnames_without_the_given_name_join_the_full_name(kb):
    text = ("Táchira Governor Freddy Bernal Rosales said the crossing would stay shut. "
            "Bernal Rosales later met army commanders.")
    ms = _mentions(text, kb)
    full = [m for m in ms if m.text == "Freddy Bernal Rosales"]
    short = [m for m in ms if m.text == "Bernal Rosales"]
    assert full and short and full[0].local == short[0].local


def test_another_pair_of_surnames_is_another_person(kb):
    text = ("Commander Iván Márquez Rojas spoke on Monday. Márquez Rojas said the talks were over. "
            "His rival Pedro Márquez Durán denied it.")
    ms = _mentions(text, kb)
    full = [m for m in ms if m.text == "Iván Márquez Rojas"][0]
    assert [m for m in ms if m.text == "Márquez Rojas" and m.local == full.local]
    assert not [m for m in ms if "Durán" in m.text and m.local == full.local]


def test_a_surname_before_elders_is_a_tribe_not_the_person(kb):
    text = ('"We only want the road reopened," said Sher Khan Achakzai, a trader. '
            "A council of Achakzai elders met the deputy commissioner on Monday.")
    ms = _mentions(text, kb)
    person = [m for m in ms if m.text == "Sher Khan Achakzai"]
    bare = [m for m in ms if m.text == "Achakzai"]
    assert person and bare
    assert all(m.local != person[0].local for m in bare)
    assert bare[0].type == "NORP"


def test_a_surname_before_family_is_not_the_person(kb):
    text = "Militia leader Omar Abdi Warsame was killed. The Warsame family buried him on Friday."
    ms = _mentions(text, kb)
    person = [m for m in ms if m.text == "Omar Abdi Warsame"][0]
    assert not [m for m in ms if m.text == "Warsame" and m.local == person.local]


def test_a_known_short_form_introduced_as_an_ordinary_person_is_a_namesake(kb):
    text = '"The shelling went on all night," said Hafiz Gul, a farmer from the valley.'
    ms = _mentions(text, kb)
    hit = [m for m in ms if m.text == "Hafiz Gul"]
    assert hit and hit[0].type == "PERSON" and hit[0].kb_id is None


def test_a_known_short_form_without_that_apposition_keeps_its_link(kb):
    ms = _mentions("Hafiz Gul said his fighters would not disarm.", kb)
    assert [m for m in ms if m.text == "Hafiz Gul" and m.kb_id == "hafiz-gul"]
    ms = _mentions("Hafiz Gul Bahadur, a militant commander, said so.", kb)
    assert [m for m in ms if m.text == "Hafiz Gul Bahadur" and m.kb_id == "hafiz-gul"]


def test_an_institute_named_across_and_ends_before_its_seat(kb):
    text = "According to East African Institute for Peace and Development Studies of Nairobi, 300 died."
    ms = _mentions(text, kb)
    assert "East African Institute for Peace and Development Studies" in [m.text for m in ms if m.type == "ORG"]


def test_a_three_piece_run_keeps_the_name_over_and(kb):
    text = "A Centre for Mediation and Dialogue Studies in Mombasa published the figures."
    ms = _mentions(text, kb)
    assert "Centre for Mediation and Dialogue Studies" in [m.text for m in ms if m.type == "ORG"]


def test_an_everyday_word_is_no_spelling_of_a_one_word_name():
    text = "Video: Latin pop singers performed for displaced families in the camp."
    ms = _mentions(text, default())
    assert not [m for m in ms if m.text in ("Video", "Latin") and m.kb_id]


def test_a_us_state_after_a_city_is_a_place():
    text = "The smuggler was arrested in Laredo, Texas, after crossing from Nuevo Laredo."
    ms = _mentions(text, default())
    assert [m for m in ms if m.text == "Texas" and m.type == "GPE"]


def test_a_shortened_urdu_transliteration_names_the_pakistani_taliban():
    text = "Tehreek-e-Taliban is a different group from the Afghan Taliban, officials said."
    ms = _mentions(text, default())
    assert [m for m in ms if m.text == "Tehreek-e-Taliban" and m.kb_id == "ttp"]


def test_a_route_named_after_a_person_keeps_its_head():
    text = ("Three bodies were left beside the Simón Bolívar highway at dawn. "
            "By noon the Simón Bolívar highway was closed again.")
    ms = _mentions(text, default())
    facs = [m for m in ms if m.type == "FAC"]
    assert [m.text for m in facs] == ["Simón Bolívar highway", "Simón Bolívar highway"]
    assert not [m for m in ms if m.text == "Simón Bolívar"]


def test_a_road_named_after_two_towns_keeps_its_head_and_a_town_road_does_not(kb):
    ms = _mentions("Rebels cut the Lashio-Hsenwi road on Sunday. Troops patrolled near the Sugapa road.", kb)
    texts = [m.text for m in ms if m.type == "FAC"]
    assert "Lashio-Hsenwi road" in texts
    assert "Sugapa road" not in texts
