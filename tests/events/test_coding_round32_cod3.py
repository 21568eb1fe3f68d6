"""Verdicts on claims, phone calls, schedules, directives, interceptions, deployments and descriptions
(invented Sudan, Caucasus, Mali, Aegean, DRC and Yemen text)."""
from event_helpers import coded_with_dates


def _events(text: str, names: dict[str, str]) -> list:
    return coded_with_dates(text, names, "2025-02-12")


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    """(action, actor name, target name) of each event, names by the mention's text."""
    from event_helpers import mentions_from
    texts = {m.local: m.text for m in mentions_from(text, names)}
    return [(e.action, texts.get(e.actor), texts.get(e.target)) for e in _events(text, names)]


def test_claim_called_a_lie_is_the_sayers_rejection() -> None:
    acts = _acts("The Sudanese Armed Forces said on Tuesday that the militia's story of a hospital used as a base "
                 "is a lie meant to cover the shelling.", {"Sudanese Armed Forces": "ORG"})
    assert ("REJECT", "Sudanese Armed Forces", None) in acts


def test_allegations_called_baseless_are_rejected() -> None:
    acts = _acts("Kinshasa said the allegations of a secret deal with the rebels are baseless.", {"Kinshasa": "GPE"})
    assert any(a[0] == "REJECT" and a[1] == "Kinshasa" for a in acts)


def test_told_in_a_phone_call_is_a_consultation_of_both() -> None:
    acts = _acts("Armenian Foreign Minister Ararat Mirzoyan told Turkish Foreign Minister Hakan Fidan in a phone call "
                 "on Monday that the border talks should resume.",
                 {"Ararat Mirzoyan": "PERSON", "Hakan Fidan": "PERSON"})
    assert ("CONSULT", "Ararat Mirzoyan", "Hakan Fidan") in acts


def test_phone_call_after_a_comma_takes_no_guessed_parties() -> None:
    acts = _acts("Ararat Mirzoyan met Hakan Fidan, and a phone call followed.",
                 {"Ararat Mirzoyan": "PERSON", "Hakan Fidan": "PERSON"})
    assert not any(a[0] == "CONSULT" and a[2] is None and a[1] is not None for a in acts)


def test_scheduled_meeting_is_no_agreement() -> None:
    text = "Egypt and Qatar are due to meet in Cairo on Thursday to discuss a truce."
    acts = _acts(text, {"Egypt": "GPE", "Qatar": "GPE", "Cairo": "GPE"})
    assert not any(a[0] == "AGREE" for a in acts)
    acts = _acts("Egypt and Qatar are expected to meet in Cairo next week.",
                 {"Egypt": "GPE", "Qatar": "GPE", "Cairo": "GPE"})
    assert not any(a[0] == "AGREE" for a in acts)


def test_agreed_to_meet_stays_an_agreement() -> None:
    acts = _acts("Egypt agreed to meet Qatar in Cairo on Thursday.", {"Egypt": "GPE", "Qatar": "GPE", "Cairo": "GPE"})
    assert any(a[0] == "AGREE" and a[1] == "Egypt" for a in acts)


def test_order_to_care_for_the_injured_is_aid_by_who_ordered() -> None:
    acts = _acts("Governor Moussa Diallo visited the market and ordered the regional health directorate to care "
                 "for the injured.", {"Moussa Diallo": "PERSON"})
    assert ("AID", "Moussa Diallo", None) in acts


def test_order_to_tighten_security_is_mobilisation() -> None:
    evs = _events("On Sunday, President Assimi Goita directed the defence forces to beef up security around Kidal.",
                  {"Assimi Goita": "PERSON", "Kidal": "GPE"})
    mob = [e for e in evs if e.action == "MOBILIZE"]
    assert mob and mob[0].actor == 0 and mob[0].date == "2025-02-09"


def test_order_to_attack_is_no_attack() -> None:
    acts = _acts("President Assimi Goita ordered the army to storm the camp near Kidal.",
                 {"Assimi Goita": "PERSON", "Kidal": "GPE"})
    assert not any(a[0] == "ASSAULT" for a in acts)


def test_refused_order_to_reinforce_security_is_no_mobilisation() -> None:
    acts = _acts("The council has not ordered the police to tighten security in Gao.", {"Gao": "GPE"})
    assert not any(a[0] == "MOBILIZE" for a in acts)


