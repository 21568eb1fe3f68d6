"""Event trends and timelines: counts per actor pair, category and period; events in date order.

Intensity is Goldstein-style (-10 most hostile .. +10 most cooperative): each PLOVER category has
the mean Goldstein score of the CAMEO codes that map to it (``knowledge/event_intensity.json``,
built by ``sitrep.events.build_intensity``; see there for the method). A row's ``intensity`` is the
sum over its events (so 3 assaults weigh three times one), ``mean_intensity`` the per-event score.

Periods: ``month`` -> "YYYY-MM", ``week`` -> ISO week "YYYY-Www". An event dated only to the month
has no week; undated events (and month-level ones when counting by week) are left out unless
``undated`` names a period label for them.
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Collection, Mapping, Sequence

from sitrep.knowledge import load
from sitrep.model import Event


@dataclass(slots=True)
class TrendRow:
    period: str
    actor: str | None
    target: str | None
    action: str
    count: int
    intensity: float                  # summed Goldstein-style score of the row's events
    mean_intensity: float
    fatalities: int                   # summed over events that state a figure
    injuries: int


@lru_cache(maxsize=1)
def intensity_table() -> dict[str, float]:
    return {e["action"]: float(e["intensity"]) for e in load("event_intensity.json")}


def intensity(action: str) -> float:
    return intensity_table().get(action, 0.0)


def period_of(date: str | None, by: str = "month") -> str | None:
    if not date:
        return None
    if by == "month":
        return date[:7] if len(date) >= 7 else None
    if by == "week":
        if len(date) < 10:
            return None
        y, w, _ = dt.date.fromisoformat(date[:10]).isocalendar()
        return f"{y:04d}-W{w:02d}"
    raise ValueError(f"unknown period {by!r}: use 'month' or 'week'")


def counts(events: Sequence[Event], by: str = "month", *, actions: Collection[str] | None = None,
           actors: Collection[str] | None = None, undated: str | None = None) -> list[TrendRow]:
    """Events per (period, actor, target, action), sorted by period then by count (largest first)."""
    if by not in ("month", "week"):
        raise ValueError(f"unknown period {by!r}: use 'month' or 'week'")
    groups: dict[tuple[str, str | None, str | None, str], list[Event]] = {}
    for e in events:
        if actions is not None and e.action not in actions:
            continue
        if actors is not None and e.actor not in actors:
            continue
        period = period_of(e.date, by) or undated
        if period is None:
            continue
        groups.setdefault((period, e.actor, e.target, e.action), []).append(e)
    rows = []
    for (period, actor, target, action), evs in groups.items():
        score = intensity(action)
        rows.append(TrendRow(period=period, actor=actor, target=target, action=action, count=len(evs),
                             intensity=round(score * len(evs), 2), mean_intensity=score,
                             fatalities=sum(e.fatalities or 0 for e in evs),
                             injuries=sum(e.injuries or 0 for e in evs)))
    rows.sort(key=lambda r: (r.period, -r.count, r.action, r.actor or "", r.target or ""))
    return rows


def timeline(events: Sequence[Event]) -> list[Event]:
    """Events by date (a month-level date sorts before the days of its month), undated last."""
    return sorted(events, key=lambda e: (e.date is None, e.date or "", e.action, e.id))


def write_trends_csv(rows: Sequence[TrendRow], fh: IO[str], entity_names: Mapping[str, str] | None = None) -> None:
    names = entity_names or {}
    w = csv.writer(fh)
    w.writerow(["period", "actor", "actor_name", "target", "target_name", "action", "events",
                "intensity", "mean_intensity", "fatalities", "injuries"])
    for r in rows:
        w.writerow([r.period, r.actor or "", names.get(r.actor or "", ""), r.target or "",
                    names.get(r.target or "", ""), r.action, r.count, f"{r.intensity:.2f}",
                    f"{r.mean_intensity:.2f}", r.fatalities, r.injuries])


def write_timeline_csv(events: Sequence[Event], fh: IO[str], entity_names: Mapping[str, str] | None = None) -> None:
    names = entity_names or {}
    w = csv.writer(fh)
    w.writerow(["date", "date_text", "action", "actor", "actor_name", "target", "target_name", "location",
                "fatalities", "injuries", "mode", "corroboration", "sources", "outlets", "documents",
                "disputes", "event_id"])
    for e in timeline(events):
        docs = [r.doc for r in e.reports]
        outlets = sorted({r.outlet for r in e.reports if r.outlet})
        w.writerow([e.date or "", e.date_text or "", e.action, e.actor or "", names.get(e.actor or "", ""),
                    e.target or "", names.get(e.target or "", ""), names.get(e.location or "", e.location or ""),
                    "" if e.fatalities is None else e.fatalities, "" if e.injuries is None else e.injuries,
                    e.mode or "", e.corroboration, len(docs), "; ".join(outlets), "; ".join(docs),
                    " | ".join(e.disputes), e.id])
