"""Speakers in articles from other conflicts: a described speaker with a place in the description,
and a generic institution ("the army") that points back to the named one. All invented."""
from __future__ import annotations

import pytest


def one(qs):
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize("text, desc", [
    ("“The road is no longer safe,” said a driver in Tessit, who asked not to be named.",
     "a driver in Tessit"),
    ("“The road is no longer safe,” said a trader in Tessit who asked not to be named.",
     "a trader in Tessit"),
    ("“We cannot sleep any more,” said a resident of Orlec.", "a resident of Orlec"),
    ("“We cannot sleep any more,” a resident of Orlec said.", "a resident of Orlec"),
])
def test_a_place_inside_a_speaker_description_is_not_the_speaker(quotes_of, text, desc):
    q = one(quotes_of(text, {"Tessit": "GPE", "Orlec": "GPE"}))
    assert q.speaker is None
    assert q.speaker_name == desc
    assert text[q.speaker_start:q.speaker_end] == desc


def test_a_named_group_after_the_verb_is_still_the_speaker(quotes_of):
    q = one(quotes_of("“We took the hill,” said the Kestrian Army in a statement.",
                      {"Kestrian Army": "ORG"}))
    assert (q.speaker, q.speaker_name) == (0, "Kestrian Army")


def test_the_air_force_is_the_air_force_named_before(quotes_of):
    text = ("The Valdoran Air Force said 40 drones were launched overnight at Orlec. "
            "“All of them were shot down,” the air force said.")
    q = one(quotes_of(text, {"Valdoran Air Force": "ORG", "Orlec": "GPE"}))
    assert (q.speaker, q.speaker_name) == (0, "Valdoran Air Force")


def test_the_army_is_the_most_recent_army_named(quotes_of):
    text = ("The Kestrian Army shelled the town and the Valdoran army answered with drones. "
            "“The attackers were repelled,” the army said in a communique.")
    q = one(quotes_of(text, {"Kestrian Army": "ORG", "Valdoran army": "ORG"}))
    assert (q.speaker, q.speaker_name, q.cue) == (1, "Valdoran army", "said in a communique")


def test_the_army_with_no_army_named_stays_a_description(quotes_of):
    text = "The Kestrian Army shelled the town. “The attackers were repelled,” the militia said."
    q = one(quotes_of(text, {"Kestrian Army": "ORG"}))
    assert (q.speaker, q.speaker_name) == (None, "the militia")


def test_a_later_army_does_not_speak_for_an_earlier_quote(quotes_of):
    text = ("“The attackers were repelled,” the army said on Monday. "
            "The Kestrian Army later withdrew.")
    q = one(quotes_of(text, {"Kestrian Army": "ORG"}))
    assert (q.speaker, q.speaker_name) == (None, "the army")
