"""A cluster's time span is bounded: reports that each fit the previous one (a daily shelling of
El Fasher reported day after day) do not chain into one happening spanning weeks."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

ENTITIES = {(d, 0): "e-rsf" for d in "abcdefgh"} | {(d, 1): "e-fasher" for d in "abcdefgh"}


def shelling(date: str | None, start: int = 0) -> EventFact:
    return EventFact(action="ASSAULT", start=start, end=start + 40, actor=0, target=1, date=date,
                     date_text="Tuesday" if date else None)


def test_day_dated_reports_do_not_chain_beyond_two_days_of_the_first():
    days = ["2024-06-01", "2024-06-02", "2024-06-03", "2024-06-04", "2024-06-05", "2024-06-06"]
    docs = {d: DocInfo(d.upper(), day) for d, day in zip("abcdef", days)}
    facts = [(d, shelling(day)) for d, day in zip("abcdef", days)]
    events = merge_events(facts, ENTITIES, docs)
    spans = sorted(sorted(r.date for r in e.reports) for e in events)
    # without the cap every report fits its neighbour and all six become one happening
    assert spans == [days[:3], days[3:]]


def test_undated_reports_do_not_chain_by_publication_day():
    pubs = ["2024-06-01", "2024-06-02", "2024-06-03", "2024-06-04", "2024-06-05"]
    docs = {d: DocInfo(d.upper(), p) for d, p in zip("abcde", pubs)}
    events = merge_events([(d, shelling(None)) for d in "abcde"], ENTITIES, docs)
    assert sorted(len(e.reports) for e in events) == [2, 3]


def test_month_dated_report_stays_in_its_month():
    docs = {"a": DocInfo("A", "2024-06-30"), "b": DocInfo("B", "2024-07-02"), "c": DocInfo("C", "2024-07-05")}
    facts = [("a", shelling("2024-06")), ("b", shelling(None)), ("c", shelling("2024-07"))]
    events = merge_events(facts, ENTITIES, docs)
    june = next(e for e in events if e.date == "2024-06")
    assert {r.doc for r in june.reports} == {"a", "b"}      # published 2 July: may tell of late June
    assert any(e.date == "2024-07" and {r.doc for r in e.reports} == {"c"} for e in events)


def test_mentions_in_one_text_or_story_are_not_capped():
    # an article dates the shelling to 1 June and mentions it again undated; a second article of
    # the same story, published on 20 June, names it undated as well
    docs = {"a": DocInfo("A", "2024-06-20", story="s1"), "b": DocInfo("B", "2024-06-20", story="s1")}
    facts = [("a", shelling("2024-06-01")), ("a", shelling(None, start=300)), ("b", shelling(None))]
    events = merge_events(facts, ENTITIES, docs)
    assert len(events) == 1 and events[0].date == "2024-06-01"
