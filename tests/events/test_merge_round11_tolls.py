"""Rising tolls within one report, majority headline figures and dispute labels (invented Myanmar
and Mozambique-style reports)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def _strike(start: int, dead: int, update: bool = False) -> EventFact:
    return EventFact(action="ASSAULT", start=start, end=start + 10, actor=0, target=1, location=2,
                     date="2026-02-17", fatalities=dead, fatalities_bound="exact", toll_update=update)


def _ids(*docs: str) -> dict:
    return {(d, i): e for d in docs for i, e in enumerate(("e-junta", "e-villagers", "e-sagaing-village"))}


def _assault(facts, docs):
    events = [e for e in merge_events(facts, _ids(*docs), docs, family_of=None) if e.action == "ASSAULT"]
    assert len(events) == 1
    return events[0]


def test_a_flash_and_its_updates_give_the_latest_toll_not_a_dispute():
    # one wire file: FLASH "killed three", UPDATE 1 "five", UPDATE 2 "now says seven"
    facts = [("wire", _strike(0, 3)), ("wire", _strike(400, 5)), ("wire", _strike(900, 7)),
             ("daily", _strike(0, 7))]
    docs = {"wire": DocInfo("Irrawaddy Wire", "2026-02-17"), "daily": DocInfo("Mandalay Daily", "2026-02-18")}
    ev = _assault(facts, docs)
    assert ev.fatalities == 7
    assert ev.corroboration == "corroborated"
    assert not ev.disputes
    assert [r.fatalities for r in ev.reports if r.doc == "wire"] == [7]


def test_a_stated_update_beats_a_larger_figure_of_another_kind_in_one_report():
    facts = [("wire", _strike(0, 3)), ("wire", _strike(300, 4, update=True))]
    ev = _assault(facts, {"wire": DocInfo("Irrawaddy Wire", "2026-02-17")})
    assert ev.fatalities == 4


def test_most_sources_give_the_headline_figure_in_a_dispute():
    # three outlets say eleven, the armed group's own outlet says "only four"
    facts = [("a", _strike(0, 11)), ("b", _strike(0, 11)), ("c", _strike(0, 11)), ("d", _strike(0, 4))]
    docs = {"a": DocInfo("Cabo Times", "2026-02-18"), "b": DocInfo("Pemba Radio", "2026-02-18"),
            "c": DocInfo("Lusophone Wire", "2026-02-18"), "d": DocInfo("Insurgent Bulletin", "2026-02-18")}
    ev = _assault(facts, docs)
    assert ev.corroboration == "disputed"
    assert ev.fatalities == 11


def test_with_no_majority_the_conservative_figure_stays():
    facts = [("a", _strike(0, 11)), ("d", _strike(0, 4))]
    docs = {"a": DocInfo("Cabo Times", "2026-02-18"), "d": DocInfo("Insurgent Bulletin", "2026-02-18")}
    ev = _assault(facts, docs)
    assert ev.corroboration == "disputed"
    assert ev.fatalities == 4


def test_a_dispute_names_a_report_without_outlet_by_its_title():
    facts = [("a", _strike(0, 9)), ("3f9c0a11d2e4b5c6", _strike(0, 6))]
    docs = {"a": DocInfo("Cabo Times", "2026-02-18"),
            "3f9c0a11d2e4b5c6": DocInfo(None, "2026-02-18", label="Correction: army raid toll revised")}
    ev = _assault(facts, docs)
    note = " ".join(ev.disputes)
    assert "Correction: army raid toll revised" in note
    assert "3f9c0a11d2e4b5c6" not in note


def _raid(actor: int, target: int, day: str | None, dead: int, update: bool = False) -> EventFact:
    return EventFact(action="ASSAULT", start=0, end=10, actor=actor, target=target, location=2, date=day,
                     date_text="Saturday" if day else None, fatalities=dead, fatalities_bound="exact",
                     toll_update=update)


def test_a_toll_update_of_fighting_between_two_parties_raises_the_attack_days_before():
    # a: "Militia fighters overran the army garrison in Koboko late on Saturday, killing 12"
    # b (Monday): "The death toll from fighting between the army and the militia in Koboko has
    #   risen to 31, an official said on Monday" (the coder reads the army as its actor)
    ents = {("a", 0): "e-militia", ("a", 1): "e-army", ("a", 2): "e-koboko",
            ("b", 0): "e-army", ("b", 1): "e-militia", ("b", 2): "e-koboko"}
    facts = [("a", _raid(0, 1, "2026-07-11", 12)), ("b", _raid(0, 1, "2026-07-13", 31, update=True))]
    docs = {"a": DocInfo("Great Lakes Post", "2026-07-12"), "b": DocInfo("Nile Wire", "2026-07-13")}
    events = [e for e in merge_events(facts, ents, docs, family_of=None) if e.action == "ASSAULT"]
    assert len(events) == 1
    assert events[0].fatalities == 31
    assert events[0].date == "2026-07-11"
    assert events[0].actor == "e-militia"


def test_a_swapped_update_at_another_place_stays_apart():
    ents = {("a", 0): "e-militia", ("a", 1): "e-army", ("a", 2): "e-koboko",
            ("b", 0): "e-army", ("b", 1): "e-militia", ("b", 2): "e-yei"}
    facts = [("a", _raid(0, 1, "2026-07-11", 12)), ("b", _raid(0, 1, "2026-07-13", 31, update=True))]
    docs = {"a": DocInfo("Great Lakes Post", "2026-07-12"), "b": DocInfo("Nile Wire", "2026-07-13")}
    assert len([e for e in merge_events(facts, ents, docs, family_of=None) if e.action == "ASSAULT"]) == 2


def test_a_partys_lower_count_after_the_toll_is_a_dispute_not_the_headline():
    # governor: "killed seven"; then "the rebels said only two of their fighters died"
    facts = [("a", _strike(0, 7)), ("a", _strike(300, 2)), ("b", _strike(0, 7))]
    docs = {"a": DocInfo("Bamenda Sentinel", "2026-02-18"), "b": DocInfo("Coast Wire", "2026-02-18")}
    ev = _assault(facts, docs)
    assert ev.fatalities == 7
    assert ev.corroboration == "disputed"
    assert "2 (Bamenda Sentinel)" in " ".join(ev.disputes)


def test_a_flash_then_a_partys_lower_count_keeps_only_the_real_dispute():
    # 3 -> 5 -> 7 (ministry), then "the military said it killed five gunmen"
    facts = [("wire", _strike(0, 3)), ("wire", _strike(200, 5)), ("wire", _strike(400, 7)),
             ("wire", _strike(600, 5)), ("daily", _strike(0, 7))]
    docs = {"wire": DocInfo("Irrawaddy Wire", "2026-02-17"), "daily": DocInfo("Mandalay Daily", "2026-02-18")}
    ev = _assault(facts, docs)
    assert ev.fatalities == 7
    note = " ".join(ev.disputes)
    assert "5 (Irrawaddy Wire)" in note and "3 " not in note
