"""Round 31: a toll revised with no figure takes the next sentence's count of bodies, and is located
where its own phrase places the incident, not at the place naming whoever keeps the toll
(an invented Kivu setting, live-blog style)."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

ACTORS = {"Kivu": "LOC", "Goma": "GPE", "Sake": "GPE"}


def _coded(text: str, published: str = "2025-03-12"):
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [(f.action, names.get(f.location), f.fatalities)
            for f in coded_with_dates(text, ACTORS, published)]


def test_revised_toll_takes_the_bodies_count_and_the_place_of_the_blast():
    text = ("The Kivu authorities have revised the death toll from Monday's explosion at the market outside Goma. "
            "A provincial spokesman said 54 bodies had been recovered and 30 people remained missing.")
    assert ("ASSAULT", "Goma", 54) in _coded(text)


def test_a_place_before_the_toll_alone_still_locates_it():
    text = ("In Sake, officials have revised the death toll from Monday's blast. "
            "A spokesman said 12 bodies had been recovered.")
    got = _coded(text)
    assert ("ASSAULT", "Sake", 12) in got
