"""A standing denial ('has previously denied', 'has in the past rejected') is no act of this report;
a plain dated denial still is (invented Sahel/Myanmar text)."""
from event_helpers import named_events


def _rejects(text: str) -> list[tuple]:
    return [e for e in named_events(text) if e[0] == "REJECT"]


def test_previously_denied_is_background() -> None:
    text = ("Soldiers shelled a market in Gao on Monday, killing 12. "
            "The Malian government has previously denied targeting civilians.")
    assert _rejects(text) == []


def test_in_the_past_and_always_are_background() -> None:
    assert _rejects("Jets bombed a village in Sagaing on Friday. "
                    "The Myanmar military has in the past denied bombing civilians.") == []
    assert _rejects("Jets bombed a village in Sagaing on Friday. "
                    "The Myanmar military has always denied bombing civilians.") == []


def test_plain_denial_stays_an_act() -> None:
    text = ("Soldiers shelled a market in Gao on Monday, killing 12. "
            "The Malian government denied targeting civilians.")
    assert _rejects(text)
