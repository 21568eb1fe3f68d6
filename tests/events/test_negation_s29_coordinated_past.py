"""Session 29: a past verb after "and" that follows a negated modal's bare verb is not negated ('said he would
not step down and described the storming as an attempted coup'); "did not attack and loot" stays negated (invented text)."""
from __future__ import annotations

from event_helpers import coded_roles

_NAMES = {"Tomas Velde": "PERSON", "Karst Front": "ORG", "Dalmo": "GPE"}


def test_past_verb_after_a_negated_modal_verb_is_asserted() -> None:
    acts = coded_roles("Tomas Velde said he would not resign and accused the Karst Front of plotting a coup.", _NAMES)
    assert ("ACCUSE", "Tomas Velde", "Karst Front") in acts
    acts = coded_roles("Tomas Velde said he would not step down and described the storming as an attempted coup.", _NAMES)
    assert any(a[0] == "ACCUSE" and a[1] == "Tomas Velde" for a in acts)


def test_coordinated_bare_verbs_stay_negated() -> None:
    assert not any(a[0] == "ASSAULT" for a in coded_roles("The Karst Front did not attack and loot the town of Dalmo.", _NAMES))
    assert not any(a[0] == "CONCEDE" for a in coded_roles(
        "Tomas Velde said he would not resign and would never accept the demands.", _NAMES))


def test_a_statement_participle_after_a_comma_is_the_speakers_act() -> None:
    names = {"Christian Velde": "PERSON", "Tomas Velde": "PERSON"}
    acts = coded_roles("Christian Velde said on Friday that roadblocks would stay in place until the reform was withdrawn, "
                       "rejecting calls by Tomas Velde to lift them.", names)
    assert ("REJECT", "Christian Velde", "Tomas Velde") in acts


def test_a_material_participle_after_a_comma_keeps_the_main_clause_modality() -> None:
    assert not any(a[0] == "ASSAULT" for a in coded_roles("The Karst Front did not attack Dalmo, killing nobody.", _NAMES))
    assert not any(a[0] == "ASSAULT" for a in coded_roles(
        "The Karst Front would strike Dalmo, killing dozens, Tomas Velde warned.", _NAMES))


def test_a_demand_in_the_subjunctive_is_asked_for_not_done() -> None:
    names = {"Tomas Velde": "PERSON", "Karst Front": "ORG", "Dalmo": "GPE"}
    assert not coded_roles("Analysts say the move is unlikely to placate protesters, whose main demand is that "
                           "Tomas Velde resign.", names)
    assert not any(a[0] == "RETREAT" for a in coded_roles(
        "The Karst Front said their demand was that the army withdraw from Dalmo.", names))
    assert any(a[0] == "RETREAT" for a in coded_roles("Tomas Velde resigned on Monday.", names))
