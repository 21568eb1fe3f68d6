"""Round 14 (second pass): what a nationality, a relative clause's object, a scare-quoted label, a
possessed gerund and a future condition are in an act (invented text)."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _events(text: str, pub: str = "2026-03-10"):
    a = analyze_text("t", text, pub, None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), names.get(e.target), e.target_name) for e in a.events]


def test_they_never_stands_for_a_demonym_in_the_relative_object():
    evs = _events("The KIA said it shelled a depot. Insurgents who are holding a Swedish surveyor say they "
                  "ambushed a convoy near Bhamo on Sunday.")
    assert all(e[1] != "Swedish" for e in evs)


def test_nationality_before_a_named_person_is_no_target():
    evs = _events("Gunmen abducted Kenyan nurse Grace Wanjiru near Beledweyne on Friday.")
    assert any(e[2] == "Grace Wanjiru" for e in evs)
    assert all(e[2] != "Kenyan" for e in evs)
    evs = _events("Militiamen seized the Chilean engineer, Lars Berg, outside Bunia on Friday.")
    assert any(e[2] == "Lars Berg" for e in evs)


def test_nationality_of_one_held_person_is_no_target():
    evs = _events("The Brazilian pilot was seized by militiamen near Bunia on Friday.")
    assert evs and all(e[2] != "Brazilian" for e in evs)
    assert any(e[3] and "pilot" in e[3] for e in evs)
    evs = _events("Gunmen kidnapped a Danish priest near Kaya on Friday.")
    assert evs and all(e[2] != "Danish" for e in evs)


def test_passive_capture_of_a_described_person_is_coded():
    evs = _events("Soldiers said the pilot was captured after landing in Kamina late on Friday.")
    assert any(e[0] == "COERCE" for e in evs)


def test_scare_quoted_object_is_not_the_next_verbs_subject():
    evs = _events('The CNDP said its fighters had killed nine army soldiers and two "Wagner mercenaries" and '
                  'withdrew to the hills.')
    assert all(not (e[0] == "RETREAT" and e[1] == "Wagner mercenaries") for e in evs)


def test_conjoined_verb_shares_the_first_verbs_subject():
    evs = _events("Al-Shabaab fighters killed four Kenya Defence Forces soldiers and withdrew into the forest.")
    assert all(not (e[0] == "RETREAT" and e[1] and "Kenya" in e[1]) for e in evs)


def test_possessed_gerund_is_not_the_speakers_act():
    evs = _events("Colonel Ibrahim Sow said on Friday that the dead included Moussa Traore, whom he described "
                  "as the planner of Monday's bombing near a market in Mopti.")
    assert all(e[1] != "Ibrahim Sow" for e in evs if e[0] == "ASSAULT")


def test_agreement_inside_a_future_condition_is_no_act():
    evs = _events("The LRA said it would release the two nuns only after the Ugandan government agreed to "
                  "negotiate.")
    assert all(e[0] != "AGREE" for e in evs)
    evs = _events("The LRA released the two nuns after the Ugandan government agreed to negotiate.")
    assert any(e[0] == "AGREE" for e in evs)


def test_attack_as_a_weapon_modifier_is_no_attack():
    evs = _events("The navy shot down three rebel one-way attack drones that posed a threat to merchant ships "
                  "and U.S. Navy frigates.")
    assert all(e[2] != "U.S. Navy" for e in evs if e[0] == "ASSAULT")
    evs = _events("Rebels attacked U.S. Navy frigates off Aden on Friday.")
    assert any(e[0] == "ASSAULT" and e[2] == "U.S. Navy" for e in evs)
