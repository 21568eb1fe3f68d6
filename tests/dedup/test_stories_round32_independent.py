"""Round 32: an independent report of the same incident joins its story through the happening it
leads with, even where its own wording and toll differ: the place attacked given as the target
("bombers struck <town>"), or the strike placed in a neighbourhood the wire places in the city.
The desk's report of another day, or another side's strike in another town, stays apart.
Invented Sahel and Ukraine settings (event dicts as ``picture_reduce.merge_happenings`` gives them)."""
from __future__ import annotations

from typing import Any

from sitrep.picture_stories import news_reports, specific
from sitrep.stories_signatures import place_names, place_of


def _event(action: str, date: str, docs: list[str], **roles: Any) -> dict[str, Any]:
    return {"action": action, "date": date, "date_basis": "stated", "actor": roles.get("actor"),
            "target": roles.get("target"), "location": roles.get("location"),
            "fatalities": roles.get("fatalities"), "injuries": roles.get("injuries"), "mode": roles.get("mode"),
            "reports": [{"doc": d, "start": 0} for d in docs]}


def _docs_of(reports: list[tuple[int, list[str]]], doc: str) -> set[str]:
    return {d for _i, docs in reports for d in docs if doc in docs}


PUBLISHED = {"wire": "2025-02-09", "copy": "2025-02-09", "blog": "2025-02-10", "trap": "2025-02-18"}


def test_a_town_as_target_places_the_happening() -> None:
    events = [
        # the wire and its copy: suicide bombings in a town (a place), a toll
        _event("ASSAULT", "2025-02-08", ["wire", "copy"], location="geo-5550001", fatalities=14, injuries=30),
        # a live blog's own report: the town is what was attacked, no attacker, no toll of its own
        _event("ASSAULT", "2025-02-08", ["blog"], target="geo-5550001"),
        # the desk's roadside bomb ten days later, another place
        _event("ASSAULT", "2025-02-17", ["trap"], location="geo-5550002", fatalities=6),
    ]
    places = {"geo-5550001", "geo-5550002"}
    assert place_of(events[1], places) == "geo-5550001"
    assert specific(events[1], places=places)
    assert not specific(events[1])      # without places the target tells nothing of where
    reports = news_reports(events, PUBLISHED)
    assert _docs_of(reports, "blog") == {"wire", "copy", "blog"}
    assert "trap" not in _docs_of(reports, "wire")


def test_a_person_as_target_does_not_place_the_happening() -> None:
    events = [
        _event("ASSAULT", "2025-02-08", ["wire", "copy"], location="geo-5550001", fatalities=14),
        _event("ASSAULT", "2025-02-08", ["blog"], target="x-moussa-diallo-a1b2c3"),
    ]
    assert not specific(events[1], places={"geo-5550001"})
    assert "blog" not in _docs_of(news_reports(events, PUBLISHED), "wire")


TEXTS = {
    "wire": "KYIV, May 4 (Wire) - A Russian missile strike on a school used as a shelter in Kharkiv killed "
            "at least 11 people on Sunday. The strike hit School No. 17 in the Saltivka district, officials said.",
    "copy": "A Russian missile strike on a school used as a shelter in Kharkiv killed at least 11 people on "
            "Sunday. The strike hit School No. 17 in the Saltivka district.",
    "agency": "KHARKIV, May 4 - Fourteen civilians were killed on Sunday when Russian forces fired two missiles "
              "at School No. 17 in Saltivka, in the north of Kharkiv, the regional administration said.",
    "other": "ODESA, May 4 - Russian forces struck the port of Odesa on Sunday, wounding 9 dock workers in "
             "the Peresyp district, the governor said.",
}
DAY = {"wire": "2025-05-04", "copy": "2025-05-04", "agency": "2025-05-04", "other": "2025-05-04"}


# the places the knowledge base does not hold, by entity id, with their names
UNKNOWN = {"x-saltivka-d4e5f6": ["Saltivka"], "x-peresyp-a9b8c7": ["Peresyp", "Peresyp district"]}


def _texts(asked: list[str]) -> dict[str, str]:
    return {d: TEXTS[d] for d in asked}


def test_a_neighbourhood_and_its_city_each_named_by_the_other_report_join() -> None:
    events = [
        _event("ASSAULT", "2025-05-04", ["wire", "copy"], actor="russia", location="geo-706483",
               fatalities=11, mode="missile"),
        # the agency places it in the district, names the army, gives its own toll
        _event("ASSAULT", "2025-05-04", ["agency"], actor="russian-armed-forces",
               location="x-saltivka-d4e5f6", fatalities=14, mode="missile"),
        # the same army's strike that day in another city
        _event("ASSAULT", "2025-05-04", ["other"], actor="russian-armed-forces",
               location="x-peresyp-a9b8c7", injuries=9, mode="missile"),
    ]
    assert place_names("x-saltivka-d4e5f6", UNKNOWN) == ("saltivka",)
    assert place_names("geo-706483", UNKNOWN) == ("kharkiv",)        # the gazetteer's Kharkiv
    reports = news_reports(events, DAY, _texts, UNKNOWN)
    assert _docs_of(reports, "agency") == {"wire", "copy", "agency"}
    assert "other" not in _docs_of(reports, "wire")
    # without the texts nothing tells the district is in the city: apart, as before
    assert "agency" not in _docs_of(news_reports(events, DAY), "wire")
    # nor when the district is a place the knowledge base holds: two known places are two towns
    assert "agency" not in _docs_of(news_reports(events, DAY, _texts, {}), "wire")


def test_other_side_or_unnamed_place_stays_apart() -> None:
    events = [
        _event("ASSAULT", "2025-05-04", ["wire", "copy"], actor="russia", location="geo-706483",
               fatalities=11, mode="missile"),
        # another side named: no join, whatever the texts name
        _event("ASSAULT", "2025-05-04", ["agency"], actor="armed-forces-of-ukraine",
               location="x-saltivka-d4e5f6", fatalities=14, mode="missile"),
    ]
    assert "agency" not in _docs_of(news_reports(events, DAY, _texts, UNKNOWN), "wire")
    # the same side, but the wire's texts never name the agency's district
    events[1]["actor"] = "russian-armed-forces"
    texts = dict(TEXTS, wire=TEXTS["wire"].replace(" in the Saltivka district", ""),
                 copy=TEXTS["copy"].replace(" in the Saltivka district", ""))
    assert "agency" not in _docs_of(news_reports(events, DAY, lambda ids: {d: texts[d] for d in ids}, UNKNOWN), "wire")
    # ... and with the district named, the same side joins (the test above can fail)
    assert "agency" in _docs_of(news_reports(events, DAY, _texts, UNKNOWN), "wire")



def test_two_known_towns_stay_two_happenings_though_each_report_names_the_other() -> None:
    texts = {"wire": "Russian missiles hit Kharkiv on Sunday, killing 11; Odesa was also targeted.",
             "copy": "Russian missiles hit Kharkiv on Sunday, killing 11; Odesa was also targeted.",
             "agency": "Russian forces struck Odesa on Sunday, a day of strikes that also hit Kharkiv."}
    events = [
        _event("ASSAULT", "2025-05-04", ["wire", "copy"], actor="russia", location="geo-706483",
               fatalities=11, mode="missile"),
        _event("ASSAULT", "2025-05-04", ["agency"], actor="russian-armed-forces", location="geo-698740",
               fatalities=12, mode="missile"),
    ]
    reports = news_reports(events, DAY, lambda ids: {d: texts[d] for d in ids}, UNKNOWN)
    assert "agency" not in _docs_of(reports, "wire")
