"""Reports that name no one (invented Sahel and Golan settings): grouped by place, time and toll,
and joined to the named happening they must be."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# local numbers in every document: 0 = JNIM, 1 = Gao (the market town), 2 = Menaka, 3 = the army,
# 4 = Golan Heights, 5 = Islamic Resistance in Iraq, 6 = Israel
NAMES = ["e-jnim", "e-gao", "e-menaka", "e-army", "e-golan", "e-iri", "e-israel"]


def ents(docs):
    return {(d, i): e for d in docs for i, e in enumerate(NAMES)}


def bare(date="2024-08-03", location=1, start=0, **kw) -> EventFact:
    """ "A car bomb tore through the market of Gao on Saturday, killing at least 12." """
    return EventFact("ASSAULT", start, start + 60, location=location, date=date, **kw)


def sahel_docs():
    return {"a": DocInfo("Studio Tamani", "2024-08-03"), "b": DocInfo("RFI", "2024-08-04"),
            "c": DocInfo("Wire", "2024-08-04"), "d": DocInfo("Local blog", "2024-08-05")}


def test_three_outlets_one_market_bombing_disputed_toll():
    docs = sahel_docs()
    facts = [("a", bare(fatalities=12, fatalities_bound="min")), ("b", bare(fatalities=12)),
             ("c", bare(date=None, fatalities=15))]           # "killed 15 on Saturday" undated, published Sunday
    events = merge_events(facts, ents(docs), docs)
    assert len(events) == 1
    e = events[0]
    assert (e.actor, e.target, e.location, e.date) == (None, None, "e-gao", "2024-08-03")
    assert e.corroboration == "disputed" and e.fatalities == 12
    assert "15 (Wire)" in e.disputes[0] and "12 (RFI)" in e.disputes[0]


def test_agreeing_tolls_corroborate():
    docs = sahel_docs()
    facts = [("a", bare(fatalities=12, fatalities_bound="min")), ("b", bare(fatalities=12))]
    e, = merge_events(facts, ents(docs), docs)
    assert (e.corroboration, e.fatalities, e.disputes) == ("corroborated", 12, [])


def test_another_town_or_another_week_is_another_bombing():
    docs = sahel_docs() | {"e": DocInfo("RFI", "2024-08-12")}
    facts = [("a", bare(fatalities=12)), ("b", bare(location=2, fatalities=12)),
             ("e", bare(date="2024-08-11", fatalities=12))]
    events = merge_events(facts, ents(docs), docs)
    assert len(events) == 3 and all(e.corroboration == "single source" for e in events)


def test_a_group_joins_the_one_named_attack_at_that_place_with_that_toll():
    # "JNIM claimed the bombing of the Gao market that killed 12" -- named -- plus two unnamed reports
    docs = sahel_docs()
    facts = [("d", EventFact("ASSAULT", 0, 70, actor=0, location=1, date="2024-08-03", fatalities=12)),
             ("a", bare(fatalities=12, fatalities_bound="min")), ("b", bare(fatalities=12))]
    e, = merge_events(facts, ents(docs), docs)
    assert e.actor == "e-jnim" and len(e.reports) == 3 and e.corroboration == "corroborated"


def test_a_named_attack_with_another_toll_stays_apart():
    docs = sahel_docs()
    facts = [("d", EventFact("ASSAULT", 0, 70, actor=0, location=1, date="2024-08-03", fatalities=3)),
             ("a", bare(fatalities=12))]
    events = merge_events(facts, ents(docs), docs)
    assert len(events) == 2 and {e.actor for e in events} == {"e-jnim", None}


def test_a_named_attack_with_no_toll_needs_the_same_day_at_the_place():
    # no tolls to compare: the place and the stated day identify it; the day before does not
    docs = sahel_docs()
    facts = [("d", EventFact("ASSAULT", 0, 70, actor=0, location=1, date="2024-08-03")), ("a", bare(fatalities=12))]
    e, = merge_events(facts, ents(docs), docs)
    assert e.actor == "e-jnim" and e.fatalities == 12
    facts = [("d", EventFact("ASSAULT", 0, 70, actor=0, location=1, date="2024-08-02")), ("a", bare(fatalities=12))]
    assert len(merge_events(facts, ents(docs), docs)) == 2


def test_two_named_attacks_that_could_be_it_leave_it_apart():
    docs = sahel_docs()
    facts = [("d", EventFact("ASSAULT", 0, 70, actor=0, location=1, date="2024-08-03", fatalities=12)),
             ("c", EventFact("ASSAULT", 0, 70, actor=3, target=0, location=1, date="2024-08-03", fatalities=12)),
             ("a", bare(fatalities=12))]
    events = merge_events(facts, ents(docs), docs)
    assert len(events) == 3
    assert next(e for e in events if e.actor is None).reports[0].doc == "a"


def test_golan_drone_report_without_a_named_attacker_joins_the_claimed_attack():
    # "Two soldiers were killed when a drone launched from Iraq hit a base in the Golan Heights"
    # and "The Islamic Resistance in Iraq said its drone struck the Golan, killing two Israeli soldiers"
    docs = {"x": DocInfo("Times of Israel", "2024-10-04"), "y": DocInfo("Al Mayadeen", "2024-10-04")}
    facts = [("x", EventFact("ASSAULT", 0, 90, location=4, date="2024-10-04", fatalities=2, mode="drone")),
             ("y", EventFact("ASSAULT", 0, 90, actor=5, target=6, location=4, date="2024-10-04", fatalities=2))]
    e, = merge_events(facts, ents(docs), docs)
    assert (e.actor, e.target, e.location, e.mode) == ("e-iri", "e-israel", "e-golan", "drone")
    assert e.corroboration == "corroborated"


def test_without_a_place_the_toll_joins_only_within_one_story():
    docs = {"a": DocInfo("A", "2024-08-03", story="s1"), "b": DocInfo("B", "2024-08-03", story="s1"),
            "c": DocInfo("C", "2024-08-03", story="s2")}
    facts = [("a", bare(location=None, fatalities=7)), ("b", bare(location=None, date=None, fatalities=7)),
             ("c", bare(location=None, fatalities=7))]
    events = merge_events(facts, ents(docs), docs)
    assert sorted(len(e.reports) for e in events) == [1, 2]
    assert {r.doc for e in events if len(e.reports) == 2 for r in e.reports} == {"a", "b"}


def test_a_report_with_nothing_to_place_it_is_dropped():
    docs = sahel_docs()
    assert merge_events([("a", bare(location=None))], ents(docs), docs) == []


def test_unnamed_reports_do_not_disturb_named_merging():
    docs = sahel_docs()
    named = [("d", EventFact("ASSAULT", 0, 70, actor=3, target=0, date="2024-08-03")),
             ("b", EventFact("ASSAULT", 100, 170, actor=3, target=0, date="2024-08-03"))]
    alone = merge_events(named, ents(docs), docs)
    mixed = merge_events(named + [("a", bare(fatalities=12)), ("c", bare(location=2, fatalities=4))], ents(docs), docs)
    assert [e.id for e in alone] == [e.id for e in mixed if e.actor is not None]


def test_place_from_one_named_report_and_day_from_another_are_enough():
    # one source names the town, another the toll; the unnamed report fits the second's day only
    docs = sahel_docs() | {"e": DocInfo("Jeune Afrique", "2024-08-02")}
    facts = [("e", EventFact("ASSAULT", 0, 70, actor=0, target=3, location=1, date="2024-08-02")),
             ("d", EventFact("ASSAULT", 0, 70, actor=0, target=3, date="2024-08-03", fatalities=12)),
             ("a", bare(date="2024-08-04", fatalities=12))]
    e, = merge_events(facts, ents(docs), docs)
    assert e.actor == "e-jnim" and len(e.reports) == 3
