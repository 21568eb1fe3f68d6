"""A toll update naming no one ("the death toll from the clashes had risen to 14") speaks of the
attack its own text is about: it joins the recent attack whose parties its document names, and
two such updates giving the same dead and wounded a day apart are one (invented Sudan reports)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def _clash(date, dead=None, actor=0, target=1, start=0, location=None):
    return EventFact("ASSAULT", start, start + 9, actor=actor, target=target, location=location, date=date,
                     date_basis="stated", fatalities=dead)


def _update(dead, hurt=None, start=100):
    return EventFact("ASSAULT", start, start + 9, fatalities=dead, injuries=hurt, toll_update=True)


def _truce(start=200):
    # "a truce held in El Fasher after the RSF and the army agreed ..." names the parties
    return EventFact("AGREE", start, start + 9, actor=0, target=1, date=None)


ENT = {("wire", 0): "e-rsf", ("wire", 1): "e-saf", ("daily", 0): "e-rsf", ("daily", 1): "e-saf",
       ("other", 0): "e-militia", ("other", 1): "e-police"}


def test_an_unnamed_update_joins_the_attack_its_document_names():
    docs = {"wire": DocInfo("Nile Wire", "2025-06-02"), "daily": DocInfo("Khartoum Daily", "2025-06-03"),
            "other": DocInfo("Kordofan Post", "2025-06-02")}
    facts = [("wire", _clash("2025-06-01", dead=6)), ("other", _clash("2025-06-01", dead=2)),
             ("daily", _update(14)), ("daily", _truce())]
    events = [e for e in merge_events(facts, ENT, docs, family_of=None) if e.action == "ASSAULT"]
    assert len(events) == 2
    clash = next(e for e in events if e.actor == "e-rsf")
    assert {r.doc for r in clash.reports} == {"wire", "daily"} and clash.fatalities == 14


def test_an_unnamed_update_whose_document_names_no_party_stays_apart():
    docs = {"wire": DocInfo("Nile Wire", "2025-06-02"), "daily": DocInfo("Khartoum Daily", "2025-06-03")}
    facts = [("wire", _clash("2025-06-01", dead=6)), ("daily", _update(14))]
    assert len(merge_events(facts, ENT, docs, family_of=None)) == 2


def test_an_unnamed_update_does_not_lower_a_toll_or_reach_back_a_week():
    docs = {"wire": DocInfo("Nile Wire", "2025-06-02"), "daily": DocInfo("Khartoum Daily", "2025-06-03")}
    lower = [("wire", _clash("2025-06-01", dead=20)), ("daily", _update(14)), ("daily", _truce())]
    assert len([e for e in merge_events(lower, ENT, docs, family_of=None) if e.action == "ASSAULT"]) == 2
    docs["daily"] = DocInfo("Khartoum Daily", "2025-06-10")
    old = [("wire", _clash("2025-06-01", dead=6)), ("daily", _update(14)), ("daily", _truce())]
    assert len([e for e in merge_events(old, ENT, docs, family_of=None) if e.action == "ASSAULT"]) == 2


def test_two_unnamed_updates_with_the_same_dead_and_wounded_are_one():
    # a ministry release and a news report of it, a day apart, neither naming anyone
    docs = {"release": DocInfo("Ministry of Health", "2025-06-03"), "daily": DocInfo("Khartoum Daily", "2025-06-04")}
    facts = [("release", _update(14, 40)), ("daily", _update(14, 40))]
    assert len(merge_events(facts, {}, docs, family_of=None)) == 1
    facts = [("release", _update(14, 40)), ("daily", _update(14, 25))]
    assert len(merge_events(facts, {}, docs, family_of=None)) == 2
