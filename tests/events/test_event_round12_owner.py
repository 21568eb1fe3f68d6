"""An attack on "its"/"their" property: the owning organisation is the target (invented text)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str):
    a = analyze_text("t", text, "2026-03-04", None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target)) for e in a.events]


def test_condemned_attack_on_one_of_its_convoys_targets_the_condemner():
    evs = _events("The UN condemned an attack on one of its convoys near Kadugli that killed a driver on Tuesday.")
    assert ("ACCUSE", "UN", None) in evs
    assert ("ASSAULT", None, "UN") in evs


def test_attack_on_its_convoy_targets_the_owner():
    evs = _events("The United Nations has condemned an attack on its convoy near Kadugli on Tuesday.")
    assert ("ASSAULT", None, "United Nations") in evs


def test_owner_is_never_also_the_attacker():
    evs = _events("Doctors Without Borders said an attack on one of their clinics in Nyala killed two nurses.")
    assaults = [e for e in evs if e[0] == "ASSAULT"]
    assert assaults and all(e[1] != "Doctors Without Borders" for e in assaults)
    assert any(e[2] == "Doctors Without Borders" for e in assaults)


def test_attack_on_a_named_target_is_unchanged():
    evs = _events("An attack on a UN convoy near Kadugli killed a driver on Tuesday.")
    assert ("ASSAULT", None, "UN") in evs
