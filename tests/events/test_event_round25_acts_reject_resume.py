"""Round 25: boycotting talks and tearing up a deal are REJECT (CAMEO 125/127), not PROTEST; cutting
diplomatic relations is SANCTION (161); emergency rule under another name is COERCE (1724); fighting
resumed is ASSAULT; a bare objection is REJECT (invented Caucasus / Andean / Horn of Africa text)."""
from __future__ import annotations

import pytest

from corpus_checks import actions_of as _actions


@pytest.mark.parametrize("text", [
    "Talks have stalled since Armenia boycotted a round of negotiations in Vienna in March.",
    "The Tigray People's Liberation Front boycotted the summit in Nairobi, its spokesman said.",
])
def test_boycott_of_talks_is_reject(text: str) -> None:
    got = _actions(text)
    assert "REJECT" in got and "PROTEST" not in got


def test_boycott_of_goods_stays_protest() -> None:
    got = _actions("Students in Yerevan boycotted Russian goods on Monday.")
    assert "PROTEST" in got and "REJECT" not in got


@pytest.mark.parametrize("text", [
    "Ecuador cut diplomatic relations with Mexico on 6 April.",
    "Niger broke off diplomatic ties with Ukraine two days later.",
])
def test_cut_diplomatic_relations_is_sanction(text: str) -> None:
    assert "SANCTION" in _actions(text)


def test_emergency_rule_under_another_name_is_coerce() -> None:
    assert "COERCE" in _actions("Peruvian President Dina Boluarte declared a state of siege in Lima on Tuesday.")


def test_a_state_of_armed_conflict_is_no_emergency_rule() -> None:
    # a legal finding about the fighting, not emergency powers: nothing is coded from it
    assert "COERCE" not in _actions("Ecuador's President Daniel Noboa declared a state of internal armed conflict.")


def test_qualified_state_of_emergency_is_coerce() -> None:
    assert "COERCE" in _actions("Ethiopia declared a six-month nationwide state of emergency on Friday.")


def test_resumed_fighting_is_assault() -> None:
    assert "ASSAULT" in _actions("The Fano militia resumed fighting near Gondar in late May.")


def test_resumed_talks_is_no_assault() -> None:
    assert "ASSAULT" not in _actions("Azerbaijan and Armenia resumed talks in Almaty in May.")


def test_tearing_up_a_deal_is_reject() -> None:
    assert "REJECT" in _actions("Azerbaijan tore up the 2020 ceasefire agreement with Armenia in September.")


def test_scrapping_a_plan_is_no_reject() -> None:
    assert "REJECT" not in _actions("Armenia scrapped the railway plan in May.")


def test_bare_objection_is_reject() -> None:
    assert "REJECT" in _actions("Russia and China objected, arguing that Ecuador should first be consulted.")


def test_the_noun_objects_is_no_reject() -> None:
    assert "REJECT" not in _actions("Soldiers of the Peruvian army searched the house and seized several objects.")
