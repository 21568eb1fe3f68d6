"""An act the dating puts years back ("since 2019, when the Arakan Army killed 13 police officers",
basis "year"; a habit of years, basis "background") carries no date, but it is no report of the
news: it must not join today's undated happening nor lend it its toll (invented Myanmar, Sahel
and Kivu reports)."""
from __future__ import annotations

from sitrep.analysis import analyze_text
from sitrep.actors.kb import KnowledgeBase
from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def _fact(start=0, actor=0, target=None, location=None, basis=None, dead=None, bound=None, date=None):
    return EventFact("ASSAULT", start, start + 9, actor=actor, target=target, location=location, date=date,
                     date_basis=basis, fatalities=dead, fatalities_bound=bound)


DOCS = {"wire": DocInfo("Rakhine Wire", "2025-06-04"), "daily": DocInfo("Sittwe Daily", "2025-06-04")}
ENT = {("wire", 0): "e-aa", ("wire", 1): "e-police", ("daily", 0): "e-aa", ("daily", 1): "e-police"}


def test_an_act_of_years_back_does_not_join_todays_undated_ambush():
    # wire: "... has worsened since 2019, when the Arakan Army killed at least 13 police officers"
    # daily: "The Arakan Army ambushed a police convoy" (undated, today's news)
    facts = [("wire", _fact(basis="year", dead=13, bound="min")), ("daily", _fact(target=1))]
    events = merge_events(facts, ENT, DOCS, family_of=None)
    assert len(events) == 2
    news = next(e for e in events if e.reports[0].doc == "daily")
    assert news.fatalities is None


def test_the_same_act_without_the_year_basis_still_joins():
    # control: two undated reports of one day's ambush by one actor are one happening
    facts = [("wire", _fact(dead=13, bound="min")), ("daily", _fact(target=1))]
    assert len(merge_events(facts, ENT, DOCS, family_of=None)) == 1


def test_one_text_keeps_its_background_act_apart_from_its_news():
    # "The militia has raided villages since 2021" (background) and "the militia raided Kanyabayonga"
    docs = {"wire": DocInfo("Kivu Monitor", "2025-03-02")}
    facts = [("wire", _fact(basis="background")), ("wire", _fact(start=80, target=1))]
    assert len(merge_events(facts, ENT, docs, family_of=None)) == 2


def test_two_outlets_recalling_the_old_act_join_each_other():
    facts = [("wire", _fact(basis="year", dead=13, bound="min")),
             ("daily", _fact(basis="year", dead=13, bound="min", target=1))]
    events = merge_events(facts, ENT, DOCS, family_of=None)
    assert len(events) == 1 and len(events[0].reports) == 2


def test_an_unnamed_old_toll_does_not_join_a_named_happening_at_its_place():
    # "since 2020, when 11 soldiers were killed in Ménaka" beside today's named attack at Ménaka
    docs = {"wire": DocInfo("Sahel Wire", "2025-09-10"), "daily": DocInfo("Gao Post", "2025-09-10")}
    ent = {("wire", 0): "e-jnim", ("wire", 2): "e-menaka", ("daily", 2): "e-menaka"}
    facts = [("wire", _fact(location=2, dead=11, date="2025-09-09")),
             ("daily", _fact(actor=None, location=2, dead=11, basis="year"))]
    events = merge_events(facts, ent, docs, family_of=None)
    assert len(events) == 2


def test_end_to_end_the_year_act_and_the_news_stay_two_events():
    kb = KnowledgeBase.default()
    old = analyze_text("a", "Fighting in the hills has worsened since 2019, when the Arakan Army killed "
                            "at least 13 police officers in Buthidaung.", "2025-06-04", None, kb)
    new = analyze_text("b", "The Arakan Army ambushed a police convoy near Buthidaung, the junta said.",
                       "2025-06-04", None, kb)
    assert [e.date_basis for e in old.events] == ["year"]
    facts = [("a", e) for e in old.events] + [("b", e) for e in new.events]
    ent = {("a", m.local): m.text.lower() for m in old.mentions}
    ent.update({("b", m.local): m.text.lower() for m in new.mentions})
    docs = {"a": DocInfo("Rakhine Wire", "2025-06-04"), "b": DocInfo("Sittwe Daily", "2025-06-04")}
    events = merge_events(facts, ent, docs, family_of=None)
    assert len(events) == 2
    assert next(e for e in events if e.reports[0].doc == "b").fatalities is None
