"""Undated, toll-less reports (``campaigns.WEAK``: "the army accused the militia of ...") told a week
apart are two statements, not one series; told within the undated window, or beside a sure campaign,
they still join. Invented Sahel-style wire copy."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# doc-local numbers: 0 = the Malian army, 1 = the JNIM militia
NAMES = ("fama", "jnim")


def _entity_of(docs):
    return {(d, i): "e-" + name for d in docs for i, name in enumerate(NAMES)}


def _docs(*published):
    return {f"d{i}": DocInfo(f"Outlet {i}", p, story=f"s{i}") for i, p in enumerate(published)}


def _accuse(published_day, trigger="accused"):
    # "The army accused the militia of using the fairs to move weapons": no stated date
    return EventFact(action="ACCUSE", start=0, end=60, actor=0, target=1, date=published_day,
                     date_basis="publication", trigger=trigger)


def test_accusations_a_week_apart_stay_two_statements():
    docs = _docs("2025-03-04", "2025-03-11", "2025-03-12")
    facts = [("d0", _accuse("2025-03-04")), ("d1", _accuse("2025-03-11")), ("d2", _accuse("2025-03-12"))]
    events = merge_events(facts, _entity_of(docs), docs)
    assert len(events) == 2
    early = min(events, key=lambda e: e.date)
    assert early.date == "2025-03-04" and [r.doc for r in early.reports] == ["d0"]
    late = max(events, key=lambda e: e.date)
    assert sorted(r.doc for r in late.reports) == ["d1", "d2"]


def test_accusations_told_a_day_apart_still_join():
    docs = _docs("2025-03-11", "2025-03-12")
    facts = [("d0", _accuse("2025-03-11")), ("d1", _accuse("2025-03-12"))]
    assert len(merge_events(facts, _entity_of(docs), docs)) == 1


def test_a_sure_campaign_still_gathers_reports_weeks_apart():
    docs = _docs("2025-02-01", "2025-02-20")
    siege = EventFact(action="ASSAULT", start=0, end=60, actor=0, target=1, trigger="siege of")
    ongoing = EventFact(action="ASSAULT", start=0, end=60, actor=0, target=1, date="2025-02",
                        date_basis="publication", trigger="attacking")
    assert len(merge_events([("d0", siege), ("d1", ongoing)], _entity_of(docs), docs)) == 1


def test_a_stated_day_outranks_days_inferred_from_the_paragraph():
    # two rewrites date the ambush by their paragraph's day ("context"); the wire states it
    docs = _docs("2025-03-10", "2025-03-10", "2025-03-10")

    def ambush(day, basis):
        return EventFact(action="ASSAULT", start=0, end=60, actor=1, target=0, date=day, date_basis=basis,
                         trigger="ambushed", fatalities=6)
    facts = [("d0", ambush("2025-03-10", "context")), ("d1", ambush("2025-03-10", "context")),
             ("d2", ambush("2025-03-09", "stated"))]
    events = merge_events(facts, _entity_of(docs), docs)
    assert len(events) == 1
    assert events[0].date == "2025-03-09"
