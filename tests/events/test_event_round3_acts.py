"""Statistics that are no incident, threats by idiom, repelled attacks (invented texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

ACTORS = {"Borno": "GPE", "Boko Haram": "ORG", "Hamas": "ORG", "Houthis": "ORG", "Goma": "GPE",
          "M23": "ORG", "FARDC": "ORG", "United Nations": "ORG"}
PUBLISHED = "2025-06-12"


def named(text: str) -> list[tuple]:
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [(f.action, names.get(f.actor), names.get(f.target), names.get(f.location), f.date, f.date_basis)
            for f in coded_with_dates(text, ACTORS, PUBLISHED)]


def test_a_count_of_attacks_a_place_has_seen_is_no_incident():
    assert named("Borno has seen more than 150 attacks on military bases this year.") == []
    assert named("The United Nations recorded 40 drone attacks on hospitals in March.") == []
    assert [a[:2] for a in named("Boko Haram attacked a military base in Borno on Monday.")] == [("ASSAULT", "Boko Haram")]


def test_responding_at_a_time_and_place_of_ones_choosing_is_a_threat():
    assert named("Hamas said it would respond at the time and place of its choosing.") == [
        ("THREATEN", "Hamas", None, None, "2025-06-12", "publication")]
    assert [a[:2] for a in named("The Houthis will retaliate \u201cat the appropriate time and place\u201d.")] == [("THREATEN", "Houthis")]


def test_responding_elsewhere_is_no_threat():
    assert named("Hamas said it would respond to the proposal on Monday.") == []
    assert named("Medics responded at the time and place of the blast.") == []


def test_a_repelled_attack_is_coded_and_the_defender_is_not_its_actor():
    assert named("Troops repelled a drone attack on an army base near Goma on Sunday.") == [
        ("ASSAULT", None, None, "Goma", "2025-06-08", "stated")]
    assert [a[:3] for a in named("The FARDC repelled an M23 attack on Goma on Sunday.")] == [("ASSAULT", "M23", "Goma")]


def test_the_day_a_toll_rose_is_not_the_day_of_the_attack():
    assert [a[4] for a in named("The death toll from an M23 attack on Goma rose to nine on Saturday.")] == [None]
    assert [a[4] for a in named("The death toll from Wednesday's M23 attack on Goma rose to nine on Saturday.")] == ["2025-06-11"]
    text = "GOMA, June 10 - The death toll from an M23 attack on the city rose to nine on Saturday."
    assert [a[4] for a in named(text)] == [None]


def test_the_risen_toll_is_the_attacks_toll_however_long_the_phrase():
    text = ("The death toll from an M23 attack on the village of Kibumba in North Kivu province rose to nine "
            "on Saturday after four more bodies were found.")
    facts = coded_with_dates(text, {**ACTORS, "Kibumba": "GPE"}, PUBLISHED)
    assert [(f.action, f.fatalities, f.date) for f in facts] == [("ASSAULT", 9, None)]
