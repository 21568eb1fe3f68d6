"""A state's generic force words ("soldiers", "police") stand for the state the text pairs them with
when it names no such body (``sitrep.events.roles_national``; invented Great Lakes, Andean and
Balkan reports)."""
from __future__ import annotations

from event_helpers import coded_roles

from sitrep.events.roles_national import counted_force

ACTORS = {
    "Burundian": "NORP", "Bujumbura": "GPE", "Kayanza": "GPE", "Peruvian": "NORP", "Peru": "GPE",
    "Lima": "GPE", "Serbian": "NORP", "Albanian": "NORP", "Novi Pazar": "GPE", "Ecuador": "GPE",
}


def code(text: str) -> list[tuple]:
    return coded_roles(text, ACTORS, ("actor", "target", "actor_name"))


def test_soldiers_of_a_named_nationality_act_for_it():
    got = code("Four Burundian soldiers were wounded near Kayanza on Friday. Soldiers later detained 15 "
               "young men in house-to-house searches, residents said.")
    assert ("COERCE", "Burundian", None, None) in got


def test_police_after_a_demonym_pairing_are_that_states():
    got = code("Peruvian police clashed with miners in Lima. Police fired tear gas to disperse the crowd.")
    assert any(e[0] == "COERCE" and e[1] == "Peruvian" for e in got)


def test_a_state_possessive_pairs_too():
    got = code("Ecuador's army took control of the prisons on Monday. Soldiers arrested 40 inmates.")
    assert any(e[0] == "COERCE" and e[1] == "Ecuador" for e in got)


def test_two_nationalities_paired_equally_leave_the_words():
    got = code("Serbian police and Albanian police met in Novi Pazar. Police arrested three men.")
    assert not any(e[1] in ("Serbian", "Albanian") for e in got if e[0] == "COERCE")


def test_gunmen_belong_to_no_state():
    got = code("Three Peruvian soldiers were killed in an ambush. Gunmen abducted two engineers in Peru.")
    assert not any(e[1] == "Peruvian" for e in got if e[0] == "COERCE")


def test_counted_soldiers_killed_are_the_states():
    got = code("Burundian soldiers patrolled Kayanza. Rebels killed two soldiers near Kayanza on Sunday.")
    assert any(e[0] == "ASSAULT" and e[2] == "Burundian" for e in got)


def test_counted_soldiers_of_no_known_state_stay_unnamed():
    got = code("Rebels killed two soldiers near Kayanza on Sunday.")
    assert not any(e[2] for e in got if e[0] == "ASSAULT")


def test_counted_force_reads_the_object():
    text = "killed two off-duty soldiers in the market"
    assert counted_force(text, len("killed"), len(text)) == "soldiers"
    assert counted_force("killed two Burundian soldiers", len("killed"), 30) is None
    assert counted_force("killed two civilians", len("killed"), 20) is None


def test_a_pairing_later_in_the_text_does_not_count():
    # the story is about Burundi's soldiers; Peruvian ones are recalled only after
    got = code("Rebels killed two soldiers near Kayanza on Sunday. Soldiers later detained 15 men. "
               "Last year three Peruvian soldiers were killed in Lima.")
    assert not any(e[1] == "Peruvian" or e[2] == "Peruvian" for e in got[:2])


def test_a_military_ruler_is_no_force_pairing():
    got = code("Peru's military ruler accused Ecuador of hosting rebels. Soldiers detained 15 men in Lima.")
    assert not any(e[1] == "Peru" for e in got if e[0] == "COERCE")
