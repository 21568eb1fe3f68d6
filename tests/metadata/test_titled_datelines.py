"""Datelines in title case without a credit ("Port-au-Prince — "), accepted only for known places,
and "Place, 9 April 2025" lines heading a press release. Invented sentences."""
import datetime as dt

import pytest

from sitrep.metadata.dateline import find_dateline, place_date
from sitrep.metadata.places import is_known_place


@pytest.mark.parametrize("paragraph, place", [
    ("Port-au-Prince — Gunmen set fire to a market in the Croix-des-Bouquets district overnight.", "Port-au-Prince"),
    ("Khartoum - Artillery fire shook the capital's southern suburbs on Friday.", "Khartoum"),
    ("Bogotá — Rebels of the ELN freed two soldiers on Sunday.", "Bogotá"),
    ("Goma, North Kivu — Displaced families crowded into schools on Tuesday.", "Goma"),
    ("Mogadishu, March 4 — A car bomb exploded near a checkpoint.", "Mogadishu"),
])
def test_title_case_known_place_before_a_dash_is_a_dateline(paragraph, place):
    found = find_dateline(paragraph)
    assert found is not None and found.place == place and found.credit is None
    assert paragraph[found.end:][0].isupper()


@pytest.mark.parametrize("paragraph", [
    "Analysis — The army's offensive in the east has stalled.",
    "Exclusive — Rebel commanders met envoys in secret, documents show.",
    "Breaking News — Troops entered the town.",
    "Police — Officers arrested four suspects.",     # a town in Poland, but an everyday word
    "Kenya — a country that sent police to the mission — said it would stay.",
    "Officials said - without giving details - that talks had failed.",
])
def test_labels_and_prose_before_a_dash_are_not_datelines(paragraph):
    assert find_dateline(paragraph) is None


def test_title_case_dash_dateline_can_be_limited_to_the_first_paragraph():
    assert find_dateline("Kyiv — Drones hit the city.", titled_dash=False) is None
    assert find_dateline("KYIV — Drones hit the city.", titled_dash=False).place == "KYIV"


def test_gazetteer_knows_towns_but_not_function_words():
    assert is_known_place("Port-au-Prince") and is_known_place("goma")
    assert not is_known_place("Of") and not is_known_place("Analysis")


@pytest.mark.parametrize("line, place, date", [
    ("Juba, 14 June 2024", "Juba", dt.date(2024, 6, 14)),
    ("Port-au-Prince, April 9, 2025", "Port-au-Prince", dt.date(2025, 4, 9)),
    ("BENI, 3 March 2025.", "BENI", dt.date(2025, 3, 3)),
    ("Khartoum, Sudan, Tuesday, 4 March 2025", "Khartoum", dt.date(2025, 3, 4)),
])
def test_place_and_date_lines(line, place, date):
    assert place_date(line) == (place, date)


@pytest.mark.parametrize("line", [
    "Ministry of Defence, 9 April 2025",          # a stamp, not a place
    "Juba, 14 June 2024 - the army said it had repelled the attack",
    "Monday, 9 April 2025",
    "The army said, on 9 April 2025",
])
def test_other_lines_with_a_date_are_not_place_and_date(line):
    assert place_date(line) is None
