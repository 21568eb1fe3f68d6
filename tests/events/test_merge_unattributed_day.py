"""Unattributed reports joined by the day and their figures, or by the day and the place (an invented
Caucasus setting: a rocket strike on a barracks in Darvel told by four outlets, one naming the attacker)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# local numbers in every document: 0 = Mountain Front, 1 = Darvel, 2 = Osk, 3 = the army
NAMES = ["e-front", "e-darvel", "e-osk", "e-army"]


def ents(docs):
    return {(d, i): e for d in docs for i, e in enumerate(NAMES)}


def rep(date="2025-06-09", dead=None, hurt=None, location=None, actor=None, start=0):
    return EventFact("ASSAULT", start, start + 80, actor=actor, location=location, date=date, date_basis="stated",
                     fatalities=dead, injuries=hurt)


def docs_of(*names):
    return {n: DocInfo(f"Outlet {n}", "2025-06-10") for n in names}


def test_named_report_and_three_unnamed_ones_are_one_strike():
    # a: "The Mountain Front claimed the rocket strike on a barracks in Darvel that killed six and wounded 11"
    # b: "Six soldiers were killed and 11 wounded when rockets hit a barracks in Darvel on Monday"
    # c: "The ministry said six soldiers were killed and 11 wounded in Monday's attack" (no place)
    # d: "The envoy was alarmed by Monday's rocket attack on the Darvel barracks" (no toll)
    docs = docs_of("a", "b", "c", "d")
    facts = [("a", rep(dead=6, hurt=11, location=1, actor=0)), ("b", rep(dead=6, hurt=11, location=1)),
             ("c", rep(dead=6, hurt=11)), ("d", rep(location=1))]
    e, = merge_events(facts, ents(docs), docs)
    assert (e.actor, e.location, e.fatalities, e.injuries) == ("e-front", "e-darvel", 6, 11)
    assert {r.doc for r in e.reports} == {"a", "b", "c", "d"}


def test_placeless_report_joins_an_unnamed_group_by_day_and_both_figures():
    docs = docs_of("b", "c", "d")
    facts = [("b", rep(dead=6, hurt=11, location=1)), ("c", rep(dead=6, hurt=11)), ("d", rep(location=1))]
    e, = merge_events(facts, ents(docs), docs)
    assert e.actor is None and e.location == "e-darvel" and len(e.reports) == 3


def test_one_figure_or_another_day_is_not_enough():
    docs = docs_of("b", "c")
    # the dead alone: many attacks kill six on a day
    assert len(merge_events([("b", rep(dead=6, location=1)), ("c", rep(dead=6))], ents(docs), docs)) == 2
    # other wounded, or the day before
    assert len(merge_events([("b", rep(dead=6, hurt=11, location=1)), ("c", rep(dead=6, hurt=3))], ents(docs), docs)) == 2
    assert len(merge_events([("b", rep(dead=6, hurt=11, location=1)), ("c", rep("2025-06-08", 6, 11))],
                            ents(docs), docs)) == 2


def test_two_happenings_with_that_signature_leave_it_apart():
    docs = docs_of("a", "b", "c")
    facts = [("a", rep(dead=6, hurt=11, location=1, actor=0)), ("b", rep(dead=6, hurt=11, location=2, actor=3)),
             ("c", rep(dead=6, hurt=11))]
    events = merge_events(facts, ents(docs), docs)
    assert len(events) == 3


def test_day_and_place_without_tolls_join_but_another_place_does_not():
    docs = docs_of("a", "d", "e")
    facts = [("a", rep(dead=6, hurt=11, location=1, actor=0)), ("d", rep(location=1)), ("e", rep(location=2))]
    events = merge_events(facts, ents(docs), docs)
    assert sorted(len(e.reports) for e in events) == [1, 2]
    assert next(e for e in events if len(e.reports) == 2).actor == "e-front"
