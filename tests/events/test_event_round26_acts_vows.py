"""Round 26: vows to fight on, promised counter-escalation, acts labelled crimes, and air raids
(invented Caucasus, Sahel and Myanmar sentences)."""
from __future__ import annotations

import pytest

from corpus_checks import actions_of as _actions


@pytest.mark.parametrize("text", [
    "Rebel commander Ali Musa vowed that his fighters would press on until the job is done.",
    'Prime Minister Nikol Pashinyan warned that the operation would go on "until the work is finished".',
    "President Ilham Aliyev said the Azerbaijani people would respond to the escalation with escalation.",
    'In a statement, the Arakan Army vowed to "answer it on the battlefield."',
    'Rebel leader Ali Musa said the rebels would "never back down" from their support for the uprising.',
])
def test_vows_to_fight_on_are_threats(text: str) -> None:
    assert "THREATEN" in _actions(text)


def test_continuing_aid_is_no_threat() -> None:
    got = _actions("The World Food Programme said it would continue to distribute food until the rains come.")
    assert "THREATEN" not in got


@pytest.mark.parametrize("text", [
    'In a statement, the Arakan Army called the shelling a "massacre of farmers".',
    "The Kachin Independence Army described the airstrike as a war crime.",
])
def test_an_act_labelled_a_crime_is_an_accusation(text: str) -> None:
    assert "ACCUSE" in _actions(text)


def test_calling_a_meeting_a_success_is_no_accusation() -> None:
    assert "ACCUSE" not in _actions("Ali Musa called the meeting a success.")


def test_air_raids_are_assaults_not_coercion() -> None:
    got = _actions("The Israeli air force launched a wave of air raids on Hezbollah positions near Tyre.")
    assert "ASSAULT" in got and "COERCE" not in got
