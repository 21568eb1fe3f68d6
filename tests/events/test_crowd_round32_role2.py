"""A crowd's act is the crowd's, not its state's; a gathering belongs to the body that holds it; a
protest's demand names its target before any demonym does (``sitrep.events.roles_crowd``,
``roles.obj``; invented Balkan, Caucasus and Security Council reports)."""
from __future__ import annotations

from event_helpers import coded_roles


ACTORS = {
    "Serbian": "NORP", "Kosovo": "GPE", "Belgrade": "GPE", "Armenian": "NORP", "Yerevan": "GPE",
    "Nikol Pashinyan": "PERSON", "Security Council": "ORG", "Russia": "GPE", "Ukraine": "GPE",
    "African Union": "ORG", "Sudan": "GPE", "Georgian": "NORP", "Irakli Kobakhidze": "PERSON",
}


def code(text: str) -> list[tuple]:
    return coded_roles(text, ACTORS, ("actor", "target", "actor_name"))


def test_a_demonym_before_protesters_is_no_state_actor():
    got = code("Angry Serbian protesters set fire to the embassy of Kosovo in Belgrade on Sunday.")
    hits = [e for e in got if e[0] == "ASSAULT"]
    assert hits and all(e[1] != "Serbian" for e in hits)
    assert any(e[3] and "protesters" in e[3] for e in hits)


def test_a_demonym_before_soldiers_still_names_the_side():
    # "Serbian forces" act for their state: only crowds are described people
    got = code("Serbian forces shelled Kosovo border posts overnight.")
    assert any(e[0] == "ASSAULT" and e[1] == "Serbian" for e in got)


def test_the_council_holds_its_meeting():
    got = code("At an emergency meeting of the Security Council on Friday, Russia accused Ukraine of shelling "
               "the plant.")
    assert ("CONSULT", "Security Council", None, None) in got
    assert all(not (e[0] == "CONSULT" and e[2] in ("Security Council", "Russia")) for e in got)
    assert any(e[0] == "ACCUSE" and e[1] == "Russia" and e[2] == "Ukraine" for e in got)


def test_a_summit_of_a_body_with_a_guest():
    got = code("A summit of the African Union with Sudan opened in Addis Ababa on Monday.")
    assert all(e[2] != "African Union" for e in got if e[0] == "CONSULT")


def test_a_protest_demanding_his_resignation_targets_him_not_the_demonym():
    text = ("Prime Minister Irakli Kobakhidze said on Monday he would not resign. Thousands of "
            "protesters rallied outside the Georgian parliament on Tuesday demanding his resignation.")
    got = [e for e in code(text) if e[0] == "PROTEST"]
    assert got and all(e[2] != "Georgian" for e in got)
    assert any(e[2] == "Irakli Kobakhidze" for e in got)
