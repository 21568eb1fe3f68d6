"""A party saying its OWN forces did not do something rejects the accusation (REJECT by the sayer)."""
from __future__ import annotations

import pytest

from sitrep.analysis import analyze_text, knowledge_base


def _events(text: str) -> list:
    return analyze_text("x", text, "2025-03-10", None, knowledge_base()).events


def _rejects(text: str) -> list:
    return [e for e in _events(text) if e.action == "REJECT"]


@pytest.mark.parametrize("text", [
    "The Arakan Army said in a statement on Sunday that its fighters were not attacking villages near Buthidaung.",
    "Mohamed Adam, a spokesman for the Rapid Support Forces in Darfur, said none of the group's fighters were in "
    "Mellit at the time of the attack.",
    "The JNIM said its men had never targeted the market in Djibo.",
    "The Arakan Army said its fighters did not shell the monastery.",
])
def test_own_force_denial_is_reject_by_sayer(text: str) -> None:
    rejects = _rejects(text)
    assert len(rejects) == 1
    # the actor is the sayer, found before the saying verb
    assert rejects[0].start == 0


def test_statement_day_dates_the_denial() -> None:
    text = ("The Arakan Army said in a statement on Sunday that its fighters were not attacking villages "
            "near Buthidaung.")
    assert _rejects(text)[0].date == "2025-03-09"


@pytest.mark.parametrize("text", [
    "The Arakan Army said no one was hurt in the blast near Sittwe.",
    "The Arakan Army said civilians were not harmed in the operation.",
    "The Arakan Army said the road was not open to traffic on Monday.",
    "The Arakan Army said its fighters were not afraid and would keep advancing.",
])
def test_clause_about_others_is_no_denial(text: str) -> None:
    assert _rejects(text) == []


def test_explicit_denial_is_not_coded_twice() -> None:
    text = "The Arakan Army denied the allegation and said its troops had not bombed the monastery."
    assert len(_rejects(text)) == 1


@pytest.mark.parametrize("text", [
    "The Arakan Army said none of its fighters had been killed in the air strikes.",
    "The Arakan Army said its soldiers were not wounded in the ambush.",
])
def test_own_losses_denied_is_no_own_act_denial(text: str) -> None:
    # a denial of losses answers a casualty claim, not an accusation against the sayer's forces
    assert _rejects(text) == []
