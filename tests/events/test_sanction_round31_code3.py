"""A subject told as being under sanctions is SANCTION by the body named before 'sanctions' (invented text)."""
from __future__ import annotations

import pytest
from event_helpers import named_events


@pytest.mark.parametrize("text,actor,target", [
    ("The Kachin Independence Army has been under United Nations sanctions since 2020, diplomats said.",
     "United Nations", "Kachin Independence Army"),
    ("Commander Ivo Brask remains under EU sanctions for his role in the 2021 massacre.", "EU", "Ivo Brask"),
    ("The Tigray Defence Forces were placed under US Treasury sanctions in May.", "US Treasury",
     "Tigray Defence Forces"),
])
def test_under_sanctions_is_sanction(text: str, actor: str, target: str) -> None:
    events = named_events(text)
    assert ("SANCTION", actor, target) in [e[:3] for e in events]


def test_under_sanctions_rules_without_subject_codes_nothing() -> None:
    events = named_events("Under EU sanctions rules, banks in Lisbon must report such transfers.")
    assert not [e for e in events if e[0] == "SANCTION"]