def test_intercepted_migrants_are_coerced_not_a_missile() -> None:
    acts = _acts("The Hellenic Coast Guard intercepted 140 migrants off Lesbos on Saturday.",
                 {"Hellenic Coast Guard": "ORG", "Lesbos": "LOC"})
    assert any(a[0] == "COERCE" and a[1] == "Hellenic Coast Guard" for a in acts)
    acts = _acts("The Houthis said Saudi air defences intercepted a missile over Jizan.",
                 {"Houthis": "ORG", "Jizan": "GPE"})
    assert not any(a[0] == "COERCE" for a in acts)


def test_forces_deployed_to_an_area_mobilise() -> None:
    acts = _acts("The Congolese army said its troops had deployed to Sake on Monday to hold the road.",
                 {"Congolese army": "ORG", "Sake": "GPE"})
    assert any(a[0] == "MOBILIZE" and a[1] == "Congolese army" for a in acts)


def test_groups_backing_a_leader_describe_alignment() -> None:
    acts = _acts("Ten people died in fighting between groups backing Aidarous al-Zubaidi and those supporting "
                 "the government in Aden.", {"Aidarous al-Zubaidi": "PERSON", "Aden": "GPE"})
    assert not any(a[0] == "SUPPORT" for a in acts)


def test_a_party_backing_a_leader_still_supports() -> None:
    acts = _acts("Saudi Arabia backed Rashad al-Alimi on Monday.", {"Saudi Arabia": "GPE", "Rashad al-Alimi": "PERSON"})
    assert ("SUPPORT", "Saudi Arabia", "Rashad al-Alimi") in acts


def test_wounded_people_evacuated_to_a_city_are_no_attack_on_it() -> None:
    acts = _acts("Twenty wounded people were evacuated to Goma for treatment, a nurse said.", {"Goma": "GPE"})
    assert not any(a[0] == "ASSAULT" and a[2] == "Goma" for a in acts)


def test_spokesmans_quote_of_law_violated_accuses_the_named_party() -> None:
    from event_helpers import named_events
    evs = named_events('"The Rapid Support Forces systematically violate international law by hiding their fighters in '
                       'hospitals," army spokesman Brigadier Nabil Abdallah said in a statement on Monday.', "2025-02-12")
    assert any(e[0] == "ACCUSE" and e[2] == "Rapid Support Forces" for e in evs)


def test_quote_calling_a_claim_a_lie_is_a_rejection() -> None:
    from event_helpers import named_events
    evs = named_events('"What the militia says about our drones is a lie," Sudanese army spokesman Nabil Abdallah '
                       'told reporters in Port Sudan.', "2025-02-12")
    assert any(e[0] == "REJECT" for e in evs)


def test_truce_reached_in_the_passive_is_agreed_with_the_party_named() -> None:
    acts = _acts("Elders in Kidal said on Sunday that a truce had been reached under a deal with the Malian army.",
                 {"Kidal": "GPE", "Malian army": "ORG"})
    assert ("AGREE", None, "Malian army") in acts


def test_withdrawn_confidence_is_a_rejection_of_the_government() -> None:
    acts = _acts("The Transitional Council withdrew its confidence from the Government of Unity in 2022.",
                 {"Transitional Council": "ORG", "Government of Unity": "ORG"})
    assert ("REJECT", "Transitional Council", "Government of Unity") in acts


def test_delegation_to_be_sent_is_an_agreement_and_one_sent_a_consultation() -> None:
    acts = _acts("The Eritrean government said on Monday that Eritrea would send a delegation to the talks.",
                 {"Eritrea": "GPE", "Eritrean government": "ORG"})
    assert any(a[0] == "AGREE" and a[1] == "Eritrea" for a in acts)
    acts = _acts("Eritrea sent a delegation to the talks in Addis Ababa on Monday.", {"Eritrea": "GPE", "Addis Ababa": "GPE"})
    assert any(a[0] == "CONSULT" and a[1] == "Eritrea" for a in acts)


def test_attending_a_funeral_is_no_consultation() -> None:
    acts = _acts("Hundreds of mourners from Eritrea attended the funeral in Asmara.", {"Eritrea": "GPE", "Asmara": "GPE"})
    assert not any(a[0] in ("CONSULT", "AGREE") for a in acts)


def test_rebels_welcoming_a_deal_still_support_it() -> None:
    acts = _acts("Rebels welcomed the Doha agreement and praised Qatar on Monday.", {"Qatar": "GPE"})
    assert any(a[0] == "SUPPORT" and a[2] == "Qatar" for a in acts)


def test_a_government_backing_a_plan_in_the_progressive_supports() -> None:
    acts = _acts("France is backing Mohamed Bazoum, the foreign ministry said.", {"France": "GPE", "Mohamed Bazoum": "PERSON"})
    assert ("SUPPORT", "France", "Mohamed Bazoum") in acts
