"""Session 29: a meeting or visit that frames another act ('said after a meeting of his security cabinet',
'told reporters during a visit to Dalmo', 'addressing a cabinet meeting', 'while attending the summit') is
its setting, not a meeting; talks with a named party or meeting a named leader stay meetings (invented text)."""
from __future__ import annotations

from event_helpers import coded_roles

_NAMES = {"Karl Imre": "PERSON", "Tomas Velde": "PERSON", "Ostravia": "GPE", "Varnia": "GPE", "Dalmo": "GPE"}


def _consults(text: str) -> list[tuple]:
    return [a for a in coded_roles(text, _NAMES) if a[0] == "CONSULT"]


def test_a_meeting_or_visit_framing_a_statement_is_its_setting() -> None:
    assert not _consults('Prime Minister Tomas Velde said after a meeting of his security cabinet: "Ostravia made '
                         'a big mistake tonight."')
    assert not _consults("Karl Imre told reporters during a visit to Dalmo.")
    assert not _consults("President Tomas Velde, addressing a cabinet meeting on Sunday, said Varnia does not seek war.")
    assert not _consults("Karl Imre, who learned of the attack while attending the summit in Dalmo, vowed on Thursday "
                         "to keep up the pressure.")


def test_a_meeting_with_a_named_party_stays() -> None:
    assert ("CONSULT", "Karl Imre", "Tomas Velde") in _consults(
        "Karl Imre spoke to the nation hours after meeting Ostravian President Tomas Velde at the summit in Dalmo.")
    assert ("CONSULT", "Karl Imre", "Tomas Velde") in _consults("Karl Imre held talks with Tomas Velde in Dalmo on Monday.")
