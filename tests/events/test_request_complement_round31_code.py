"""Acts in the infinitive complement of "called on X to ..." are requested, not reported (round 31)."""
from __future__ import annotations

from functools import lru_cache

from sitrep.analysis import analyze_text, knowledge_base


@lru_cache(maxsize=1)
def _kb():
    return knowledge_base()


def _actions(text: str) -> list[str]:
    return [e.action for e in analyze_text("t", text, "2025-03-04", None, _kb()).events]


def test_requested_retreat_is_no_event() -> None:
    acts = _actions("On Monday the UN envoy to Yemen, Hans Grundberg, called on the Houthis to lift the "
                    "siege of Taiz and allow aid into the city.")
    assert "REQUEST" in acts
    assert "RETREAT" not in acts


def test_appeal_complement_is_no_event() -> None:
    acts = _actions("The bishop of Loikaw appealed to the junta to withdraw its troops from the cathedral "
                    "compound on Sunday.")
    assert "RETREAT" not in acts


def test_act_after_the_request_survives() -> None:
    assert "ASSAULT" in _actions("The army called on residents to leave and then shelled the town of "
                                 "Kalay on Friday.")
    assert "ASSAULT" in _actions("After the army called on residents to leave, it shelled the town of "
                                 "Kalay on Friday.")


def test_plain_act_unaffected() -> None:
    assert "RETREAT" in _actions("The rebels lifted the siege of Taiz on Monday, a spokesman said.")
