"""Generic state forces (invented West and East African reports): "security forces" is a state's
force word family of its own, never an "X Army" named earlier (``force_words.json``)."""
from __future__ import annotations

from event_helpers import named_events

from sitrep.actors.forces import family


def test_security_forces_are_a_state_force_word_of_their_own():
    fw = family("security forces")
    assert fw is not None and fw.force and fw is family("the security forces")
    # never an "X Army": a rebel army named earlier is not what "security forces" points back to
    assert fw is not family("soldiers") and not fw.heads.search("Orlava Independence Army")
    assert fw.heads.search("Defence and Security Forces")


def test_security_forces_act_as_a_subject():
    got = named_events("Security forces shot dead three protesters in the town of Kerbala Nord on Tuesday, "
                       "witnesses said.")
    assert any(e[0] == "ASSAULT" for e in got)


def test_security_forces_of_a_named_nationality_are_that_states():
    got = named_events("Malawian security forces patrolled Lilongwe on Monday. Security forces arrested 12 "
                       "men in Blantyre on Tuesday, witnesses said.")
    assert any(e[0] == "COERCE" and e[1] == "Malawian" for e in got)
