"""A deployment whose trigger opens with the force ("troops were deployed to") is the act of the side
named right before the force word, or of the body the document names for it
(sitrep.events.roles_deployed): invented sentences."""
from __future__ import annotations

from event_helpers import named_events


def _mobilize(text: str) -> list[tuple]:
    return [e for e in named_events(text) if e[0] == "MOBILIZE"]


def test_named_side_before_the_force_word() -> None:
    got = _mobilize("The GAF said GAF soldiers were deployed to the border town of Paga on Monday.")
    assert got and got[0][1] is not None and "GAF" in got[0][1]


def test_generic_soldiers_are_the_named_army() -> None:
    text = ("The Ghana Armed Forces said the situation was calm. "
            "More soldiers were deployed along the border with Togo on Monday, a spokesman said.")
    assert any(e[1] == "Ghana Armed Forces" for e in _mobilize(text))
