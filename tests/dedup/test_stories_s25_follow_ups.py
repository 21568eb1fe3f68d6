"""A follow-up that dates itself against the happening ("went on Sunday to Kovra, the day after the
attack") and an explainer written weeks later that opens on the happening's date join the wire's
story by their lead's day (``dedup.day_after``, ``dedup.day_stories``); the desk's report of
another day, and a new happening whose lead recalls an old date beside its own day, do not.
Invented Andean reports."""
from __future__ import annotations

from collections import Counter

from sitrep.dedup.day_after import days_after, days_before
from sitrep.dedup.day_stories import join_by_days, lead_days
from sitrep.disjoint import DisjointSets

WIRE = ("QUILLA, May 12 (Reuters) - Gunmen of the Sendero Rojo killed scores of farmers who were digging an "
        "irrigation ditch around the town of Kovra in the Tambillo province on Saturday, residents said.\n\n"
        "Interior Minister Ramiro Ochoa, who travelled to Kovra on Sunday, condemned a \"cowardly\" attack.")
COPY = WIRE.replace("QUILLA, May 12 (Reuters) -", "QUILLA (Reuters) -")
# the state agency's report of the minister's visit, the day after; no toll
VISIT = ("A government delegation led by Interior Minister Ramiro Ochoa went on Sunday 11 May 2025 to Kovra, in "
         "the Tambillo province, the day after the attack by the Sendero Rojo on farmers of the commune.\n\n"
         "The minister conveyed the condolences of the president to the bereaved families.")
# an explainer six weeks later: no day in its opening, the date in the next paragraph
EXPLAINER = ("Six weeks after gunmen shot farmers digging a ditch around Kovra, the government has still not "
             "published a death toll.\n\nWhat happened?\n\nOn the morning of Saturday, May 10, fighters of the "
             "Sendero Rojo attacked the outskirts of Kovra, a town of the Tambillo province north of Quilla, while Ramiro Ochoa's "
             "police looked on.")
# the desk's report of another attack weeks later, which recalls the Kovra date beside its own day
LATER = ("QUILLA, June 20 (Reuters) - Gunmen of the Sendero Rojo on Thursday ambushed a police convoy near "
         "Kovra in the Tambillo province, the worst attack there since the May 10 massacre, Ramiro Ochoa said.")


def _join(docs: dict[str, tuple[str, str | None]], stories: dict[str, str]) -> dict[str, str]:
    sets: DisjointSets[str] = DisjointSets()
    size = Counter(sets.find(s) for s in stories.values())
    join_by_days(((d, text, day) for d, (text, day) in docs.items()), stories, sets, size)
    return {d: sets.find(s) for d, s in stories.items()}


def test_days_after_phrases() -> None:
    assert days_after("went there the day after the attack") == {1}
    assert days_after("Two days after the raid, families were still searching") == {2}
    assert not days_after('"We will be back the day after tomorrow," he said.')
    assert not days_after("Ten days after the raid, the inquiry opened.")       # further back: a new happening
    assert days_before("the day after the attack", ["2025-05-11"]) == {"2025-05-10"}


def test_lead_days_of_a_follow_up_and_a_late_explainer() -> None:
    assert lead_days(VISIT, "2025-05-12") == {"2025-05-11", "2025-05-10"}
    assert lead_days(EXPLAINER, "2025-06-22") == {"2025-05-10"}
    # a new happening's own day beside the old date: the old date stays history
    assert "2025-05-10" not in lead_days(LATER, "2025-06-20")
    # a date alone, but months back, is history too
    assert not lead_days(EXPLAINER, "2025-09-30")


def test_the_visit_and_the_explainer_join_the_wire_story_and_the_later_attack_does_not() -> None:
    docs = {"w": (WIRE, "2025-05-12"), "c": (COPY, "2025-05-12"), "v": (VISIT, "2025-05-12"),
            "x": (EXPLAINER, "2025-06-22"), "l": (LATER, "2025-06-20")}
    got = _join(docs, {"w": "S1", "c": "S1", "v": "S2", "x": "S3", "l": "S4"})
    assert got["v"] == got["x"] == got["w"] == got["c"]
    assert got["l"] != got["w"]
