"""Merging reports that name actors at different granularity, or give no time at all (invented Ukraine,
Sahel and Sudan settings), and the knowledge-base families behind it."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, kb_family, merge_events
from sitrep.model import EventFact

# the army is part of the government; the battalion part of the army; "Ukrainian" is the state's demonym
FAMILY = {
    "e-ua-army": frozenset({"e-ua-gov", "state:ua"}), "e-ua-gov": frozenset({"state:ua"}),
    "e-ukraine": frozenset({"state:ua"}), "e-ukrainian": frozenset({"state:ua"}),
    "e-battalion": frozenset({"e-ua-army", "e-ua-gov", "state:ua"}),
    "e-russia": frozenset({"state:ru"}), "e-wagner": frozenset(), "e-jnim": frozenset(),
}


def family(e: str) -> frozenset[str]:
    return FAMILY.get(e, frozenset())


def fact(actor=None, target=None, date=None, **kw) -> EventFact:
    return EventFact(action=kw.pop("action", "ASSAULT"), start=0, end=50, actor=actor, target=target,
                     date=date, **kw)


def test_army_state_and_demonym_reports_of_one_strike_merge_and_keep_the_army():
    docs = {"a": DocInfo("Kyiv Post", "2024-06-03"), "b": DocInfo("Meduza", "2024-06-04"),
            "c": DocInfo("Wire", "2024-06-04")}
    ent = {("a", 0): "e-russia", ("a", 1): "e-ua-army", ("b", 0): "e-russia", ("b", 1): "e-ukraine",
           ("c", 1): "e-ukrainian"}
    facts = [("a", fact(0, 1, "2024-06-02", fatalities=3)), ("b", fact(0, 1, "2024-06-02", fatalities=3)),
             ("c", fact(None, 1, "2024-06-02", fatalities=3, fatalities_bound="exact"))]
    events = merge_events(facts, ent, docs, family_of=family)
    assert len(events) == 1
    assert events[0].target == "e-ua-army" and len(events[0].reports) == 3


def test_related_roles_need_a_matching_day_or_toll():
    docs = {"a": DocInfo("A", "2024-06-10"), "b": DocInfo("B", "2024-06-10")}
    ent = {("a", 0): "e-russia", ("a", 1): "e-ua-army", ("b", 1): "e-ukraine"}
    # month-level vs day-level and no figures: not enough to say it is the same strike
    facts = [("a", fact(0, 1, "2024-06-02")), ("b", fact(None, 1, "2024-06"))]
    assert len(merge_events(facts, ent, docs, family_of=family)) == 2


def test_unrelated_groups_never_merge():
    docs = {"a": DocInfo("A", "2024-06-10"), "b": DocInfo("B", "2024-06-10")}
    ent = {("a", 0): "e-wagner", ("b", 0): "e-jnim", ("a", 1): "e-ua-army", ("b", 1): "e-ua-army"}
    facts = [("a", fact(0, 1, "2024-06-09")), ("b", fact(0, 1, "2024-06-09"))]
    assert len(merge_events(facts, ent, docs, family_of=family)) == 2


def test_a_report_without_any_time_joins_by_its_toll():
    docs = {"a": DocInfo("A", "2024-06-10"), "u": DocInfo("Undated blog", None)}
    ent = {("a", 1): "e-ua-army", ("u", 1): "e-ua-army"}
    facts = [("a", fact(None, 1, "2024-06-08", fatalities=2, injuries=24)),
             ("u", fact(None, 1, None, fatalities=2, injuries=20, injuries_bound="min"))]
    events = merge_events(facts, ent, docs, family_of=family)
    assert len(events) == 1 and events[0].date == "2024-06-08"
    # a different toll keeps them apart
    facts[1] = ("u", fact(None, 1, None, fatalities=9))
    assert len(merge_events(facts, ent, docs, family_of=family)) == 2


def test_kb_family_puts_state_organs_capitals_and_demonyms_in_their_state():
    army, gov, capital, demonym = (kb_family(x) for x in ("israel-defense-forces", "government-of-israel",
                                                          "tehran", "israeli"))
    assert "state:israel" in army and "government-of-israel" in army
    assert "state:israel" in gov and "state:israel" in demonym and "state:iran" in capital
    assert kb_family("no-such-entity") == frozenset()


def test_a_demonym_stands_for_its_state_with_the_knowledge_base():
    docs = {"a": DocInfo("A", "2024-06-10"), "b": DocInfo("B", "2024-06-10")}
    ent = {("a", 0): "israeli", ("b", 0): "israel", ("a", 1): "e-x", ("b", 1): "e-x"}
    facts = [("a", fact(0, None, "2024-06-09", action="REJECT")), ("b", fact(0, None, None, action="REJECT"))]
    events = merge_events(facts, ent, docs)
    assert len(events) == 1 and events[0].actor == "israel"
    # without family knowledge ids stay as they are
    assert len(merge_events(facts, ent, docs, family_of=None)) == 2


def test_a_timeless_report_joins_the_only_happening_it_can_be():
    docs = {"a": DocInfo("A", "2024-06-10"), "b": DocInfo("B", "2024-06-11"), "u": DocInfo("Undated blog", None)}
    ent = {("a", 0): "e-wagner", ("a", 1): "e-ua-army", ("u", 0): "e-wagner", ("b", 0): "e-wagner", ("b", 1): "e-jnim"}
    facts = [("a", fact(0, 1, "2024-06-08", action="REQUEST")), ("u", fact(0, None, None, action="REQUEST"))]
    events = merge_events(facts, ent, docs, family_of=family)
    assert len(events) == 1 and len(events[0].reports) == 2
    # two happenings it could be: it stays apart
    facts.append(("b", fact(0, 1, "2024-06-11", action="REQUEST")))
    assert len(merge_events(facts, ent, docs, family_of=family)) == 3
