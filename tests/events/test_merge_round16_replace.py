"""Placing is single-pass: a one-document report dated to the day, placed while the happening it
tells held no report of that day, stood alone; once the day is known, the report is offered again
and moves into the only happening it now fits (invented Sahel reports: a monthly digest of the
attack comes first, then a demonym-level report of the day, then the wire's report of the day)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

FAMILY = {"e-fama": frozenset({"e-mali"}), "e-gendarmerie": frozenset({"e-mali"}), "e-mali": frozenset(),
          "e-jnim": frozenset(), "e-katiba": frozenset({"e-jnim"})}


def _family(e: str) -> frozenset[str]:
    return FAMILY.get(e, frozenset())


def _fact(start: int, date: str | None, dead: int | None = None, bound: str | None = None) -> EventFact:
    return EventFact("ASSAULT", start, start + 9, actor=0, target=1, date=date, fatalities=dead,
                     fatalities_bound=bound)


def _ent(doc: str, target: str, actor: str = "e-jnim") -> dict:
    return {(doc, 0): actor, (doc, 1): target}


DOCS = {"a-digest": DocInfo("Sahel Digest", "2025-02-20"),      # "JNIM attacked the army in February"
        "b-tribune": DocInfo("Mopti Tribune", "2025-02-10"),    # "the Macina katiba killed Malian soldiers on Monday"
        "c-wire": DocInfo("Bamako Wire", "2025-02-11")}         # "JNIM killed three FAMa soldiers on Monday"


def _corpus(tribune_date: str = "2025-02-10", tribune_dead: int | None = None):
    facts = [("a-digest", _fact(0, "2025-02")),
             ("b-tribune", _fact(0, tribune_date, tribune_dead)),
             ("c-wire", _fact(0, "2025-02-10", 3, "exact"))]
    ent = {**_ent("a-digest", "e-fama"), **_ent("b-tribune", "e-mali", "e-katiba"), **_ent("c-wire", "e-fama")}
    return facts, ent


def test_a_demonym_report_of_the_day_joins_the_happening_once_its_day_is_known():
    facts, ent = _corpus()
    events = merge_events(facts, ent, DOCS, family_of=_family)
    assert len(events) == 1
    assert {r.doc for r in events[0].reports} == {"a-digest", "b-tribune", "c-wire"}
    assert events[0].target == "e-fama"                # the more specific role is kept


def test_two_happenings_it_could_now_be_leave_it_alone():
    # the gendarmerie was attacked by JNIM the same day: the state-level report could be either
    facts, ent = _corpus()
    docs = {**DOCS, "a-bulletin": DocInfo("Gao Bulletin", "2025-02-21"), "d-post": DocInfo("Kidal Post", "2025-02-11")}
    facts += [("a-bulletin", _fact(0, "2025-02")), ("d-post", _fact(0, "2025-02-10", 2, "exact"))]
    ent.update({**_ent("a-bulletin", "e-gendarmerie"), **_ent("d-post", "e-gendarmerie")})
    events = merge_events(facts, ent, docs, family_of=_family)
    alone = [e for e in events if {r.doc for r in e.reports} == {"b-tribune"}]
    assert len(alone) == 1 and len(events) == 3


def test_a_report_of_another_day_stays_apart():
    # "on Saturday": two days before the wire's day, so no single happening
    facts, ent = _corpus(tribune_date="2025-02-08")
    events = merge_events(facts, ent, DOCS, family_of=_family)
    assert len(events) == 2
    assert any({r.doc for r in e.reports} == {"b-tribune"} for e in events)


def test_a_report_placed_with_another_document_is_not_offered_again():
    # a copy of the tribune's report: the event holds two documents and is a happening of its own
    facts, ent = _corpus()
    docs = {**DOCS, "b-copy": DocInfo("Niger Echo", "2025-02-10")}
    facts.append(("b-copy", _fact(0, "2025-02-10")))
    ent.update(_ent("b-copy", "e-mali", "e-katiba"))
    events = merge_events(facts, ent, docs, family_of=_family)
    assert len(events) == 2
    assert any({r.doc for r in e.reports} == {"b-tribune", "b-copy"} for e in events)
