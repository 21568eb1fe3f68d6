"""Which time dates an act: not a relative clause's, not the statement's when the act states its
own, and "the following day" counted from the narrative, not from a quotation (invented Sahel and
Sudan reports)."""
from __future__ import annotations

from event_helpers import coded_with_dates


ACTORS = {"Niger": "GPE", "Russia": "GPE", "Nigerien army": "ORG", "Tillaberi": "GPE", "RSF": "ORG",
          "El Fasher": "GPE", "Sudanese army": "ORG", "Kawlin": "GPE"}


def dated(text: str, published: str) -> list[tuple]:
    return [(f.action, f.date, f.date_text) for f in coded_with_dates(text, ACTORS, published)]


def test_a_relative_clauses_time_does_not_date_the_main_act():
    text = "Niger's military government, which seized Kawlin in July 2023, has asked Russia for air support."
    got = dated(text, "2025-02-11")
    assert ("REQUEST", "2025-02-11", None) in got      # round 8: the report's day, not its month
    assert all(d != "2023-07" for a, d, _ in got if a == "REQUEST")


def test_a_relative_clauses_time_dates_its_own_act():
    text = "Niger's military government, which seized Kawlin in July 2023, has asked Russia for air support."
    assert ("ASSAULT", "2023-07", "July 2023") in dated(text, "2025-02-11")     # a town seized: ASSAULT


def test_the_statements_day_yields_to_the_acts_own_time():
    text = ("The Nigerien army said on Tuesday that its air strikes had killed about 40 militants "
            "in Tillaberi the previous week.")
    assert dated(text, "2025-02-11") == [("ASSAULT", "2025-02", "the previous week")]


def test_the_statements_day_still_dates_an_act_without_its_own_time():
    text = "The Nigerien army said on Tuesday that it had bombed militant camps near Tillaberi."
    assert dated(text, "2025-02-11") == [("ASSAULT", "2025-02-11", "Tuesday")]


def test_a_trailing_attributions_day_yields_to_the_acts_own_time():
    text = "The Nigerien army killed about 40 militants in Tillaberi the previous week, officials said on Tuesday."
    assert dated(text, "2025-02-11") == [("ASSAULT", "2025-02", "the previous week")]


def test_the_following_day_counts_from_the_narrative_not_a_quotation():
    text = ("The RSF shelled El Fasher on Saturday, killing 27 civilians, medics said.\n\n"
            "\"We buried children this morning,\" a volunteer said.\n\n"
            "The Sudanese army said it had repelled an RSF ground attack on El Fasher the following day.")
    got = dated(text, "2025-04-13")
    assert got[0] == ("ASSAULT", "2025-04-12", "Saturday")
    assert ("ASSAULT", "2025-04-13", "the following day") in got
