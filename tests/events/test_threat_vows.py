"""Threat speech: promised punishment and shooting down are threats, sparing no effort is none
(CAMEO 138; invented reports)."""
from __future__ import annotations


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
