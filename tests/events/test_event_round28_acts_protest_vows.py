"""Round 28: a gathering that voices a demand is a protest (and its demand no separate request),
vows to keep fighting are threats, forcing an office-holder out is coercion, likening a leader to a
byword for atrocity is an accusation (invented Caucasus, Sahel, Great Lakes and South Asian sentences)."""
from __future__ import annotations

import pytest

from corpus_checks import actions_of as _actions


@pytest.mark.parametrize("text", [
    "Hundreds of protesters gathered outside parliament in Tbilisi on Friday evening demanding the resignation "
    "of Irakli Kobakhidze.",
    "Crowds assembled in front of the presidential palace in Niamey demanding the release of Mohamed Bazoum.",
    "Thousands of demonstrators took to the streets of Bamako demanding the departure of Assimi Goita.",
])
def test_a_gathering_with_a_demand_is_a_protest_not_a_request(text: str) -> None:
    got = _actions(text)
    assert "PROTEST" in got and "REQUEST" not in got


@pytest.mark.parametrize("text", [
    "Mourners gathered in Goma for the funeral of General Peter Cirimwami.",
    "Troops massed near the border with Armenia, Azerbaijan's defence ministry said.",
])
def test_a_gathering_without_a_demand_is_no_protest(text: str) -> None:
    assert "PROTEST" not in _actions(text)


def test_a_request_in_its_own_clause_stays() -> None:
    got = _actions("Students rallied in Dhaka on Monday; separately, the United Nations called on Sheikh Hasina "
                   "to free detained activists.")
    assert "REQUEST" in got


@pytest.mark.parametrize("text", [
    "The Raia Mutomboki militia vowed to keep fighting the M23 in Masisi.",
    "The Karen National Union vowed to continue the armed struggle against the junta.",
])
def test_vows_to_keep_fighting_are_threats(text: str) -> None:
    assert "THREATEN" in _actions(text)


def test_continuing_a_service_is_no_threat() -> None:
    assert "THREATEN" not in _actions("The World Food Programme vowed to continue deliveries to Tigray.")


@pytest.mark.parametrize("text", [
    "Student protests forced Prime Minister Sheikh Hasina to resign.",
    "The junta pressured Niger's president Mohamed Bazoum to hand over power.",
])
def test_forcing_an_office_holder_out_is_coercion(text: str) -> None:
    assert "COERCE" in _actions(text)


def test_forcing_residents_to_flee_is_not_coded_as_ousting() -> None:
    assert "COERCE" not in _actions("The shelling forced residents of Sake to flee towards Goma.")


@pytest.mark.parametrize("text", [
    "Nikol Pashinyan has compared Ilham Aliyev to Adolf Hitler.",
    "Daniel Ortega likened the opposition leaders to terrorists.",
])
def test_likening_a_leader_to_a_byword_for_atrocity_is_an_accusation(text: str) -> None:
    assert "ACCUSE" in _actions(text)


def test_a_plain_comparison_is_no_accusation() -> None:
    assert "ACCUSE" not in _actions("Analysts compared the Goma offensive to the 2012 campaign by the M23.")
