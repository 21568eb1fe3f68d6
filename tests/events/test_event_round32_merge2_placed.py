"""One unattributed attack named only by its places, at two granularities (invented Sahel-style
wire, local and aggregator reports): the town, the province told at the town, and the province as
the place of a report naming no one are one happening; another day, another town, another toll or
nothing but the place keep reports apart."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

STORY = "s-market"
DOCS = {"wire": DocInfo("Sahel Wire", "2026-02-15", story=STORY),
        "local": DocInfo("Ouaga Matin", "2026-02-15", story=STORY),
        "agg": DocInfo("Africa Digest", "2026-02-15", story=STORY),
        "other": DocInfo("Sahel Wire", "2026-02-19", story="s-road"),
        "lone": DocInfo("Sahel Post", "2026-02-15")}

# local 0: the town of Dassa, 1: Bara province (both entities the linker knows as places)
ENTS = {(d, 0): "e-dassa" for d in DOCS} | {(d, 1): "e-bara" for d in DOCS} | {(d, 2): "e-kolma" for d in DOCS}


def _fact(target: int | None, place: int | None, day: str, dead: int | None, hurt: int | None = None,
          start: int = 0) -> EventFact:
    return EventFact(action="ASSAULT", start=start, end=start + 40, actor=None, target=target, location=place,
                     date=day, date_text="Saturday", date_basis="stated", fatalities=dead, fatalities_bound="min"
                     if dead is not None else None, injuries=hurt, injuries_bound="min" if hurt is not None else None)


def _assaults(facts) -> list:
    return [e for e in merge_events(facts, ENTS, DOCS, family_of=None) if e.action == "ASSAULT"]


def _three(day_wire: str = "2026-02-14", town: int = 0) -> list:
    return [
        # wire: "Gunmen on motorbikes killed at least 14 people and wounded 20 at a market in
        # Bara province on Saturday", told at Dassa
        ("wire", _fact(1, town, day_wire, 14, 20)),
        # local: "Three blasts hit the Dassa cattle market on Saturday"
        ("local", _fact(town, None, "2026-02-14", None)),
        # aggregator: "at least 14 dead and 20 hurt in Burkina Faso's Bara province" (no party)
        ("agg", _fact(None, 1, "2026-02-15", 14, 20)),
    ]


def test_town_province_and_unnamed_reports_of_one_attack_are_one_event():
    got = _assaults(_three())
    assert len(got) == 1
    assert {r.doc for r in got[0].reports} == {"wire", "local", "agg"}
    # the narrower place is the target: the province was told at the town
    assert got[0].target == "e-dassa"
    assert got[0].fatalities == 14


def test_a_same_template_attack_of_another_day_stays_apart():
    facts = _three() + [("other", _fact(1, None, "2026-02-18", 9, 4))]
    got = _assaults(facts)
    assert len(got) == 2
    assert any({r.doc for r in e.reports} == {"other"} for e in got)


def test_another_toll_keeps_the_province_report_apart():
    facts = [("wire", _fact(1, 0, "2026-02-14", 14, 20)), ("local", _fact(0, None, "2026-02-14", None)),
             ("agg", _fact(None, 1, "2026-02-14", 3, None))]
    facts[2][1].fatalities_bound = None               # "three soldiers killed": exactly three
    facts[0][1].fatalities_bound = None
    got = _assaults(facts)
    assert not any({r.doc for r in e.reports} == {"wire", "local", "agg"} for e in got)


def test_another_town_of_the_same_day_stays_apart():
    facts = [("local", _fact(0, None, "2026-02-14", None)), ("agg", _fact(2, None, "2026-02-14", None))]
    got = _assaults(facts)
    assert len(got) == 2


def test_a_shared_place_alone_ties_nothing():
    # no story in common and no toll on one side: the town named twice that day may be two attacks
    facts = [("wire", _fact(1, 0, "2026-02-14", 14)), ("lone", _fact(0, None, "2026-02-14", None))]
    got = _assaults(facts)
    assert len(got) == 2
