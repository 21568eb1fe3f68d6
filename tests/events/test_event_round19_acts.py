"""Round 19: common acts that were not coded or coded by keyword (invented Sahel sentences)."""
from __future__ import annotations

import pytest

from corpus_checks import actions_of as _actions

CASES = [
    ("Russia and China objected to the draft resolution.", "REJECT"),
    ("The FLA and the MSA joined forces to create a new coalition.", "COOPERATE"),
    ("The Federal Aviation Administration extended the ban on flights to Bamako for 30 days.", "SANCTION"),
    ("The United States imposed 25% tariffs on Malian goods.", "SANCTION"),
    ("Some 27 FLA fighters handed themselves over to the Malian army in Timbuktu.", "CONCEDE"),
    ("The Wagner Group surrendered to the Malian army.", "CONCEDE"),
    ("The FLA surrendered the town of Ber to the Malian army.", "RETREAT"),
    ("The FLA laid down its arms on Monday.", "RETREAT"),
    ("Some 500 FLA fighters surrendered last week near Gao.", "RETREAT"),
    ("Malian soldiers evacuated 40 wounded civilians by helicopter to Mopti.", "AID"),
    ("The ICRC said it had helped evacuate 200 people from the town.", "AID"),
    ("Niger received 1,200 refugees from Mali last week.", "AID"),
    ("The JNIM distributed pamphlets warning residents to leave the village within 24 hours.", "THREATEN"),
    ("President Assimi Goita promised a vigorous response to the attack.", "THREATEN"),
    ("The UN Security Council authorized the mission in October.", "AGREE"),
    ("Amnesty International said the killings were ordered by a local commander, Amadou Diallo.", "ACCUSE"),
    ("The FLA captured Kidal on Sunday.", "ASSAULT"),
]


@pytest.mark.parametrize("text,action", CASES)
def test_act_coded(text: str, action: str) -> None:
    assert action in _actions(text)


def test_surrender_of_fighters_is_concession_of_ground_is_retreat_and_promise_of_response_is_not_agree() -> None:
    # fighters giving themselves up to a side yield to it (CONCEDE, as news annotation codes it);
    # a bare surrender or ground given up stays CAMEO 0874 "retreat or surrender militarily", RETREAT
    assert "RETREAT" not in _actions("The Wagner Group surrendered to the Malian army.")
    assert "CONCEDE" not in _actions("The rebels surrendered the airport to government troops.")
    assert "AGREE" not in _actions("President Assimi Goita promised a vigorous response to the attack.")


def test_people_captured_stay_coerce_and_places_are_not() -> None:
    assert _actions("The army captured three FLA fighters near Gao.") == {"COERCE"}
    assert "COERCE" not in _actions("The FLA captured the city of Kidal on Sunday.")


def test_tariff_and_promise_patterns_need_their_objects() -> None:
    assert "SANCTION" not in _actions("Donald Trump imposed a curfew on Bamako.")
    assert "THREATEN" not in _actions("Assimi Goita promised a new constitution.")
