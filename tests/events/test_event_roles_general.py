"""Roles that must not be filled by the dateline, an attribution's source, a speaker's description or
a relative clause (invented Myanmar, Sudan, Ukraine and Sahel reports)."""
from __future__ import annotations

from event_helpers import coded_roles

from sitrep.events.coder import dateline_end

ACTORS = {
    "MANDALAY": "GPE", "Kawlin": "GPE", "KADUGLI": "GPE", "Kadugli": "GPE", "Rapid Support Forces": "ORG",
    "Russian forces": "ORG", "Zaporizhzhia": "GPE", "Ivan Fedorov": "PERSON", "Ukrainian Air Force": "ORG",
    "Ukraine": "GPE", "Russian": "NORP", "Myanmar military": "ORG", "People's Defence Force": "ORG",
    "Sagaing": "GPE", "Gao": "GPE", "Kyiv": "GPE", "Russia": "GPE", "Iran": "GPE", "Niger": "GPE",
    "Wad Madani": "GPE", "El Fasher": "GPE", "Kharkiv": "GPE", "army": "ORG",
}


def code(text: str) -> list[tuple]:
    return coded_roles(text, ACTORS, ("actor", "target", "location"))


def test_the_dateline_place_is_no_actor():
    text = "MANDALAY — Resistance forces said on Friday that they had seized the town of Kawlin."
    assert dateline_end(text) == len("MANDALAY — ")
    assert all(e[1] != "MANDALAY" for e in code(text))
    assert ("ASSAULT", None, "Kawlin", None) in code(text)          # a town seized: ASSAULT


def test_the_dateline_place_is_no_actor_of_a_nominal_attack():
    text = "KADUGLI (AP) — The army said it had repelled an attack on Kadugli by the Rapid Support Forces."
    got = [e for e in code(text) if e[0] == "ASSAULT"]
    assert got and got[0][1] == "Rapid Support Forces" and got[0][2] == "Kadugli"


def test_prose_that_opens_with_a_place_has_no_dateline():
    assert dateline_end("Kawlin fell to resistance forces on Friday.") == 0


def test_the_source_of_a_trailing_attribution_is_no_target():
    text = ("Russian forces shelled Zaporizhzhia on Friday, killing four people, "
            "regional governor Ivan Fedorov said.")
    got = code(text)
    assert got and all(e[2] != "Ivan Fedorov" for e in got)


def test_an_organisation_as_source_is_no_target():
    text = "Ukraine shot down 29 of 35 Russian drones launched overnight, the Ukrainian Air Force said."
    got = code(text)
    assert got and all(e[2] != "Ukrainian Air Force" for e in got)


def test_a_source_after_a_toll_is_neither_target_nor_place():
    text = "A Myanmar military air strike killed 14 civilians, a People's Defence Force group in Sagaing said."
    assert code(text) == [("ASSAULT", "Myanmar military", None, None)]


def test_an_attribution_keeps_the_acts_own_place():
    text = "The Myanmar military bombed a school in Sagaing, a People's Defence Force group said."
    assert code(text) == [("ASSAULT", "Myanmar military", None, "Sagaing")]


def test_an_object_that_is_no_source_is_kept():
    # "claimed the town" has an object: the clause is the main one, not an attribution
    assert ("ASSAULT", "Russian forces", "Kharkiv", None) in code("Russian forces attacked Kharkiv, and the army said so.")


def test_an_anonymity_formula_is_no_request_and_its_place_no_actor():
    assert code("\"The road is no longer safe,\" said a driver in Gao, who asked not to be named.") == []
    assert code("A commander in Sagaing, who spoke on condition of anonymity, said Russia asked Iran for drones.") \
        == [("REQUEST", "Russia", "Iran", None)]


def test_a_real_request_is_still_coded():
    assert code("Niger asked Russia to send instructors.") == [("REQUEST", "Niger", "Russia", None)]


def test_the_speakers_place_is_not_the_reported_acts_place():
    got = code("An official in Kyiv said Russia had asked Iran for more drones.")
    assert got == [("REQUEST", "Russia", "Iran", None)]


def test_a_relative_clause_keeps_its_object():
    text = "Niger's military government, which seized Kawlin in July 2023, has asked Russia for air support."
    got = code(text)
    assert ("ASSAULT", None, "Kawlin", None) in got or ("ASSAULT", "Niger", "Kawlin", None) in got
    assert all(not (e[0] in ("COERCE", "ASSAULT") and e[2] == "Russia") for e in got)
    assert any(e[0] == "REQUEST" and e[2] == "Russia" for e in got)
    power = code("Niger's military government, which seized power in July 2023, has asked Russia for air support.")
    assert all(not (e[0] == "COERCE" and e[2] == "Russia") for e in power)


def test_a_relative_clause_between_subject_and_verb_gives_no_subject():
    text = "The Rapid Support Forces, which seized Wad Madani in December, attacked El Fasher on Monday."
    got = code(text)
    assert ("ASSAULT", "Rapid Support Forces", "El Fasher", None) in got
    assert all(e[1] != "Wad Madani" for e in got)


def test_dropping_bombs_on_a_place_is_an_assault_on_it():
    text = "Russian forces dropped guided bombs on Zaporizhzhia on Friday, killing four people, regional governor Ivan Fedorov said."
    got = [e for e in code(text) if e[0] == "ASSAULT"]
    assert got and got[0][1] == "Russian forces" and "Zaporizhzhia" in (got[0][2], got[0][3])
    # dropping anything else is no attack
    assert not [e for e in code("Russia dropped its demand for talks in Kharkiv, Ivan Fedorov said.") if e[0] == "ASSAULT"]


def test_a_bare_assault_noun_takes_its_by_agent():
    text = "Residents of El Fasher fled after an assault by the Rapid Support Forces on Friday."
    got = [e for e in code(text) if e[0] == "ASSAULT"]
    assert got and got[0][1] == "Rapid Support Forces"
