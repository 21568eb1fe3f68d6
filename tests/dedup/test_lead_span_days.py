"""A day that opens a span ("the death toll since Tuesday", "since March 3") is not the day of the
happening a lead tells, when the lead names another day; named alone, it stays the lead's day
(``lead_facts._paragraph_facts``). Invented text."""
from __future__ import annotations

from sitrep.dedup.day_stories import lead_days
from sitrep.dedup.lead_facts import _paragraph_facts

LEAD = ("Authorities imposed a curfew after clashes claimed at least 41 lives on Friday, taking the death "
        "toll since Tuesday to at least 120, hospital records show.")


def test_the_start_of_a_span_is_not_the_happening_day() -> None:
    facts = _paragraph_facts(LEAD)
    assert facts.weekdays == frozenset({4})          # Friday, not Tuesday
    # published on Saturday 2026-05-09: the lead tells Friday 2026-05-08 only
    assert lead_days(LEAD, "2026-05-09") == frozenset({"2026-05-08"})


def test_a_dated_span_start_is_left_out_too() -> None:
    facts = _paragraph_facts("Fighting since May 3 has killed 40 people, and 12 more died on Thursday, medics said.")
    assert facts.dates == frozenset() and facts.weekdays == frozenset({3})


def test_a_span_start_named_alone_stays_the_day() -> None:
    facts = _paragraph_facts("At least 30 people have been killed in clashes since Tuesday, medics said.")
    assert facts.weekdays == frozenset({1})
