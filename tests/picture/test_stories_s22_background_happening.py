"""A happening that no document leads with (an evacuation order a speech, a live blog and a wire
story each recall further down) is background to all of them and joins no stories; one a report
leads with still does (``picture_stories.news_reports``). Invented Caucasus events."""
from __future__ import annotations

from typing import Any

from sitrep.picture_stories import news_reports

PUBLISHED = {"speech": "2025-03-04", "copy": "2025-03-04", "blog": "2025-03-05"}


def _event(action: str, date: str, reports: list[tuple[str, int]], **roles: Any) -> dict[str, Any]:
    return {"action": action, "date": date, "date_basis": "stated", "actor": roles.get("actor"),
            "target": roles.get("target"), "location": roles.get("location"),
            "fatalities": roles.get("fatalities"), "injuries": None, "mode": None,
            "reports": [{"doc": d, "start": at} for d, at in reports]}


def test_a_happening_every_report_recalls_further_down_joins_nothing() -> None:
    events = [
        # each document's own lead: the speech (its copy too), the blog's strike of the day
        _event("ASSAULT", "2025-03-04", [("speech", 0), ("copy", 0)], location="geo-7770001", fatalities=3),
        _event("ASSAULT", "2025-03-05", [("blog", 40)], location="geo-7770003", fatalities=9),
        # the evacuation order all three recall, far into each text
        _event("THREATEN", "2025-03-04", [("speech", 1800), ("copy", 1750), ("blog", 2000)],
               location="geo-7770002", actor="x-army-a1", target="x-town-b2"),
    ]
    reports = news_reports(events, PUBLISHED)
    assert not any("blog" in docs and "speech" in docs for _i, docs in reports)
    # the blog leading with the order instead: the order is its news, and joins
    events[2]["reports"][2]["start"] = 10
    events[1]["reports"][0]["start"] = 500
    reports = news_reports(events, PUBLISHED)
    assert any({"blog", "speech", "copy"} <= set(docs) for _i, docs in reports)
