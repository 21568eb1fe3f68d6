"""A headline that asks or exclaims reads like a sentence of text; the byline under it (a
standfirst between) shows it heads the article."""
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_PROSE = ("Militia fighters withdrew from three villages north of Velmora on Monday, residents said, "
          "a day after the regional council agreed to open talks with their commanders.\n"
          "Hundreds of families who fled in the autumn began returning by tractor and on foot, "
          "although aid groups warned that mines still lined the roads.\n"
          "The council said the talks would resume in the provincial capital next week.\n")
_STANDFIRST = ("Commanders agreed to pull back after a week of talks brokered by elders, "
               "and families who fled in the autumn have started to come home.\n")


def _doc(text: str):
    return clean_raw_article(RawArticle(source="velmora.txt", text=text, fmt="txt"))[0]


def test_a_question_headline_over_a_standfirst_and_a_byline():
    doc = _doc("Why did the militias leave Velmora?\n" + _STANDFIRST + "By Nadia Voss\n" + _PROSE)
    assert doc.title == "Why did the militias leave Velmora?"
    assert doc.authors == ["Nadia Voss"]
    assert not doc.text.startswith("Why did")


def test_two_short_sentences_over_a_date_stamp():
    doc = _doc("Velmora is quiet again. For how long?\nMarch 4, 2025\n" + _PROSE)
    assert doc.title == "Velmora is quiet again. For how long?"


def test_an_opening_sentence_without_a_byline_under_it_stays_text():
    doc = _doc("Why did the militias leave Velmora?\n" + _PROSE)
    assert doc.title is None
    assert doc.text.startswith("Why did the militias leave Velmora?")


def test_a_long_opening_sentence_over_a_byline_stays_text():
    first = ("Militia fighters who had held the villages north of Velmora since the autumn began "
             "pulling out on Monday after the council agreed to talks, residents said.\n")
    doc = _doc(first + "By Nadia Voss\n" + _PROSE)
    assert doc.title is None
