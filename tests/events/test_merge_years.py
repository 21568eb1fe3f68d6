"""A happening the texts put only in a year takes the start of that year (or of its stated part),
with the basis "year" (``merge_years``). Invented Sahel background sentences."""
from __future__ import annotations

import datetime as dt

from sitrep.events.merge import DocInfo, merge_events
from sitrep.events.merge_years import year_start
from sitrep.model import EventFact

PUB = dt.date(2025, 3, 12)


def test_a_bare_year_is_its_january():
    assert year_start("2016", PUB) == "2016-01"


def test_a_part_of_a_year_starts_its_third():
    assert year_start("early 2024", PUB) == "2024-01"
    assert year_start("mid-2023", PUB) == "2023-05"
    assert year_start("late 2019", PUB) == "2019-09"


def test_a_relative_year_is_read_against_the_report():
    assert year_start("last year", PUB) == "2024-01"
    assert year_start("last year", None) is None


def test_a_state_since_a_year_starts_then():
    assert year_start("since 2020", PUB) == "2020-01"


def test_a_month_or_nothing_is_no_year():
    assert year_start("October 2022", PUB) is None
    assert year_start(None, PUB) is None


def _fact(text, basis, date=None):
    return EventFact(action="ASSAULT", start=0, end=40, actor=0, target=1, date=date, date_text=text,
                     date_basis=basis)


def test_reports_in_a_year_make_an_event_of_that_year():
    docs = {"a": DocInfo("Sahel Wire", "2025-03-12"), "b": DocInfo("Niamey Daily", "2025-03-13")}
    entity_of = {(d, i): n for d in docs for i, n in enumerate(("e-jnim", "e-djibo"))}
    events = merge_events([("a", _fact("2016", "year")), ("b", _fact("2016", "year"))], entity_of, docs)
    assert {(e.date, e.date_basis, e.date_text) for e in events} == {("2016-01", "year", "2016")}


def test_a_year_that_names_nothing_single_stays_undated():
    docs = {"a": DocInfo("Sahel Wire", "2025-03-12")}
    entity_of = {("a", 0): "e-jnim", ("a", 1): "e-djibo"}
    [e] = merge_events([("a", _fact("the past decade", "background"))], entity_of, docs)
    assert e.date is None


def test_an_analysed_background_sentence_gets_its_year():
    from sitrep.actors.kbcache import default
    from sitrep.analysis import analyze_text
    text = ("Jihadist fighters killed 20 soldiers near Djibo on Wednesday, security sources said.\n\n"
            "Boko Haram fighters seized the town of Gwoza in 2014 before the army retook it.")
    a = analyze_text("s1", text, "2025-01-03", None, default())
    docs = {"s1": DocInfo("Sahel Wire", "2025-01-03")}
    entity_of = {("s1", m.local): m.key for m in a.mentions if m.local is not None}
    events = merge_events([("s1", f) for f in a.events], entity_of, docs)
    later = text.index("Boko Haram")
    old = [e for e in events if all(r.start >= later for r in e.reports)]
    assert old and all(e.date == "2014-01" and e.date_basis == "year" for e in old), events
    assert any(e.date == "2025-01-01" for e in events)
