"""A byline and its date stamp scraped onto one line give the article both its authors and its
date; a teaser list of dated bylines below adds no author."""
import datetime as dt

import pytest

from sitrep.model import RawArticle
from sitrep.metadata.dated_bylines import dated_byline
from sitrep.pipeline import clean_raw_article

_PROSE = ("Fighters of the Northern Front shelled the outskirts of Velmora overnight, the regional "
          "governor said on Tuesday, killing at least four civilians and wounding eleven more.\n"
          "Aid workers said about 2,000 people had fled toward the Osk river crossing by dawn, "
          "carrying what they could on carts and motorbikes.\n"
          "The governor said the shelling was the heaviest since the ceasefire collapsed in the spring.\n")


@pytest.mark.parametrize("line, names, date, kind", [
    ("By Mirela Kosta, March 4, 2025", ["Mirela Kosta"], dt.date(2025, 3, 4), "published"),
    ("By Mirela Kosta Mar 4, 2025 9:10 AMShare", ["Mirela Kosta"], dt.date(2025, 3, 4), "published"),
    ("By Ilya Varro and Dana Pell Courier Staff and Courier Correspondent,Updated March 4, 2025, 5:49 p.m.",
     ["Ilya Varro", "Dana Pell"], dt.date(2025, 3, 4), "updated"),
    ("By Mirela Kosta, defence correspondent | Published on Tuesday, March 4, 2025 at 10:05 GMT",
     ["Mirela Kosta"], dt.date(2025, 3, 4), "published"),
    ("Mirela KostaMarch 4, 2025", ["Mirela Kosta"], dt.date(2025, 3, 4), "published"),
])
def test_a_byline_with_its_date_on_one_line(line, names, date, kind):
    assert dated_byline(line) == (names, date, kind)


@pytest.mark.parametrize("line", [
    "By the end of March 4, 2025 the front had moved east",     # prose
    "By Mirela Kosta, who reached Velmora on March 4, 2025",    # prose about a person
    "By Reuters, March 4, 2025",                                 # an agency names no person
    "Border TalksMarch 4, 2025",                                 # a title glued to a date
    "By Mirela Kosta",                                           # a byline alone
])
def test_other_lines_are_no_dated_byline(line):
    assert dated_byline(line) is None


def test_the_article_takes_the_names_and_the_date_of_its_dated_byline():
    text = ("Shelling kills four on Velmora's outskirts\n"
            "By Ilya Varro Herald Correspondent,Updated March 4, 2025, 5:49 p.m.\n" + _PROSE)
    doc = clean_raw_article(RawArticle(source="velmora.txt", text=text, fmt="txt"))[0]
    assert doc.authors == ["Ilya Varro"]
    assert doc.published == "2025-03-04"
    assert "Updated March" not in doc.text


def test_a_teaser_list_of_dated_bylines_credits_only_the_first():
    text = ("World\n"
            "Shelling kills four on Velmora's outskirts\n"
            "By Mirela Kosta Mar 4, 2025\n"
            "World\n"
            "Osk bridge reopens after three weeks of repairs\n"
            "By Tomas Bren Feb 26, 2025\n"
            "World\n"
            "Northern Front names a new commander\n"
            "By Ana Sild Feb 20, 2025\n" + _PROSE)
    doc = clean_raw_article(RawArticle(source="velmora.txt", text=text, fmt="txt"))[0]
    assert doc.authors == ["Mirela Kosta"]
    assert doc.published == "2025-03-04"
