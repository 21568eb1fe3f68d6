"""Round 17: force posture (MOBILIZE) and formal protests/convening coded from invented sentences."""
from __future__ import annotations

from functools import lru_cache

import pytest

from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


@lru_cache(maxsize=1)
def _kb() -> KnowledgeBase:
    return KnowledgeBase.default()


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    a = analyze_text("d", text, "2026-03-10", None, _kb())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target)) for e in a.events]


@pytest.mark.parametrize("text, actor", [
    ("Ethiopia sent 30 armoured vehicles to Humera on Monday.", "Ethiopia"),
    ("India is rushing 12 more companies of paramilitary forces to Manipur.", "India"),
    ("India deployed 15 more companies of central forces to Manipur on Monday.", "India"),
    ("Azerbaijan put its army on alert on Tuesday.", "Azerbaijan"),
    ("Ilham Aliyev ordered the army to the highest level of combat readiness on Tuesday.", "Ilham Aliyev"),
])
def test_forces_moved_or_readied_are_mobilize(text: str, actor: str) -> None:
    assert ("MOBILIZE", actor) in {(a, b) for a, b, _ in _events(text)}


def test_aid_sent_stays_aid_and_an_office_moved_is_nothing() -> None:
    assert [e[0] for e in _events("The Red Cross sent 30 trucks of food to Humera on Monday.")] == ["AID"]
    assert not _events("Ethiopia moved its headquarters to Humera.")


@pytest.mark.parametrize("text", [
    "Vietnam lodged a diplomatic protest with China on Monday.",
    "Japan has lodged strong protests with China over the incident.",
])
def test_lodged_protest_is_accuse(text: str) -> None:
    assert [(a, t) for a, _, t in _events(text)] == [("ACCUSE", "China")]


def test_convened_capitalised_council_is_consult() -> None:
    assert ("CONSULT", "Erdogan") in {(a, b) for a, b, _ in _events(
        "Erdogan convened the National Security Council on Monday.")}


def test_sending_troops_as_a_topic_is_no_mobilize() -> None:
    assert "MOBILIZE" not in {e[0] for e in _events("Students protested the decision of sending troops to Iraq.")}
