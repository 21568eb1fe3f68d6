"""A year between a determiner or a possessive and the singular noun it modifies ("the 2016 siege",
"the militia's 2019 offensive") is a time expression: it dates the happening the noun names. A
plural or a measure after it is still a count. Invented sentences."""
from __future__ import annotations

import pytest

from sitrep.analysis import analyze_text
from sitrep.actors.kbcache import default
from sitrep.timex import find_timexes

PUB = "2025-06-02"


@pytest.mark.parametrize("text, year", [
    ("Elders in the valley still speak of the 2016 siege of the market town.", "2016"),
    ("The militia's 2019 offensive on the river ports left the region in ruins.", "2019"),
    ("The commanders' 2021 truce collapsed within weeks.", "2021"),
    ("Veterans of the 2003 war marched through the capital.", "2003"),
    ("The party lost heavily after its 2018 election campaign.", "2018"),
])
def test_a_year_modifying_a_noun_is_found(text, year):
    got = [(t.text, t.value) for t in find_timexes(text, PUB)]
    assert (year, year) in got


@pytest.mark.parametrize("text", [
    "The 2000 troops arrived at the border camp before dawn.",
    "Smugglers use the 1500 km frontier to move fuel and arms.",
    "The council adopted its 2334 resolutions over decades.",
    "Officers counted the 1200 rifles seized in the raid.",
])
def test_a_count_after_a_determiner_is_no_year(text):
    assert not [t for t in find_timexes(text, PUB) if t.granularity == "year"]


TEXT = ("A drone struck a pickup truck near the border crossing on Sunday, killing two fighters, officials said. "
        "Residents still fear a repeat of the Islamic State group's 2014 assault on the town.\n")


def test_the_happening_a_year_modifies_is_put_in_that_year_not_the_papers_day():
    a = analyze_text("att-1", TEXT, PUB, None, default())
    recalled = [f for f in a.events if f.start >= TEXT.index("Residents")]
    assert recalled, "the recalled assault is coded"
    # a year the contract cannot hold: undated, but never Sunday's strike day
    assert all(f.date is None and f.date_basis == "year" and f.date_text == "2014" for f in recalled)
    assert any(f.date == "2025-06-01" for f in a.events if f.start < TEXT.index("Residents"))
