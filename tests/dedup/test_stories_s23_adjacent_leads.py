"""Reports of one incident that date it a day apart (a night attack: "late on Sunday" at the wire,
"in the night of Sunday 14 to Monday 15 September" at a local paper), and an analysis written two
weeks later that opens on the incident's date, join the wire's story by their leads when the killed
toll is the same figure; a day apart with another toll, or weeks later with a revised one, stays
apart (``dedup.lead_stories``). Invented Lake Varno reports."""
from __future__ import annotations

from collections import Counter

from sitrep.dedup.lead_stories import join_by_leads
from sitrep.disjoint import DisjointSets

WIRE = ("KORVANE, Sept 15 (AFP) - Around 30 soldiers were killed when Jarun fighters attacked an army base "
        "at Telmor island in Varno province late on Sunday, the presidency said.\n\nPresident Adel Sarko "
        "travelled to Telmor on Monday.")
COPY = WIRE.replace("KORVANE, Sept 15 (AFP) -", "Korvane (AFP) -")
# a local paper's own report: the night named by both its days, its own words
LOCAL = ("In the night of Sunday 14 to Monday 15 September, the base of the defence forces at Telmor, in "
         "the province of Varno, was the target of an attack by Jarun terrorists. According to the "
         "Presidency, the provisional toll is 30 dead among the soldiers.\n\nPresident Adel Sarko went "
         "to the scene on Monday morning.")
# an analysis two weeks later, opening on the date
ANALYSIS = ("When President Adel Sarko flew to Telmor on September 15, hours after Jarun fighters overran "
            "the base and killed 30 soldiers, he vowed to hunt them down. Two weeks later the Varno "
            "offensive has stalled.")


def _join(docs: dict[str, tuple[str, str]], stories: dict[str, str]) -> dict[str, str]:
    sets: DisjointSets[str] = DisjointSets()
    size = Counter(sets.find(s) for s in stories.values())
    join_by_leads(((d, text, day) for d, (text, day) in docs.items()), stories, sets, size)
    return {d: sets.find(s) for d, s in stories.items()}


def test_a_night_dated_a_day_apart_with_the_same_toll_joins() -> None:
    docs = {"w": (WIRE, "2025-09-15"), "c": (COPY, "2025-09-15"), "l": (LOCAL, "2025-09-15")}
    got = _join(docs, {"w": "S1", "c": "S1", "l": "S2"})
    assert got["l"] == got["w"]


def test_a_day_apart_with_another_toll_stays_apart() -> None:
    other = LOCAL.replace("30 dead", "24 dead")
    docs = {"w": (WIRE, "2025-09-15"), "c": (COPY, "2025-09-15"), "l": (other, "2025-09-15")}
    got = _join(docs, {"w": "S1", "c": "S1", "l": "S2"})
    assert got["l"] != got["w"]


def test_a_day_apart_with_a_small_toll_stays_apart() -> None:
    # "two soldiers" on two nights: as likely two of the desk's incidents as one told twice
    wire = WIRE.replace("Around 30 soldiers", "Two soldiers")
    docs = {"w": (wire, "2025-09-15"), "c": (wire.replace("KORVANE, Sept 15 (AFP) -", "Korvane (AFP) -"), "2025-09-15"),
            "l": (LOCAL.replace("30 dead", "two dead"), "2025-09-15")}
    got = _join(docs, {"w": "S1", "c": "S1", "l": "S2"})
    assert got["l"] != got["w"]


def test_an_analysis_weeks_later_on_the_same_date_and_toll_joins() -> None:
    docs = {"w": (WIRE, "2025-09-15"), "c": (COPY, "2025-09-15"), "a": (ANALYSIS, "2025-09-29")}
    got = _join(docs, {"w": "S1", "c": "S1", "a": "S2"})
    assert got["a"] == got["w"]
    # a revised toll weeks later is too loose a match
    revised = ANALYSIS.replace("killed 30 soldiers", "killed 28 soldiers")
    docs["a"] = (revised, "2025-09-29")
    got = _join(docs, {"w": "S1", "c": "S1", "a": "S2"})
    assert got["a"] != got["w"]
    # ... and a weekday weeks later names no day of that week
    weekday = ANALYSIS.replace("on September 15", "on Monday")
    docs["a"] = (weekday, "2025-09-29")
    got = _join(docs, {"w": "S1", "c": "S1", "a": "S2"})
    assert got["a"] != got["w"]


def test_two_lone_reports_of_the_incident_both_join_the_wire() -> None:
    docs = {"w": (WIRE, "2025-09-15"), "c": (COPY, "2025-09-15"), "l": (LOCAL, "2025-09-15"),
            "a": (ANALYSIS, "2025-09-29")}
    got = _join(docs, {"w": "S1", "c": "S1", "l": "S2", "a": "S3"})
    assert got["l"] == got["w"] == got["a"]


def test_two_corroborated_stories_a_lead_fits_join_nothing() -> None:
    # the next night's attack on the same base with the same toll, told by two outlets: the local
    # report fits both nights and joins neither
    next_night = WIRE.replace("late on Sunday", "late on Monday").replace("KORVANE, Sept 15", "KORVANE, Sept 16")
    docs = {"w": (WIRE, "2025-09-15"), "c": (COPY, "2025-09-15"), "n": (next_night, "2025-09-16"),
            "m": (next_night.replace("KORVANE, Sept 16 (AFP) -", "Korvane (AFP) -"), "2025-09-16"),
            "l": (LOCAL, "2025-09-15")}
    got = _join(docs, {"w": "S1", "c": "S1", "n": "S2", "m": "S2", "l": "S3"})
    assert got["l"] not in (got["w"], got["n"])


def test_a_lone_report_of_another_incident_still_blocks_the_join() -> None:
    # the local report fits the wire's story (a day apart, 30 killed) and a lone report of the
    # same day with 30 killed elsewhere that the wire's leads do not fit (two days from them):
    # two incidents it could be, so it joins not the wire's story (the lone report of the next day
    # may join it: a day apart with the same toll, the one story that report fits)
    other = ("KORVANE, Sept 16 (Reuters) - Jarun fighters killed 30 soldiers at Telmor island in Varno province "
             "on Tuesday, President Adel Sarko said.")
    docs = {"w": (WIRE, "2025-09-15"), "c": (COPY, "2025-09-15"), "l": (LOCAL, "2025-09-15"),
            "o": (other, "2025-09-16")}
    got = _join(docs, {"w": "S1", "c": "S1", "l": "S2", "o": "S3"})
    assert got["l"] != got["w"] and got["o"] != got["w"]
