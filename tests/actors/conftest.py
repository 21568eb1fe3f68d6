"""Small invented knowledge bases for the actor tests (the shipped KB changes under us)."""
from __future__ import annotations

import pytest

from sitrep.actors.kb import KnowledgeBase

ENTRIES = [
    {"id": "hezbollah", "name": "Hezbollah", "type": "ORG", "aliases": ["Hizballah", "Hizbullah"]},
    {"id": "kataib-hezbollah", "name": "Kataib Hezbollah", "type": "ORG",
     "aliases": ["Kata'ib Hizballah", "Hezbollah Brigades", "KH"], "ambiguous": ["KH"]},
    {"id": "kataib-sayyid-al-shuhada", "name": "Kataib Sayyid al-Shuhada", "type": "ORG",
     "aliases": ["KSS"]},
    {"id": "mohammed-shia-al-sudani", "name": "Mohammed Shia al-Sudani", "type": "PERSON",
     "aliases": ["al-Sudani"]},
    {"id": "iraq", "name": "Iraq", "type": "GPE", "aliases": ["Republic of Iraq"], "capital": "baghdad",
     "government": "government-of-iraq"},
    {"id": "baghdad", "name": "Baghdad", "type": "GPE", "aliases": [], "capital_of": "iraq"},
    {"id": "government-of-iraq", "name": "Government of Iraq", "type": "ORG",
     "aliases": ["Iraqi government", "Iraq's government"]},
    {"id": "iraqi", "name": "Iraqi", "type": "NORP", "aliases": ["Iraqis"], "demonym_of": "iraq"},
    {"id": "united-states", "name": "United States", "type": "GPE", "aliases": ["US", "U.S.", "USA"],
     "ambiguous": ["US", "U.S."]},
    {"id": "united-nations", "name": "United Nations", "type": "ORG", "aliases": ["UN", "U.N."]},
    {"id": "nato", "name": "NATO", "type": "ORG", "aliases": ["North Atlantic Treaty Organization"]},
    {"id": "shahed-136", "name": "Shahed-136", "type": "WEAPON", "aliases": ["Geran-2"]},
]


@pytest.fixture(scope="session")
def small_kb() -> KnowledgeBase:
    return KnowledgeBase(ENTRIES, places=False, outlets=False)


@pytest.fixture(scope="session")
def geo_kb() -> KnowledgeBase:
    """The invented entries plus outlets and GeoNames places."""
    return KnowledgeBase(ENTRIES)
