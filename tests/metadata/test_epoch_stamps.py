"""A site that renders an empty date field prints the Unix epoch ("Dec 31, 1969" in the
Americas' zones, "1 January 1970" elsewhere): no article's date, so the article's own stamp is
read, or none."""
import datetime as dt

from sitrep.metadata.dates import epoch_placeholder
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_PROSE = ("Militia fighters withdrew from three villages north of Velmora on Monday, residents said, "
          "a day after the regional council agreed to open talks with their commanders.\n"
          "Hundreds of families who fled in the autumn began returning by tractor and on foot.\n")


def _doc(text: str, published: str | None = None):
    return clean_raw_article(RawArticle(source="velmora.txt", text=text, fmt="txt", published=published))[0]


def test_the_epoch_is_a_placeholder():
    assert epoch_placeholder(dt.date(1969, 12, 31))
    assert epoch_placeholder(dt.date(1970, 1, 1))
    assert not epoch_placeholder(dt.date(1970, 1, 2))


def test_an_epoch_stamp_alone_leaves_the_article_undated():
    doc = _doc("Militias pull back from villages north of Velmora\nDec 31, 1969\n" + _PROSE)
    assert doc.published is None


def test_an_epoch_stamp_under_a_teaser_gives_way_to_the_article_stamp():
    doc = _doc("Militias pull back from villages north of Velmora\nBy Nadia Voss\nMarch 4, 2025\n" + _PROSE
               + "More stories\nAid convoys reach the hills above Velmora\nJan 1, 1970\n")
    assert str(doc.published).startswith("2025-03-04")


def test_an_epoch_hint_is_no_date():
    doc = _doc("Militias pull back from villages north of Velmora\n" + _PROSE, published="1970-01-01T00:00:00Z")
    assert doc.published is None
