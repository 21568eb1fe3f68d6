"""A range of at most two days ("over the past 24 hours", "in the past two days", "Sept. 19-20")
dates its act to a day, within a day of each of its days; longer ranges keep their month, and a
short range across a month's end no longer leaves the act undated (invented copy in several
outlets' styles)."""
from __future__ import annotations

from event_helpers import coded_with_dates

from sitrep.events.dating_times import event_date
from sitrep.model import TimeExpr

ACTORS = {"Varnia": "GPE", "Ostrel": "GPE", "Kestra Front": "ORG", "Tarsk": "GPE"}


def dates(text: str, published: str) -> list[str | None]:
    return [f.date for f in coded_with_dates(text, ACTORS, published)]


def _range(value: str, end: str, basis: str = "range-past") -> TimeExpr:
    return TimeExpr(0, 5, "x", value, "range", end_value=end, basis=basis)


def test_a_days_toll_is_dated_to_a_day():
    # a health ministry's daily toll, wire style
    got = dates("Ostrel strikes across Varnia killed 45 people over the past 24 hours, the ministry said.",
                "2031-05-14")
    assert got == ["2031-05-13"]


def test_across_a_months_end_the_act_keeps_a_date():
    got = dates("Ostrel strikes across Varnia killed 45 people over the past 24 hours, the ministry said.",
                "2031-06-01")
    assert got == ["2031-05-31"]


def test_two_days_take_the_middle_day():
    got = dates("Ostrel troops killed dozens of Kestra Front fighters in the past two days, the army said.",
                "2031-05-14")
    assert got == ["2031-05-13"]


def test_a_week_keeps_its_month():
    got = dates("Ostrel troops killed dozens of Kestra Front fighters over the past week, the army said.",
                "2031-05-14")
    assert got == ["2031-05"]


def test_the_next_sentence_takes_the_day_as_its_context():
    text = ("The army said its troops killed dozens of Kestra Front fighters around Tarsk over the past day. "
            "The Kestra Front said its fighters ambushed an Ostrel force near Tarsk.")
    assert dates(text, "2031-05-14") == ["2031-05-13", "2031-05-13"]


def test_event_date_of_ranges():
    assert event_date(_range("2031-05-13", "2031-05-14")) == "2031-05-13"
    assert event_date(_range("2031-05-12", "2031-05-14")) == "2031-05-13"
    assert event_date(_range("2031-05-07", "2031-05-14")) == "2031-05"
    assert event_date(_range("2031-04-20", "2031-05-14")) is None
    assert event_date(_range("2031-05-13", "2031-05-14", "range-past, vague")) is None
    assert event_date(_range("2031-05-13", "2031-05-14", "range-since")) is None


def test_a_weekend_keeps_its_month():
    assert event_date(_range("2031-05-10", "2031-05-11", "weekend")) == "2031-05"
    got = dates("Pamphlets signed by the Kestra Front circulated in Tarsk over the weekend warning Ostrel "
                "settlers to leave.", "2031-05-14")
    assert all(d in (None, "2031-05") for d in got), got
