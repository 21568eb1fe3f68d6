"""Who said it: every attribution pattern, pronouns by salience, descriptions, cues."""
from __future__ import annotations

PEOPLE = {"Lena Varga": "PERSON", "Ivan Petrov": "PERSON", "Omar Diallo": "PERSON",
          "Ibrahim Sow": "PERSON", "Radio Orlec": "MEDIA", "Kestrian Army": "ORG",
          "Valdoran Defence Ministry": "ORG", "Kestria": "GPE", "Valdora": "GPE", "Reuters": "MEDIA"}


def one(qs):
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def test_quote_then_name_said(quotes_of):
    q = one(quotes_of("“The corridor stays open,” Lena Varga said on Monday.", PEOPLE))
    assert (q.speaker, q.speaker_name, q.cue) == (0, "Lena Varga", "said")


def test_quote_then_said_name_with_title(quotes_of):
    t = "“The corridor stays open,” said Foreign Minister Lena Varga, who arrived in Orlec."
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 0
    assert (q.speaker_start, q.speaker_end) == (t.index("Lena"), t.index("Lena") + len("Lena Varga"))


def test_name_said_colon_quote(quotes_of):
    q = one(quotes_of("Ivan Petrov said: “The line will hold.”", PEOPLE))
    assert (q.speaker, q.cue) == (1, "said")


def test_name_said_comma_quote(quotes_of):
    q = one(quotes_of("Ivan Petrov said, “The line will hold.”", PEOPLE))
    assert q.speaker == 1


def test_told_outlet_is_kept_in_cue(quotes_of):
    q = one(quotes_of("Ivan Petrov told Radio Orlec: “We have enough shells for a week.”", PEOPLE))
    assert (q.speaker, q.cue) == (1, "told Radio Orlec")


def test_told_reporters_after_quote(quotes_of):
    q = one(quotes_of("“We have enough shells,” Petrov told reporters in Merrin.", PEOPLE))
    assert (q.speaker, q.cue) == (1, "told reporters")


def test_said_in_a_statement_cue(quotes_of):
    t = "“Our air defences shot down four drones,” the Valdoran Defence Ministry said in a statement."
    q = one(quotes_of(t, PEOPLE))
    assert (q.speaker, q.cue) == (6, "said in a statement")


def test_in_a_post_on_x_cue(quotes_of):
    t = "“Kestria will not be intimidated,” Lena Varga wrote in a post on X."
    q = one(quotes_of(t, PEOPLE))
    assert (q.speaker, q.cue) == (0, "wrote in a post on X")


def test_according_to_before_quote(quotes_of):
    q = one(quotes_of("According to Ivan Petrov, “the road to Dremka is mined.”", PEOPLE))
    assert (q.speaker, q.cue) == (1, "according to")


def test_according_to_after_quote(quotes_of):
    q = one(quotes_of("“The road to Dremka is mined,” according to the Kestrian Army.", PEOPLE))
    assert (q.speaker, q.cue) == (5, "according to")


def test_title_in_apposition_after_name(quotes_of):
    t = "Lena Varga, Kestria's foreign minister, said: “We are ready to talk.”"
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 0


def test_name_in_apposition_after_title(quotes_of):
    t = "The army's spokesman, Ivan Petrov, said: “No positions were lost.”"
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 1


def test_leading_adverbial_before_subject(quotes_of):
    t = "On Tuesday, Ivan Petrov told Reuters: “We pulled back from Orlec.”"
    q = one(quotes_of(t, PEOPLE))
    assert (q.speaker, q.cue) == (1, "told Reuters")


def test_description_speaker_keeps_words(quotes_of):
    t = "“We expect more strikes,” a senior Kestrian security official said."
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker is None
    assert q.speaker_name == "a senior Kestrian security official"


def test_plural_description_with_told(quotes_of):
    t = "“The strikes will continue,” four militia sources told Reuters."
    q = one(quotes_of(t, PEOPLE))
    assert (q.speaker, q.speaker_name, q.cue) == (None, "four militia sources", "told Reuters")


def test_spokesman_for_an_org_is_a_description(quotes_of):
    # session 17: the words are the body's, so the speaker is the body; the description stays the name
    t = "“We are investigating,” a spokesman for the Kestrian Army said."
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker_name == "a spokesman for the Kestrian Army"
    assert q.speaker == list(PEOPLE).index("Kestrian Army")


def test_org_as_speaker(quotes_of):
    t = "The Kestrian Army said in a statement: “All attacks were repelled.”"
    q = one(quotes_of(t, PEOPLE))
    assert (q.speaker, q.cue) == (5, "said in a statement")


