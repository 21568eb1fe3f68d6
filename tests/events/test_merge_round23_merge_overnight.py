"""Each outlet's "overnight" is the night before its own day: the same words in papers a day apart
tell two nights (invented Kharkiv setting)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

NAMES = ("russia", "kharkiv")          # doc-local 0 = Russian forces, 1 = Kharkiv


def _entity_of(docs):
    return {(d, i): "e-" + name for d in docs for i, name in enumerate(NAMES)}


def _strike(date, text):
    return EventFact(action="ASSAULT", start=0, end=60, actor=0, target=1, date=date, date_text=text,
                     date_basis="stated", trigger="drones struck")


def _merge(*reports):
    docs = {f"d{i}": DocInfo(f"Outlet {i}", pub) for i, (pub, _d, _t) in enumerate(reports)}
    facts = [(f"d{i}", _strike(date, text)) for i, (_p, date, text) in enumerate(reports)]
    return merge_events(facts, _entity_of(docs), docs)


def test_overnight_in_papers_a_day_apart_is_two_nights():
    events = _merge(("2025-03-14", "2025-03-14", "Overnight"), ("2025-03-15", "2025-03-15", "overnight"))
    assert len(events) == 2


def test_overnight_in_two_papers_of_one_day_is_one_night():
    events = _merge(("2025-03-15", "2025-03-15", "Overnight"), ("2025-03-15", "2025-03-15", "overnight"))
    assert len(events) == 1


def test_overnight_and_the_evening_before_named_by_its_weekday_are_one_night():
    # "late on Friday night" (2025-03-14 was a Friday) and next day's "overnight": one night
    events = _merge(("2025-03-15", "2025-03-14", "late on Friday night"), ("2025-03-15", "2025-03-15", "overnight"))
    assert len(events) == 1


def test_days_a_day_apart_with_no_night_word_still_join():
    events = _merge(("2025-03-14", "2025-03-14", "on Friday"), ("2025-03-15", "2025-03-15", "on Saturday"))
    # weekdays a day apart, neither reaching into the other's: ``other_weekday`` parts them
    assert len(events) == 2
    events = _merge(("2025-03-14", "2025-03-14", "today"), ("2025-03-15", "2025-03-15", "yesterday"))
    assert len(events) == 1
