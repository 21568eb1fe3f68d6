"""Types from lowercase descriptors and definitions around unknown names: "security firm X",
"the bulk carrier X", "a police union, X,", "X radio", "the X military camp", and a name with an
all-caps word defining a bracketed acronym. All invented."""
from __future__ import annotations

import pytest

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences


def typed(text: str) -> dict[str, str]:
    kb = KnowledgeBase.build([{"id": "kz", "name": "Kazoria", "type": "GPE", "aliases": ["KZ"]}])
    return {m.text: m.type for m in find_mentions(text, split_sentences(text), kb)}


@pytest.mark.parametrize("text, name, typ", [
    ("Maritime security firm Drevant said the tanker was hit twice.", "Drevant", "ORG"),
    ("The attack on the vessel Northern Dawn Star killed two sailors.", "Northern Dawn Star", "ORG"),
    ("The bulk carrier Silver Sea sank off the coast.", "Silver Sea", "ORG"),
    ("The charity Valley Hope said 40 families had fled.", "Valley Hope", "ORG"),
    ("Members of a teachers union, SYNELKA, marched on Monday.", "SYNELKA", "ORG"),
    ("The governor told Morvan radio that the road was open.", "Morvan", "MEDIA"),
    ("The newspaper Kartal Gazetesi published the list.", "Kartal Gazetesi", "MEDIA"),
    ("Troops left the Tuvanik military camp before dawn.", "Tuvanik military camp", "FAC"),
    ("Jets took off from the aircraft carrier Maria de Santos at noon.", "Maria de Santos", "ORG"),
])
def test_a_descriptor_types_the_unknown_name(text, name, typ):
    assert typed(text).get(name) == typ


def test_a_ship_is_never_a_place():
    assert typed("Gunmen boarded the cargo ship Azure Sea near the strait.").get("Azure Sea") == "ORG"


def test_a_title_in_the_run_keeps_the_person():
    found = typed("The company chief executive Milo Varga said the mine was closed.")
    assert found.get("Milo Varga") == "PERSON"


def test_an_all_caps_word_lends_its_letters_to_the_acronym():
    text = "The KZ Coastal Watch Office (KZCWO) said a drone struck the port. KZCWO later revised it."
    found = typed(text)
    assert found.get("KZ Coastal Watch Office") == "ORG"
    assert found.get("KZCWO") == "ORG"


def test_a_described_name_keeps_its_type_where_it_speaks_bare():
    text = ("Maritime security firm Drevant says the tanker was hit twice. Two crew members were "
            "killed, Drevant said. Drevant added that the crew had abandoned ship.")
    kb = KnowledgeBase.build([])
    types = {m.type for m in find_mentions(text, split_sentences(text), kb) if m.text == "Drevant"}
    assert types == {"ORG"}
