"""Round 26 (fixquotes8): a participle's subject behind a hyphenated title ("OIC Secretary-General
X ..., saying through a spokesman"), a named relative opening the sentence after "His sister,", a
speaker who gave only one name ("who gave his name only as X"), a work noun's predicate in marks
("the offensive “failed completely”"), and a body's own label after "its" set aside as a term.
All invented (Congo, Caucasus, Sahel, Balkan settings)."""
from __future__ import annotations

from sitrep.quotes.apposition import title_word
from sitrep.quotes.cues import cues


def test_hyphenated_titles_are_title_words():
    c = cues()
    assert title_word("secretary-general", c)
    assert title_word("commander-in-chief", c)
    assert title_word("under-secretary-general", c)
    assert not title_word("well-known", c)
    assert not title_word("ceasefire-monitoring", c)


def test_participle_takes_the_person_behind_a_hyphenated_title(quotes_of):
    text = ('OIC Secretary-General Hissein Taha condemned the raids on Goma, saying through a spokesman '
            'that the attacks on the camps were "utterly unacceptable".')
    qs = quotes_of(text, {"OIC": "ORG", "Hissein Taha": "PERSON", "Goma": "GPE"})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Hissein Taha"


def test_she_after_a_named_relative_missed_by_the_finder(quotes_of):
    text = ('Border guards detained the activist Rashad Mammadov at the crossing on Tuesday.\n\n'
            'His sister, Leyla Mammadova, confirmed the detention on Facebook. "Rashad was taken away '
            'in handcuffs. Please share this," she wrote.')
    # only the man is known to the actor finder
    qs = quotes_of(text, {"Rashad Mammadov": "PERSON"})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Leyla Mammadova"


def test_speaker_who_gave_only_one_name(quotes_of):
    text = ('Provincial governor Jean Lukusa said the army was in control of the town.\n\n'
            'A militia commander in Djugu, who gave his name only as Dieudonne, said his men had '
            'withdrawn before dawn. "We left because the villagers asked us to," he said.')
    qs = quotes_of(text, {"Jean Lukusa": "PERSON", "Djugu": "GPE"})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Dieudonne"


def test_speaker_identified_only_by_first_name_introduces_quote(quotes_of):
    text = ('Mayor Ousmane Traore blamed the jihadists for the blockade. A trader in Djibo, identified '
            'only by her first name, Aminata, said: "Nothing has come in for three weeks."')
    qs = quotes_of(text, {"Ousmane Traore": "PERSON", "Djibo": "GPE"})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Aminata"


def test_work_noun_predicate_in_marks_is_a_quote(quotes_of):
    text = ('Army spokesman Colonel Ibrahim Diallo spoke on Monday. He said the offensive "failed '
            'completely" and that the rebels had fled north.')
    qs = quotes_of(text, {"Ibrahim Diallo": "PERSON"})
    assert [q.text for q in qs] == ["failed completely"]
    assert qs[0].speaker_name == "Ibrahim Diallo"


def test_work_titles_and_named_operations_stay_terms(quotes_of):
    text = ('General Marko Petrovic told reporters the army had launched Operation "Storm Shield" '
            'at dawn. He said a campaign called "no more bloodshed" would follow.')
    qs = quotes_of(text, {"Marko Petrovic": "PERSON"})
    assert qs == []


def test_a_bodys_own_label_after_its_is_a_term(quotes_of):
    text = ('The Kremlin says its "special military operation" is proceeding according to plan, and '
            'officials refuse to call it a war.')
    qs = quotes_of(text, {"Kremlin": "ORG"})
    assert qs == []


def test_a_persons_words_about_a_bodys_label_stay_a_quote(quotes_of):
    text = 'Senator Dana Hale said the network should apologise for its "rigged polls" and biased coverage.'
    qs = quotes_of(text, {"Dana Hale": "PERSON"})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Dana Hale"
