"""Reports of one happening that tell no toll, or tell its day days later (an explainer, an
analysis), join the wire's story by their lead's day and the happening's own names; a desk
template's report of another day, or a report sharing only the day's common names, joins nothing
(``dedup.day_stories``). Invented Caucasus reports."""
from __future__ import annotations

from collections import Counter

from sitrep.dedup.day_stories import head_names, join_by_days, lead_days
from sitrep.dedup.lead_facts import _paragraph_facts
from sitrep.disjoint import DisjointSets

WIRE = ("STEPANAVAN, March 4 (Reuters) - Rebels of the Kesaran Front on Monday freed Tomas Verlin, a Belgian "
        "engineer of the Dzoraget Hydro company, after 14 months in captivity, officials said.\n\n"
        "Verlin was handed to a team of the Lorivale Task Force in the village of Akhtal and flown to Vanadzor, "
        "said Colonel Ruben Asatryan, who leads the task force.")
COPY = WIRE.replace("STEPANAVAN, March 4 (Reuters) -", "STEPANAVAN (Reuters) -")
# a local agency's own report: its own words and sources, no toll, the same day and names
AGENCY = ("Vanadzor (KNA) - The Lorivale Task Force on Monday evacuated engineer Tomas Verlin from Akhtal "
          "village after the Kesaran Front handed him over, the regional police chief said.\n\n"
          "\"He walked off the helicopter on his own,\" the chief told journalists at Vanadzor airfield. "
          "Dzoraget Hydro thanked the security forces.")
# an explainer a week later that opens on the release day, stated as a date
EXPLAINER = ("Why Verlin's release changes little in Lorivale\n\n"
             "It was shortly after noon on Monday, March 3, when Tomas Verlin stepped out of the forest near "
             "Akhtal and into the arms of the Lorivale Task Force. The Kesaran Front had held the Dzoraget Hydro "
             "engineer for 14 months, Colonel Ruben Asatryan said.\n\nAnalysts say the group gained little from the deal.")
# the desk's report of another happening, another day, the same template and names
TEMPLATE = ("STEPANAVAN, Jan 12 (Reuters) - Rebels of the Kesaran Front on Saturday ambushed a patrol of the "
            "Lorivale Task Force near Akhtal, the task force said. The Front still holds Tomas Verlin, an "
            "engineer of the Dzoraget Hydro company.")
# an undated page that states the date itself
UNDATED = ("Home  News  Region\n\nThe Kesaran Front released the Belgian engineer Tomas Verlin in Akhtal this Monday, "
           "March 3, 2025, and the Lorivale Task Force took him to Vanadzor, the prefecture reported.")


def _join(docs: dict[str, tuple[str, str | None]], stories: dict[str, str]) -> dict[str, str]:
    sets: DisjointSets[str] = DisjointSets()
    size = Counter(sets.find(s) for s in stories.values())
    join_by_days(((d, text, day) for d, (text, day) in docs.items()), stories, sets, size)
    return {d: sets.find(s) for d, s in stories.items()}


def test_a_date_followed_by_a_comma_is_read() -> None:
    facts = _paragraph_facts("It was shortly before 3 a.m. on Sunday, September 24, when the patrol came.")
    assert (9, 24) in facts.dates


def test_lead_days_from_weekday_date_or_undated_statement() -> None:
    assert lead_days(WIRE, "2025-03-04") == {"2025-03-03"}
    assert lead_days(EXPLAINER, "2025-03-11") == {"2025-03-03"}
    assert lead_days(UNDATED, None) == {"03-03"}
    # a burial the day after: both days the opening names
    burial = "Residents of Akhtal spent Tuesday burying relatives killed in Monday's attack on the town."
    assert lead_days(burial, "2025-03-05") == {"2025-03-03", "2025-03-04"}
    # a date long before the publication is history, not the news
    assert not lead_days("Fighters of the March 23 Movement entered the town on March 23.", "2025-11-02")
    assert {"verlin", "akhtal", "kesaran"} <= head_names(AGENCY)


def test_reports_of_the_release_join_the_wire_story_and_the_template_does_not() -> None:
    docs = {"w": (WIRE, "2025-03-04"), "c": (COPY, "2025-03-04"), "a": (AGENCY, "2025-03-03"),
            "x": (EXPLAINER, "2025-03-11"), "t": (TEMPLATE, "2025-01-12"), "u": (UNDATED, None)}
    stories = {"w": "S1", "c": "S1", "a": "S2", "x": "S3", "t": "S4", "u": "S5"}
    got = _join(docs, stories)
    assert got["a"] == got["x"] == got["u"] == got["w"] == got["c"]
    assert got["t"] != got["w"]


def test_only_the_days_common_names_join_nothing() -> None:
    # another happening of that day, whose head shares with the wire only names a third story
    # of that day holds too
    other = ("AGHVAN (AFP) - A drone struck a market in Aghvan in the Kesaran Front's area on Monday, the "
             "Lorivale Task Force said.")
    third = ("SUNIK (AFP) - Shelling hit Sunik on Monday, the Kesaran Front and the Lorivale Task Force said.")
    docs = {"w": (WIRE, "2025-03-04"), "c": (COPY, "2025-03-04"), "o": (other, "2025-03-03"),
            "s": (third, "2025-03-03")}
    got = _join(docs, {"w": "S1", "c": "S1", "o": "S2", "s": "S3"})
    assert got["o"] != got["w"] and got["s"] != got["w"]
