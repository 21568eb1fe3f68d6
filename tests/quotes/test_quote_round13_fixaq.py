"""Round 13 quotes: a heading line opens a live-blog entry (or an article's section), so a quote
in it never takes the speaker of the entry above; a heading's own "says mediator" is resolved
inside its entry, and a heading that excerpts a body quote is that quote's speaker.

Invented live blogs and articles.
"""
from __future__ import annotations

from sitrep.quotes.entries import is_heading

_ABOVE = ('The army said its units had pushed back an attack on the eastern gate. "The enemy '
          'withdrew after heavy losses," army spokesman Nabil Abdallah said.\n\n')


def speakers(qs):
    return [(q.text, q.speaker_name) for q in qs]


def test_a_quoted_heading_line_is_not_the_previous_entrys_speaker(quotes_of):
    text = _ABOVE + ('"We will not leave our homes"\n\n'
                     'Residents of the old quarter said they would stay despite the shelling.')
    qs = quotes_of(text, {"Nabil Abdallah": "PERSON"})
    got = dict(speakers(qs))
    assert got["We will not leave our homes"] is None
    assert got["The enemy withdrew after heavy losses,"] == "Nabil Abdallah"


def test_a_headings_says_mediator_is_the_mediator_of_its_entry(quotes_of):
    text = _ABOVE + ("'Ceasefire is holding,' says mediator\n\n"
                     "Egyptian mediator Karim Fathy told reporters the truce in the south was "
                     "holding. He said both sides had agreed to open a corridor.")
    qs = quotes_of(text, {"Nabil Abdallah": "PERSON", "Karim Fathy": "PERSON"})
    got = dict(speakers(qs))
    assert got["Ceasefire is holding,"] == "Karim Fathy"


def test_a_headings_speaker_is_never_looked_for_in_the_entry_above(quotes_of):
    # the mediator is named only in the entry above: the heading keeps its own description
    text = ("Egyptian mediator Karim Fathy arrived in the city on Monday.\n\n"
            '"The corridor will open on Thursday," says mediator\n\n'
            "Aid groups welcomed the announcement, but the rebels said they had not been consulted.")
    qs = quotes_of(text, {"Karim Fathy": "PERSON"})
    assert speakers(qs) == [("The corridor will open on Thursday,", "mediator")]
    assert qs[0].speaker is None


def test_a_heading_excerpting_a_body_quote_takes_its_speaker(quotes_of):
    text = _ABOVE + ("'They shelled us before sunrise'\n\n"
                     'Our reporter spoke to Halima Osman, a teacher in the camp. "They shelled us '
                     'before sunrise. Nobody could reach the clinic," she said.')
    qs = quotes_of(text, {"Nabil Abdallah": "PERSON", "Halima Osman": "PERSON"})
    got = dict(speakers(qs))
    assert got["They shelled us before sunrise"] == "Halima Osman"


def test_a_heading_naming_its_speaker_keeps_it(quotes_of):
    text = _ABOVE + '"We are ready to talk," says Hamdan Dagalo\n\nThe statement came late on Monday.'
    qs = quotes_of(text, {"Nabil Abdallah": "PERSON", "Hamdan Dagalo": "PERSON"})
    assert dict(speakers(qs))["We are ready to talk,"] == "Hamdan Dagalo"


def test_a_stand_alone_quote_sentence_still_continues_its_speaker(quotes_of):
    # a quote paragraph that ends its sentence is no heading: it goes on in the last voice
    text = _ABOVE + '"We will hold every street of this city."\n\nThe shelling resumed at noon.'
    qs = quotes_of(text, {"Nabil Abdallah": "PERSON"})
    assert dict(speakers(qs))["We will hold every street of this city."] == "Nabil Abdallah"


def test_heading_shapes():
    assert is_heading("Death toll rises to 7", 0, 21)
    assert is_heading('"We will not leave our homes"', 0, 29)
    t = '"We will hold the city."'
    assert not is_heading(t, 0, len(t))
    t = "The army said it had retaken the bridge on Monday."
    assert not is_heading(t, 0, len(t))
    t = "Line one\nline two"
    assert not is_heading(t, 0, len(t))


def test_a_pronoun_is_not_resolved_across_an_entry_heading(quotes_of):
    text = _ABOVE + ("Camp residents count their dead\n\n"
                     'Our reporter spoke to Halima Osman, a teacher in the camp. "Nobody could '
                     'reach the clinic," she said.')
    qs = quotes_of(text, {"Nabil Abdallah": "PERSON", "Halima Osman": "PERSON"})
    assert dict(speakers(qs))["Nobody could reach the clinic,"] == "Halima Osman"
