"""A generic force word as a passive's agent stands for the body the document names; a force word
as its subject names no target (sitrep.events.roles_passive_force): invented text."""
from __future__ import annotations

from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str) -> list[tuple]:
    a = analyze_text("t", text, "2026-03-10", None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target)) for e in a.events]


def test_shot_dead_by_police_is_the_named_police() -> None:
    got = _events("The Zandorian National Police cleared the roads. A student was shot dead by police in Rangar "
                  "on Monday.")
    assert ("ASSAULT", "Zandorian National Police", None) in got


def test_deployed_troops_underwent_no_act() -> None:
    from sitrep.events.roles_passive_force import _words
    assert "deployed" not in _words("undergone_participles")
    got = _events("The Zandorian Armed Forces have fought the rebels for years. More troops were deployed to "
                  "Kela on Monday.")
    assert all(e[2] != "Zandorian Armed Forces" for e in got)


def test_evacuated_soldiers_underwent_no_act() -> None:
    got = _events("The Zandorian Armed Forces have fought the rebels for years. The four wounded soldiers were "
                  "evacuated to the hospital in Kela.")
    assert all(e[2] != "Zandorian Armed Forces" for e in got)


def test_two_armies_named_leave_the_victims_unnamed() -> None:
    # a story of two armies: "four soldiers were killed" may be either side's
    got = _events("The Zandorian Armed Forces and the Morvan Army patrol the border together. Four soldiers were "
                  "killed when a roadside bomb hit a patrol near Kela.")
    assert all(e[2] is None for e in got if e[0] == "ASSAULT")


def test_no_named_body_no_target() -> None:
    got = _events("Two police officers were killed in the town of Nobel on Monday.")
    assert all(e[2] is None for e in got)


def test_neutralised_enemies_are_the_state_forces_act() -> None:
    got = _events("The Zandorian Armed Forces pushed into the valley on Sunday. Around forty terrorists were "
                  "neutralised, Gbaguidi said.")
    assert ("ASSAULT", "Zandorian Armed Forces", None) in got


def test_killed_is_no_own_force_participle() -> None:
    # "the army said 12 civilians were killed" is often someone else's attack: no agent made up
    got = _events("The Zandorian Armed Forces pushed into the valley on Sunday. Around forty civilians were "
                  "killed, Gbaguidi said.")
    assert all(e[1] != "Zandorian Armed Forces" for e in got if e[0] == "ASSAULT")


def test_met_by_police_is_no_hostile_agent() -> None:
    got = _events("The Zandorian National Police cleared the roads. Hundreds of protesters tried to take the airport "
                  "and were met by police firing tear gas.")
    assert all(e[1] != "Zandorian National Police" for e in got if e[0] == "CONSULT")
