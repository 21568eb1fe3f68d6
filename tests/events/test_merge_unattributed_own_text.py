"""An unnamed, unplaced toll joins a named happening through its own text only when it matches what
that text reports of the happening (invented Sudan setting)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# 0 = RSF, 1 = El Obeid, 2 = Sudanese army
NAMES = ["e-rsf", "e-obeid", "e-saf"]


def ents(docs):
    return {(d, i): e for d in docs for i, e in enumerate(NAMES)}


DOCS = {"wire": DocInfo("Wire", "2025-02-07"), "ngo": DocInfo("Relief update", "2025-02-08")}


def _facts(extra_toll: int):
    return [
        # NGO: "Clashes between the RSF and the army near El Obeid on 5 February killed at least 20"
        ("ngo", EventFact("ASSAULT", 0, 80, actor=0, location=1, date="2025-02-05",
                          fatalities=20, fatalities_bound="min")),
        # wire: "The RSF said it killed 14 attackers" (the El Obeid clash, dated by context)
        ("wire", EventFact("ASSAULT", 500, 560, actor=0, date="2025-02-05", fatalities=14)),
        # wire, another paragraph: "at least N gunmen were also killed in the fighting that followed"
        ("wire", EventFact("ASSAULT", 100, 160, fatalities=extra_toll, fatalities_bound="min")),
    ]


def test_unplaced_toll_of_another_paragraph_does_not_join_by_another_outlets_figure():
    events = merge_events(_facts(28), ents(DOCS), DOCS)
    clash = next(e for e in events if e.actor == "e-rsf")
    # >=28 agrees with the NGO's >=20 but not with the wire's own 14: not this clash
    assert len(events) == 2 and clash.fatalities != 28
    assert any(e.actor is None and e.fatalities == 28 for e in events)


def test_unplaced_toll_matching_its_own_texts_report_still_joins():
    events = merge_events(_facts(14), ents(DOCS), DOCS)
    clash = next(e for e in events if e.actor == "e-rsf")
    assert len(events) == 1
