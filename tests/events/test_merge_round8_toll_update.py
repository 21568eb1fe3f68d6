"""A toll update dated by the day the toll rose joins the attack it updates (invented Caucasus-style)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def _facts(update_date: str | None, update_dead: int):
    attack = EventFact(action="ASSAULT", start=0, end=10, actor=0, target=1, location=2, date="2026-03-03",
                       fatalities=2, fatalities_bound="exact")
    update = EventFact(action="ASSAULT", start=0, end=10, actor=None, target=1, location=2, date=update_date,
                       fatalities=update_dead, fatalities_bound="exact", toll_update=True)
    entity_of = {("a", 0): "e-north-army", ("a", 1): "e-south", ("a", 2): "e-ridge",
                 ("b", 1): "e-south", ("b", 2): "e-ridge"}
    docs = {"a": DocInfo("Outlet A", "2026-03-04"), "b": DocInfo("Outlet B", "2026-03-05")}
    return [("a", attack), ("b", update)], entity_of, docs


def test_a_dated_toll_update_raises_the_earlier_attack():
    events = merge_events(*_facts("2026-03-05", 3), family_of=None)
    assault = [e for e in events if e.action == "ASSAULT"]
    assert len(assault) == 1
    assert assault[0].date == "2026-03-03"


def test_a_dated_report_that_is_no_update_stays_apart():
    facts, entity_of, docs = _facts("2026-03-05", 3)
    facts[1] = ("b", EventFact(action="ASSAULT", start=0, end=10, actor=None, target=1, location=2, date="2026-03-05",
                               fatalities=3, fatalities_bound="exact"))
    assert len([e for e in merge_events(facts, entity_of, docs, family_of=None) if e.action == "ASSAULT"]) == 2
