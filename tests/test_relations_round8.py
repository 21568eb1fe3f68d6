"""Round 8 relations: a junta leader, a government spokesman, and the split-off office rules.

Invented sentences; mentions come from the default finder, so the country entries of the
shipped knowledge base decide which actor a bare "government" is.
"""
from __future__ import annotations

from corpus_checks import relations_of




def rels(text: str) -> set[tuple]:
    return relations_of(text, office=True)


def test_junta_leader_with_rank_leads_the_country():
    got = rels("Mali's junta leader, Colonel Bakary Toumani, met envoys in Bamako on Friday.")
    assert ("Bakary Toumani", "leader_of", "Mali", None) in got


def test_military_ruler_leads_the_country():
    got = rels("Niger's military ruler Abdou Sanoussi said the border would stay shut.")
    assert ("Abdou Sanoussi", "leader_of", "Niger", None) in got


def test_plain_leader_of_a_country_is_not_read_as_junta_leader():
    got = rels("Mali's leader Bakary Toumani met envoys in Bamako on Friday.")
    assert not any(p == "leader_of" and o == "Mali" for _, p, o, _ in got)


def test_government_spokesman_speaks_for_the_one_country_named():
    got = rels("Government spokesman Issa Kaboré said the convoy reached Djibo. "
               "Burkina Faso has closed the road since March.")
    assert ("Issa Kaboré", "spokesperson_of", "Burkina Faso", None) in got


def test_government_spokesman_with_two_countries_says_nothing():
    got = rels("Government spokesman Issa Kaboré said troops from Mali and Niger crossed the border.")
    assert not any(p == "spokesperson_of" for _, p, _, _ in got)


def test_army_spokesman_still_finds_the_one_army():
    got = rels("Army spokesman Musa Danladi said the Nigerian Army repelled the raid near Monguno.")
    assert ("Musa Danladi", "spokesperson_of", "Nigerian Army", None) in got


def test_title_alone_still_gives_an_office_without_polity():
    got = rels("Speaking in Yerevan, Defence Minister Aram Sargsyan said the talks would resume.")
    assert ("Aram Sargsyan", "holds_office", -1, "Defence Minister") in got


# a titled leader named after his group ("loyal to commander X", "of Prime Minister X", "led by
# commander X")
def _triples(text: str) -> set[tuple]:
    return {r[:3] for r in rels(text)}


def test_units_loyal_to_their_commander():
    got = _triples("Zarqa Brigade units, loyal to commander Omar Haddad, seized the port on Sunday.")
    assert ("Omar Haddad", "leader_of", "Zarqa Brigade") in got


def test_government_of_its_prime_minister():
    got = _triples("The Government of National Accord (GNA) of Prime Minister Karim Talbi rejected the plan on Monday.")
    assert ("Karim Talbi", "leader_of", "Government of National Accord") in got or \
        ("Karim Talbi", "leader_of", "GNA") in got


def test_group_led_by_its_commander():
    got = _triples("The Northern Shield Movement, led by commander Tomas Varga, denied the raid.")
    assert ("Tomas Varga", "leader_of", "Northern Shield Movement") in got


def test_loyal_to_without_a_title_is_no_leadership():
    # "loyal to" a named person with no title may be an alliance of convenience: no leader_of
    got = _triples("Zarqa Brigade units, loyal to Omar Haddad, seized the port on Sunday.")
    assert not any(p == "leader_of" for _, p, _ in got)


def test_a_place_of_a_minister_is_no_leadership():
    got = _triples("Shelling hit the village of Interior Minister Lina Sorel on Friday.")
    assert not any(p == "leader_of" for _, p, _ in got)
