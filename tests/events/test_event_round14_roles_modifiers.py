"""Round 14: flag and operator modifiers, the party a passive victim fought, weapons as passive
agents, ordinal counts and perfect auxiliaries before attack nouns (invented text)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str, pub: str = "2026-03-10"):
    a = analyze_text("t", text, pub, None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target)) for e in a.events]


def test_flag_and_operator_modifiers_are_no_targets():
    evs = _events("A Panama-flagged, Danish-operated tanker was struck by an unknown projectile off Hodeidah on "
                  "Monday, the maritime agency said.")
    assert ("ASSAULT", None, "Panama") not in evs
    assert all(e[2] not in ("Panama", "Danish") for e in evs)


def test_passive_strike_by_an_unknown_weapon_is_an_attack():
    evs = _events("A cargo ship was hit by an unidentified missile in the Gulf of Aden on Sunday, a security "
                  "firm said.")
    assert any(e[0] == "ASSAULT" for e in evs)


def test_passive_strike_by_a_person_is_no_bare_weapon_attack():
    evs = _events("The proposal was struck by the committee on Sunday.")
    assert not any(e[0] == "ASSAULT" for e in evs)


def test_party_fought_in_a_firefight_is_the_actor():
    evs = _events("A police officer was killed in a firefight with members of the Kachin Independence Army "
                  "near Laiza on Sunday.")
    assert ("ASSAULT", "Kachin Independence Army", None) in evs
    assert all(e[2] != "Kachin Independence Army" for e in evs)


def test_party_fought_in_a_clash_with_the_group():
    evs = _events("Two soldiers were wounded in clashes with the Arakan Army in Rakhine State on Friday.")
    assert any(e[0] == "ASSAULT" and e[1] == "Arakan Army" for e in evs)
    assert all(e[2] != "Arakan Army" for e in evs)


def test_ordinal_count_of_the_killed_is_no_act():
    evs = _events("He was the second UNMISS peacekeeper killed this year.")
    assert not any(e[0] == "ASSAULT" for e in evs)


def test_ordinal_count_keeps_the_report_itself():
    evs = _events("Gunmen killed a Kenyan peacekeeper near Bor on Monday, the third UNMISS soldier killed "
                  "this year.")
    assert sum(e[0] == "ASSAULT" for e in evs) == 1


def test_condemning_attacks_is_no_attack_by_the_condemner():
    evs = _events("The UN Security Council has repeatedly condemned attacks on shipping.")
    assert not any(e[0] == "ASSAULT" and e[1] == "UN Security Council" for e in evs)


def test_perfect_light_verb_still_gives_the_actor():
    evs = _events("The Arakan Army has launched attacks on police posts in Maungdaw.")
    assert any(e[0] == "ASSAULT" and e[1] == "Arakan Army" for e in evs)
