"""One happening told by its actor in one source and by its target in another (invented
Myanmar-style wire and local reports): joined on the same day and an agreeing toll, kept apart on
another day, another place or another toll."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

DOCS = {"a": DocInfo("Irrawaddy Wire", "2026-03-10"), "b": DocInfo("Sagaing Daily", "2026-03-10"),
        "c": DocInfo("Mandalay Star", "2026-03-11")}


def _assaults(facts, ents) -> list:
    return [e for e in merge_events(facts, ents, DOCS, family_of=None) if e.action == "ASSAULT"]


def _actor_only(day: str, dead: int | None, bound: str | None = None, place: int | None = None) -> EventFact:
    # a: "Resistance fighters stormed an outpost on Monday, killing 9"
    return EventFact(action="ASSAULT", start=0, end=10, actor=0, target=None, location=place, date=day,
                     date_text="Monday", date_basis="stated", fatalities=dead, fatalities_bound=bound)


def _target_only(day: str, dead: int | None, bound: str | None = None, place: int | None = None) -> EventFact:
    # b: "Nine junta soldiers were killed at an outpost on Monday"
    return EventFact(action="ASSAULT", start=0, end=10, actor=None, target=1, location=place, date=day,
                     date_text="Monday", date_basis="stated", fatalities=dead, fatalities_bound=bound)


ENTS = {("a", 0): "e-pdf", ("b", 1): "e-tatmadaw", ("c", 1): "e-tatmadaw", ("a", 2): "e-kani", ("b", 2): "e-kani",
        ("b", 3): "e-monywa"}


def test_actor_only_and_target_only_reports_of_one_day_and_toll_join():
    got = _assaults([("a", _actor_only("2026-03-09", 9)), ("b", _target_only("2026-03-09", 9))], ENTS)
    assert len(got) == 1
    assert len({r.doc for r in got[0].reports}) == 2


def test_a_toll_given_as_at_least_agrees():
    got = _assaults([("a", _actor_only("2026-03-09", 7, "min")), ("b", _target_only("2026-03-09", 9))], ENTS)
    assert len(got) == 1


def test_another_stated_day_keeps_them_apart():
    # a depot raid of the 2nd and an ambush of the 9th, the same toll by chance
    got = _assaults([("a", _actor_only("2026-03-02", 9)), ("b", _target_only("2026-03-09", 9))], ENTS)
    assert len(got) == 2


def test_another_toll_or_no_toll_keeps_them_apart():
    assert len(_assaults([("a", _actor_only("2026-03-09", 9)), ("b", _target_only("2026-03-09", 30))], ENTS)) == 2
    assert len(_assaults([("a", _actor_only("2026-03-09", None)), ("b", _target_only("2026-03-09", 9))], ENTS)) == 2


def test_another_place_keeps_them_apart():
    got = _assaults([("a", _actor_only("2026-03-09", 9, place=2)), ("b", _target_only("2026-03-09", 9, place=3))],
                    ENTS)
    assert len(got) == 2
    got = _assaults([("a", _actor_only("2026-03-09", 9, place=2)), ("b", _target_only("2026-03-09", 9, place=2))],
                    ENTS)
    assert len(got) == 1


def test_two_target_only_happenings_the_report_could_be_join_neither():
    # b and c each tell nine soldiers killed that day, at places a does not name: which one the
    # resistance raid was is not known, so the raid stays alone
    facts = [("a", _actor_only("2026-03-09", 9)), ("b", _target_only("2026-03-09", 9, place=3)),
             ("c", _target_only("2026-03-09", 9))]
    ents = dict(ENTS)
    ents[("c", 1)] = "e-police"
    got = _assaults(facts, ents)
    assert any(len(e.reports) == 1 and e.reports[0].doc == "a" for e in got)
