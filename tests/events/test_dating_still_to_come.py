"""A statement's complement may name the time of what it asks or threatens: a time still to come
dates that act, never the statement (``dating_times.still_to_come``). Invented Sahel copy."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"Mali": "GPE", "Niger": "GPE", "JNIM": "ORG", "ECOWAS": "ORG", "Chad": "GPE"}
SAT = "2024-08-10"


def dated(text: str, published: str = SAT) -> list[tuple[str, str | None]]:
    return [(f.action, f.date) for f in coded_with_dates(text, ACTORS, published)]


def test_a_fronted_day_dates_the_call_not_the_talks_it_asks_for():
    text = "On Thursday, the leaders of Mali and Chad called on Niger to resume talks on Aug. 15 in Niamey."
    assert ("REQUEST", "2024-08-08") in dated(text)


def test_a_call_with_only_the_talks_day_is_the_reports_news():
    facts = dated("ECOWAS urged Niger to attend talks on Aug. 15.")
    assert facts and all(d == SAT for a, d in facts if a == "REQUEST"), facts


def test_a_past_day_after_the_call_still_dates_it():
    # "called on ... to free the hostages on Thursday": a day already past is the call's
    assert ("REQUEST", "2024-08-08") in dated("ECOWAS called on JNIM to free the hostages on Thursday.")


def test_a_future_act_keeps_its_time():
    facts = dated("JNIM will attack Niger on Aug. 15, the group said.")
    assert all(d != "2024-08-10" for a, d in facts if a == "THREATEN"), facts