def test_pronoun_prefers_previous_sentence_subject_over_nearest_name(quotes_of):
    t = "Omar Diallo met Ibrahim Sow in Gao on Tuesday. “We agreed to talk again,” he said."
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 2


def test_pronoun_subject_with_descriptive_title(quotes_of):
    t = "The mediator Omar Diallo met rebel commander Ibrahim Sow in Gao. “We agreed,” he said."
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 2


def test_pronoun_keeps_the_previous_speaker_talking(quotes_of):
    t = ("“The talks went well,” Omar Diallo said after meeting Ibrahim Sow.\n\n"
         "“We will meet again next week,” he said.")
    qs = quotes_of(t, PEOPLE)
    assert [q.speaker for q in qs] == [2, 2]


def test_pronoun_switches_to_new_subject(quotes_of):
    t = ("“The road is open,” Omar Diallo said on Monday.\n\n"
         "Ibrahim Sow rejected the claim on Tuesday. “The road is mined,” he said.")
    qs = quotes_of(t, PEOPLE)
    assert [q.speaker for q in qs] == [2, 3]


def test_pronoun_after_reported_speech_of_a_description(quotes_of):
    t = ("The town fell overnight, a senior Kestrian officer said. "
         "“We had no ammunition left,” he said.")
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker is None and q.speaker_name == "a senior Kestrian officer"


def test_pronoun_it_resolves_to_organisation(quotes_of):
    t = ("The Kestrian Army said it had lost no positions near Orlec. "
         "“No village has fallen,” it said.")
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 5


def test_pronoun_speaker_span_points_at_the_name(quotes_of):
    t = "Ivan Petrov visited the front. “Morale is high,” he said."
    q = one(quotes_of(t, PEOPLE))
    assert t[q.speaker_start:q.speaker_end] == "Ivan Petrov"


def test_anaphoric_description_reuses_the_first_description(quotes_of):
    t = ("“Two drones hit the base,” a Valdoran military source said. "
         "“Nobody was hurt,” the source added.")
    qs = quotes_of(t, PEOPLE)
    assert [q.speaker_name for q in qs] == ["a Valdoran military source"] * 2
    assert qs[1].cue == "added"


def test_follow_up_quote_without_attribution_inherits_speaker(quotes_of):
    t = ("“The convoy was hit twice,” said Ivan Petrov. “We lost three trucks.”\n\n"
         "“Nobody came to help us.”")
    qs = quotes_of(t, PEOPLE)
    assert [q.speaker for q in qs] == [1, 1, 1]


def test_question_quote_asked(quotes_of):
    q = one(quotes_of("“Where is the aid?” asked Lena Varga.", PEOPLE))
    assert (q.speaker, q.cue) == (0, "asked")


def test_indirect_speech_is_no_quote(quotes_of):
    t = "Ivan Petrov said that the army had pulled back from Orlec."
    assert quotes_of(t, PEOPLE) == []


def test_surname_after_first_mention_resolves_to_same_actor(quotes_of):
    t = "Ivan Petrov arrived in Merrin. “We stay,” Petrov said."
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 1 and q.speaker_name == "Ivan Petrov"


def test_headline_colon_attribution(quotes_of):
    t = "Lena Varga: “Kestria will never give up Orlec”\n\nThe minister spoke in Merrin."
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 0


def test_dash_attribution_after_a_quote(quotes_of):
    t = "“We lost everything in one night.” ― Amina Bello\n“Nobody came.” ― Ivan Petrov"
    qs = quotes_of(t, {"Amina Bello": "PERSON", "Ivan Petrov": "PERSON"})
    assert [q.speaker for q in qs] == [0, 1]


def test_quote_ending_its_sentence_then_name_said(quotes_of):
    t = "“The convoy never arrived.” Lena Varga said on Tuesday."
    q = one(quotes_of(t, PEOPLE))
    assert (q.speaker, q.cue) == (0, "said")


def test_quote_ending_its_sentence_then_new_claim_is_not_attribution(quotes_of):
    t = ("“The convoy never arrived.” Lena Varga said the army had blocked the road, "
         "and Ivan Petrov denied it.")
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker is None


def test_long_apposition_in_attribution_after_quote(quotes_of):
    t = ("“The convoy never arrived.” Ivan Petrov, the head of the regional office of the aid "
         "agency that runs the Merrin camp, said.")
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 1


