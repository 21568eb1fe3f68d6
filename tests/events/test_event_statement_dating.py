"""Verbal acts told in the past with no time of their own take the report's day (round 8: its month
where a statement has a day scores as wrong and says no more) (invented texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"RSF": "ORG", "Sudanese army": "ORG", "El Fasher": "GPE", "Abdel Fattah al-Burhan": "PERSON",
          "Arakan Army": "ORG", "Sittwe": "GPE"}


def dated(text: str, published: str | None = "2024-05-20") -> list[tuple[str, str | None, str | None]]:
    return [(f.action, f.date, f.date_basis) for f in coded_with_dates(text, ACTORS, published)]


def test_an_undated_past_demand_takes_the_publication_day():
    text = "Abdel Fattah al-Burhan demanded that the RSF withdraw from El Fasher, an aide said."
    assert dated(text) == [("REQUEST", "2024-05-20", "publication")]


def test_an_undated_past_accusation_and_refusal_take_the_publication_day():
    assert dated("The Arakan Army accused the Sudanese army of shelling Sittwe.") == [("ACCUSE", "2024-05-20", "publication")]
    assert dated("The RSF rejected the proposal, its spokesman said.") == [("REJECT", "2024-05-20", "publication")]


def test_a_quoted_warning_told_in_the_past_takes_the_publication_day():
    assert dated("\"Leave El Fasher now,\" the Sudanese army warned the RSF.") == [("THREATEN", "2024-05-20", "publication")]


def test_an_undated_material_act_stays_undated():
    assert dated("The RSF shelled El Fasher, killing 12.") == [("ASSAULT", None, None)]


def test_a_stated_or_context_time_still_wins_and_no_publication_gives_nothing():
    assert dated("On May 3, the RSF rejected the proposal.") == [("REJECT", "2024-05-03", "stated")]
    assert dated("On May 3, the RSF shelled El Fasher. The Sudanese army accused the RSF of war crimes.")[-1] \
        == ("ACCUSE", "2024-05-03", "context")
    assert dated("The RSF rejected the proposal.", None) == [("REJECT", None, None)]
