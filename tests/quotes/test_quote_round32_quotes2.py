"""Round 32 (quotes 2): borrowed labels and premodifiers in marks are terms; passive reports
("X was quoted as saying by Y"), office synonyms ("the premier"), a clause set between a name and
its verb and a channel after a name. Every article here is invented."""
from __future__ import annotations

P, O, G = "PERSON", "ORG", "GPE"


def test_rare_borrowed_label_in_a_reported_clause_is_a_term(quotes_of):
    text = ("The interior ministry said nine \"shabiha\" were killed in the clashes near Homs, and "
            "that police were searching for the rest.")
    assert quotes_of(text, {"Homs": G}) == []


def test_borrowed_label_after_a_vow_is_a_term(quotes_of):
    text = ("“Nobody is above the law,” Governor Elena Marquez said, vowing that the \"sicarios\" "
            "behind the ambush would be caught.")
    qs = quotes_of(text, {"Elena Marquez": P})
    assert [q.text for q in qs] == ["Nobody is above the law,"]


def test_common_word_fragment_stays_a_quote(quotes_of):
    # an everyday word in marks after an attribution is the speaker's own word
    text = "The group said it had killed some 40 \"mercenaries\" in the ambush near Kidal."
    qs = quotes_of(text, {"Kidal": G})
    assert [q.text for q in qs] == ["mercenaries"]


def test_name_with_a_spanish_article_is_a_term(quotes_of):
    text = ("A banner left beside the bodies, signed by Cartel del Sur, accused the victims of "
            "working for “los Rojos” and warned that more would follow.")
    assert quotes_of(text, {"Cartel del Sur": O}) == []


def test_quoted_premodifier_of_a_noun_is_a_label(quotes_of):
    text = ("Two helicopters crashed on Sunday in an apparent “mid-air collision” incident during "
            "the exercise, the defence ministry said.")
    assert quotes_of(text, {}) == []


def test_quoted_noun_phrase_before_a_preposition_stays_a_quote(quotes_of):
    text = "The army said its aircraft had carried out a \"targeted raid\" on the compound in Tessit."
    qs = quotes_of(text, {"Tessit": G})
    assert [q.text for q in qs] == ["targeted raid"]


def test_passive_report_with_the_relaying_body_is_the_subjects(quotes_of):
    text = ("Army chief General Kamal Odhiambo visited the garrison in Mandera on Sunday, the "
            "ministry said.\n\n\"Those who attack our soldiers will be hunted down,\" Odhiambo was "
            "quoted as saying by the defence ministry.")
    qs = quotes_of(text, {"Kamal Odhiambo": P, "Mandera": G})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Kamal Odhiambo"


def test_passive_report_of_a_described_office_is_the_person_holding_it(quotes_of):
    text = ("Chief of Army Staff Lt. Gen. Tariq Mansoor visited the border post on Saturday.\n\n"
            "\"Those who shelter the attackers will pay a price,\" the army chief was quoted as saying.")
    qs = quotes_of(text, {"Tariq Mansoor": P})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Tariq Mansoor"


def test_the_premier_is_the_prime_minister_named_before(quotes_of):
    text = ("Prime Minister Tomas Varga toured the flooded district and met Mayor Ilona Kis. "
            "\"We will rebuild every house,\" the premier said.")
    qs = quotes_of(text, {"Tomas Varga": P, "Ilona Kis": P})
    assert qs[0].speaker_name == "Tomas Varga"


def test_the_premier_with_no_prime_minister_named_stays_a_description(quotes_of):
    text = ("Foreign Minister Ilona Kis met the envoys on Monday. \"We will rebuild every house,\" "
            "the premier said.")
    qs = quotes_of(text, {"Ilona Kis": P})
    assert qs[0].speaker is None
    assert qs[0].speaker_name == "the premier"


def test_clause_between_a_name_and_its_verb(quotes_of):
    text = ("The spokesman of the interior ministry Ahmad Rahimi when he was asked about the blast "
            "said \"The investigation is continuing\" and gave no toll.")
    qs = quotes_of(text, {"Ahmad Rahimi": P})
    assert qs[0].speaker_name == "Ahmad Rahimi"


def test_name_inside_a_relative_clause_is_not_the_speaker(quotes_of):
    text = ("A witness who saw Colonel Idris Deby when the shooting started said \"He ordered them "
            "to fire on the crowd.\"")
    qs = quotes_of(text, {"Idris Deby": P})
    assert qs[0].speaker_name != "Idris Deby"


def test_channel_between_a_name_and_its_verb(quotes_of):
    text = ("President Halima Osei in her televised address said \"No armed group will decide the "
            "future of this country\" and called for calm.")
    qs = quotes_of(text, {"Halima Osei": P})
    assert qs[0].speaker_name == "Halima Osei"


def test_passive_report_with_the_agent_between_verb_and_as_saying(quotes_of):
    text = ("Defence Minister Yuri Balan visited the front on Friday. \"We will hold the line,\" the "
            "minister was quoted by the Interfax agency as saying.")
    qs = quotes_of(text, {"Yuri Balan": P, "Interfax": "MEDIA"})
    assert qs[0].speaker_name == "Yuri Balan"


def test_active_nested_report_still_gives_the_quoted_person(quotes_of):
    text = "\"We will hold the line,\" Interfax quoted Yuri Balan as saying."
    qs = quotes_of(text, {"Yuri Balan": P, "Interfax": "MEDIA"})
    assert qs[0].speaker_name == "Yuri Balan"


def test_a_forces_media_wing_is_the_body_named_for_what_it_does(quotes_of):
    text = ("The Directorate of Military Public Relations said four soldiers were killed near Pibor. "
            "“Such attacks will not break our resolve,” the army’s media wing said.")
    qs = quotes_of(text, {"Directorate of Military Public Relations": O, "Pibor": G})
    assert qs[0].speaker_name == "Directorate of Military Public Relations"


def test_a_media_wing_is_never_an_outlet_named_press(quotes_of):
    text = ("PIBOR, South Sudan (Associated Press) — Four soldiers were killed near Pibor. "
            "“Such attacks will not break our resolve,” the army's media wing said.")
    qs = quotes_of(text, {"Associated Press": "MEDIA", "Pibor": G})
    assert qs[0].speaker is None
