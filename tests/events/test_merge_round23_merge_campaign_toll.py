"""An undated strike that tells its own toll is no part of a campaign another outlet of the same
story recalls by its month (invented Caucasus setting)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# doc-local actor numbers: 0 = the Azerbaijani army, 1 = the Lachin corridor, 2 = Stepanakert
NAMES = ("army", "lachin", "stepanakert")


def _entity_of(docs):
    return {(d, i): "e-" + name for d in docs for i, name in enumerate(NAMES)}


def _fact(start, target=1, date=None, basis=None, trigger="shelling of", **kw):
    return EventFact(action="ASSAULT", start=start, end=start + 60, actor=0, target=target, date=date,
                     date_basis=basis, trigger=trigger, **kw)


def _docs():
    # two outlets of one story: a wire recap and a live page published the next day
    return {"wire": DocInfo("Wire A", "2024-03-20", story="s1"),
            "live": DocInfo("Live B", "2024-03-21", story="s1")}


def test_an_undated_strike_with_its_toll_stays_out_of_the_recalled_campaign():
    docs = _docs()
    facts = [("wire", _fact(100, date="2024-02", basis="stated", trigger="offensive on")),   # "launched its offensive in late February"
             ("live", _fact(400, fatalities=9))]                                           # "14:05 - shelling of the corridor since dawn killed nine"
    events = merge_events(facts, _entity_of(docs), docs)
    assert len(events) == 2
    strike = next(e for e in events if any(r.doc == "live" for r in e.reports))
    assert {r.doc for r in strike.reports} == {"live"}


def test_an_undated_campaign_report_with_no_toll_still_joins_the_campaign():
    docs = _docs()
    facts = [("wire", _fact(100, date="2024-02", basis="stated", trigger="offensive on")),
             ("live", _fact(400, trigger="offensive on"))]                  # "the offensive on the corridor"
    events = merge_events(facts, _entity_of(docs), docs)
    assert len(events) == 1
    assert {r.doc for r in events[0].reports} == {"wire", "live"}
