"""Numeric dates (dotted, slashed, with a weekday) and a weekday with its day of the month
("Tuesday 13th"), in invented sentences."""
from __future__ import annotations

import pytest

from sitrep.timex import find_timexes

MON = "2025-05-19"          # a Monday


def values(text: str, pub: str | None = MON) -> list[tuple[str, str | None]]:
    found = find_timexes(text, pub)
    for e in found:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.value) for e in found]


@pytest.mark.parametrize("text,expected", [
    # dotted dates are day.month (nobody writes month.day with dots)
    ("Shelling hit Kherson on 6.3.2025, officials said.", [("6.3.2025", "2025-03-06")]),
    ("The convoy left Goma on 04.02.2025.", [("04.02.2025", "2025-02-04")]),
    ("Clashes resumed on 21.4.2025 near Tawila.", [("21.4.2025", "2025-04-21")]),
    # a weekday before a numeric date belongs to it, not to the week of publication
    ("The raid of Sunday 11.05.2025 in Sector 4 left nine dead.", [("Sunday 11.05.2025", "2025-05-11")]),
    ("Fighting on Friday, 7.3.2025 closed the road.", [("Friday, 7.3.2025", "2025-03-07")]),
])
def test_dotted_dates_are_day_month(text, expected):
    assert values(text) == expected


def test_an_ambiguous_slashed_date_follows_the_documents_own_order():
    text = "The truce of 15/03/2025 collapsed; rebels attacked again on 03/04/2025."
    assert values(text) == [("15/03/2025", "2025-03-15"), ("03/04/2025", "2025-04-03")]
    text = "Talks opened on 03/15/2025 and failed on 04/03/2025."
    assert dict(values(text))["04/03/2025"] == "2025-04-03"
    text = "Talks opened on 15/03/2025 and failed on 04/03/2025."
    assert dict(values(text))["04/03/2025"] == "2025-03-04"


def test_an_ambiguous_slashed_date_with_a_weekday_takes_the_reading_it_agrees_with():
    # 4 March 2025 was a Tuesday, 3 April 2025 a Thursday
    assert values("On Tuesday 03/04/2025 the militia shelled Aleppo.") == [("Tuesday 03/04/2025", "2025-03-04")]
    assert values("On Thursday 03/04/2025 the militia shelled Aleppo.") == [("Thursday 03/04/2025", "2025-04-03")]


def test_an_ambiguous_slashed_date_with_one_reading_still_to_come_is_the_past_one():
    # published 10 March 2025: 4 March has happened, 3 April has not
    assert values("Gunmen struck Bunia on 03/04/2025.", "2025-03-10") == [("03/04/2025", "2025-03-04")]
    # published in May both readings are past: nothing tells them apart
    assert values("Gunmen struck Bunia on 03/04/2025.", MON) == [("03/04/2025", None)]


def test_unambiguous_numeric_dates_are_unchanged():
    assert values("Gunmen struck Bunia on 25/03/2025.") == [("25/03/2025", "2025-03-25")]
    assert values("Gunmen struck Bunia on 03/25/2025.") == [("03/25/2025", "2025-03-25")]


@pytest.mark.parametrize("text,expected", [
    ("On Tuesday 13th the National Guard arrested two men.", [("Tuesday 13th", "2025-05-13")]),
    ("Sunday the 11th was the deadliest day in Culiacan.", [("Sunday the 11th", "2025-05-11")]),
    # the month before: Thursday 17th is 17 April 2025
    ("Troops withdrew on Thursday 17th, residents said.", [("Thursday 17th", "2025-04-17")]),
    # a weekday with a month is read whole, as before
    ("On Tuesday, 13th May, police arrested two men.", [("Tuesday, 13th May", "2025-05-13")]),
])
def test_a_weekday_with_its_day_of_the_month(text, expected):
    assert values(text) == expected


def test_a_weekday_and_day_that_meet_in_no_nearby_month_fall_back_to_the_weekday():
    # no Tuesday 14th in March-May 2025: the most recent Tuesday
    assert values("On Tuesday 14th the police arrested two men.") == [("Tuesday 14th", "2025-05-13")]


def test_a_weekday_with_its_day_looks_ahead_in_a_future_context():
    assert values("The council will meet on Thursday 22nd to vote.") == [("Thursday 22nd", "2025-05-22")]


def test_without_publication_date_a_numeric_date_still_resolves_but_a_weekday_day_does_not():
    assert values("Shelling hit Kherson on 6.3.2025.", None) == [("6.3.2025", "2025-03-06")]
    assert values("On Tuesday 13th police arrested two men.", None) == [("Tuesday 13th", None)]
