"""Words and numbers that look like dates but are not."""
from __future__ import annotations

import pytest

from sitrep.timex import find_timexes

PUB = "2024-11-01"


@pytest.mark.parametrize("text", [
    "Civilians may leave through the corridor.",
    "May God protect the displaced, the imam said.",
    "Protesters march on the ministry every day at noon.",
    "A march was held in the capital.",
    "The Sun reported heavy losses.",
    "Some 2000 troops were sent to the border.",
    "The convoy was reinforced by 2000 soldiers.",
    "Security Council Resolution 1701 calls for withdrawal.",
    "Call the hotline on 555-2024 for help.",
    "The attack began at 10:30 and lasted an hour.",
    "The mayor of Orlec resigned.",
    "He lives on the 4th floor of the tower.",
    "Theresa May spoke to reporters.",
])
def test_no_time_expression(text):
    assert find_timexes(text, PUB) == []


def test_gated_ambiguous_months_and_years():
    assert [e.value for e in find_timexes("Talks collapsed in May.", PUB)] == ["2024-05"]
    assert [e.value for e in find_timexes("Sanctions apply since March.", PUB)] == ["2024-03"]
    assert [e.value for e in find_timexes("The town fell in 2000.", PUB)] == ["2000"]
    assert [e.value for e in find_timexes("The town fell in 2000 and was rebuilt.", PUB)] == ["2000"]


def test_weekday_abbreviation_only_with_a_date():
    assert find_timexes("Residents of Wed and Sat villages fled.", PUB) == []
    found = find_timexes("Posted Wed 30 October, the notice ordered an evacuation.", PUB)
    assert [(e.text, e.value) for e in found] == [("Wed 30 October", "2024-10-30")]


def test_no_publication_date_leaves_relative_unresolved():
    found = find_timexes("Yesterday, two days ago and last week the town was shelled.", None)
    assert [e.value for e in found] == [None, None, None]
    assert [e.granularity for e in found] == ["day", "day", "week"]
