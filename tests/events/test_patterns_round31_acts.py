"""Round 31: a refusal in reported speech is REJECT, and a published video 'released' is no release of people."""
from __future__ import annotations

from event_helpers import named_events


def test_would_not_accept_is_a_rejection_not_a_retreat() -> None:
    text = ("In a recording released on Thursday, the rebel spokesman Hamid Yusuf said the movement would not "
            "accept “orders from a junta that bombs its own villages,” and urged Khartoum to stop arming the militias.")
    acts = [e[0] for e in named_events(text)]
    assert "REJECT" in acts
    assert "RETREAT" not in acts and "CONCEDE" not in acts


def test_release_of_captives_is_a_concession() -> None:
    # CAMEO 0841 (return, release persons) is PLOVER CONCEDE: the holder yields what it held
    acts = named_events("The Houthis released 14 fishermen seized off Hodeidah on Monday, the coast guard said.")
    assert any(e[0] == "CONCEDE" and e[3] == "released" for e in acts)


def test_statement_released_before_the_verb_is_no_release() -> None:
    acts = named_events("In a statement released by the Sudanese army on Friday, commanders said the road was open.")
    assert not any(e[3] == "released" for e in acts)

