"""Round 10: disasters are no attacks; bare toll reports; passive arrests of a described group."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text

_KB = KnowledgeBase.default()


def _events(text: str, pub: str = "2024-05-10"):
    return analyze_text("d", text, pub, None, _KB).events


def test_storm_killing_is_no_assault():
    text = ("The Jubba clashes came a year after Cyclone Hamsa battered the port of Kismayo in March 2023, "
            "killing hundreds of people.")
    assert not [e for e in _events(text) if e.action == "ASSAULT"]


def test_earthquake_and_floods_are_no_assault():
    for text in ("An earthquake killed 300 people in Herat province on Tuesday.",
                 "Forty villagers were killed in the floods in Sindh on Tuesday."):
        assert not [e for e in _events(text) if e.action == "ASSAULT"], text


def test_attack_after_floods_still_an_assault():
    text = "After the floods, gunmen killed five villagers in Mopti on Tuesday."
    assert [e for e in _events(text) if e.action == "ASSAULT"]


def test_bare_risen_toll_is_a_toll_update():
    text = "The death toll from the clashes in the capital has risen to 14, the health ministry said on Thursday."
    ev = [e for e in _events(text) if e.action == "ASSAULT"]
    assert len(ev) == 1 and ev[0].fatalities == 14 and ev[0].toll_update


def test_death_of_persons_in_confrontations_is_a_toll_update():
    text = "The ministry regrets the death of nine persons, including two children, in the confrontations."
    ev = [e for e in _events(text) if e.action == "ASSAULT"]
    assert len(ev) == 1 and ev[0].fatalities == 9 and ev[0].toll_update


def test_disaster_toll_is_no_assault():
    text = "The death toll from the typhoon has risen to 40, officials said."
    assert not [e for e in _events(text) if e.action == "ASSAULT"]


def test_bare_toll_raises_the_reported_attack():
    text = ("Gunmen killed six soldiers in an attack on a base near Gao on Monday. "
            "The death toll from the fighting has risen to ten, the army said on Tuesday.")
    ev = [e for e in _events(text) if e.action == "ASSAULT"]
    assert len(ev) == 1 and ev[0].fatalities == 10


def test_passive_arrest_of_described_group():
    text = "The four students were detained in Mandalay on Monday."
    ev = [e for e in _events(text) if e.action == "COERCE"]
    assert len(ev) == 1 and ev[0].actor is None and ev[0].target_name == "The four students"
