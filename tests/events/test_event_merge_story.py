"""Reports of one story join a happening when their dates do not contradict it, but a report
published before the happening's stated day cannot tell it, and an undated statement made in
another news cycle is made anew (invented setting: two bombings of one week, each condemned)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

ENT = {(d, 0): "x-spokesman" for d in "abcd"} | {(d, 1): "x-bombers" for d in "abcd"}


def fact(action="ACCUSE", date=None, basis="stated", actor=0, target=1) -> EventFact:
    return EventFact(action=action, start=0, end=40, actor=actor, target=target, date=date,
                     date_basis=basis if date else None)


def story(**pubs: str) -> dict:
    return {d: DocInfo(f"Outlet {d.upper()}", p, story="s1") for d, p in pubs.items()}


def test_an_undated_condemnation_published_before_the_stated_day_is_another():
    # Thursday's condemnation (stated) and Tuesday's paper's undated one: two bombings condemned
    facts = [("a", fact(date="2031-02-13")), ("b", fact())]
    events = merge_events(facts, ENT, story(a="2031-02-13", b="2031-02-11"), family_of=None)
    assert len(events) == 2


def test_an_undated_condemnation_of_the_day_joins():
    facts = [("a", fact(date="2031-02-13")), ("b", fact())]
    assert len(merge_events(facts, ENT, story(a="2031-02-13", b="2031-02-14"), family_of=None)) == 1


def test_undated_statements_days_apart_are_made_anew_but_a_strike_is_retold():
    facts = [("a", fact()), ("b", fact()), ("c", fact())]
    docs = story(a="2031-02-13", b="2031-02-13", c="2031-02-11")
    events = merge_events(facts, ENT, docs, family_of=None)
    assert sorted(len(e.reports) for e in events) == [1, 2]
    strikes = [(d, fact(action="ASSAULT")) for d in "abc"]
    assert len(merge_events(strikes, ENT, docs, family_of=None)) == 1


def test_copies_of_one_text_are_exempt():
    docs = {"a": DocInfo("Outlet A", "2031-02-13", story="s1"),
            "b": DocInfo("Outlet B", "2031-02-11", copy_of="a", story="s1")}
    facts = [("a", fact(date="2031-02-13")), ("b", fact())]
    assert len(merge_events(facts, ENT, docs, family_of=None)) == 1
