"""Q&A interviews: answers are the interviewee's words, questions are no quotes. All invented
(a Sahel, a Caucasus and a Sudan setting)."""
from __future__ import annotations

SAHEL = (
    "The ambush near Tessit on Friday was the worst loss for the army in months. We spoke to "
    "Prof Aminata Keita, a researcher at the Bamako Centre for Strategic Studies, about what comes next.\n\n"
    "Q: Who carried out the ambush?\n\n"
    "A: The Islamic State Sahel Province claimed it the same evening. They have been moving "
    "fighters south since the rainy season ended.\n\n"
    "Q. Can the junta hold the border towns?\n\n"
    "A. Not without help from its neighbours. The garrisons are small and they are cut off for weeks "
    "at a time.\n\n"
    "The roads are mined, and the convoys only move with air cover.\n\n"
    "Q: What should Bamako do?\n\n"
    "A: Talk to the local committees, and protect the herders, who pay the highest price."
)


def test_answers_are_the_interviewees_quotes(quotes_of):
    qs = quotes_of(SAHEL, {"Aminata Keita": "PERSON", "Islamic State Sahel Province": "ORG"})
    texts = [q.text for q in qs]
    assert texts[0].startswith("The Islamic State Sahel Province claimed it")
    assert texts[0].endswith("since the rainy season ended.")
    assert all(q.speaker == 0 and q.speaker_name == "Aminata Keita" for q in qs)
    assert {q.cue for q in qs} == {"A:", "A."}
    # the questions are the interviewer's: never a quote, least of all the interviewee's
    assert not any("?" in t for t in texts)
    assert any(t.startswith("Talk to the local committees") for t in texts)


def test_an_answer_over_two_paragraphs_continues(quotes_of):
    qs = quotes_of(SAHEL, {"Aminata Keita": "PERSON"})
    assert any(q.text.startswith("The roads are mined") and q.speaker == 0 for q in qs)


def test_an_answer_with_quote_marks_gives_its_words_before_them(quotes_of):
    text = (
        "Nino Beridze, a former deputy defence minister, talked to us after the clashes at the "
        "crossing.\n\n"
        "Q: Was the shelling planned?\n\n"
        "A: The batteries had been moved up a week before. The commander told his men \"to fire at "
        "anything that moves\", Beridze said.\n\n"
        "Q: What now?\n\n"
        "A: Nobody in the capital wants a second front this winter."
    )
    qs = quotes_of(text, {"Nino Beridze": "PERSON"})
    first = [q for q in qs if q.text.startswith("The batteries")]
    assert first and first[0].text == "The batteries had been moved up a week before."
    assert first[0].speaker == 0
    # the marked words keep their own reading
    assert any(q.text.startswith("to fire at anything") for q in qs)
    assert any(q.text.startswith("Nobody in the capital") and q.speaker == 0 for q in qs)


def test_an_interviewee_not_named_gives_no_speaker(quotes_of):
    text = (
        "Two residents of El Fasher described the siege. We agreed not to name them.\n\n"
        "Q: How do you get food?\n\n"
        "A: We buy sorghum from smugglers at ten times the old price, when there is any.\n\n"
        "Q: Did anyone warn you?\n\n"
        "A: Nobody warned us about the drones, they came at night."
    )
    qs = quotes_of(text, {"El Fasher": "GPE", "Mohamed Hamdan Dagalo": "PERSON"})
    assert len(qs) == 2
    assert all(q.speaker is None and q.speaker_name is None and q.cue == "A:" for q in qs)


def test_a_name_of_someone_else_after_the_intro_phrase_is_not_the_interviewee(quotes_of):
    text = (
        "We spoke to a neighbour of Jamal Osman, who was killed in the raid, and to his brother "
        "Yusuf Adam.\n\n"
        "Q: What happened that night?\n\n"
        "A: The soldiers came at two in the morning and took six men away."
    )
    qs = quotes_of(text, {"Jamal Osman": "PERSON", "Yusuf Adam": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker is None


def test_name_labels_give_each_speaker_and_skip_the_asker(quotes_of):
    text = (
        "General Oumar Diallo commanded the northern sector until March. He answered our "
        "reporter, Claire Morel, by phone.\n\n"
        "MOREL: How many men did you lose at Tessit?\n\n"
        "DIALLO: Forty-two, and many more wounded. The helicopters could not land in the dust.\n\n"
        "MOREL: Was the base warned?\n\n"
        "DIALLO: We had warnings every week, none of them precise enough to act on."
    )
    qs = quotes_of(text, {"Oumar Diallo": "PERSON", "Claire Morel": "PERSON"})
    assert [q.text[:10] for q in qs] == ["Forty-two,", "We had war"]
    assert all(q.speaker == 0 and q.cue == "DIALLO:" for q in qs)


def test_a_lone_label_paragraph_is_no_transcript(quotes_of):
    text = (
        "UPDATE: The ministry revised the toll to 14 dead on Sunday evening.\n\n"
        "Fighting continued near the airport, residents said."
    )
    assert quotes_of(text, {}) == []


def test_labels_of_one_role_only_are_no_transcript(quotes_of):
    # a list of answers with no question is not an interview layout
    text = (
        "A: The first convoy left at dawn with forty trucks of flour.\n\n"
        "A: The second convoy was stopped at the river crossing by the militia."
    )
    assert quotes_of(text, {}) == []


def test_the_subject_of_spoke_to_is_the_interviewee(quotes_of):
    text = (
        "Colonel Artur Sargsyan spoke to the Yerevan Courier a day after the border clash. The "
        "defence ministry's spokesperson, Lilit Avetisyan, declined to comment.\n\n"
        "Question: Who fired first?\n\n"
        "Answer: Their mortar crews opened fire at dawn, and we answered twenty minutes later."
    )
    qs = quotes_of(text, {"Artur Sargsyan": "PERSON", "Lilit Avetisyan": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker == 0 and qs[0].cue == "Answer:"


def test_without_an_interview_phrase_the_one_person_introduced_answers(quotes_of):
    text = (
        "Fatima Zahra Ould Ahmed has run the clinic in Mbera camp for six years.\n\n"
        "Q: How many new arrivals this month?\n\n"
        "A: More than four thousand, most of them women and children from the border villages."
    )
    qs = quotes_of(text, {"Fatima Zahra Ould Ahmed": "PERSON", "Mbera": "GPE"})
    assert len(qs) == 1 and qs[0].speaker == 0


def test_a_headline_quote_left_in_the_text_is_the_interviewees(quotes_of):
    # the headline's "Interview:" is no transcript label, and its quote has no attribution
    text = (
        "Interview: \"Drones will not end this war\" - a Sahel security analyst on the Tessit ambush\n\n"
        "The ambush killed 30 soldiers. We spoke to Prof Aminata Keita about it.\n\n"
        "Q: Who did it?\n\n"
        "A: The Islamic State Sahel Province claimed it the same evening."
    )
    qs = quotes_of(text, {"Aminata Keita": "PERSON"})
    assert [q.text for q in qs] == ["Drones will not end this war",
                                    "The Islamic State Sahel Province claimed it the same evening."]
    assert all(q.speaker == 0 for q in qs)
