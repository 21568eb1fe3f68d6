"""Round 24: an order quoted as its giver worded it ("ordered residents to “get out now”"), a
noun in -ing after the quote ("the first such warning") never taken as a speaker, rank words
between an office and the name it introduces ("rebel leader Field Marshal X"), "He" after a quote
of "the rebel leader" resolved to the person, and a live-blog heading's single word in marks that
excerpts its entry's quote. All invented (Nigeria, a Central African and a Caucasus setting)."""
from __future__ import annotations


def test_order_fragment_takes_the_giver_not_the_noun_after_it(quotes_of):
    text = ('On Monday army spokesman Colonel Ibrahim Dauda ordered all residents of the market town of '
            'Gwoza and three nearby hamlets to "get out immediately", the first such warning for a whole '
            'town in Borno state.')
    qs = quotes_of(text, {"Ibrahim Dauda": "PERSON", "Gwoza": "GPE"})
    assert len(qs) == 1
    assert qs[0].speaker_name == "Ibrahim Dauda"
    assert qs[0].cue == "ordered"


def test_participle_after_a_comma_still_takes_the_phrase_before(quotes_of):
    text = ('“The convoy will not pass before Friday,” Rustam Aliyev writes on Monday evening, noting that '
            'the road was mined.')
    qs = quotes_of(text, {"Rustam Aliyev": "PERSON"})
    assert qs[0].speaker_name == "Rustam Aliyev"


def test_rank_words_between_office_and_name(quotes_of):
    text = ('On Sunday night, rebel leader Field Marshal Idris Kamara used a radio address to blame '
            'neighbouring states for the losses.\n\n"We will never surrender the capital," the rebel '
            'leader said.')
    qs = quotes_of(text, {"Idris Kamara": "PERSON"})
    assert qs[0].speaker_name == "Idris Kamara"


def test_pronoun_after_a_multi_sentence_quote_of_the_described_person(quotes_of):
    text = ('On Sunday night, rebel leader Field Marshal Idris Kamara used a radio address to blame '
            'neighbouring states.\n\n"We will hold the capital. Those who betray the movement will be '
            'punished," the rebel leader said. He also urged the militias to "lay down their arms" and '
            'join talks.')
    qs = quotes_of(text, {"Idris Kamara": "PERSON"})
    assert [q.speaker_name for q in qs] == ["Idris Kamara", "Idris Kamara"]


def test_heading_word_in_marks_excerpting_its_entry_is_a_quote(quotes_of):
    text = ('09:15 GMT - EU envoy ‘horrified’ by shelling of Kharkiv\n\nEU foreign policy chief Josep '
            'Borrell is “horrified” by reports of shelling of residential blocks in Kharkiv, his spokesman '
            'Peter Stano has said.\n\n08:40 GMT - Markets calm\n\nTraders said prices held.')
    qs = quotes_of(text, {"Josep Borrell": "PERSON", "Peter Stano": "PERSON", "Kharkiv": "GPE"})
    assert [q.text for q in qs] == ["horrified", "horrified"]
    assert qs[0].speaker_name == qs[1].speaker_name == "Peter Stano"


def test_heading_scare_quote_not_echoed_stays_a_term(quotes_of):
    text = ('09:15 GMT - Residents fear ‘looting’ in Kharkiv\n\nShops were shut on Monday and the '
            'market stayed empty.')
    assert quotes_of(text, {"Kharkiv": "GPE"}) == []


def test_said_before_ordered_stays_the_cue(quotes_of):
    text = ('Interior Minister Amadou Keita said on Friday that he had ordered the gendarmerie to '
            '"secure every crossing" on the border.')
    qs = quotes_of(text, {"Amadou Keita": "PERSON"})
    assert qs[0].speaker_name == "Amadou Keita" and qs[0].cue.startswith("said")
