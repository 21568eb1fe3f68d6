"""Cross-document event merging: one Event per happening, sources, figures, metonymy."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# doc-local actor numbers: 0 = RSF, 1 = El Fasher, 2 = Sudanese army, 3 = Khartoum
ENTITY = {"rsf": "e-rsf", "fasher": "e-fasher", "army": "e-army", "khartoum": "e-khartoum", "sudan": "e-sudan"}


def entity_of(docs, locals_=("rsf", "fasher", "army", "khartoum", "sudan")):
    return {(d, i): ENTITY[name] for d in docs for i, name in enumerate(locals_)}


def fact(action="ASSAULT", actor=0, target=1, date="2024-05-10", start=0, **kw) -> EventFact:
    return EventFact(action=action, start=start, end=start + 40, actor=actor, target=target, date=date,
                     date_text="Friday" if date else None, **kw)


def test_same_attack_in_three_documents_two_of_them_copies():
    docs = {"a": DocInfo("Sudan Tribune", "2024-05-10"), "b": DocInfo("Radio Dabanga", "2024-05-11"),
            "c": DocInfo("Wire copy site", "2024-05-11", copy_of="b")}
    facts = [("a", fact(fatalities=12)), ("b", fact(date="2024-05-11", fatalities=12)),
             ("c", fact(date="2024-05-11", fatalities=12))]
    events = merge_events(facts, entity_of(docs), docs)
    assert len(events) == 1
    e = events[0]
    assert [r.doc for r in e.reports] == ["a", "b", "c"]
    assert e.corroboration == "corroborated" and e.fatalities == 12 and e.actor == "e-rsf"
    assert e.reports[2].copy_of == "b" and e.reports[0].outlet == "Sudan Tribune"


def test_copies_of_one_wire_story_are_one_source():
    docs = {"b": DocInfo("Radio Dabanga", "2024-05-11"), "c": DocInfo("Wire copy site", "2024-05-11", copy_of="b")}
    events = merge_events([("b", fact()), ("c", fact())], entity_of(docs), docs)
    assert len(events) == 1 and events[0].corroboration == "single source"


def test_figures_that_agree_corroborate_and_keep_the_exact_one():
    docs = {"a": DocInfo("Outlet A", "2024-05-10"), "b": DocInfo("Outlet B", "2024-05-10")}
    facts = [("a", fact(injuries=24, injuries_bound="exact")), ("b", fact(injuries=20, injuries_bound="min"))]
    e = merge_events(facts, entity_of(docs), docs)[0]
    assert (e.corroboration, e.injuries, e.disputes) == ("corroborated", 24, [])


def test_figures_that_disagree_are_disputed_with_their_outlets():
    docs = {"a": DocInfo("Outlet A", "2024-05-10"), "b": DocInfo("Outlet B", "2024-05-10")}
    facts = [("a", fact(fatalities=32)), ("b", fact(fatalities=25))]
    e = merge_events(facts, entity_of(docs), docs)[0]
    assert e.corroboration == "disputed"
    assert e.fatalities == 25                                   # the conservative figure
    assert len(e.disputes) == 1 and "32 (Outlet A)" in e.disputes[0] and "25 (Outlet B)" in e.disputes[0]


def test_different_days_or_targets_stay_apart():
    docs = {"a": DocInfo("A", "2024-05-10"), "b": DocInfo("B", "2024-05-20")}
    facts = [("a", fact(date="2024-05-10")), ("b", fact(date="2024-05-19")),
             ("b", fact(target=3, date="2024-05-10", start=100))]
    events = merge_events(facts, entity_of(docs), docs)
    assert len(events) == 3


def test_different_categories_stay_apart():
    docs = {"a": DocInfo("A", "2024-05-10")}
    events = merge_events([("a", fact()), ("a", fact(action="COERCE", start=50))], entity_of(docs), docs)
    assert sorted(e.action for e in events) == ["ASSAULT", "COERCE"]


def test_undated_report_joins_by_publication_date():
    docs = {"a": DocInfo("A", "2024-05-10"), "b": DocInfo("B", "2024-05-12"), "c": DocInfo("C", "2024-06-30")}
    facts = [("a", fact(date="2024-05-10")), ("b", fact(date=None)), ("c", fact(date=None))]
    events = merge_events(facts, entity_of(docs), docs)
    assert len(events) == 2
    dated = [e for e in events if e.date][0]
    assert {r.doc for r in dated.reports} == {"a", "b"}


def test_partial_roles_join_the_full_report():
    docs = {"a": DocInfo("A", "2024-05-10"), "b": DocInfo("B", "2024-05-10")}
    events = merge_events([("a", fact()), ("b", fact(actor=None))], entity_of(docs), docs)
    assert len(events) == 1 and (events[0].actor, events[0].target) == ("e-rsf", "e-fasher")


def test_month_level_date_matches_a_day_of_that_month():
    docs = {"a": DocInfo("A", "2024-05-30"), "b": DocInfo("B", "2024-05-31")}
    events = merge_events([("a", fact(date="2024-05-10")), ("b", fact(date="2024-05"))], entity_of(docs), docs)
    assert len(events) == 1 and events[0].date == "2024-05-10"


def test_capital_stands_for_its_government():
    docs = {"a": DocInfo("A", "2024-05-10"), "b": DocInfo("B", "2024-05-10")}
    gov = {"e-khartoum": "e-gov", "e-sudan": "e-gov"}
    facts = [("a", fact(action="REQUEST", actor=3, target=0)), ("b", fact(action="REQUEST", actor=4, target=0))]
    events = merge_events(facts, entity_of(docs), docs, government_of=gov.get)
    assert len(events) == 1 and events[0].actor == "e-gov" and events[0].corroboration == "corroborated"


def test_event_id_is_stable_across_input_order():
    docs = {"a": DocInfo("A", "2024-05-10"), "b": DocInfo("B", "2024-05-10")}
    facts = [("a", fact()), ("b", fact())]
    one = merge_events(facts, entity_of(docs), docs)
    two = merge_events(list(reversed(facts)), entity_of(docs), docs)
    assert [e.id for e in one] == [e.id for e in two]


def test_facts_without_known_actors_are_skipped():
    docs = {"a": DocInfo("A", "2024-05-10")}
    assert merge_events([("a", fact(actor=None, target=None))], {}, docs) == []


def test_an_undated_report_elsewhere_is_not_the_dated_incident():
    # "shelled Khartoum on Friday" and, three days later, an undated "shelled ... in El Fasher":
    # only the publication day places the second, which allows several days, and the place differs
    docs = {"a": DocInfo("Outlet A", "2024-05-10"), "b": DocInfo("Outlet B", "2024-05-13")}
    army_on_sudan = dict(actor=2, target=4)
    facts = [("a", fact(location=3, **army_on_sudan)), ("b", fact(date=None, location=1, **army_on_sudan))]
    assert len(merge_events(facts, entity_of(docs), docs)) == 2
    # the same undated report at the incident's place joins it
    facts = [("a", fact(location=3, **army_on_sudan)), ("b", fact(date=None, location=3, **army_on_sudan))]
    assert len(merge_events(facts, entity_of(docs), docs)) == 1
