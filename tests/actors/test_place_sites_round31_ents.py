"""A known town with a lowercase facility head after "the" is a facility: "the Mosul power station"."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _mentions(text: str) -> list[tuple[str, str]]:
    found = find_mentions(text, split_sentences(text), KnowledgeBase.default())
    return [(text[m.start:m.end], m.type) for m in found]


def test_checkpoint_after_known_town():
    got = _mentions("Border guards detained the former minister at the Bukavu checkpoint on Tuesday.")
    assert ("Bukavu checkpoint", "FAC") in got


def test_power_station_after_known_city():
    got = _mentions("Drones struck the Kharkiv power station overnight, cutting supplies to the district.")
    assert ("Kharkiv power station", "FAC") in got


def test_penitentiary_head():
    got = _mentions("Gunmen stormed the Mosul penitentiary and freed dozens of inmates.")
    assert ("Mosul penitentiary", "FAC") in got


def test_route_after_town_is_no_site():
    got = _mentions("Trucks queued for hours on the Kharkiv road after the strike.")
    assert ("Kharkiv road", "FAC") not in got


def test_mission_after_town_is_no_site_of_it():
    got = _mentions("Protesters marched on the Kigali embassy of the neighbouring state.")
    assert ("Kigali embassy", "FAC") not in got
