"""Places described through a locating phrase are where, not whom (invented Sudan and Sahel reports)."""
from __future__ import annotations

from event_helpers import coded_roles


ACTORS = {
    "Sudanese": "NORP", "RSF": "ORG", "Umm Keddada": "GPE", "North Darfur": "GPE", "Sudan": "GPE",
    "Ministry of Health": "ORG", "Malian": "NORP", "Menaka": "GPE", "JNIM": "ORG", "Mali": "GPE",
    "Interior Ministry": "ORG", "Myanmar": "GPE", "Sagaing": "GPE",
}


def code(text: str) -> list[tuple]:
    return coded_roles(text, ACTORS, ("actor", "target", "location"))


def test_a_place_in_a_district_phrase_is_where_not_whom():
    text = "An RSF drone struck a bus on the highway in the district of Umm Keddada on Friday, killing six people."
    got = [e for e in code(text) if e[0] == "ASSAULT"]
    assert got and got[0][1] == "RSF" and got[0][2] is None and got[0][3] == "Umm Keddada"
    text = "JNIM fighters ambushed a convoy near the town of Menaka on Monday."
    got = [e for e in code(text) if e[0] == "ASSAULT"]
    assert got and got[0][2] is None and got[0][3] == "Menaka"


def test_an_attack_on_the_outskirts_of_a_town_still_aims_at_it():
    got = [e for e in code("JNIM fighters attacked the outskirts of Menaka on Monday.") if e[0] == "ASSAULT"]
    assert got and got[0][2] == "Menaka"
