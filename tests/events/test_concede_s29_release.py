"""Session 29: a release of captives and sanctions lifted are CONCEDE (CAMEO 0841 and 085 under YIELD),
and a concession asked for, quoted or denied is no act, as a withdrawal is not (invented text)."""
from __future__ import annotations

from event_helpers import coded_roles


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    return coded_roles(text, names)


_NAMES = {"Karst Front": "ORG", "Olaf Brekke": "PERSON", "Ombra Council": "ORG", "Southern Union": "ORG",
          "Varnia": "GPE"}


def test_captives_released_or_freed_concede() -> None:
    assert ("CONCEDE", "Karst Front", "Olaf Brekke") in _acts(
        "The Karst Front freed Norwegian engineer Olaf Brekke on Sunday.", _NAMES)
    assert any(a[0] == "CONCEDE" and a[1] == "Karst Front" for a in _acts(
        "The rebels of the Karst Front released 12 hostages on Sunday.", _NAMES))
    assert not any(a[0] == "RETREAT" for a in _acts(
        "The rebels of the Karst Front released 12 hostages on Sunday.", _NAMES))


def test_sanctions_lifted_concede() -> None:
    acts = _acts("The Southern Union lifted sanctions on Varnia on Monday.", _NAMES)
    assert any(a[0] == "CONCEDE" and a[1] == "Southern Union" for a in acts)
    assert not any(a[0] == "RETREAT" for a in acts)


def test_a_release_asked_for_or_quoted_is_no_concession() -> None:
    assert not any(a[0] == "CONCEDE" for a in _acts(
        "The Ombra Council called for the hostages to be released by the Karst Front.", _NAMES))
    assert not any(a[0] == "CONCEDE" for a in _acts(
        "The Southern Union urged the council to lift sanctions on Varnia.", _NAMES))
    assert not any(a[0] == "CONCEDE" for a in _acts(
        '"We released them on Sunday," a Karst Front commander said.', _NAMES))
