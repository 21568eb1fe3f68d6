"""Which happening a report joins: one text telling two days and two tolls tells two happenings, and a
report naming one party prefers the happening of its own day (invented Sahel and Myanmar reports)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def _fact(date, dead=None, actor=0, target=None, start=0, location=None):
    return EventFact("ASSAULT", start, start + 9, actor=actor, target=target, location=location, date=date,
                     date_basis="stated", fatalities=dead)


def test_one_text_with_two_days_and_two_tolls_tells_two_attacks():
    # "JNIM killed four soldiers near Boni on Monday ... On Tuesday, JNIM killed two gendarmes."
    docs = {"a": DocInfo("Sahel Wire", "2025-05-07")}
    ent = {("a", 0): "e-jnim"}
    facts = [("a", _fact("2025-05-05", 4)), ("a", _fact("2025-05-06", 2, start=40))]
    assert len(merge_events(facts, ent, docs, family_of=None)) == 2
    # the same day and toll told twice in one text is one attack; a toll given once is one attack too
    facts = [("a", _fact("2025-05-05", 4)), ("a", _fact("2025-05-06", None, start=40))]
    assert len(merge_events(facts, ent, docs, family_of=None)) == 1
    facts = [("a", _fact("2025-05-05", 4)), ("a", _fact("2025-05-05", 4, start=40))]
    assert len(merge_events(facts, ent, docs, family_of=None)) == 1


def test_a_one_party_report_joins_the_happening_of_its_own_day():
    # the army shelled Kawlin on the 9th and bombed a monastery in Sagaing on the 10th; a third
    # outlet reports "an army air strike yesterday" (the 10th) naming no target
    docs = {"a": DocInfo("Irrawaddy Post", "2025-05-11"), "b": DocInfo("Mandalay Daily", "2025-05-11"),
            "c": DocInfo("Yangon Wire", "2025-05-11")}
    ent = {("a", 0): "e-army", ("a", 1): "e-kawlin", ("b", 0): "e-army", ("b", 1): "e-monks",
           ("c", 0): "e-army"}
    facts = [("a", _fact("2025-05-09", actor=0, target=1)), ("b", _fact("2025-05-10", 12, actor=0, target=1)),
             ("c", _fact("2025-05-10", actor=0))]
    events = merge_events(facts, ent, docs, family_of=None)
    joined = next(e for e in events if any(ev.doc == "c" for ev in e.reports))
    assert {ev.doc for ev in joined.reports} == {"b", "c"}
