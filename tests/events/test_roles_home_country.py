"""Generic state forces in reports that name no such body (invented West African, East African and
South Asian reports): "security forces" is a state's force word, and with no nationality paired
with such a word, the country the report is set in owns its soldiers and police
(``sitrep.events.roles_national.home_country``)."""
from __future__ import annotations

from event_helpers import named_events

from sitrep.actors.forces import family


def test_security_forces_are_a_state_force_word_of_their_own():
    fw = family("security forces")
    assert fw is not None and fw.force and fw is family("the security forces")
    # never an "X Army": a rebel army named earlier is not what "security forces" points back to
    assert fw is not family("soldiers") and not fw.heads.search("Orlava Independence Army")
    assert fw.heads.search("Defence and Security Forces")


def test_security_forces_of_a_named_nationality_are_that_states():
    got = named_events("Malawian security forces patrolled Lilongwe on Monday. Security forces arrested 12 "
                       "men in Blantyre on Tuesday, witnesses said.")
    assert any(e[0] == "COERCE" and e[1] == "Malawian" for e in got)


def test_security_forces_act_as_a_subject():
    got = named_events("Security forces shot dead three protesters in the town of Kerbala Nord on Tuesday, "
                       "witnesses said.")
    assert any(e[0] == "ASSAULT" for e in got)


def test_soldiers_killed_in_the_one_country_named_are_its_forces():
    got = named_events("Gunmen killed 21 soldiers and wounded nine others in an attack on an army position in "
                       "northern Togo, the defence ministry said on Sunday.")
    assert ("ASSAULT", None, "Togo") in [e[:3] for e in got]


def test_police_of_the_country_the_report_is_set_in():
    got = named_events("Protests spread across Malawi on Monday. Police arrested 40 demonstrators in the "
                       "capital, Lilongwe, and fired tear gas at crowds in Blantyre.")
    assert any(e[0] == "COERCE" and e[1] == "Malawi" for e in got)


def test_two_countries_named_alike_own_no_soldiers():
    got = named_events("Officials in Togo and Benin met on Monday. Gunmen killed 21 soldiers near the border "
                       "on Tuesday.")
    assert not any(e[2] in ("Togo", "Benin") for e in got if e[0] == "ASSAULT")


def test_a_paired_nationality_still_wins():
    got = named_events("Beninese soldiers patrolled the border with Togo on Monday. Gunmen killed 21 soldiers "
                       "in northern Togo.")
    assert not any(e[2] == "Togo" for e in got if e[0] == "ASSAULT")