def test_participle_cue_takes_the_sentence_subject(quotes_of):
    t = "Lena Varga rejected the offer on Monday, saying the terms were “an insult to the dead.”"
    q = one(quotes_of(t, PEOPLE))
    assert (q.speaker, q.cue) == (0, "saying")


def test_colon_after_the_subject_without_a_verb(quotes_of):
    t = "Ivan Petrov had a simple message for the villagers: “Stay indoors until dawn.”"
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 1


def test_previous_paragraph_ending_with_a_colon(quotes_of):
    t = "Lena Varga told the assembly:\n\n“We will rebuild every school in the valley.”"
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 0


def test_previous_sentence_of_reported_speech_names_the_speaker(quotes_of):
    t = "The army may pull back before winter, Ivan Petrov said. “We cannot hold the river.”"
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 1


def test_new_subject_between_quotes_takes_over(quotes_of):
    t = ("“We hold the bridge,” Ivan Petrov said.\n\n"
         "Omar Diallo, who leads the observers, visited the bridge on Friday. "
         "“The bridge is under fire day and night.”")
    qs = quotes_of(t, PEOPLE)
    assert [q.speaker for q in qs] == [1, 2]


def test_short_document_description_as_speaker(quotes_of):
    t = "“The border must stay closed,” the report said."
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker is None and q.speaker_name == "the report"


def test_pronoun_ending_a_long_stretch_is_the_subject(quotes_of):
    t = ("Ivan Petrov arrived in Merrin. Residents were told to leave what he called "
         "“a zone of certain death for everyone.”")
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 1


def test_coordinated_clause_subject(quotes_of):
    t = "Lena Varga smiled and asked the crowd to greet the mayor: “our new best friend.”"
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 0


def test_description_after_a_long_adverbial(quotes_of):
    t = ("While the shelling went on through the night in the east, a nurse in Merrin "
         "said: “We have no more beds.”")
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker_name == "a nurse in Merrin"


def test_name_opening_a_chain_of_appositions(quotes_of):
    t = ("“The talks are over.” Ivan Petrov, spokesperson for the Kestrian Army, part of the "
         "northern command and the Varnow group, told Radio Orlec.")
    q = one(quotes_of(t, PEOPLE))
    assert (q.speaker, q.cue) == (1, "told Radio Orlec")


def test_participle_after_a_fragment_takes_the_sentence_subject(quotes_of):
    t = ("Lena Varga reaffirmed that decisions on the corridor “rest with Kestria alone,” "
         "stressing Valdora's role in the war.")
    q = one(quotes_of(t, PEOPLE))
    assert q.speaker == 0


def test_participle_is_no_inverted_attribution(quotes_of):
    # "..., emphasizing Valdora's ..." must not make Valdora the speaker
    t = "“We will not bargain,” emphasizing Valdora's losses, the envoy left."
    qs = quotes_of(t, PEOPLE)
    assert all(q.speaker != 8 for q in qs)


def test_empty_and_broken_input(quotes_of):
    assert quotes_of("") == []
    assert quotes_of("“") == []
    assert quotes_of("\n\n“\n\n”") == []
    qs = quotes_of("He said “we stay")
    assert qs == []


def _person(text, name, local=0):
    from sitrep.model import Mention
    i = text.index(name)
    return Mention(i, i + len(name), name, "PERSON", "name:" + name.lower(), "test", local=local, canonical=name)


def test_a_title_description_points_back_to_the_person_introduced_with_it():
    from sitrep.nlp.sentences import split_sentences
    from sitrep.quotes import find_quotes
    text = ("Foreign Minister Amara Diallo met envoys in Bamako. Defence Minister Sadio Keita stayed away. "
            "Later, the Malian FM told reporters: \"We will not negotiate.\"")
    mentions = [_person(text, "Amara Diallo", 0), _person(text, "Sadio Keita", 1)]
    quotes = find_quotes(text, split_sentences(text), mentions)
    assert [(q.text, q.speaker) for q in quotes] == [("We will not negotiate.", 0)]


def test_a_title_after_the_name_counts_and_an_unknown_office_stays_a_description():
    from sitrep.nlp.sentences import split_sentences
    from sitrep.quotes import find_quotes
    text = ("Lena Brandt, Karst's interior minister, visited the camp. "
            "\"Nobody will be sent back,\" the interior minister said. "
            "\"The roads are closed,\" the regional governor said.")
    quotes = find_quotes(text, split_sentences(text), [_person(text, "Lena Brandt")])
    assert quotes[0].speaker == 0
    assert quotes[1].speaker is None and quotes[1].speaker_name == "the regional governor"
