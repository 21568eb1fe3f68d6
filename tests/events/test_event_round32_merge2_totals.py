"""A text's running war total parted from the strike it reports (invented Sudan-style wire story):
"a drone strike on a market killed at least 12 on Sunday" keeps its 12, not the "more than 20,000
killed since April" the same text recalls; a toll update of the same day, or a modest rise, stays."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

DOCS = {"w": DocInfo("Nile Wire", "2026-06-08", story="s1"), "x": DocInfo("Khartoum Post", "2026-06-08", story="s1")}
ENTS = {(d, 0): "e-rsf" for d in DOCS} | {(d, 1): "e-omdurman" for d in DOCS}


def _fact(start: int, dead: int, day: str | None, bound: str | None = "min", actor: int | None = 0) -> EventFact:
    return EventFact(action="ASSAULT", start=start, end=start + 90, actor=actor, location=1 if start == 0 else None,
                     date=day, date_text="Sunday" if day else None, date_basis="stated" if day else None,
                     fatalities=dead, fatalities_bound=bound)


def _assaults(facts) -> list:
    return [e for e in merge_events(facts, ENTS, DOCS, family_of=None) if e.action == "ASSAULT"]


def test_the_war_total_of_the_same_text_leaves_the_strike():
    facts = [("w", _fact(0, 12, "2026-06-07")),                  # the strike, Sunday
             ("w", _fact(900, 20000, None, "more")),             # "RSF fighters have killed more than 20,000"
             ("x", _fact(0, 12, "2026-06-07"))]
    got = _assaults(facts)
    strike = next(e for e in got if any(r.start == 0 for r in e.reports))
    assert strike.fatalities == 12
    assert {r.doc for r in strike.reports} == {"w", "x"}
    assert all(r.start == 0 for r in strike.reports)
    assert any(e.fatalities == 20000 for e in got)


def test_a_total_dated_another_day_leaves_too():
    facts = [("w", _fact(0, 12, "2026-06-07")), ("w", _fact(900, 20000, "2026-06-06", None))]
    got = _assaults(facts)
    assert next(e for e in got if any(r.start == 0 for r in e.reports)).fatalities == 12


def test_a_modest_rise_or_a_toll_of_the_same_day_stays():
    facts = [("w", _fact(0, 12, "2026-06-07")), ("w", _fact(900, 40, None, None))]
    assert len(_assaults(facts)) == 1
    facts = [("w", _fact(0, 12, "2026-06-07")), ("w", _fact(900, 400, "2026-06-07", None))]
    assert len(_assaults(facts)) == 1
