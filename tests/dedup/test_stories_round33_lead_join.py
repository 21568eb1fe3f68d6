"""An independent report of one incident (own wording, own revised toll) joins the wire's story by
its lead: same day, a close toll, shared names; another incident of another day, or of the same
day elsewhere, does not (``dedup.lead_stories``). Invented Caucasus and Sahel reports."""
from __future__ import annotations

from collections import Counter

from sitrep.dedup.lead_stories import join_by_leads, lead_of
from sitrep.disjoint import DisjointSets

WIRE = ("STEPANAVAN, March 4 (Reuters) - An artillery shell hit a border post of the Kesaran Rifles near "
        "Stepanavan in Lorivale province late on Monday, killing five guardsmen and wounding two others, "
        "two local officials said.\n\nThe post of the 4th Mountain Brigade was hit while the Kesaran Rifles "
        "were repairing a trench above the Dzoraget gorge, the officials said.")
COPY = WIRE.replace("STEPANAVAN, March 4 (Reuters) -", "STEPANAVAN (Reuters) -")
# a ministry's own report: other words, a revised toll (four, not five), the same day and places
MINISTRY = ("Lorivale-KNA\n\nThe Interior Minister arrived on Tuesday in Lorivale province to meet the commanders "
            "of the 4th Mountain Brigade after the shelling in the Dzoraget gorge.\n\nThe commander of the Kesaran "
            "Rifles told the agency that \"four of our guardsmen were martyred and three were wounded when a shell "
            "struck their post near Stepanavan on Monday evening\".")
# the same day, another place, another toll: a report of another incident
ELSEWHERE = ("AGHVAN, March 4 (AFP) - Nine civilians were killed on Monday when a drone struck a market in "
             "Aghvan, in the south of Sunik region, the regional governor said.")
# the desk's next report: another day, another toll, the same province named
NEXT_WEEK = ("STEPANAVAN, March 11 (Reuters) - A mortar round hit a patrol of the Kesaran Rifles in Lorivale "
             "province on Sunday, killing two guardsmen, officials of the 4th Mountain Brigade said near the "
             "Dzoraget gorge.")


def _join(docs: dict[str, tuple[str, str]], stories: dict[str, str]) -> dict[str, str]:
    sets: DisjointSets[str] = DisjointSets()
    size = Counter(sets.find(s) for s in stories.values())
    join_by_leads(((d, text, day) for d, (text, day) in docs.items()), stories, sets, size)
    return {d: sets.find(s) for d, s in stories.items()}


def test_lead_of_resolves_weekday_against_publication_day() -> None:
    day, killed, names = lead_of(MINISTRY, "2025-03-04")
    assert (day, killed) == ("2025-03-03", 4)           # Monday before Tuesday 4 March
    assert {"stepanavan", "lorivale", "kesaran", "dzoraget"} <= names
    assert lead_of(MINISTRY, None) is None
    assert lead_of("The talks resumed in Geneva on Monday.", "2025-03-04") is None


def test_independent_report_joins_the_wire_story_only() -> None:
    docs = {"w": (WIRE, "2025-03-04"), "c": (COPY, "2025-03-04"), "m": (MINISTRY, "2025-03-04"),
            "e": (ELSEWHERE, "2025-03-04"), "n": (NEXT_WEEK, "2025-03-11")}
    stories = {"w": "S1", "c": "S1", "m": "S2", "e": "S3", "n": "S4"}
    got = _join(docs, stories)
    assert got["m"] == got["w"] == got["c"]
    assert got["e"] != got["w"] and got["n"] != got["w"] and got["e"] != got["n"]


def test_two_candidate_stories_join_nothing() -> None:
    # two stories lead with incidents the ministry's report could be: it stays alone
    other = WIRE.replace("five guardsmen", "four guardsmen").replace("Reuters", "AFP")
    docs = {"w": (WIRE, "2025-03-04"), "o": (other, "2025-03-04"), "m": (MINISTRY, "2025-03-04")}
    got = _join(docs, {"w": "S1", "o": "S2", "m": "S3"})
    assert got["m"] not in (got["w"], got["o"])


def test_far_toll_or_far_publication_keeps_apart() -> None:
    far_toll = MINISTRY.replace("four of our guardsmen", "thirty of our guardsmen")
    got = _join({"w": (WIRE, "2025-03-04"), "m": (far_toll, "2025-03-04")}, {"w": "S1", "m": "S2"})
    assert got["m"] != got["w"]
    late = MINISTRY.replace("on Monday evening", "on 3 March")
    got = _join({"w": (WIRE, "2025-03-04"), "m": (late, "2025-03-12")}, {"w": "S1", "m": "S2"})
    assert got["m"] != got["w"]
