"""Trend counts, the timeline order, CSV output and the intensity table."""
from __future__ import annotations

import csv
import io

import pytest

from sitrep.events.trends import counts, intensity, period_of, timeline, write_timeline_csv, write_trends_csv
from sitrep.model import Event, Report


def ev(id_, action, date, actor="a", target="b", dead=None) -> Event:
    return Event(id=id_, action=action, date=date, date_text=None, actor=actor, target=target, location=None,
                 fatalities=dead, injuries=None, reports=[Report(doc="d-" + id_, start=0, end=5, outlet="Out")])


EVENTS = [ev("1", "ASSAULT", "2024-05-03", dead=2), ev("2", "ASSAULT", "2024-05-20", dead=3),
          ev("3", "ASSAULT", "2024-06-01"), ev("4", "CONSULT", "2024-05-07", "c", "d"),
          ev("5", "ASSAULT", None), ev("6", "ASSAULT", "2024-05")]


def test_monthly_counts_per_pair_and_action():
    rows = counts(EVENTS, by="month")
    may = [r for r in rows if r.period == "2024-05" and r.action == "ASSAULT"][0]
    assert (may.count, may.fatalities) == (3, 5)
    assert may.intensity == pytest.approx(3 * intensity("ASSAULT"))
    assert [r.period for r in rows] == sorted(r.period for r in rows)
    assert all(r.period for r in rows)                           # the undated event is left out


def test_weekly_counts_use_iso_weeks_and_skip_month_level_dates():
    rows = counts(EVENTS, by="week")
    assert {r.period for r in rows} == {"2024-W18", "2024-W19", "2024-W21", "2024-W22"}
    assert sum(r.count for r in rows) == 4


def test_undated_label_and_filters():
    rows = counts(EVENTS, by="month", undated="undated", actions={"ASSAULT"})
    assert any(r.period == "undated" for r in rows) and all(r.action == "ASSAULT" for r in rows)
    with pytest.raises(ValueError):
        counts(EVENTS, by="year")


def test_intensity_scale_orders_hostility():
    assert intensity("ASSAULT") < intensity("THREATEN") < intensity("ACCUSE") < 0 < intensity("CONSULT") < intensity("AID")


def test_timeline_sorts_by_date_with_undated_last():
    order = [e.id for e in timeline(EVENTS)]
    assert order[-1] == "5" and order[:2] == ["6", "1"]


def test_period_of():
    assert period_of("2024-05-03", "month") == "2024-05" and period_of("2024-12-30", "week") == "2025-W01"
    assert period_of(None) is None and period_of("2024-05", "week") is None


def test_csv_writers_name_entities():
    buf = io.StringIO()
    write_trends_csv(counts(EVENTS), buf, {"a": "RSF", "b": "El Fasher"})
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[0]["actor_name"] == "RSF" and rows[0]["events"] == "3"
    buf = io.StringIO()
    write_timeline_csv(EVENTS, buf, {"a": "RSF"})
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == len(EVENTS) and rows[0]["actor_name"] == "RSF" and rows[-1]["date"] == ""
    assert rows[1]["fatalities"] == "2" and rows[1]["outlets"] == "Out"
