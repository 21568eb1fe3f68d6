"""Round 36 (quotes on real news shapes): a reporting verb inside a hyphenated compound ("so-called")
is none; a manner adverb between speaker and verb ("cynically dismissed"); a fragment whose words
end their sentence takes no speaker from the next sentence; "branded X a “...”", "lauded", "sang";
a participle's describing head before its prepositional phrase ("Protesters marching through the
streets"); a phrase read off an adverbial or an object is no participle's subject; transcript
labels ("KAMARA: ..."); a describing subject of coordinated verbs ("The general outlined ... and
vowed"). Every text is invented (Sahel, Caucasus, Great Lakes, Andes, Horn of Africa settings)."""
from __future__ import annotations


def test_so_called_holds_no_reporting_verb(quotes_of):
    text = ("Minister Ana Quispe said on Friday that the opposition once described the so-called "
            "border pact as “a betrayal” of the highland provinces.")
    qs = quotes_of(text, {"Ana Quispe": "PERSON"})
    assert len(qs) == 1 and qs[0].cue == "described"        # never "called" out of "so-called"
    text = "The so-called defence committees have “no mandate” in the valley, Ana Quispe said."
    qs = quotes_of(text, {"Ana Quispe": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker_name == "Ana Quispe"


def test_manner_adverb_between_speaker_and_verb(quotes_of):
    text = "In May, Tigran Avetisyan cynically dismissed the talks as “theatre for the donors” in Yerevan."
    qs = quotes_of(text, {"Tigran Avetisyan": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker_name == "Tigran Avetisyan"


def test_adverb_after_an_apposition(quotes_of):
    text = ("Idrissa Maiga, the head of the regional council, forcefully told a delegate who had "
            "doubted the figures that “the convoys have not reached Menaka since March.”")
    qs = quotes_of(text, {"Idrissa Maiga": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker_name == "Idrissa Maiga"


def test_noun_ending_in_ly_is_no_adverb(quotes_of):
    text = "The family said the strike on the market was “a massacre.”"
    qs = quotes_of(text)
    assert len(qs) == 1 and qs[0].speaker_name == "The family"


def test_closed_fragment_takes_no_speaker_from_next_sentence(quotes_of):
    text = ("Kenya branded the militia an “outlaw band on our border.” Ethiopia insisted that "
            "Mogadishu “stop the incursions at once.”")
    qs = quotes_of(text, {"Kenya": "GPE", "Ethiopia": "GPE", "Mogadishu": "GPE"})
    assert [q.speaker_name for q in qs] == ["Kenya", "Ethiopia"]


def test_branded_right_before_marks_stays_a_term(quotes_of):
    text = "The ministry said the movement, branded “terrorist” by Kigali, had withdrawn from Rutshuru."
    qs = quotes_of(text, {"Kigali": "GPE", "Rutshuru": "GPE"})
    assert qs == []


def test_lauded_and_sang_attribute(quotes_of):
    text = ("In June, Governor Rosa Mamani lauded the mediators in her address for bringing “new and "
            "patient ideas.”\n\n“We will not leave the valley,” Mamani sang before the crowd.")
    qs = quotes_of(text, {"Rosa Mamani": "PERSON"})
    assert [q.speaker_name for q in qs] == ["Rosa Mamani", "Rosa Mamani"]


def test_participle_phrase_after_the_head_noun(quotes_of):
    text = "Protesters marching through the streets of Goma chanted “Where is the army?” until dawn."
    qs = quotes_of(text, {"Goma": "GPE"})
    assert len(qs) == 1 and qs[0].speaker_name == "Protesters"


def test_ruling_adjective_is_no_participle(quotes_of):
    text = "The ruling party said the vote in the north was “a farce.”"
    qs = quotes_of(text)
    assert len(qs) == 1 and qs[0].speaker_name == "The ruling party"


def test_adverbial_is_no_participle_subject(quotes_of):
    text = ("In August, several relief agencies granted the ministry an extension on the deadline, "
            "saying its “stocks were lower than expected.”")
    qs = quotes_of(text)
    assert all(q.speaker_name != "In August" for q in qs)


def test_object_is_no_participle_subject(quotes_of):
    text = "The colonel walked onto the podium, chanting “Victory or death!”"
    qs = quotes_of(text)
    assert len(qs) == 1 and qs[0].speaker_name == "The colonel"


def test_participle_after_a_relative_clause_keeps_its_subject(quotes_of):
    text = ("A raid on Kafr Nabudah killed nine farmers, according to villagers, a claim the police "
            "denied, saying it had struck “armed bandits”.")
    qs = quotes_of(text, {"Kafr Nabudah": "GPE"})
    assert len(qs) == 1 and "the police" in (qs[0].speaker_name or "")


def test_passive_agent_stays_in_the_description(quotes_of):
    text = "A statement issued by the regional council said the town was “calm.”"
    qs = quotes_of(text)
    assert len(qs) == 1 and qs[0].speaker_name == "A statement issued by the regional council"


def test_description_after_adverbial_is_participle_subject(quotes_of):
    text = ("On Monday, the spokesman of the armed forces, noting that the town of Kidal “remains "
            "calm,” declined to comment.")
    qs = quotes_of(text, {"Kidal": "GPE"})
    assert len(qs) == 1 and qs[0].speaker_name == "the spokesman of the armed forces"


def test_transcript_label_names_the_speaker(quotes_of):
    text = ("Defence Minister Aminata Kamara spoke to the host on Sunday. The transcript reads:\n\n"
            "“HOST: Minister, will the line at Dori hold?\n\n"
            "“KAMARA: Well, look, our battalions have held it for two years and they will hold it now.”\n\n"
            "Kamara later left for Ouagadougou.")
    qs = quotes_of(text, {"Aminata Kamara": "PERSON", "Dori": "GPE", "Ouagadougou": "GPE"})
    answer = [q for q in qs if q.text.startswith("KAMARA:")]
    assert len(answer) == 1 and answer[0].speaker_name == "Aminata Kamara"
    assert text[answer[0].speaker_start:answer[0].speaker_end] == "KAMARA"


def test_capitalised_warning_is_no_label(quotes_of):
    text = "“WARNING: the road to Dori is mined,” said Aminata Kamara."
    qs = quotes_of(text, {"Aminata Kamara": "PERSON", "Dori": "GPE"})
    assert len(qs) == 1 and qs[0].speaker_name == "Aminata Kamara"


def test_describing_subject_of_coordinated_verbs(quotes_of):
    text = "The rebel commander also toured the front line and vowed to punish “those who break the truce.”"
    qs = quotes_of(text)
    assert len(qs) == 1 and qs[0].speaker_name == "The rebel commander"


def test_admitting_takes_the_sentence_subject(quotes_of):
    text = ("Senator Lucia Paredes, despite admitting that she had doubts about “foreign mercenaries "
            "in the valley,” said the farmers deserve protection.")
    qs = quotes_of(text, {"Lucia Paredes": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker_name == "Lucia Paredes"


def test_possessive_family_is_a_describing_speaker(quotes_of):
    text = ("Ibrahim Musa was killed at the checkpoint on Friday. Musa's family has called on the "
            "governor to release the footage “as a matter of simple justice” and to hold the soldiers.")
    qs = quotes_of(text, {"Ibrahim Musa": "PERSON"})
    assert len(qs) == 1 and qs[0].speaker_name == "Musa's family"


def test_participle_clause_is_no_speaker(quotes_of):
    text = ("The junta leader has repeatedly wondered whether the monitors will be “neutral” towards "
            "him, engaging in what diplomats described as familiar tactics.")
    qs = quotes_of(text)
    assert all(not (q.speaker_name or "").startswith("engaging") for q in qs)


def test_states_is_a_noun_unless_before_that(quotes_of):
    text = ("“The dam will not hold another season,” Amara Diop, the governor of Kayes, one of the "
            "states suing the operator, said on Monday.")
    qs = quotes_of(text, {"Amara Diop": "PERSON", "Kayes": "GPE"})
    assert len(qs) == 1 and qs[0].speaker_name == "Amara Diop"
    text = "A notice on the ministry website states that families get aid only if “registered before June.”"
    qs = quotes_of(text)
    assert len(qs) == 1 and qs[0].speaker_name == "A notice on the ministry website"
