"""A live blog's entries ("14:32 GMT - ...") are each their own stretch of the story: an entry's
heading takes the time its own entry states, and no act borrows the time of the entry above it
(invented Caucasus live blog)."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"Tavrin militia": "ORG", "border guards": "ORG", "Kesh": "GPE", "Ardan": "GPE"}
PUBLISHED = "2026-03-18"

LIVE = """Tavrin live: Shelling resumes along the Kesh frontier

16:40 GMT - Envoy urges restraint

The envoy said the sides must return to the talks.

On January 9, the Tavrin militia shelled Kesh, killing two guards.

14:05 GMT - Border guards say they shelled militia positions near Ardan

The border guards say their artillery shelled Tavrin militia positions near Ardan, destroying two depots.

The Tavrin militia attacked a guard post near Kesh, the border guards said.
"""


def _after(text: str, marker: str) -> list[tuple[str, str | None, str | None]]:
    cut = text.index(marker)
    return [(f.action, f.date, f.date_basis) for f in coded_with_dates(text, ACTORS, PUBLISHED) if f.start >= cut]


def test_no_act_of_an_entry_borrows_the_time_of_the_entry_above():
    got = _after(LIVE, "14:05 GMT")
    assert len(got) >= 2, got
    assert not any((date or "").startswith("2026-01") for _a, date, _b in got), got


def test_the_entry_above_keeps_its_stated_day():
    got = [(f.action, f.date) for f in coded_with_dates(LIVE, ACTORS, PUBLISHED)]
    assert ("ASSAULT", "2026-01-09") in got


def test_an_entry_heading_takes_the_day_its_entry_states():
    text = LIVE.replace("near Ardan, destroying", "near Ardan on Tuesday, destroying")
    got = _after(text, "14:05 GMT")
    heading = got[0]
    assert heading[1] == "2026-03-17", got
