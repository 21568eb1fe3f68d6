"""A named group reporting that bare "fighters" acted reports its own men's act; a definite force
("the soldiers") or a state's report stays someone else's (invented texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

ACTORS = {"Ansar al-Sunna": "ORG", "Tatmadaw": "ORG", "Cabo Delgado": "GPE", "Mocimboa": "GPE",
          "Mozambique": "GPE", "ASWJ": "ORG"}
PUBLISHED = "2025-05-14"


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [(f.action, names.get(f.actor), names.get(f.target)) for f in coded_with_dates(text, ACTORS, PUBLISHED)]


def test_group_statement_about_a_unit_of_fighters():
    text = ("Ansar al-Sunna (ASWJ) said in a message on its channels that a unit of fighters had ambushed "
            "a convoy of the Tatmadaw near Mocimboa on Monday.")
    assert any(act == "ASSAULT" and actor in ("ASWJ", "Ansar al-Sunna") for act, actor, _ in roles(text))


def test_group_with_appositive_reports_fighters():
    text = ("ASWJ, the insurgent movement in Cabo Delgado, said fighters attacked a convoy of the Tatmadaw "
            "near Mocimboa on Monday.")
    assert any(act == "ASSAULT" and actor == "ASWJ" for act, actor, _ in roles(text))


def test_a_place_reporting_is_no_sayer_group():
    text = "Mozambique said fighters attacked a convoy of the Tatmadaw near Mocimboa on Monday."
    assert all(actor != "Mozambique" for act, actor, _ in roles(text) if act == "ASSAULT")


def test_definite_soldiers_are_not_the_sayers_men():
    text = "ASWJ said the soldiers had killed three civilians near Mocimboa on Monday."
    assert all(actor != "ASWJ" for act, actor, _ in roles(text) if act == "ASSAULT")
