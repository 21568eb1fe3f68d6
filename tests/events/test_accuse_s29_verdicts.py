"""Session 29: a verdict of wrongdoing ('called the remark offensive', 'said the use of force was
unacceptable', 'an election the council says was rigged', 'described the storming as an attempted coup')
is an accusation; a call for an end to something illegal, a rule and a negated verdict are not (invented text)."""
from __future__ import annotations

from event_helpers import coded_roles

_NAMES = {"Karl Imre": "PERSON", "Tomas Velde": "PERSON", "Ombra Council": "ORG", "Karst Party": "ORG",
          "Dalmo": "GPE", "Ostravian foreign ministry": "ORG"}


def _accusers(text: str) -> set:
    return {a[1] for a in coded_roles(text, _NAMES) if a[0] == "ACCUSE"}


def test_labels_of_wrongdoing_accuse() -> None:
    assert "Ostravian foreign ministry" in _accusers('The Ostravian foreign ministry called the remark "offensive."')
    assert "Karl Imre" in _accusers('Karl Imre called the attacks on protesters "shocking and unacceptable".')
    assert "Ombra Council" in _accusers("The Ombra Council termed the use of live bullets against protesters unlawful.")
    assert "Tomas Velde" in _accusers("Tomas Velde described the storming of the assembly as an attempted coup.")


def test_said_it_was_unacceptable_or_rigged_accuses() -> None:
    assert "Karl Imre" in _accusers('Karl Imre said on Sunday that the use of violence against peaceful protesters '
                                    'was "unacceptable".')
    assert "Ombra Council" in _accusers("The Karst Party won an election on Oct. 26 that the Ombra Council says was rigged.")
    assert "Tomas Velde" in _accusers("Tomas Velde says those copies are forged.")


def test_a_call_a_rule_or_a_denial_is_no_verdict() -> None:
    assert not _accusers("The Ombra Council called for an end to the illegal occupation of Dalmo.")
    assert not _accusers("Tomas Velde said it is illegal to carry weapons in Dalmo.")
    assert not _accusers("Tomas Velde said the vote was not rigged.")
