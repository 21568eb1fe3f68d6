"""An act labelled with a condemning word is an accusation (ACCUSE); a praising word is not:
invented sentences."""
from __future__ import annotations

from event_helpers import named_events


def _accusers(text: str) -> set:
    return {e[1] for e in named_events(text) if e[0] == "ACCUSE"}


def test_condemning_labels() -> None:
    assert "Ghana" in _accusers('Ghana called the incursion "a cowardly provocation".')
    assert "Ghana" in _accusers("Ghana called the killing of the traders a barbaric act.")
    assert "Ghana" in _accusers("Ghana described the ambush as heinous.")


def test_praise_is_no_accusation() -> None:
    assert not _accusers("Ghana called the talks constructive.")
    assert not _accusers("Ghana called the operation a legitimate response to aggression.")
