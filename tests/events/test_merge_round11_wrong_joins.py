"""Joins that must not happen: statements of two speakers, and happenings named by two weekdays
(invented Sahel and Caucasus-style reports)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

DOCS = {"a": DocInfo("Niamey Post", "2026-05-06"), "b": DocInfo("Sahel Wire", "2026-05-06")}


def _n(facts, entity_of, action: str) -> int:
    return len([e for e in merge_events(facts, entity_of, DOCS, family_of=None) if e.action == action])


def test_a_named_ministers_demand_and_another_speakers_call_stay_apart():
    # a: "The JNIM presence must end," Minister Diallo said.  b: the regional council called on
    # the army and JNIM to keep the fighting away from markets (its speaker not coded)
    minister = EventFact(action="REQUEST", start=0, end=10, actor=0, target=1, date="2026-05-06",
                         date_basis="publication")
    council = EventFact(action="REQUEST", start=0, end=10, actor=None, target=1, date="2026-05-06",
                        date_basis="publication")
    # the same sentence's "the council said it was investigating" codes the council as an actor
    said = EventFact(action="ACCUSE", start=0, end=10, actor=2, date="2026-05-06", date_basis="publication")
    ents = {("a", 0): "e-diallo", ("a", 1): "e-jnim", ("b", 1): "e-jnim", ("b", 2): "e-council"}
    assert _n([("a", minister), ("b", council), ("b", said)], ents, "REQUEST") == 2
    # with no speaker in sight, the addressee alone still joins them (unknown is no contradiction)
    assert _n([("a", minister), ("b", council)], ents, "REQUEST") == 1


def test_two_reports_of_one_speakers_demand_still_join():
    one = EventFact(action="REQUEST", start=0, end=10, actor=0, target=1, date="2026-05-06", date_basis="publication")
    ents = {("a", 0): "e-diallo", ("a", 1): "e-jnim", ("b", 0): "e-diallo", ("b", 1): "e-jnim"}
    assert _n([("a", one), ("b", one)], ents, "REQUEST") == 1


def test_an_undated_speakerless_call_does_not_join_the_only_named_demand():
    minister = EventFact(action="REQUEST", start=0, end=10, actor=0, target=1)
    council = EventFact(action="REQUEST", start=0, end=10, actor=None, target=1)
    said = EventFact(action="ACCUSE", start=0, end=10, actor=2)
    ents = {("a", 0): "e-diallo", ("a", 1): "e-jnim", ("b", 1): "e-jnim", ("b", 2): "e-council"}
    docs = {"a": DocInfo("Niamey Post"), "b": DocInfo("Sahel Wire")}
    events = [e for e in merge_events([("a", minister), ("b", council), ("b", said)], ents, docs, family_of=None)
              if e.action == "REQUEST"]
    assert len(events) == 2


def _clash(day: str, text: str, basis: str = "stated") -> EventFact:
    return EventFact(action="ASSAULT", start=0, end=10, actor=None, target=1, date=day, date_text=text,
                     date_basis=basis)


def _two_days(a_text: str, b_text: str, a_day: str = "2026-05-04", b_day: str = "2026-05-05") -> int:
    ents = {("a", 1): "e-jnim", ("b", 1): "e-jnim"}
    return _n([("a", _clash(a_day, a_text)), ("b", _clash(b_day, b_text))], ents, "ASSAULT")


def test_monday_and_tuesday_night_in_two_texts_are_two_happenings():
    # "a soldier was killed in a firefight with JNIM on Monday" / "jets struck JNIM on Tuesday night"
    assert _two_days("Monday", "Tuesday night") == 2
    assert _two_days("on Monday", "on Tuesday") == 2


def test_one_night_told_as_two_days_still_joins():
    assert _two_days("late on Monday", "Tuesday") == 1
    assert _two_days("Monday", "before dawn on Tuesday") == 1
    assert _two_days("Monday night", "early Tuesday") == 1


def test_a_weekday_and_a_relative_time_still_join():
    assert _two_days("Monday", "overnight") == 1
    assert _two_days("Monday", "yesterday") == 1
