"""Finding quoted stretches: every kind of mark, split, multi-paragraph, glued, apostrophes."""
from __future__ import annotations

from sitrep.quotes.marks import find_pieces


def texts(qs):
    return [q.text for q in qs]


def test_curly_quote_without_marks_in_span(quotes_of):
    t = "“The bridge at Orlec is destroyed,” Colonel Ivan Petrov said."
    qs = quotes_of(t, {"Ivan Petrov": "PERSON"})
    assert texts(qs) == ["The bridge at Orlec is destroyed,"]
    assert t[qs[0].start - 1] == "“" and t[qs[0].end] == "”"


def test_straight_double_quotes(quotes_of):
    t = 'The rebels said: "We control the airport." Government troops denied it.'
    assert texts(quotes_of(t)) == ["We control the airport."]


def test_mismatched_marks_both_ways(quotes_of):
    t = ('“We hold the bridge,\" said Ivan Petrov. '
         'Later he added: \"The enemy is retreating.” Then he left.')
    qs = quotes_of(t, {"Ivan Petrov": "PERSON"})
    assert texts(qs) == ["We hold the bridge,", "The enemy is retreating."]
    assert all(q.speaker == 0 for q in qs)


def test_double_apostrophe_marks(quotes_of):
    t = "''We will not negotiate,'' said Aung Min, a commander in Sagaing."
    qs = quotes_of(t, {"Aung Min": "PERSON"})
    assert texts(qs) == ["We will not negotiate,"]
    assert qs[0].speaker == 0


def test_single_quotes_british_style(quotes_of):
    t = "‘We were not consulted,’ the mayor of Dremka said. The council met on Friday."
    qs = quotes_of(t)
    assert texts(qs) == ["We were not consulted,"]
    assert qs[0].speaker_name == "the mayor of Dremka"


def test_apostrophes_never_open_or_close_quotes(quotes_of):
    t = ("Gideon Sa'ar said the militias' leaders don't care about the villagers' fate. "
         "Kestria’s army and the rebels’ commanders met in Orlec’s town hall.")
    assert quotes_of(t, {"Gideon Sa'ar": "PERSON"}) == []


def test_possessive_inside_single_quoted_quote(quotes_of):
    t = "'The fighters' families need food,' an aid worker in Merrin said."
    qs = quotes_of(t)
    assert texts(qs) == ["The fighters' families need food,"]
    assert qs[0].speaker_name == "an aid worker in Merrin"


def test_glued_marks_after_cleaning(quotes_of):
    t = 'Petrov said:“We hold the line.”He smiled. Petrov said:"Nobody retreats."Then he left.'
    qs = quotes_of(t, {"Ivan Petrov": "PERSON"})
    assert texts(qs) == ["We hold the line.", "Nobody retreats."]
    assert [q.speaker for q in qs] == [0, 0]


def test_quote_split_by_attribution_gives_two_pieces_one_speaker(quotes_of):
    t = "“We will respond,” Defence Minister Lena Varga said, “and we will respond soon.”"
    qs = quotes_of(t, {"Lena Varga": "PERSON"})
    assert texts(qs) == ["We will respond,", "and we will respond soon."]
    assert [q.speaker for q in qs] == [0, 0]
    assert all(q.speaker_name == "Lena Varga" for q in qs)


def test_multi_sentence_quote_is_one_quote(quotes_of):
    t = "“The town is empty. The shops are closed. Nobody sleeps,” said resident Amina Bello."
    qs = quotes_of(t, {"Amina Bello": "PERSON"})
    assert texts(qs) == ["The town is empty. The shops are closed. Nobody sleeps,"]
    assert qs[0].speaker == 0


def test_multi_paragraph_quote_shares_speaker(quotes_of):
    t = ("Amina Bello, a nurse at the Merrin clinic, described the night.\n\n"
         "“The shelling began at midnight. We moved the children to the basement.\n\n"
         "“By morning the east wing was gone,” she said.")
    qs = quotes_of(t, {"Amina Bello": "PERSON"})
    assert texts(qs) == ["The shelling began at midnight. We moved the children to the basement.",
                         "By morning the east wing was gone,"]
    assert [q.speaker for q in qs] == [0, 0]


def test_unclosed_quote_mid_paragraph_is_dropped():
    t = "The general spoke of “a long war and left the room.\n\nNothing else was said."
    assert find_pieces(t) == []


def test_nested_single_quotes_stay_inside(quotes_of):
    t = "“They told us ‘leave now’ and then the shells came,” a farmer in Dremka said."
    qs = quotes_of(t)
    assert texts(qs) == ["They told us ‘leave now’ and then the shells came,"]


def test_lost_closer_before_a_new_opener(quotes_of):
    t = "“We are surrounded. “Send help,” the radio operator said."
    qs = quotes_of(t)
    assert texts(qs) == ["We are surrounded.", "Send help,"]


def test_german_low_and_guillemet_openers(quotes_of):
    t = "«Nous resterons,» said Colonel Marc Diallo. „Wir bleiben“, said Anna Weber."
    qs = quotes_of(t, {"Marc Diallo": "PERSON", "Anna Weber": "PERSON"})
    assert texts(qs) == ["Nous resterons,", "Wir bleiben"]
    assert [q.speaker for q in qs] == [0, 1]
