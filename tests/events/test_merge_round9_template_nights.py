"""Two reports written from one template about two nights are two happenings: another stated day
with another toll is never one attack told twice, whether the reports share a story, a text or
nothing (invented Caucasus and Sahel reports)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def _fact(date, dead=None, hurt=None, actor=0, target=None, start=0, update=False):
    return EventFact("ASSAULT", start, start + 9, actor=actor, target=target, date=date, date_basis="stated",
                     fatalities=dead, injuries=hurt, toll_update=update)


def _docs(story):
    # "Azerbaijani shells hit two villages of Tavush overnight on Tuesday, wounding two" (published
    # Wednesday) / "... three villages ... overnight on Wednesday, wounding six" (published Thursday)
    return {"a": DocInfo("Yerevan Ledger", "2025-03-05", story=story),
            "b": DocInfo("Yerevan Ledger", "2025-03-06", story=story)}


ENT = {("a", 0): "e-az", ("b", 0): "e-az"}


def test_template_nights_with_other_tolls_stay_two_events_in_one_story():
    facts = [("a", _fact("2025-03-04", hurt=2)), ("b", _fact("2025-03-05", hurt=6))]
    events = merge_events(facts, ENT, _docs("s1"), family_of=None)
    assert sorted(e.date for e in events) == ["2025-03-04", "2025-03-05"]


def test_template_nights_stay_apart_without_a_story_and_with_death_tolls():
    facts = [("a", _fact("2025-03-04", dead=1)), ("b", _fact("2025-03-05", dead=4))]
    assert len(merge_events(facts, ENT, _docs(None), family_of=None)) == 2


def test_one_night_told_as_two_days_with_one_toll_is_one_event():
    # the dateline day against the narrative day: the tolerance the rule keeps
    facts = [("a", _fact("2025-03-04", hurt=2)), ("b", _fact("2025-03-05", hurt=2))]
    assert len(merge_events(facts, ENT, _docs(None), family_of=None)) == 1
    # a toll given by only one report, or by one as dead and the other as hurt, contradicts nothing
    facts = [("a", _fact("2025-03-04", hurt=2)), ("b", _fact("2025-03-05", dead=1))]
    assert len(merge_events(facts, ENT, _docs(None), family_of=None)) == 1


def test_a_toll_update_of_the_next_day_still_joins():
    # "the toll from Tuesday night's shelling rose to six on Wednesday"
    facts = [("a", _fact("2025-03-04", hurt=2)), ("b", _fact("2025-03-05", hurt=6, update=True))]
    assert len(merge_events(facts, ENT, _docs("s1"), family_of=None)) == 1


def test_a_third_report_of_the_second_night_joins_the_second_event():
    docs = {**_docs(None), "c": DocInfo("Caucasus Wire", "2025-03-06")}
    ent = {**ENT, ("c", 0): "e-az"}
    facts = [("a", _fact("2025-03-04", hurt=2)), ("b", _fact("2025-03-05", hurt=6)),
             ("c", _fact("2025-03-05", hurt=6))]
    events = merge_events(facts, ent, docs, family_of=None)
    assert len(events) == 2
    second = next(e for e in events if e.date == "2025-03-05")
    assert {r.doc for r in second.reports} == {"b", "c"}
