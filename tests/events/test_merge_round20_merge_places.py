"""Reports of one day at unrelated places are two happenings unless a toll ties them (invented
Donbas-style front-line wire and regional reports): the depot strike must not carry the
shelling's dead."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

DOCS = {"a": DocInfo("Front Wire", "2026-02-12"), "b": DocInfo("Oblast Herald", "2026-02-12"),
        "s1": DocInfo("Front Wire", "2026-02-12", story="st"), "s2": DocInfo("Oblast Herald", "2026-02-12", story="st")}
# 0 = the invading army, 1 = an ammunition depot, 2 = Pokrovka, 3 = Lisne, 4 = the border state
ENTS = {(d, i): e for d in DOCS for i, e in enumerate(["e-army", "e-depot", "e-pokrovka", "e-lisne", "e-state"])}
FAMILY = {"e-state": frozenset({"state:e-state"})}


def _fact(actor, target, place, dead=None, start=0, day="2026-02-10") -> EventFact:
    return EventFact(action="ASSAULT", start=start, end=start + 10, actor=actor, target=target, location=place,
                     date=day, date_text="on Tuesday", date_basis="stated", fatalities=dead)


def _events(facts):
    return [e for e in merge_events(facts, ENTS, DOCS, family_of=lambda e: FAMILY.get(e, frozenset()))
            if e.action == "ASSAULT"]


def test_a_strike_and_a_shelling_elsewhere_the_same_day_stay_apart():
    # a: "the army struck an ammunition depot in Pokrovka on Tuesday"
    # b: "the army's shelling of Lisne on Tuesday killed three civilians"
    got = _events([("a", _fact(0, 1, 2)), ("b", _fact(0, None, 3, dead=3))])
    assert len(got) == 2
    depot = next(e for e in got if e.target == "e-depot")
    assert depot.fatalities is None and depot.location == "e-pokrovka"


def test_one_text_and_one_story_telling_two_places_tell_two_happenings():
    assert len(_events([("a", _fact(0, None, 2)), ("a", _fact(0, None, 3, start=80))])) == 2
    assert len(_events([("s1", _fact(0, None, 2, dead=2)), ("s2", _fact(0, None, 3, dead=5))])) == 2


def test_an_agreeing_toll_ties_two_place_names_of_one_happening():
    got = _events([("a", _fact(0, 1, 2, dead=7)), ("b", _fact(0, None, 3, dead=7))])
    assert len(got) == 1 and len(got[0].reports) == 2


def test_a_state_or_a_party_as_the_place_holds_any_other_place():
    # "the army shelled the border state on Tuesday" is no evidence of another place than Pokrovka
    assert len(_events([("a", _fact(0, 1, 2)), ("b", _fact(0, None, 4, dead=3))])) == 1
    # "rockets fired at the depot" told at the depot itself
    assert len(_events([("a", _fact(0, None, 2)), ("b", _fact(0, None, 1, dead=3)), ("b", _fact(0, 1, None, start=50))])) == 1


def test_the_same_place_still_joins():
    got = _events([("a", _fact(0, 1, 2)), ("b", _fact(0, None, 2, dead=3))])
    assert len(got) == 1 and got[0].fatalities == 3
