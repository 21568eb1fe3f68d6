"""Round 9 dating (invented texts): an act told in a "when" clause takes that clause's time, never
the statement's; a dateline written day-first ("Gao, 3 March 2024 –") is the filing's date, not
the act's; a week split out of the clock keeps its meaning."""
from __future__ import annotations

from event_helpers import coded_with_dates

from sitrep.events.dating import event_date
from sitrep.events.dating_week import day, week_month, week_start
from sitrep.model import TimeExpr

ACTORS = {"Azerbaijani": "NORP", "Tavush": "GPE", "Houthi": "ORG", "Hodeidah": "GPE",
          "M23": "ORG", "Goma": "GPE", "JNIM": "ORG", "Gao": "GPE", "Menaka": "GPE"}
TUE = "2025-10-14"          # a Tuesday


def dated(text: str, published: str | None = TUE) -> list[tuple[str, str | None, str | None]]:
    return [(f.action, f.date, f.date_text) for f in coded_with_dates(text, ACTORS, published)]


def assaults(text: str, published: str | None = TUE) -> set[str | None]:
    return {d for a, d, _ in dated(text, published) if a == "ASSAULT"}


def test_a_when_clause_dates_the_act_not_the_statement_after_it():
    text = ("Four farmers were wounded when Azerbaijani shells landed in two villages of Tavush "
            "overnight on Sunday, the regional governor said on Monday.")
    assert assaults(text) == {"2025-10-12"}


def test_an_after_clause_still_leaves_the_statement_day_to_the_act():
    # "after" tells an earlier act: its time is the act's context, not its own day
    text = "M23 fighters shelled Goma, the army said on Monday, after a truce collapsed in March."
    assert assaults(text) == {"2025-10-13"}


def test_an_act_without_a_when_clause_keeps_the_nearest_own_time():
    text = "Houthi drones struck Hodeidah port on Sunday, the coalition said on Monday."
    assert assaults(text) == {"2025-10-12"}


def test_a_day_first_dateline_is_the_filing_not_the_act():
    text = ("Gao, 14 October 2025 – At least nine soldiers were killed in an attack by JNIM that began "
            "on Monday night near Menaka.")
    assert assaults(text) == {"2025-10-13"}


def test_a_day_first_dateline_with_a_weekday_and_a_colon():
    text = ("Gao, Tuesday 14 October 2025: JNIM fighters attacked a convoy near Menaka on Sunday, "
            "killing five drivers.")
    assert assaults(text) == {"2025-10-12"}


def test_a_date_opening_a_sentence_is_no_dateline():
    # "On 12 October 2025, ..." opens prose: its date is the act's own
    text = "On 12 October 2025 – a Sunday – JNIM fighters attacked a convoy near Menaka, killing five drivers."
    assert assaults(text) == {"2025-10-12"}


def test_week_helpers_moved_out_of_the_clock_keep_their_values():
    assert week_month("2025-W40") == "2025-10"           # Thursday 2 October
    assert week_start("2025-W40").isoformat() == "2025-09-29"
    assert week_start("2025-10") is None and day("2025-10") is None
    t = TimeExpr(0, 9, "last week", "2025-W40", "week", "relative")
    assert event_date(t) == "2025-10"
