"""Round 11 relations: a titleless "led by", roles named by a pronoun ("its spokesman X"), the
office named before its place ("the mayor of A, X"), unplaced national offices given the
document's country, and a name that only modifies a noun ("heads the UN mission").

Invented sentences; mentions come from the default finder and the shipped knowledge base.
"""
from __future__ import annotations

from corpus_checks import relations_of




def rels(text: str) -> set[tuple]:
    return relations_of(text)


def test_group_led_by_a_person_without_title():
    got = rels("The Free Highland Front, led by Arman Vartanyan, denied the claim on Monday.")
    assert ("Arman Vartanyan", "leader_of", "Free Highland Front") in got


def test_led_by_a_persons_deputy_is_not_the_leader():
    got = rels("The Free Highland Front, led by Arman Vartanyan's deputy, denied the claim.")
    assert not any(p == "leader_of" for _, p, _ in got)


def test_the_groups_spokesman_speaks_for_the_group_named_before():
    got = rels("The Free Highland Front said the claim was false. In a statement, the group's "
               "spokesman Doran Kelso said none of its fighters had died.")
    assert ("Doran Kelso", "spokesperson_of", "Free Highland Front") in got


def test_its_spokesman_who_goes_by_a_nom_de_guerre():
    got = rels("The Sahel Liberation Movement denied it. Its spokesman, who goes by the name "
               "General Tiger Moussa, said the base was intact.")
    assert ("Tiger Moussa", "spokesperson_of", "Sahel Liberation Movement") in got


def test_its_commander_after_a_semicolon():
    got = rels("The Zarqa Brigade denied the raid; its commander Salem Obeid said his men were asleep.")
    assert ("Salem Obeid", "leader_of", "Zarqa Brigade") in got


def test_its_commander_does_not_go_to_an_organisation_in_object_position():
    got = rels("The army said it had killed 20 rebels of the Free Highland Front. "
               "Its commander Colonel Ivan Petrov told reporters.")
    assert not any(p == "leader_of" for _, p, _ in got)


def test_its_spokesman_after_a_country_says_nothing():
    got = rels("Turkey struck the camp on Monday. Its spokesman Ali Demir said the raid succeeded.")
    assert not any(p == "spokesperson_of" for _, p, _ in got)


def test_mayor_of_a_town_before_the_name():
    got = rels("The mayor of Gori, Levan Beridze, said the dead were farmers.")
    assert ("Levan Beridze", "holds_office", "Gori") in got


def test_spokeswoman_of_a_ministry_before_the_name():
    got = rels("The spokeswoman of the Ministry of Defence, Lieutenant General Sok Vanna, said two drones were downed.")
    assert ("Sok Vanna", "spokesperson_of", "Ministry of Defence") in got


def test_county_commissioner_of_the_place_named_first():
    got = rels("Kotido county commissioner John Lomuria said 12 people died.")
    assert ("John Lomuria", "holds_office", "Kotido") in got
    assert not any(o == -1 for _, _, o in got)


def test_information_minister_of_the_documents_one_country():
    got = rels("Information Minister Peter Lokwang said the talks had failed. Uganda has closed its border.")
    assert ("Peter Lokwang", "holds_office", "Uganda") in got


def test_first_vice_president_of_the_dominant_country():
    got = rels("Fighting spread across Chad on Monday. Chadian troops retook Abeche, and First "
               "Vice-President Idriss Mahamat visited the town. Sudan denied sending fighters to Chad.")
    assert ("Idriss Mahamat", "holds_office", "Chad") in got


def test_national_office_with_two_equal_countries_stays_unplaced():
    got = rels("Foreign Minister Erlan Bekov said Kazakhstan and Kyrgyzstan would meet in Almaty.")
    assert ("Erlan Bekov", "holds_office", -1) in got


def test_a_local_office_is_not_given_the_country():
    got = rels("Governor Anan Sukprasert said Thailand would rebuild the bridge.")
    assert not any(p == "holds_office" and o == "Thailand" for _, p, o in got)


def test_known_foreign_leader_is_not_given_the_documents_country():
    got = rels("Ukraine said the strikes hit Kharkiv. Ukrainian officials said President Vladimir "
               "Putin ordered them. Ukraine asked for air defence.")
    assert not any(s == "Vladimir Putin" and p == "holds_office" and o == "Ukraine" for s, p, o in got)


def test_head_of_a_un_mission_does_not_lead_the_un():
    got = rels("Anna Berg, who heads the UN mission, said the attack was a crime.")
    assert not any(p == "leader_of" and o in ("UN", "United Nations") for _, p, o in got)
