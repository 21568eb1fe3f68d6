"""One text: "Insurgents shot dead two rangers near Velm in June. A week earlier, they had burned a
school in Orsk." Both acts fall in June, but the offset measures one from the other: two acts,
not one told twice (``merge_acts``, ``merge_offsets``). Restating the June killing in another
sentence still folds; "earlier this month" counts from the report's day, not from the June act."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.events.merge_offsets import offset_dated
from sitrep.model import EventFact

ENT = {("d1", 0): "x-hill-insurgents"}
DOCS = {"d1": DocInfo("Daily", "2031-09-23")}


def fact(start: int, text: str) -> EventFact:
    return EventFact(action="ASSAULT", start=start, end=start + 60, actor=0, date="2031-06", date_text=text,
                     date_basis="stated")


def test_an_act_a_week_before_the_june_act_is_another_act():
    events = merge_events([("d1", fact(0, "June")), ("d1", fact(80, "A week earlier"))], ENT, DOCS)
    assert len(events) == 2


def test_the_june_act_told_again_folds():
    events = merge_events([("d1", fact(0, "June")), ("d1", fact(80, "in June"))], ENT, DOCS)
    assert len(events) == 1


def test_offsets_from_the_narrative_and_from_the_report():
    assert offset_dated("2031-06", "A week earlier")
    assert offset_dated("2031-06-02", "the following day")
    assert offset_dated("2031-06-02", "two days later")
    assert not offset_dated("2031-09", "Earlier this month")
    assert not offset_dated("2031-09-16", "a week ago")
    assert not offset_dated(None, "a week earlier")
