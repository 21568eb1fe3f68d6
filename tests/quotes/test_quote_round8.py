"""Round 8: briefing transcripts ("QUESTION:" / "SPOKESPERSON:"), a parenthesised acronym after a
speaker, a speaker named in apposition to a description, the focus of a cleft ("it was X who
asked"). All invented (a Sahel, a Caucasus, a Sudan and a Myanmar setting)."""
from __future__ import annotations

BRIEFING = (
    "Noon briefing by the Spokesperson for the Secretary-General, Ingrid Solvang\n\n"
    "The following is a near-verbatim transcript of today's briefing.\n\n"
    "SPOKESPERSON: Good afternoon. Fighting around El Fasher has forced thousands more people "
    "from their homes, our humanitarian colleagues tell us.\n\n"
    "QUESTION: Can you confirm how many civilians were killed in the shelling on Sunday?\n\n"
    "SPOKESPERSON: We are not in a position to confirm figures. Our teams are still trying to "
    "reach the market.\n\n"
    "QUESTION: Has the Secretary-General called the army commander?\n\n"
    "SPOKESPERSON: He has been in touch with both sides and will continue to be.\n")


def test_briefing_answers_are_the_named_spokespersons(quotes_of):
    qs = quotes_of(BRIEFING, {"Ingrid Solvang": "PERSON"})
    assert len(qs) == 3
    assert all(q.speaker == 0 for q in qs)
    assert qs[1].text.startswith("We are not in a position")
    assert not any("QUESTION" in q.text or q.text.endswith("?") for q in qs)


def test_briefing_role_label_without_a_name_is_the_speaker_name(quotes_of):
    text = BRIEFING.replace(", Ingrid Solvang", "")
    qs = quotes_of(text, {})
    assert len(qs) == 3
    assert all(q.speaker is None and q.speaker_name == "Spokesperson" for q in qs)


def test_briefing_name_label_in_capitals(quotes_of):
    text = ("Press encounter with Foreign Minister Élodie Marchand\n\n"
            "QUESTION: Minister, were the villages near the border shelled last night?\n\n"
            "ÉLODIE MARCHAND: Three villages were hit and two people were wounded.\n\n"
            "QUESTION: Who fired?\n\n"
            "ÉLODIE MARCHAND: We are still investigating the origin of the fire.\n")
    qs = quotes_of(text, {"Élodie Marchand": "PERSON"})
    assert [q.speaker for q in qs] == [0, 0]
    # a name the text never mentions otherwise: the label is the speaker's name
    qs = quotes_of(text.replace("with Foreign Minister Élodie Marchand", "at the ministry"), {})
    assert [q.speaker_name for q in qs] == ["Élodie Marchand"] * 2


def test_role_named_before_the_role(quotes_of):
    text = ("Briefing by Tamar Kvaratskhelia, Spokesperson of the Ministry of Defence\n\n"
            "QUESTION: Were any soldiers killed near the checkpoint?\n\n"
            "SPOKESPERSON: Two soldiers were wounded and evacuated to Gori.\n\n"
            "QUESTION: Anything else?\n\n"
            "SPOKESPERSON: Nothing more for now, thank you.\n")
    qs = quotes_of(text, {"Tamar Kvaratskhelia": "PERSON", "Ministry of Defence": "ORG",
                          "Gori": "GPE"})
    assert len(qs) == 2 and all(q.speaker == 0 for q in qs)


def test_acronym_in_brackets_after_the_speaker(quotes_of):
    text = ("The Joint Operations Command (JOC) said in a statement on Monday that soldiers had "
            "\"neutralised the attackers\" near Gao.")
    qs = quotes_of(text, {"Joint Operations Command": "ORG", "JOC": "ORG", "Gao": "GPE"})
    assert len(qs) == 1 and qs[0].speaker == 0


def test_person_in_apposition_after_according_to_a_description(quotes_of):
    text = ("According to an army spokesman in Kassala, Lt Col Osman Hamid, the soldiers \"held "
            "every position\" overnight.")
    qs = quotes_of(text, {"Osman Hamid": "PERSON", "Kassala": "GPE"})
    assert len(qs) == 1 and qs[0].speaker == 0


def test_person_in_apposition_after_a_spurious_group_mention(quotes_of):
    # the actor finder may mistake "an Army" for a group: the name in apposition still wins
    text = ("According to an Army spokesperson in Kassala, Maj Osman Hamid, the unit \"held "
            "every position\" overnight.")
    qs = quotes_of(text, {"an Army": "ORG", "Osman Hamid": "PERSON", "Kassala": "GPE"})
    assert len(qs) == 1 and qs[0].speaker == 1


def test_place_in_apposition_is_not_the_speaker(quotes_of):
    text = ("According to a police officer in Kassala, Sudan, the gunmen \"fled on camels\".")
    qs = quotes_of(text, {"Kassala": "GPE", "Sudan": "GPE"})
    assert len(qs) == 1 and qs[0].speaker is None
    assert qs[0].speaker_name == "a police officer in Kassala"


def test_group_in_apposition_to_a_describing_subject(quotes_of):
    text = ("The army's press office, the Tatmadaw True News Information Team, said its troops had "
            "\"repulsed the insurgents\" near Lashio.")
    qs = quotes_of(text, {"Tatmadaw True News Information Team": "ORG", "Lashio": "GPE"})
    assert len(qs) == 1 and qs[0].speaker == 0


def test_group_in_apposition_after_the_verb(quotes_of):
    text = ("\"The insurgents were repulsed,\" said the army's press office, the Tatmadaw True "
            "News Information Team.")
    qs = quotes_of(text, {"Tatmadaw True News Information Team": "ORG"})
    assert len(qs) == 1 and qs[0].speaker == 0


def test_official_is_not_replaced_by_a_group_in_apposition(quotes_of):
    # a person noun heads the description: a group after it is no apposition to it
    text = ("According to a senior official, Hamas fighters, who crossed at dawn, had \"taken "
            "the hill\".")
    qs = quotes_of(text, {"Hamas fighters": "ORG"})
    assert len(qs) == 1 and qs[0].speaker is None


def test_cleft_sentence_focus_is_the_speaker(quotes_of):
    text = ("In Khartoum, it was the prime minister Kamil Idris who asked the prosecutor to "
            "investigate \"every one of the killings, without exception\".")
    qs = quotes_of(text, {"Kamil Idris": "PERSON", "Khartoum": "GPE"})
    assert len(qs) == 1 and qs[0].speaker == 0


def test_relative_clause_subject_is_the_speaker(quotes_of):
    text = ("The governor, who said the town was \"calm and under control\", left for Nyala.")
    qs = quotes_of(text, {"Nyala": "GPE"})
    assert len(qs) == 1 and qs[0].speaker_name == "The governor"


def test_told_outlet_with_an_unknown_surname(quotes_of):
    text = "\"Our teams counted nine bodies near the well,\" Odhiambo told The Lakeside Courier."
    qs = quotes_of(text, {"Odhiambo": "PERSON", "The Lakeside Courier": "MEDIA"})
    assert len(qs) == 1 and qs[0].speaker == 0
