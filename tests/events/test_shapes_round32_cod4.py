"""Status participles, vows and refusals told by a sayer, terrorist designations, raids that kill,
sayers in brackets, headline compounds and coordinated passives (invented Sahel, Caucasus, Horn of
Africa, Andean and Balkan text)."""
from event_helpers import coded_with_dates, mentions_from


def _acts(text: str, names: dict[str, str]) -> list[tuple]:
    """(action, actor name, target name) of each event, names by the mention's text."""
    texts = {m.local: m.text for m in mentions_from(text, names)}
    return [(e.action, texts.get(e.actor), texts.get(e.target))
            for e in coded_with_dates(text, names, "2025-04-09")]


def test_banned_group_as_subject_is_no_ban() -> None:
    acts = _acts("The outlawed Ogaden Liberation Front said in a statement that it had not been consulted.",
                 {"Ogaden Liberation Front": "ORG"})
    assert not any(a[0] == "COERCE" for a in acts)


def test_jailed_leader_of_a_noun_is_no_arrest() -> None:
    acts = _acts("Supporters of jailed opposition leader Ilir Dervishi marched through Tirana on Sunday.",
                 {"Ilir Dervishi": "PERSON", "Tirana": "GPE"})
    assert not any(a[0] == "COERCE" for a in acts)


def test_jailed_with_a_place_and_date_stays_an_arrest() -> None:
    acts = _acts("Police detained Ilir Dervishi in Tirana on Sunday.", {"Ilir Dervishi": "PERSON", "Tirana": "GPE"})
    assert any(a[0] == "COERCE" and a[2] == "Ilir Dervishi" for a in acts)
    acts = _acts("Ilir Dervishi was jailed in Tirana on Sunday.", {"Ilir Dervishi": "PERSON", "Tirana": "GPE"})
    assert any(a[0] == "COERCE" for a in acts)


def test_would_not_go_unanswered_is_the_sayers_threat() -> None:
    acts = _acts("Defence Minister Armen Sarkisov said the shelling of Goris would not go unanswered.",
                 {"Armen Sarkisov": "PERSON", "Goris": "GPE"})
    assert ("THREATEN", "Armen Sarkisov", None) in acts


def test_vowing_that_attackers_would_be_crushed_is_a_threat() -> None:
    acts = _acts("President Mahamat Deby condemned the ambush, vowing that the gunmen behind it would be crushed.",
                 {"Mahamat Deby": "PERSON"})
    assert ("THREATEN", "Mahamat Deby", None) in acts


def test_would_not_negotiate_is_a_refusal_not_nothing() -> None:
    acts = _acts("Interior Minister Hamid Sowe said the government would not negotiate with the kidnappers.",
                 {"Hamid Sowe": "PERSON"})
    assert ("REJECT", "Hamid Sowe", None) in acts
    assert not any(a[0] == "CONSULT" for a in acts)


def test_negotiated_stays_a_consultation() -> None:
    acts = _acts("Hamid Sowe negotiated with the elders of Kidal on Monday.", {"Hamid Sowe": "PERSON", "Kidal": "GPE"})
    assert not any(a[0] == "REJECT" for a in acts)


def test_terrorist_designation_is_a_sanction() -> None:
    acts = _acts("Canada on Friday designated the Tren de Aragua gang and two other groups as terrorist entities.",
                 {"Canada": "GPE", "Tren de Aragua": "ORG"})
    assert ("SANCTION", "Canada", "Tren de Aragua") in acts


def test_designated_as_a_spokesman_is_no_sanction() -> None:
    acts = _acts("The council designated Lieutenant Idris Kone as its spokesman.", {"Idris Kone": "PERSON"})
    assert not any(a[0] == "SANCTION" for a in acts)


def test_raid_that_kills_is_an_assault() -> None:
    acts = _acts("Nine gendarmes were killed when jihadists raided a checkpoint near Djibo at dawn.", {"Djibo": "GPE"})
    assert any(a[0] == "ASSAULT" for a in acts)
    assert not any(a[0] == "COERCE" for a in acts)


def test_raid_that_arrests_stays_coercion() -> None:
    acts = _acts("Police raided a house in Djibo and arrested three suspects.", {"Djibo": "GPE"})
    assert not any(a[0] == "ASSAULT" for a in acts)


