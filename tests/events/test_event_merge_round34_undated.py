"""An undated happening takes the day its first report appeared (``merge_undated``), once merging
is done: never a year-old act the text puts in a year, never a page without a date, never one that
names no one, and never over a date a report states. Invented Caucasus-style reports."""
from __future__ import annotations

from sitrep.analysis import analyze_text
from sitrep.actors.kbcache import default
from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# doc-local actor numbers: 0 = the border guards, 1 = the village
ENTITY = ("e-guards", "e-village")


def entity_of(docs):
    return {(d, i): name for d in docs for i, name in enumerate(ENTITY)}


def fact(date=None, text=None, basis=None, start=0, **kw) -> EventFact:
    return EventFact(action="ASSAULT", start=start, end=start + 40, actor=0, target=1, date=date,
                     date_text=text, date_basis=basis, **kw)


def test_an_undated_act_takes_its_reports_publication_day():
    docs = {"a": DocInfo("Caucasus Wire", "2026-03-05")}
    [e] = merge_events([("a", fact())], entity_of(docs), docs)
    assert (e.date, e.date_basis, e.date_text) == ("2026-03-05", "publication", None)


def test_the_earliest_report_gives_the_day():
    docs = {"a": DocInfo("Caucasus Wire", "2026-04-01"), "b": DocInfo("Mountain Herald", "2026-03-31")}
    events = merge_events([("a", fact(fatalities=3)), ("b", fact(fatalities=3))], entity_of(docs), docs)
    assert len(events) == 1
    assert events[0].date == "2026-03-31" and events[0].date_basis == "publication"


def test_an_act_put_in_a_year_takes_the_years_start_never_the_reports_day():
    # "the guards shelled the village in 2019": the contract holds no year, the report's day is
    # years off; the year's first month, with the basis that says it is a year (``merge_years``)
    docs = {"a": DocInfo("Caucasus Wire", "2026-03-05")}
    [e] = merge_events([("a", fact(text="2019", basis="year"))], entity_of(docs), docs)
    assert (e.date, e.date_basis) == ("2019-01", "year")


def test_a_page_without_a_date_leaves_it_undated():
    docs = {"a": DocInfo("Caucasus Wire", None)}
    [e] = merge_events([("a", fact())], entity_of(docs), docs)
    assert e.date is None and e.date_basis is None


def test_a_stated_day_is_kept():
    docs = {"a": DocInfo("Caucasus Wire", "2026-03-05"), "b": DocInfo("Mountain Herald", "2026-03-05")}
    events = merge_events([("a", fact(date="2026-03-03", text="Tuesday", basis="stated", fatalities=2)),
                           ("b", fact(fatalities=2))], entity_of(docs), docs)
    assert [(e.date, e.date_basis) for e in events] == [("2026-03-03", "stated")]


TEXT = """Border guards shelled the hamlet of Verin Tala on Tuesday, killing two shepherds, the regional governor said. The governor called the shelling a provocation and demanded an inquiry.

Georgian police detained four men suspected of smuggling rifles across the river, and the Georgian army deployed extra troops to the ridge above the valley.
"""


def test_an_analysed_paragraph_with_no_time_is_dated_to_the_report_after_merging():
    a = analyze_text("cauc-1", TEXT, "2026-03-05", None, default())
    later = TEXT.index("Georgian police")
    undated = [f for f in a.events if f.start >= later]
    assert undated and all(f.date is None for f in undated), "the dating leaves the paragraph undated"
    docs = {"cauc-1": DocInfo("Caucasus Wire", "2026-03-05")}
    entity_of_doc = {("cauc-1", m.local): m.key for m in a.mentions if m.local is not None}
    events = merge_events([("cauc-1", f) for f in a.events], entity_of_doc, docs)
    placed = [e for e in events if any(r.start >= later for r in e.reports)]
    assert placed and {(e.date, e.date_basis) for e in placed} == {("2026-03-05", "publication")}
    # the shelling keeps the day its sentence states
    assert any(e.date == "2026-03-03" and e.action == "ASSAULT" for e in events)


def test_a_report_naming_no_one_stays_undated():
    # "the soldiers had killed three civilians in the raid": a detail of the raid the text tells
    docs = {"a": DocInfo("Caucasus Wire", "2026-03-05")}
    [e] = merge_events([("a", EventFact(action="ASSAULT", start=0, end=40, fatalities=3))], {}, docs)
    assert e.date is None
