"""Session 29 (quotes): speakers of fragments and of definite descriptions.

A fragment inside a clause that a person reports is that person's ("X said Paris condemned ... “with
the greatest attention”"); a relative clause between a name and its verb leaves the name the
subject; an absolute "with X condemning" has its own subject; an office given with its body in
apposition ("The secretary of the State Police, X,"), a rank, an age or an office no one else holds
point back at the person; a fragment with no cue belongs to the person its sentence opens with.
Every text is invented; mentions are made by hand (``conftest.make_mentions``)."""
from __future__ import annotations

P, G, O = "PERSON", "GPE", "ORG"


def _speakers(qs):
    return [(q.text, q.speaker_name) for q in qs]


def test_relative_clause_with_places_between_name_and_verb(quotes_of):
    text = ('President Tomas Varga, who was in Belmora, Kestria, for a regional summit, condemned '
            '"this cowardly attack" on Monday.')
    qs = quotes_of(text, {"Tomas Varga": P, "Belmora": G, "Kestria": G})
    assert _speakers(qs) == [("this cowardly attack", "Tomas Varga")]


def test_country_in_the_reported_clause_speaks_through_the_reporter(quotes_of):
    text = ('Foreign Ministry spokeswoman Ilse Moravec said Kestria condemned the raid and was '
            'following events "with deep concern".')
    qs = quotes_of(text, {"Ilse Moravec": P, "Kestria": G})
    assert _speakers(qs) == [("with deep concern", "Ilse Moravec")]


def test_passive_verb_in_the_reported_clause_has_no_speaker(quotes_of):
    text = ('Ruslan Oduya, secretary general of the ruling Unity Party, said police had been told '
            'they could fire "only as a last resort".')
    qs = quotes_of(text, {"Ruslan Oduya": P, "Unity Party": O})
    assert _speakers(qs) == [("only as a last resort", "Ruslan Oduya")]


def test_person_in_the_reported_clause_keeps_the_words(quotes_of):
    text = 'Ilse Moravec said Pavel Duro had told the envoys "to go home".'
    qs = quotes_of(text, {"Ilse Moravec": P, "Pavel Duro": P})
    assert _speakers(qs) == [("to go home", "Pavel Duro")]


def test_absolute_with_clause_has_its_own_subject(quotes_of):
    text = ('On Friday, Kestria froze its aid to Valdoria, with Foreign Ministry spokesman Pavel Duro '
            'condemning the "brutal repression" of marchers.')
    qs = quotes_of(text, {"Kestria": G, "Valdoria": G, "Pavel Duro": P})
    assert _speakers(qs) == [("brutal repression", "Pavel Duro")]


def test_office_of_a_body_in_apposition_names_the_description(quotes_of):
    text = ('The secretary of the State Police, Arno Velt, said 40 people were arrested. Velt blamed '
            'residents for the chaos. "We acted within the law," the secretary said.')
    qs = quotes_of(text, {"Arno Velt": P, "State Police": O})
    assert _speakers(qs) == [("We acted within the law,", "Arno Velt")]


def test_head_of_state_is_the_president_of_the_republic(quotes_of):
    text = ('The President of the Republic, Tamas Oro, visited the troops in Senka on Monday.\n\n'
            '"We will not yield to anyone," the head of state declared.')
    qs = quotes_of(text, {"Tamas Oro": P, "Senka": G})
    assert _speakers(qs) == [("We will not yield to anyone,", "Tamas Oro")]


def test_rank_description_is_the_ranked_person(quotes_of):
    text = ('Colonel Ilie Bran read a statement on state radio.\n\n'
            '"From today the Senate is suspended," declared the colonel.')
    qs = quotes_of(text, {"Ilie Bran": P})
    assert _speakers(qs) == [("From today the Senate is suspended,", "Ilie Bran")]


def test_age_description_is_the_person_the_text_is_about(quotes_of):
    text = ('Mirela Koss resigned on Monday. In her letter to the speaker, the 61-year-old said she '
            'was leaving "to spare the country more bloodshed".')
    qs = quotes_of(text, {"Mirela Koss": P})
    assert _speakers(qs) == [("to spare the country more bloodshed", "Mirela Koss")]


def test_office_no_one_was_given_points_back_at_the_subject(quotes_of):
    text = ('Ovid Manea, who survived the vote, vowed to keep up the fight. "Those who attack us will '
            'fail," the president said in a speech in Dorn.')
    qs = quotes_of(text, {"Ovid Manea": P, "Dorn": G})
    assert _speakers(qs) == [("Those who attack us will fail,", "Ovid Manea")]


def test_fragment_with_no_cue_is_the_sentence_subjects(quotes_of):
    text = ('Defence Minister Karl Obuya visited the wounded in Senka. He invited residents to stay '
            'calm and not to share images "that serve the enemy\'s propaganda".')
    qs = quotes_of(text, {"Karl Obuya": P, "Senka": G})
    assert _speakers(qs) == [("that serve the enemy's propaganda", "Karl Obuya")]


def test_fragment_after_a_passive_subject_gets_no_speaker(quotes_of):
    text = 'Karl Obuya was charged on Monday with "inciting the crowd to burn the town hall".'
    qs = quotes_of(text, {"Karl Obuya": P})
    assert _speakers(qs) == [("inciting the crowd to burn the town hall", None)]


