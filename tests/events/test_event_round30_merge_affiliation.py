"""A spokesman or minister the corpus ties to his group or state (stated relations) and the group
itself, told by two outlets on one news day, are one happening; two spokesmen of one group, or a
spokesman on another day, stay apart."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, kb_family, merge_events
from sitrep.events.merge_affiliation import AffiliatedFamily, affiliated_family
from sitrep.model import EventFact


def fact(actor=0, target=None, date=None, action="REJECT", start=0, **kw) -> EventFact:
    return EventFact(action=action, start=start, end=start + 40, actor=actor, target=target, date=date, **kw)


# invented Caucasus setting: "the Highland Front denied ..." and "Front spokesman Arman Tevosyan denied
# on Wednesday ..."; entity ids are corpus ids the knowledge base does not know
ENT = {("a", 0): "x-highland-front", ("b", 0): "x-arman-tevosyan", ("b", 1): "x-highland-front",
       ("c", 0): "x-lilit-sargsyan", ("c", 1): "x-highland-front"}
LINKS = [("b", 0, 1), ("c", 0, 1)]          # spokesperson_of, stated in documents b and c


def docs(pub_a="2025-03-13"):
    return {"a": DocInfo("Outlet A", pub_a, story="s1"), "b": DocInfo("Outlet B", "2025-03-13", story="s2"),
            "c": DocInfo("Outlet C", "2025-03-13", story="s3")}


def test_affiliated_family_adds_the_stated_group():
    fam = affiliated_family(LINKS, ENT)
    assert isinstance(fam, AffiliatedFamily)
    assert "x-highland-front" in fam("x-arman-tevosyan")
    assert "x-arman-tevosyan" not in fam("x-highland-front")
    assert affiliated_family([], ENT) is kb_family      # nothing stated: the knowledge base alone


def test_a_tie_stated_both_ways_is_dropped():
    ent = {("d", 0): "x-a", ("d", 1): "x-b"}
    fam = affiliated_family([("d", 0, 1), ("d", 1, 0)], ent)
    assert "x-b" not in fam("x-a") and "x-a" not in fam("x-b")


def test_spokesman_and_group_on_the_same_stated_day_merge():
    facts = [("b", fact(date="2025-03-12")), ("a", fact(date="2025-03-12"))]
    fam = affiliated_family(LINKS, ENT)
    events = merge_events(facts, ENT, docs(), family_of=fam)
    assert len(events) == 1 and events[0].corroboration == "corroborated"
    assert events[0].actor == "x-arman-tevosyan"          # the more specific actor is kept
    # without the stated tie, a person and a group are two actors
    assert len(merge_events(facts, ENT, docs(), family_of=kb_family)) == 2


def test_group_report_of_another_week_stays_apart():
    facts = [("b", fact(date="2025-03-12")), ("a", fact(date="2025-03-19"))]
    events = merge_events(facts, ENT, docs(pub_a="2025-03-20"), family_of=affiliated_family(LINKS, ENT))
    assert len(events) == 2


def test_two_spokesmen_of_one_group_stay_two_actors():
    facts = [("b", fact(date="2025-03-12")), ("c", fact(date="2025-03-12"))]
    events = merge_events(facts, ENT, docs(), family_of=affiliated_family(LINKS, ENT))
    assert len(events) == 2


def test_another_category_never_merges():
    facts = [("b", fact(date="2025-03-12")), ("a", fact(date=None, action="ACCUSE"))]
    assert len(merge_events(facts, ENT, docs(), family_of=affiliated_family(LINKS, ENT))) == 2
