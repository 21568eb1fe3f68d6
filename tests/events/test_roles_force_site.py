"""A force's site or unit named by a common noun ("attacked an army post") makes that force the target
(sitrep.events.roles_force_site): invented sentences."""
from __future__ import annotations

from event_helpers import named_events


def _assaults(text: str) -> list[tuple]:
    return [e for e in named_events(text) if e[0] == "ASSAULT"]


def test_army_post_is_the_named_army() -> None:
    text = ("The Ruritanian Armed Forces said soldiers held the line. "
            "Fighters of the Liberation Front attacked an army post near Tarvo on Thursday.")
    assert any(e[2] == "Ruritanian Armed Forces" and e[3] == "attacked" for e in _assaults(text))


def test_military_convoy_and_police_station() -> None:
    text = ("The Ruritanian Armed Forces and the Ruritania Police Service were on alert. "
            "Liberation Front fighters ambushed a military convoy near Tarvo. "
            "Liberation Front fighters also attacked a police station in Kelso.")
    got = {(e[2], e[3]) for e in _assaults(text)}
    assert ("Ruritanian Armed Forces", "ambushed") in got
    assert ("Ruritania Police Service", "attacked") in got


def test_attack_noun_on_an_army_base() -> None:
    text = ("The Ruritanian Armed Forces said troops repelled the raid. "
            "The Liberation Front claimed an attack on an army base near Tarvo.")
    assert any(e[2] == "Ruritanian Armed Forces" and e[3] == "attack on" for e in _assaults(text))


def test_no_force_site_no_target() -> None:
    text = ("The Ruritanian Armed Forces said soldiers held the line. "
            "Fighters of the Liberation Front attacked a market near Tarvo on Thursday.")
    assert not any(e[2] == "Ruritanian Armed Forces" for e in _assaults(text))
