"""Round 8: a single clash as the subject of its toll, a head count with its sub-group in
apposition, an attack told as what its target underwent ("subjected ... to fire"), and a state
that goes on ("remains detained") which is no new act."""
from event_helpers import coded_with_dates

from sitrep.events.figures import casualties

PUB = "2023-03-15"     # a Wednesday


def _coded(text, actors):
    return coded_with_dates(text, actors, PUB)


def _assaults(text, actors):
    return [e for e in _coded(text, actors) if e.action == "ASSAULT"]


def test_a_single_clash_that_left_dead_is_an_assault():
    text = "A clash between rival herders in Kerem left eleven people dead on Monday."
    (e,) = _assaults(text, {"Kerem": "GPE"})
    assert e.fatalities == 11 and e.date == "2023-03-13"


def test_a_clash_of_views_with_no_toll_is_no_assault():
    text = "A clash between the two ministers in Kerem left the cabinet divided on Monday."
    assert _assaults(text, {"Kerem": "GPE"}) == []


def test_head_count_with_included_subgroup_counts_the_head():
    text = "Nine villagers, including four children, were killed when drones struck Tavra on Sunday."
    fat, _ = casualties(text, 0, len(text))
    assert fat is not None and fat.value == 9
    (e,) = _assaults(text, {"Tavra": "GPE"})
    assert e.fatalities == 9


def test_wounded_head_count_with_subgroup_among_them():
    text = "Six guards, among them a captain, were wounded in the ambush near Oruba."
    _, inj = casualties(text, 0, len(text))
    assert inj is not None and inj.value == 6


def test_subgroup_alone_still_counts_when_it_is_the_only_figure():
    text = "Four children were killed in the shelling of Tavra."
    fat, _ = casualties(text, 0, len(text))
    assert fat is not None and fat.value == 4


def test_subjected_positions_to_fire_is_an_assault_on_their_owner():
    text = ("On March 12, units of the Karst Army subjected the positions of the Dune Front near "
            "Velsk to fire using mortars and heavy machine guns.")
    (e,) = _assaults(text, {"Karst Army": "ORG", "Dune Front": "ORG", "Velsk": "GPE"})
    assert e.actor == 0 and e.target == 1 and e.date == "2023-03-12"


def test_subjected_to_scrutiny_is_no_assault():
    text = "The Karst Army subjected its own officers to a review of their conduct on Monday."
    assert _assaults(text, {"Karst Army": "ORG"}) == []


def test_remains_detained_is_no_new_arrest_by_the_detainee():
    text = "Yusuf Darame remains detained in Port Halden."
    assert [e for e in _coded(text, {"Yusuf Darame": "PERSON", "Port Halden": "GPE"})
            if e.action == "COERCE"] == []


def test_remained_besieged_is_no_new_siege():
    text = "The town of Velsk remained besieged by the Dune Front for a third month."
    assert [e for e in _coded(text, {"Velsk": "GPE", "Dune Front": "ORG"}) if e.action == "COERCE"] == []


def test_an_arrest_is_still_coerce():
    text = "The Karst Army detained Yusuf Darame in Port Halden on Monday."
    got = [e for e in _coded(text, {"Karst Army": "ORG", "Yusuf Darame": "PERSON", "Port Halden": "GPE"})
           if e.action == "COERCE"]
    # local numbers go longest name first: Yusuf Darame 0, Port Halden 1, Karst Army 2
    assert len(got) == 1 and got[0].actor == 2 and got[0].target == 0
