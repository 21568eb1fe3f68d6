"""Session 29 roles: a quotation's own attribution names who says "we" and is never the object; a
phrase trigger's enclosed party is its object; parties coordinated as a subject each act."""
from __future__ import annotations

from event_helpers import coded_roles


def test_we_in_a_quote_is_the_attributed_speaker_and_the_enclosed_party_the_target():
    text = '"We hold Tomas Verel responsible for his life," Frente Aluria said.'
    got = coded_roles(text, {"Tomas Verel": "PERSON", "Frente Aluria": "ORG"})
    assert ("ACCUSE", "Frente Aluria", "Tomas Verel") in got


def test_phrase_trigger_encloses_its_object():
    text = "The Dovan Workers Party held the Kestrel Brigade fully responsible for the killings in Marrow."
    got = coded_roles(text, {"Dovan Workers Party": "ORG", "Kestrel Brigade": "ORG", "Marrow": "GPE"})
    assert ("ACCUSE", "Dovan Workers Party", "Kestrel Brigade") in got


def test_attribution_after_a_closing_quote_is_no_object():
    text = '"We will never accept the partition plan," Ilse Marovan told reporters in Tabrel.'
    got = coded_roles(text, {"Ilse Marovan": "PERSON", "Tabrel": "GPE"})
    assert all(t != "Ilse Marovan" for _, _, t in got)


def test_each_coordinated_subject_party_acts():
    text = "The Orlan League and the Council of Veskan States (CVS) condemned what they called an attempted coup in Darvia."
    actors = {"Orlan League": "ORG", "Council of Veskan States": "ORG", "CVS": "ORG", "Darvia": "GPE"}
    got = {a for act, a, _ in coded_roles(text, actors) if act == "ACCUSE"}
    assert "Orlan League" in got and got & {"Council of Veskan States", "CVS"}


def test_joint_act_pair_stays_one_act():
    text = "Orlan and Veskia held talks in Tabrel on Monday."
    got = coded_roles(text, {"Orlan": "GPE", "Veskia": "GPE", "Tabrel": "GPE"})
    assert [g for g in got if g[0] == "CONSULT"] == [("CONSULT", "Orlan", "Veskia")]


def test_speaker_apposition_is_the_speakers_side_not_the_target():
    from event_helpers import named_events
    text = '"We condemn this cowardly attack on our positions," said Ruvan Delko, spokesman of the Arlandic Army.'
    got = [e for e in named_events(text) if e[0] == "ACCUSE"]
    assert got and all(target != "Arlandic Army" for _, _, target, _ in got)



def test_a_name_premodifying_a_phrase_triggers_noun_is_no_object():
    text = "Veskia files Tarvan Union complaint over the border raid."
    got = coded_roles(text, {"Veskia": "GPE", "Tarvan Union": "ORG"})
    assert all(t != "Tarvan Union" for _, _, t in got)


def test_where_a_march_went_to_is_no_protest_target():
    text = "Thousands of students, many of them in school uniforms, marched to the Varn Assembly Hall in the Orvan area to demand that the government lift a ban."
    got = coded_roles(text, {"Varn Assembly Hall": "FAC", "Orvan": "GPE"}, ("actor", "target", "location"))
    assert got and all(target != "Varn Assembly Hall" for _, _, target, _ in got)


def test_the_subject_of_a_rejected_claim_is_not_whom_the_rejection_answers():
    text = "The Tarvan Front rejected claims that Orvan was directing its operations."
    got = coded_roles(text, {"Tarvan Front": "ORG", "Orvan": "GPE"})
    assert ("REJECT", "Tarvan Front", None) in got



def test_an_ultimatums_addressee_before_its_deadline_is_the_target():
    text = "The Tarvan Front had given the Veskan Guard until dawn on Monday to hand over their weapons."
    got = coded_roles(text, {"Tarvan Front": "ORG", "Veskan Guard": "ORG"})
    assert ("THREATEN", "Tarvan Front", "Veskan Guard") in got


def test_the_leader_of_an_unnamed_led_body_is_its_actor():
    text = "A coalition led by Veskia struck the port of Tarvel on Monday."
    got = coded_roles(text, {"Veskia": "GPE", "Tarvel": "GPE"})
    assert got and got[0][:2] == ("ASSAULT", "Veskia")
