"""Round 20 (fixquotes): short fragments that are a speaker's own words, a quoted verb, terms
that must not end an attribution's stretch, and nicknames between names. Invented texts."""
from __future__ import annotations


def _by_text(qs):
    return {q.text: q for q in qs}


def test_what_he_called_is_his_quote_unless_a_name(quotes_of):
    text = ("Prime Minister Ilir Dervishi condemned what he called the “cowardice and silence” of "
            "the regional bloc on Tuesday. He later denounced what he called the “Northern Shield” "
            "operation.")
    qs = _by_text(quotes_of(text, {"Ilir Dervishi": "PERSON"}))
    assert "cowardice and silence" in qs
    assert qs["cowardice and silence"].speaker_name == "Ilir Dervishi"
    assert "Northern Shield" not in qs          # a name in marks stays a term


def test_two_word_fragment_of_expressed(quotes_of):
    text = ("Foreign ministers of the Andean Council met in Quito on Friday. Minister Lucía Paredes "
            "expressed “grave alarm” over the shelling of the border towns.")
    qs = _by_text(quotes_of(text, {"Lucía Paredes": "PERSON", "Andean Council": "ORG"}))
    assert qs["grave alarm"].speaker_name == "Lucía Paredes"
    assert qs["grave alarm"].cue == "expressed"


def test_participle_accusing_with_stop_inside_marks(quotes_of):
    text = ("On Sunday, President Tomas Virta broke off talks with the Karst Front, accusing the "
            "rebels of “ethnic cleansing.”")
    qs = _by_text(quotes_of(text, {"Tomas Virta": "PERSON", "Karst Front": "ORG"}))
    assert qs["ethnic cleansing."].speaker_name == "Tomas Virta"


def test_quoted_verb_takes_the_subject_before_it(quotes_of):
    text = ('AU Commission chairperson Amara Keita "firmly condemns" the attack on the convoy and '
            "called for an inquiry, the commission said in Addis Ababa.\n")
    qs = _by_text(quotes_of(text, {"Amara Keita": "PERSON"}))
    assert "firmly condemns" in qs
    assert qs["firmly condemns"].speaker_name == "Amara Keita"


def test_alias_term_does_not_cut_the_subject_off(quotes_of):
    text = ("In an audio message on Monday, the movement's leader, Rostam Veli, alias “Kaveh,” said "
            "the fighters would never accept “orders from a regime that bombs villages,” and "
            "demanded the release of prisoners.")
    qs = _by_text(quotes_of(text, {"Rostam Veli": "PERSON", "Kaveh": "PERSON"}))
    assert "Kaveh," not in qs
    q = qs["orders from a regime that bombs villages,"]
    assert q.speaker_name == "Rostam Veli"


def test_spoken_of_figure_is_the_spokesmans(quotes_of):
    text = ("Officials in Bamako count 40 dead. The army's own spokesman has spoken of ‘more than "
            "a hundred’ dead, while the Kel Adrar Front claims its fighters lost none.")
    qs = _by_text(quotes_of(text, {"Kel Adrar Front": "ORG"}))
    q = qs["more than a hundred"]
    assert q.speaker_name != "Kel Adrar Front"
    assert "spokesman" in (q.speaker_name or "")


def test_nickname_between_names_is_a_term(quotes_of):
    text = ('The ambush was ordered by Dawit "Black Lion" Tesfaye, a militia leader, the regional '
            "police said in a statement on Sunday.")
    qs = quotes_of(text, {"Dawit Tesfaye": "PERSON"})
    assert not any("Lion" in q.text for q in qs)


def test_iss_style_single_marks_with_possessives(quotes_of):
    text = ("The minister called the rebels’ advance a ‘betrayal of the accord’, while the "
            "soldiers’ families demanded ‘answers, not promises’ from Juba’s negotiators.")
    qs = quotes_of(text, {})
    texts = [q.text for q in qs]
    assert "betrayal of the accord" in texts
    assert "answers, not promises" in texts
