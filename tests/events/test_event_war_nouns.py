"""A war or campaign named with its party ("Russia's war against Ukraine") is an ASSAULT period
event; wars on drugs, election campaigns and campaigns against corruption are not."""
from __future__ import annotations

import pytest

from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text
from sitrep.events.campaigns import STRONG, is_campaign


def _coded(text: str):
    a = analyze_text("d", text, "2025-06-10", None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e, names.get(e.actor), names.get(e.target), names.get(e.location)) for e in a.events]


def test_possessive_war_against_a_country_is_an_assault_by_the_possessor():
    coded = [(a, t) for e, a, t, _ in _coded("Russia's war against Ukraine entered its fourth year.")
             if e.action == "ASSAULT"]
    assert coded == [("Russia", "Ukraine")]


def test_war_with_an_armed_group_names_the_group_as_target():
    coded = [(e.action, a, t) for e, a, t, _ in _coded(
        "Neighbours have stayed out of Ethiopia's wars with the Tigray People's Liberation Front, diplomats said.")]
    assert ("ASSAULT", "Ethiopia", "Tigray People's Liberation Front") in coded


def test_campaign_noun_with_a_place_is_a_sure_campaign_report():
    coded = [e for e, a, _, _ in _coded("Sudan's military campaigns in Darfur have displaced thousands.")
             if e.action == "ASSAULT" and (a or "").startswith("Sudan")]   # "Sudan" or "Sudan's military"
    assert coded and all(is_campaign(e) == STRONG for e in coded)


@pytest.mark.parametrize("text", [
    "The government's war on drugs has filled the prisons of Manila.",
    "Her campaign in Ohio raised two million dollars last month.",
    "Kenya's election campaign in Nairobi turned tense on Friday.",
    "The president's campaign against corruption in Kenya stalled.",
])
def test_non_military_wars_and_campaigns_are_not_assaults(text):
    assert [e.action for e, *_ in _coded(text) if e.action == "ASSAULT"] == []


def test_a_stance_on_a_named_war_is_no_event():
    # the object is the war itself, not a party to it: no rejection of anyone
    coded = [e.action for e, *_ in _coded("Kenya, which rejects the war in Sudan, has called for talks in Nairobi.")]
    assert "REJECT" not in coded
    assert "REJECT" in [e.action for e, *_ in _coded("Kenya rejected the proposal on Monday.")]
