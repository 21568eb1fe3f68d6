"""Chrome lines of more outlets: captions closed by a bracketed photo credit or by the
photographer's name in capitals after a slash, donation appeals, a text-size widget beside the
print button, an aggregator's note about itself. Each kind beside prose that must stay."""
from __future__ import annotations

import pytest

from sitrep.clean.chrome import mark_chrome
from sitrep.clean.lines import split_lines
from sitrep.clean.zones import _HOUSE_TAGLINE


def _labels(text: str) -> list[tuple[str, str | None]]:
    lines = split_lines(text)
    mark_chrome(lines)
    return [(line.label, line.reason) for line in lines if line.text.strip()]


@pytest.mark.parametrize("line, reason", [
    ("A+  A-  Print", "ui word"),
    ("Font", "ui word"),
    ("Text size", "ui word"),
    ("Displaced families queue for water near Kessa. [PHOTO CREDIT: Velmora Red Cross]", "photo caption"),
    ("Riot police guard the port gate in Tarnov during the strike on Monday /JANE MWANGI", "photo caption"),
    ("Support HARBOUR TIMES' journalism of integrity and credibility", "membership prompt"),
    ("At the Harbour Times, we believe in fearless reporting. Make a donation today.", "membership prompt"),
])
def test_chrome_line(line, reason):
    assert _labels(line) == [("chrome", reason)]


@pytest.mark.parametrize("line", [
    "The fonts on the leaflets matched those of the rebel group, the investigator said.",
    "The army said it killed 12 fighters in the attack on the base /UN said 3.",
    "Support for the ceasefire among Velmora's journalists is growing, a survey found.",
    "February 7 - 2025 UM RAWABA / EL OBEID",
    "Officials urged residents to make a donation to the relief fund in Tarnov.",
    "The ministry asked donors to make a donation pledge at the conference in Tarnov next week, officials said, adding that the appeal was urgent.",
])
def test_prose_stays(line):
    assert _labels(line)[0][1] != "photo caption" and _labels(line)[0][1] != "membership prompt"


def test_an_aggregators_note_about_itself_is_a_tagline():
    assert _HOUSE_TAGLINE.fullmatch("Velmora Digest aggregates and machine-translates the regional press. "
                                    "We are not responsible for the content of the sources.")
