"""Round 34 entity pass: sites named after a listed town, lowercase state bodies beyond
ministries, more numbered-unit heads, named gangs and cartels, and a wider given-name list. Invented towns, states and people throughout."""
from __future__ import annotations

import pytest

from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences

_ENTRIES = [
    {"id": "veloria", "name": "Veloria", "type": "GPE", "aliases": [], "capital": "velka",
     "government": "government-of-veloria"},
    {"id": "government-of-veloria", "name": "Government of Veloria", "type": "ORG",
     "aliases": ["Velorian government"]},
    {"id": "velorian", "name": "Velorian", "type": "NORP", "aliases": ["Velorians"], "demonym_of": "veloria"},
    {"id": "velka", "name": "Velka", "type": "GPE", "aliases": [], "capital_of": "veloria"},
    {"id": "dravo", "name": "Dravo", "type": "GPE", "aliases": []},
    {"id": "dravo-plain", "name": "Dravo Plain", "type": "GPE", "aliases": []},
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(_ENTRIES, places=False, outlets=False)


def _types(text: str, kb: KnowledgeBase) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_mentions(text, split_sentences(text), kb):
        out.setdefault(m.text, set()).add(m.type)
    return out


# --- a listed town and a lowercase site head ------------------------------------------------

def test_listed_town_with_site_head_after_preposition_is_the_site(kb):
    got = _types("Refugees waited for hours at the Dravo border gate before crossing.", kb)
    assert got.get("Dravo border gate") == {"FAC"}
    assert "GPE" in got.get("Dravo", set())          # the town stays an actor of the document


def test_listed_town_with_new_heads_school_and_railway_station(kb):
    got = _types("A bomb went off in Dravo bazaar, and another near the Dravo railway station.", kb)
    assert got.get("Dravo bazaar") == {"FAC"}
    assert got.get("Dravo railway station") == {"FAC"}


def test_site_head_after_a_verb_is_not_a_named_site(kb):
    got = _types("Jets hit Dravo port on Monday, witnesses in the area said.", kb)
    assert "Dravo port" not in got
    assert got.get("Dravo") == {"GPE"}


def test_territory_of_several_words_and_country_make_no_site(kb):
    got = _types("Troops moved into the Dravo Plain camp. Lorries queued at the Veloria border crossing.", kb)
    assert "Dravo Plain camp" not in got
    assert "Veloria border crossing" not in got


def test_unknown_name_before_lowercase_school_is_a_facility(kb):
    got = _types("An air strike hit the Al-Nahda school in the east of the city on Sunday.", kb)
    assert got.get("Al-Nahda school") == {"FAC"}


# --- lowercase bodies of a state --------------------------------------------------------------

def test_possessive_state_and_lowercase_administration_is_one_body(kb):
    got = _types("Veloria's presidential administration said aid would be sent.", kb)
    assert got.get("Veloria's presidential administration") == {"ORG"}


def test_demonym_and_lowercase_service_is_one_body(kb):
    got = _types("The Velorian intelligence service arrested two men on Friday.", kb)
    assert got.get("Velorian intelligence service") == {"ORG"}


def test_regional_government_is_its_own_body(kb):
    got = _types("The Velorian regional government imposed a curfew.", kb)
    assert got.get("Velorian regional government") == {"ORG"}


def test_the_states_own_government_is_left_to_the_state(kb):
    got = _types("Veloria's military government said the situation was under control.", kb)
    assert "Veloria's military government" not in got
    assert got.get("Veloria") == {"GPE"}


def test_capitalised_body_after_possessive_is_not_widened(kb):
    got = _types("Veloria's State Border Service said the crossing was open.", kb)
    assert "Veloria's State Border Service" not in got


# --- names ----------------------------------------------------------------------------------

def test_added_given_name_opens_a_person_without_a_cue(kb):
    got = _types("Elders including Tesfaye Ordano attended the burial in the hills.", kb)
    assert got.get("Tesfaye Ordano") == {"PERSON"}
    got = _types("The convoy carried Dawit Orsano and two aid workers.", kb)
    assert got.get("Dawit Orsano") == {"PERSON"}


# --- units and groups -----------------------------------------------------------------------

def test_numbered_wing_and_group_are_units(kb):
    got = _types("Airmen of the 412th Tanker Wing flew with the 9th Special Forces Group.", kb)
    assert got.get("412th Tanker Wing") == {"ORG"}
    assert got.get("9th Special Forces Group") == {"ORG"}


def test_a_group_of_men_is_no_unit(kb):
    got = _types("A group of 20 men crossed the river near the camp.", kb)
    assert not any("group" in t.lower() for t in got)


def test_gang_and_cartel_keep_their_head(kb):
    got = _types("Fighters of the Tarvo gang clashed with the Kalvar cartel near the port.", kb)
    assert got.get("Tarvo gang") == {"ORG"}
    assert got.get("Kalvar cartel") == {"ORG"}


# --- places listed as examples of a plural place noun ---------------------------------------

def test_places_after_including_a_few_words_after_the_noun(kb):
    got = _types("Militias raided villages in the south of the province, including Orvani and Kestel, "
                 "residents said.", kb)
    assert got.get("Orvani") == {"GPE"}
    assert got.get("Kestel") == {"GPE"}


def test_one_place_after_such_as_is_enough(kb):
    got = _types("Gangs pushed into neighbourhoods such as Marvelle and parts of the old port.", kb)
    assert got.get("Marvelle") == {"LOC"}         # a neighbourhood: an area of a town


def test_including_after_the_sentence_ended_lists_nothing(kb):
    got = _types("Shelling hit several villages; including Orvani in the count was a mistake, "
                 "Tarek Halvi said.", kb)
    assert "GPE" not in got.get("Orvani", set())


def test_neighbourhood_is_an_area_not_a_town(kb):
    got = _types("The strike hit the Tel Varra neighbourhood on Monday.", kb)
    assert got.get("Tel Varra") == {"LOC"}
    got = _types("Gunmen entered neighborhoods such as Marvelle overnight.", kb)
    assert got.get("Marvelle") == {"LOC"}


def test_capitalised_school_is_no_lowercase_site(kb):
    # "school" names a site only in lower case; "X Medical School" is an institution
    got = _types("Doctors delivered supplies to Orvani University Medical School last week.", kb)
    assert "FAC" not in {t for name, types in got.items() if "School" in name for t in types}


def test_a_towns_own_base_or_port_stays_the_town(kb):
    # "the base in Dravo" and "the Dravo army base" must meet at one place: the town
    got = _types("Relatives gathered after the attack on the Dravo army base and at the Dravo port.", kb)
    assert not any(t.startswith("Dravo ") for t in got)
    assert got.get("Dravo") == {"GPE"}
