"""Reports naming a party at two granularities (a front and the movement it belongs to, a
peacekeeping force and its alliance) join on an agreeing count of the hurt, or on a month and a
place; other reports stay apart (invented setting)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# ids unknown to the knowledge base: the front belongs to the movement, the force to the alliance
FAMILY = {"x-front": frozenset({"x-movement"}), "x-force": frozenset({"x-alliance"})}


def family(e: str) -> frozenset[str]:
    return FAMILY.get(e, frozenset())


def fact(action="ASSAULT", actor=None, target=None, location=None, date=None, basis="stated", **kw) -> EventFact:
    return EventFact(action=action, start=0, end=40, actor=actor, target=target, location=location,
                     date=date, date_basis=basis if date else None, **kw)


def test_an_agreeing_count_of_the_hurt_joins_force_and_alliance():
    ent = {("a", 0): "x-force", ("b", 0): "x-alliance", ("a", 1): "x-town", ("b", 1): "x-town"}
    docs = {"a": DocInfo("Outlet A", "2031-09-24", story="s1"), "b": DocInfo("Outlet B", "2031-09-24", story="s2")}
    facts = [("a", fact(target=0, location=1, date="2031-05", injuries=90, injuries_bound="min")),
             ("b", fact(target=0, location=1, date="2031-05", injuries=90, injuries_bound="min"))]
    assert len(merge_events(facts, ent, docs, family_of=family)) == 1
    facts[1] = ("b", fact(target=0, location=1, date="2031-05", injuries=12))
    assert len(merge_events(facts, ent, docs, family_of=family)) == 2     # another count: another clash


def test_a_month_and_a_day_of_it_at_one_place_join_front_and_movement():
    ent = {("a", 0): "x-front", ("b", 0): "x-movement", ("a", 1): "x-hill-town", ("b", 1): "x-hill-town"}
    docs = {"a": DocInfo("Outlet A", "2031-09-23", story="s1"), "b": DocInfo("Outlet B", "2031-06-13", story="s2")}
    facts = [("a", fact(actor=0, location=1, date="2031-06")),
             ("b", fact(actor=0, location=1, date="2031-06-12"))]
    assert len(merge_events(facts, ent, docs, family_of=family)) == 1


def test_a_month_and_a_day_at_other_places_stay_apart():
    ent = {("a", 0): "x-front", ("b", 0): "x-movement", ("a", 1): "x-hill-town", ("b", 1): "x-river-town"}
    docs = {"a": DocInfo("Outlet A", "2031-09-23", story="s1"), "b": DocInfo("Outlet B", "2031-06-13", story="s2")}
    facts = [("a", fact(actor=0, location=1, date="2031-06")),
             ("b", fact(actor=0, location=1, date="2031-06-12"))]
    assert len(merge_events(facts, ent, docs, family_of=family)) == 2


def test_undated_statements_of_related_parties_stay_apart_even_in_one_story():
    # a movement's rejection and its official's, undated in two reports of one story, may be two
    ent = {("a", 0): "x-front", ("b", 0): "x-movement"}
    one = {"a": DocInfo("Outlet A", "2031-09-21", story="s1"), "b": DocInfo("Outlet B", "2031-09-21", story="s1")}
    facts = [("a", fact(action="REJECT", actor=0)), ("b", fact(action="REJECT", actor=0))]
    assert len(merge_events(facts, ent, one, family_of=family)) == 2


def test_a_last_week_report_joins_a_day_of_its_week_only():
    ent = {("a", 0): "x-front", ("b", 0): "x-movement", ("a", 1): "x-hill-town", ("b", 1): "x-hill-town"}
    docs = {"a": DocInfo("Outlet A", "2031-06-19", story="s1"), "b": DocInfo("Outlet B", "2031-06-22", story="s2")}
    week = fact(actor=0, location=1, date="2031-06", date_week="2031-W24")      # June 9-15
    assert len(merge_events([("a", week), ("b", fact(actor=0, location=1, date="2031-06-21"))], ent, docs,
                            family_of=family)) == 2
    assert len(merge_events([("a", week), ("b", fact(actor=0, location=1, date="2031-06-12"))], ent, docs,
                            family_of=family)) == 1


def test_a_month_report_published_before_the_day_is_no_report_of_it():
    # "struck a command centre earlier this month" in the 19th's paper is no strike of the 21st
    ent = {("a", 0): "x-force", ("b", 0): "x-alliance", ("a", 1): "x-town", ("b", 1): "x-town"}
    docs = {"a": DocInfo("Outlet A", "2031-12-19", story="s1"), "b": DocInfo("Outlet B", "2031-12-22", story="s2")}
    facts = [("a", fact(actor=0, location=1, date="2031-12")), ("b", fact(actor=0, location=1, date="2031-12-21"))]
    assert len(merge_events(facts, ent, docs, family_of=family)) == 2
