"""A happening one story leads with and a story of several documents only recalls (a desk's report
of Thursday's bombing and its copy, reminding the reader of Tuesday's bombing two days before)
does not join the two stories: "reported by half the story's documents" holds for the recalling
story too, since its copies recall it alike, but none of them leads with it. A lone document is
still judged by its report alone (``picture_stories.join_by_happenings``, ``led_news_reports``).
Invented events."""
from __future__ import annotations

from typing import Any

from sitrep.disjoint import DisjointSets
from sitrep.picture_stories import join_by_happenings, led_news_reports, news_reports

PUBLISHED = {"tue": "2026-04-07", "thu": "2026-04-09", "thu-copy": "2026-04-09", "thu-own": "2026-04-09"}


def _event(action: str, date: str, reports: list[tuple[str, int]], **roles: Any) -> dict[str, Any]:
    return {"action": action, "date": date, "date_basis": "stated", "actor": roles.get("actor"),
            "target": roles.get("target"), "location": roles.get("location"),
            "fatalities": roles.get("fatalities"), "injuries": None, "mode": None,
            "reports": [{"doc": d, "start": at} for d, at in reports]}


def _events() -> list[dict[str, Any]]:
    return [
        # Thursday's bombing: the lead of the report, its copy and an outlet's own report
        _event("BOMB", "2026-04-09", [("thu", 0), ("thu-copy", 0), ("thu-own", 0)],
               location="geo-8880001", fatalities=7, actor="x-group-a1", target="x-ministry-b1"),
        # Tuesday's bombing: the lead of Tuesday's report, recalled far down Thursday's and its copy
        _event("BOMB", "2026-04-07", [("tue", 0), ("thu", 1500), ("thu-copy", 1480)],
               location="geo-8880002", fatalities=4, actor="x-group-a1", target="x-bank-b2"),
    ]


def _stories(reports: list[tuple[int, list[str], set[str]]] | None, led: bool) -> dict[str, str]:
    story_of = {"tue": "s-tue", "thu": "s-thu", "thu-copy": "s-thu", "thu-own": "s-own"}
    sets: DisjointSets[str] = DisjointSets()
    size = {"s-tue": 1, "s-thu": 2, "s-own": 1}
    assert reports is not None
    join_by_happenings([(i, docs) for i, docs, _ in reports], story_of, sets, size,
                       [ld for _, _, ld in reports] if led else None)
    return {doc: sets.find(story) for doc, story in story_of.items()}


def test_a_recalled_happening_joins_no_story() -> None:
    reports = led_news_reports(_events(), PUBLISHED)
    # both bombings are news to Thursday's reports (two days before: within NEWS_DAYS)
    assert news_reports(_events(), PUBLISHED) == [(i, docs) for i, docs, _ in reports]
    root = _stories(reports, led=True)
    assert root["tue"] != root["thu"] and root["tue"] != root["thu-own"]
    # Thursday's own report still joins Thursday's story: both lead with that bombing
    assert root["thu"] == root["thu-copy"] == root["thu-own"]
    # without the leads (the rule before): Tuesday's report was pulled into Thursday's story
    assert _stories(reports, led=False)["tue"] == _stories(reports, led=False)["thu"]


def test_the_leading_documents_are_named() -> None:
    by_event = {i: led for i, _docs, led in led_news_reports(_events(), PUBLISHED)}
    assert by_event[0] == {"thu", "thu-copy", "thu-own"}
    assert by_event[1] == {"tue"}


def test_lone_documents_are_judged_by_their_reports() -> None:
    # two outlets' own reports of a reply to a letter, each leading with its own event (merging
    # left their leads apart): the reply both report still joins them (a review weeks later leads
    # with it, so it is some document's lead; it is no news to the review)
    events = [
        _event("REJECT", "2026-04-07", [("a", 900), ("b", 700), ("c", 0)], actor="x-minister-c1",
               target="x-state-d1"),
        _event("ACCUSE", "2026-04-06", [("a", 0)], actor="x-state-d1", target="x-council-e1"),
        _event("ACCUSE", "2026-04-06", [("b", 0)], actor="x-envoy-f1", target="x-council-e1"),
    ]
    published = {"a": "2026-04-08", "b": "2026-04-08", "c": "2026-05-20"}
    reports = [r for r in led_news_reports(events, published) if set(r[1]) == {"a", "b"}]
    assert reports and not reports[0][2]            # neither leads with the reply
    sets: DisjointSets[str] = DisjointSets()
    join_by_happenings([(i, docs) for i, docs, _ in reports], {"a": "s-a", "b": "s-b"}, sets,
                       {"s-a": 1, "s-b": 1}, [ld for _, _, ld in reports])
    assert sets.find("s-a") == sets.find("s-b")