def test_clause_summing_up_the_sentence_is_no_attribution(quotes_of):
    text = ('In his speech, General Amos Dare promised to "fight to the end" and accused Kestria of '
            'arming "bandits" in the north, a charge Kestria has always denied.')
    qs = quotes_of(text, {"Amos Dare": P, "Kestria": G})
    assert _speakers(qs) == [("fight to the end", "Amos Dare"), ("bandits", "Amos Dare")]


def test_the_statement_is_its_issuers(quotes_of):
    text = ('On Friday, Milo Brankovic, the leader of the Union List, said in a statement released by '
            'his lawyer that he had organised the march.\n\n"I prepared everything myself," the '
            'statement said.')
    qs = quotes_of(text, {"Milo Brankovic": P, "Union List": O})
    assert _speakers(qs) == [("I prepared everything myself,", "Milo Brankovic")]


def test_unrecognised_name_holding_an_office_of_a_body(quotes_of):
    text = ('Petra Lindqvist-Oro, the speaker of the National Assembly, told reporters the vote was '
            '"a lawful act, not a coup".')
    qs = quotes_of(text, {"National Assembly": O})
    assert _speakers(qs) == [("a lawful act, not a coup", "Petra Lindqvist-Oro")]


def test_opening_but_leaves_the_sentence_subject(quotes_of):
    text = ('Kestria’s President Ivo Marek called the strike "murder". But Valdoria’s Prime Minister '
            'Ana Ruiz welcomed it: "I have no sympathy for smugglers."')
    qs = quotes_of(text, {"Kestria": G, "Ivo Marek": P, "Valdoria": G, "Ana Ruiz": P})
    assert _speakers(qs) == [("murder", "Ivo Marek"), ("I have no sympathy for smugglers.", "Ana Ruiz")]


def test_countrys_prosecutor_is_the_subject(quotes_of):
    text = ('On Tuesday, Kestria\'s chief prosecutor Nadia Voss opened an investigation into the '
            'minister for "abuse of office and the killing of protesters".')
    qs = quotes_of(text, {"Kestria": G, "Nadia Voss": P})
    assert _speakers(qs) == [("abuse of office and the killing of protesters", "Nadia Voss")]


def test_labelled_pins_the_speakers_label(quotes_of):
    text = 'Interior Minister Ana Ruiz has labelled the marchers "terrorists".'
    qs = quotes_of(text, {"Ana Ruiz": P})
    assert _speakers(qs) == [("terrorists", "Ana Ruiz")]


def test_whom_he_called_gives_his_words(quotes_of):
    text = ('Ivo Marek accused Kestria of being behind the gunmen, whom he called "terrorists".')
    qs = quotes_of(text, {"Ivo Marek": P, "Kestria": G})
    assert _speakers(qs) == [("terrorists", "Ivo Marek")]


def test_assured_with_an_auxiliary_and_a_day_before_it(quotes_of):
    text = ('Inspector General Nadia Voss had on Sunday assured residents that the march would be '
            'policed "professionally".')
    qs = quotes_of(text, {"Nadia Voss": P})
    assert _speakers(qs) == [("professionally", "Nadia Voss")]


def test_specified_reports_in_translated_copy(quotes_of):
    text = ('Colonel Ilie Bran read a statement on state radio. He specified that a council of officers '
            'will rule "for a period which will not exceed two years".')
    qs = quotes_of(text, {"Ilie Bran": P})
    assert _speakers(qs) == [("for a period which will not exceed two years", "Ilie Bran")]
    assert qs[0].cue == "specified"


def test_restrictive_relative_clause_before_the_verb(quotes_of):
    text = 'A farmer from Dalo who survived the raid told reporters: "We hid in the river all night."'
    qs = quotes_of(text, {"Dalo": G})
    assert _speakers(qs) == [("We hid in the river all night.", "A farmer from Dalo")]


def test_adverb_before_a_participle_postmodifier(quotes_of):
    qs = quotes_of('"We had only shovels," said a survivor now living in Dalo.', {"Dalo": G})
    assert _speakers(qs) == [("We had only shovels,", "a survivor")]


def test_rare_english_adjective_on_a_common_stem_is_no_borrowed_label(quotes_of):
    text = 'High Commissioner Louis Aubrac described an "insurrectional situation" in Dorn on Wednesday.'
    qs = quotes_of(text, {"Louis Aubrac": P, "Dorn": G})
    assert _speakers(qs) == [("insurrectional situation", "Louis Aubrac")]


def test_english_prefix_on_a_common_word_is_no_borrowed_label(quotes_of):
    text = 'Ivo Marek announced that eleven "narcoterrorists" died in the strike on the boat.'
    qs = quotes_of(text, {"Ivo Marek": P})
    assert _speakers(qs) == [("narcoterrorists", "Ivo Marek")]


def test_verb_coordinated_inside_a_relative_clause_keeps_the_subject(quotes_of):
    text = ('Senator Ana Ruiz wrote in her book about a colleague in the Senate who grabbed her arm and '
            'told her, "You are too young for this job."')
    qs = quotes_of(text, {"Ana Ruiz": P, "Senate": O})
    assert _speakers(qs) == [("You are too young for this job.", "Ana Ruiz")]


def test_absolute_clause_opened_by_a_countrys_office(quotes_of):
    text = ('Kestria protested on Monday, its foreign minister, Ana Ruiz, calling the raid '
            '"a provocation we will not forget".')
    qs = quotes_of(text, {"Kestria": G, "Ana Ruiz": P})
    assert _speakers(qs) == [("a provocation we will not forget", "Ana Ruiz")]