def test_sayer_with_bracketed_abbreviation_is_no_target() -> None:
    text = ("About 40 fighters attacked the camp from two sides, the army's press office, Directorate of Public "
            "Information (DPI), said in a statement, adding that six attackers were killed.")
    acts = _acts(text, {"Directorate of Public Information": "ORG", "DPI": "ORG"})
    assert acts and not any(a[2] in ("Directorate of Public Information", "DPI") for a in acts)


def test_town_before_attack_word_in_a_headline_is_no_actor() -> None:
    acts = _acts("Boulkessi attack: villagers flee as army sends reinforcements", {"Boulkessi": "GPE"})
    assert not any(a[0] == "ASSAULT" and a[1] == "Boulkessi" for a in acts)


def test_coordinated_passive_keeps_the_held_as_target() -> None:
    acts = _acts("Weeks after Darko Vukic was flown to Belgrade and arrested, the clashes resumed.",
                 {"Darko Vukic": "PERSON", "Belgrade": "GPE"})
    assert ("COERCE", None, "Darko Vukic") in acts
    assert not any(a[0] == "COERCE" and a[1] == "Darko Vukic" for a in acts)


def test_bare_claim_names_every_described_attacker_of_the_day() -> None:
    text = ("Gunmen stormed a gendarmerie post near Tillaberi before dawn on Monday, killing nine gendarmes. "
            "About 40 fighters attacked the post from three sides, the ministry said. "
            "The Islamic State Sahel Province claimed responsibility, saying the attack avenged the killing "
            "of its commanders in recent army operations.")
    acts = _acts(text, {"Tillaberi": "GPE", "Islamic State Sahel Province": "ORG"})
    attacks = [a for a in acts if a[0] == "ASSAULT"]
    assert [a for a in attacks if a[1] is None and a[2] is None] == []
    assert sum(a[1] == "Islamic State Sahel Province" for a in attacks) >= 2
    # the killing of its commanders is another act, done to the claimant
    assert ("ASSAULT", None, "Islamic State Sahel Province") in attacks


def test_claim_does_not_reach_past_another_partys_attack() -> None:
    text = ("Gunmen ambushed a convoy near Tillaberi on Monday. "
            "On Tuesday the Nigerien army shelled positions near Ayorou. "
            "Gunmen attacked a market in Ayorou on Tuesday. "
            "The Islamic State Sahel Province claimed responsibility.")
    acts = _acts(text, {"Tillaberi": "GPE", "Ayorou": "GPE", "Nigerien army": "ORG",
                        "Islamic State Sahel Province": "ORG"})
    by_claimant = [a for a in acts if a[0] == "ASSAULT" and a[1] == "Islamic State Sahel Province"]
    assert len(by_claimant) == 1


def test_refused_talks_keep_the_unnamed_party() -> None:
    events = coded_with_dates("Interior Minister Hamid Sowe said the government would not negotiate with the kidnappers.",
                              {"Hamid Sowe": "PERSON"}, "2025-04-09")
    assert any(e.action == "REJECT" and e.target_name == "kidnappers" for e in events)


def test_threat_verb_without_subject_takes_no_sayer() -> None:
    acts = _acts("Prime Minister Ilham Rzayev declared earlier that to the villagers of the valley threatens the "
                 "expulsion from their land.", {"Ilham Rzayev": "PERSON"})
    assert not any(a[0] == "THREATEN" and a[1] == "Ilham Rzayev" for a in acts)


def test_claimant_already_a_party_is_never_both_sides() -> None:
    text = ("A policeman was killed in a firefight with members of the Arakan Army near Sittwe on Tuesday. "
            "The Arakan Army claimed responsibility.")
    acts = _acts(text, {"Arakan Army": "ORG", "Sittwe": "GPE"})
    assert not any(a[1] is not None and a[1] == a[2] for a in acts)


def test_claimant_is_the_subject_not_its_apposition() -> None:
    text = ("Gunmen attacked an army post near Kamina on Tuesday, killing four soldiers. "
            "The Mai-Mai Kata Katanga, the armed wing of the Katanga Liberation Front (KLF), claimed responsibility.")
    acts = _acts(text, {"Kamina": "GPE", "Mai-Mai Kata Katanga": "ORG", "Katanga Liberation Front": "ORG", "KLF": "ORG"})
    assert ("ASSAULT", "Mai-Mai Kata Katanga", None) in acts
    assert not any(a[1] in ("Katanga Liberation Front", "KLF") for a in acts)
