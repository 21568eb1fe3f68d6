"""A report dated to a week ("last week") merges only with reports of that week's days, while its
exported date stays the month (invented Sudan and Sahel reports)."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from event_helpers import coded_with_dates

from sitrep.events.blocking import emit_time_key, query_time_keys
from sitrep.events.merge import DocInfo, merge_events
from sitrep.events.merge_basics import MergeItem, dates_fit, timeless
from sitrep.model import EventFact


def _item(date=None, week=None, pub=None, basis="stated"):
    f = EventFact("ASSAULT", 0, 1, date=date, date_basis=basis, date_week=week)
    return MergeItem("d", f, None, None, None, pub)


def test_the_coder_keeps_the_week_of_last_week():
    # published Wednesday 2025-06-18: "last week" is 9-15 June (2025-W24)
    facts = coded_with_dates("The RSF shelled El Obeid last week.", {"RSF": "ORG", "El Obeid": "GPE"}, "2025-06-18")
    assert facts and facts[0].date == "2025-06" and facts[0].date_week == "2025-W24"
    # a day keeps no week
    facts = coded_with_dates("The RSF shelled El Obeid on Monday.", {"RSF": "ORG", "El Obeid": "GPE"}, "2025-06-18")
    assert facts and facts[0].date_week is None


def test_a_week_fits_only_its_own_days():
    week = _item("2025-06", "2025-W24")                        # 9-15 June
    assert dates_fit(week, _item("2025-06-09")) and dates_fit(week, _item("2025-06-15"))
    assert not dates_fit(week, _item("2025-06-16")) and not dates_fit(_item("2025-06-08"), week)
    assert dates_fit(week, _item("2025-06"))                   # the month it belongs to
    assert not dates_fit(week, _item("2025-06", "2025-W25"))
    # an undated report published up to three days after the week's Sunday
    assert dates_fit(week, _item(pub=dt.date(2025, 6, 18)))
    assert not dates_fit(week, _item(pub=dt.date(2025, 6, 19)))
    assert not dates_fit(week, _item(pub=dt.date(2025, 6, 8)))


def test_a_week_the_text_does_not_state_is_no_bound():
    # an inferred (publication) date is no date for merging, so its week is ignored too
    weak = _item("2025-06", "2025-W24", pub=dt.date(2025, 6, 18), basis="publication")
    assert weak.week is None and weak.date is None
    # a week that does not belong to the stated month is not trusted
    assert _item("2025-07", "2025-W24").week is None


@pytest.mark.parametrize("seed", range(20))
def test_week_keys_are_exactly_the_fits(seed):
    rng = random.Random(seed)
    start = dt.date(2025, 1, 20)

    def item():
        r = rng.random()
        d = start + dt.timedelta(days=rng.randrange(60))
        pub = None if rng.random() < 0.2 else start + dt.timedelta(days=rng.randrange(60))
        if r < 0.3:
            y, w, _ = d.isocalendar()
            thursday = dt.date.fromisocalendar(y, w, 4)
            return _item(thursday.isoformat()[:7], f"{y}-W{w:02d}", pub)
        if r < 0.5:
            return _item(d.isoformat()[:7], None, pub)
        if r < 0.7:
            return _item(None, None, pub)
        return _item(d.isoformat(), None, pub)

    for _ in range(500):
        a, b = item(), item()
        filed = emit_time_key(b.date, b.published, b.week) in query_time_keys(a.date, a.published, a.week)
        if not (timeless(a) or timeless(b)):
            assert filed == dates_fit(a, b), (a.date, a.week, a.published, b.date, b.week, b.published)


def test_last_weeks_strikes_stay_apart_from_a_shelling_after_that_week():
    # published Wednesday 2025-06-18; "last week" is 9-15 June
    docs = {"a": DocInfo("Nile Wire", "2025-06-18"), "b": DocInfo("Darfur Daily", "2025-06-17")}
    ent = {("a", 0): "e-rsf", ("a", 1): "e-kordofan", ("b", 0): "e-rsf", ("b", 1): "e-babanusa"}
    last_week = EventFact("ASSAULT", 0, 9, actor=0, location=1, date="2025-06", date_basis="stated",
                          date_text="Last week", date_week="2025-W24")
    shelling = EventFact("ASSAULT", 0, 9, actor=0, location=1, date="2025-06-16", date_basis="stated",
                         date_text="Monday", injuries=2)
    assert len(merge_events([("a", last_week), ("b", shelling)], ent, docs, family_of=None)) == 2
    # a report of a day in that week is the same week's happening
    inside = EventFact("ASSAULT", 0, 9, actor=0, location=1, date="2025-06-12", date_basis="stated",
                       date_text="Thursday")
    events = merge_events([("a", last_week), ("b", inside)], ent, docs, family_of=None)
    assert len(events) == 1 and events[0].date == "2025-06-12"
    # without the week, a month-level date still fits any day of its month
    month = EventFact("ASSAULT", 0, 9, actor=0, location=1, date="2025-06", date_basis="stated", date_text="June")
    assert len(merge_events([("a", month), ("b", shelling)], ent, docs, family_of=None)) == 1
