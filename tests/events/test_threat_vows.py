"""A vow to use force is a threat, a vow of help is an agreement (CAMEO 138; invented reports)."""
from __future__ import annotations

from event_helpers import coded_roles

ACTORS = {"Mahamat Deby": "PERSON", "Boko Haram": "ORG", "Tinubu": "PERSON", "Kano": "GPE"}


def code(text: str) -> list[tuple]:
    return coded_roles(text, ACTORS)


def test_vowed_to_crush_is_a_threat():
    assert ("THREATEN", "Mahamat Deby", "Boko Haram") in code("Mahamat Deby vowed to crush Boko Haram.")


def test_promised_to_wage_war_against_is_a_threat():
    got = code("Tinubu promised to wage a relentless war against Boko Haram in his address on Monday.")
    assert ("THREATEN", "Tinubu", "Boko Haram") in got
    assert not any(e[0] == "AGREE" for e in got)


def test_pledged_to_wipe_out_is_a_threat():
    assert any(e[0] == "THREATEN" for e in code("Tinubu pledged to wipe out Boko Haram within a year."))


def test_a_pledge_of_help_is_no_threat():
    got = code("Tinubu pledged to rebuild the schools of Kano.")
    assert not any(e[0] == "THREATEN" for e in got)


def _found(text: str) -> list[str]:
    from sitrep.events import threat_speech
    low = text.lower()
    return [text[t.start:t.end] for t in threat_speech.find(low, 0, len(low))]


def test_promised_punishment_and_shooting_down_are_threats():
    assert _found('"We will not spare anyone involved in the burning of the depot," the minister said.')
    assert _found("He said any aircraft that entered the zone would be shot down.")
    assert _found("Every armed group named in the order will become a legitimate target, the admiral said.")


def test_sparing_no_effort_is_no_threat():
    assert not _found("The government will not spare any effort to help the displaced families.")
