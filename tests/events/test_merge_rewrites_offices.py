"""Rewrites of one text are one source whose happenings merge however each dates them; an official's
statement and his government's on the same day are one happening (knowledge-base offices)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, kb_family, merge_events
from sitrep.events.merge_basics import rewrite_roots, root_of
from sitrep.model import EventFact


def fact(actor=0, target=1, date=None, action="ASSAULT", start=0, **kw) -> EventFact:
    return EventFact(action=action, start=start, end=start + 40, actor=actor, target=target, date=date, **kw)


def test_rewrite_groups_have_one_representative():
    roots = rewrite_roots([("r2", "r3"), ("r3", "r1"), ("x", "y")])
    assert roots == {"r2": "r1", "r3": "r1", "y": "x"}
    docs = {"c": DocInfo(copy_of="r3"), "r3": DocInfo(rewrite_of="r1"), "r1": DocInfo()}
    assert root_of("c", docs) == "r1"            # a copy of a rewrite: the group's text


def test_a_rewrite_merges_with_its_original_and_is_one_source():
    # an invented Sahel wire story and its rewrite published days later, which drops the day
    ent = {(d, i): e for d in ("w", "r") for i, e in enumerate(("e-jnim", "e-army"))}
    docs = {"w": DocInfo("Wire", "2024-03-04", story="s1"), "r": DocInfo("Rewriter", "2024-03-09", rewrite_of="w", story="s2")}
    facts = [("w", fact(date="2024-03-03", fatalities=12)), ("r", fact(date=None, fatalities=12))]
    events = merge_events(facts, ent, docs, family_of=None)
    assert len(events) == 1 and events[0].corroboration == "single source"
    # without the rewrite link an undated report six days on is another attack
    docs["r"] = DocInfo("Rewriter", "2024-03-09", story="s2")
    assert len(merge_events(facts, ent, docs, family_of=None)) == 2
    # dated a day off, the two merge either way, but only independent outlets corroborate
    facts[1] = ("r", fact(date="2024-03-04", fatalities=12))
    assert merge_events(facts, ent, docs, family_of=None)[0].corroboration == "corroborated"
    docs["r"] = DocInfo("Rewriter", "2024-03-09", rewrite_of="w", story="s2")
    assert merge_events(facts, ent, docs, family_of=None)[0].corroboration == "single source"


def test_a_rewrite_keeps_different_days_of_one_text_apart():
    # "drones downed on Monday" and "on Thursday" in the original stay two happenings in the rewrite
    ent = {(d, i): e for d in ("w", "r") for i, e in enumerate(("e-ru", "e-ua"))}
    docs = {"w": DocInfo("Wire", "2024-05-10"), "r": DocInfo("Rewriter", "2024-05-10", rewrite_of="w")}
    facts = [("w", fact(date="2024-05-06")), ("w", fact(date="2024-05-09", start=80)),
             ("r", fact(date="2024-05-06")), ("r", fact(date="2024-05-09", start=80))]
    events = merge_events(facts, ent, docs, family_of=None)
    assert sorted(len(e.reports) for e in events) == [2, 2]


def test_kb_offices_put_an_official_in_his_body_and_state():
    assert {"us-department-of-state", "state:united-states"} <= kb_family("matthew-miller")
    assert "state:iraq" in kb_family("mohammed-shia-al-sudani")


def test_a_spokesperson_and_his_government_on_the_same_day_are_one_request():
    # "The United States warned on Monday ..." and "'...,' the spokesperson said on Monday"
    docs = {"a": DocInfo("Outlet A", "2024-11-19", story="s1"), "b": DocInfo("Outlet B", "2024-11-20", story="s2")}
    ent = {("a", 0): "united-states", ("a", 1): "government-of-iraq",
           ("b", 0): "matthew-miller", ("b", 1): "government-of-iraq"}
    facts = [("a", fact(date="2024-11-18", action="REQUEST")), ("b", fact(date="2024-11-18", action="REQUEST"))]
    events = merge_events(facts, ent, docs)
    assert len(events) == 1 and events[0].corroboration == "corroborated"
    assert events[0].actor == "matthew-miller"               # the more specific actor
    # another day is another statement
    facts[1] = ("b", fact(date="2024-11-12", action="REQUEST"))
    assert len(merge_events(facts, ent, docs)) == 2


def test_two_officials_of_one_state_stay_two_actors():
    # the prime minister and the national security adviser each calling Tehran the same day
    docs = {"a": DocInfo("Outlet A", "2024-10-02"), "b": DocInfo("Outlet B", "2024-10-02")}
    ent = {("a", 0): "mohammed-shia-al-sudani", ("a", 1): "iran",
           ("b", 0): "qasim-al-araji", ("b", 1): "iran"}
    facts = [("a", fact(date="2024-10-01", action="CONSULT")), ("b", fact(date="2024-10-01", action="CONSULT"))]
    assert len(merge_events(facts, ent, docs)) == 2
