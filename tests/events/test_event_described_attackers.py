"""An unnamed actor described by its kind ("Gunmen attacked a market") and a weapon as the subject
of an attack verb ("a drone fired on the market") make events with no named actor or target
(invented sentences)."""
from __future__ import annotations

from event_helpers import coded_with_dates

PUBLISHED = "2025-07-14"      # a Monday
ACTORS = {"Gubta": "GPE", "Halvik": "GPE", "Karst Front": "ORG"}


def _coded(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.action, f.actor_name, f.date) for f in coded_with_dates(text, ACTORS, PUBLISHED)]


def test_gunmen_attacking_a_market_is_an_assault_by_gunmen():
    assert ("ASSAULT", "Gunmen", "2025-07-12") in _coded("Gunmen attacked a market on Saturday, killing five people.")


def test_the_description_keeps_its_modifiers():
    assert ("ASSAULT", "Suspected jihadists", "2025-07-12") in \
        _coded("Suspected jihadists stormed a village near Gubta on Saturday.")


def test_a_group_of_armed_men_is_one_description():
    got = _coded("A group of armed men raided a camp outside Halvik overnight.")
    assert got and got[0][1] == "A group of armed men"


def test_a_named_actor_is_no_description():
    got = [f for f in coded_with_dates("Karst Front militants attacked a market in Gubta on Saturday.", ACTORS, PUBLISHED)]
    assert got and all(f.actor_name is None for f in got)


def test_a_threat_by_militants_is_no_assault():
    assert all(a != "ASSAULT" for a, _, _ in _coded("The militants have vowed to attack the capital."))


def test_a_weapon_firing_on_a_market_is_an_attack():
    got = _coded("Last Saturday, a drone fired on the weekly market in Gubta.")
    assert [(a, d) for a, _, d in got] == [("ASSAULT", "2025-07-12")]
