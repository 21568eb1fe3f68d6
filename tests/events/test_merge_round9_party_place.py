"""An unnamed toll of a day, told "in" a party of the text's attack of that day, joins it (invented
Ethiopia-Eritrea border wire)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# 0 = Eritrean forces, 1 = Ethiopia, 2 = Zalambessa, 3 = an army patrol
NAMES = ["e-edf", "e-ethiopia", "e-zalambessa", "e-patrol"]
DOCS = {"wire": DocInfo("Horn Wire", "2025-06-14"), "copy": DocInfo("Addis Ledger", "2025-06-14", copy_of="wire")}


def _ents():
    return {(d, i): e for d in DOCS for i, e in enumerate(NAMES)}


def _facts(toll_place=1, toll_day="2025-06-12", doc="wire"):
    return [
        # "Eritrean forces fired rockets into Ethiopia near Zalambessa on Thursday"
        ("wire", EventFact("ASSAULT", 300, 360, actor=0, target=1, location=2, date="2025-06-12",
                           date_basis="stated")),
        # "border clashes on Thursday killed at least 9 people in Ethiopia"
        (doc, EventFact("ASSAULT", 0, 60, location=toll_place, date=toll_day, date_basis="stated",
                        fatalities=9, fatalities_bound="min")),
    ]


def test_the_days_toll_in_the_attacked_party_joins_the_attack_of_its_text():
    events = [e for e in merge_events(_facts(), _ents(), DOCS) if e.action == "ASSAULT"]
    assert len(events) == 1 and events[0].actor == "e-edf" and events[0].fatalities == 9


def test_another_day_or_a_place_no_party_keeps_the_toll_apart():
    assert len(merge_events(_facts(toll_day="2025-06-10"), _ents(), DOCS)) == 2
    assert len(merge_events(_facts(toll_place=3), _ents(), DOCS)) == 2


def test_another_text_is_no_evidence():
    docs = {**DOCS, "other": DocInfo("Nile Post", "2025-06-14")}
    ents = {**_ents(), ("other", 1): "e-ethiopia"}
    events = merge_events(_facts(doc="other"), ents, docs)
    assert len(events) == 2
