"""Session 21: bylines on real page shapes: a name over its date stamp with a separator line
between ("-", "|"), two reporters and their outlet over the stamp without "By", and "Published
By :" / "Posted by" labels."""
from sitrep.metadata.byline import byline_authors
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_LEDE = ("Gunmen killed seven villagers in an overnight raid on a hamlet near the border, local "
         "officials said on Tuesday, as the army sent reinforcements to the district.")


def _doc(text: str):
    return clean_raw_article(RawArticle(source="a.txt", text=text, fmt="txt"))[0]


def test_name_over_stamp_with_a_separator_line():
    doc = _doc("\n".join(["Seven villagers killed in raid near the northern border", "Residents fled overnight.",
                          "Olena Marchuk", "-", "Mar 4, 2025 1:00 pm UTC", _LEDE, "", "More text follows here."]))
    assert doc.authors == ["Olena Marchuk"]
    assert doc.published == "2025-03-04"


def test_two_names_and_outlet_over_stamp():
    doc = _doc("\n".join(["Seven villagers killed in raid near the northern border", "Residents fled overnight.",
                          "Tomasz Wierzba and Aiko Hanamura, Harbour Ledger", "-", "Mar 4, 2025 3:06 pm UTC",
                          _LEDE, "", "More text follows here."]))
    assert doc.authors == ["Tomasz Wierzba", "Aiko Hanamura"]


def test_published_by_labels():
    assert byline_authors("Published By : Dorin Vasquez-Ollo") == ["Dorin Vasquez-Ollo"]
    assert byline_authors("Posted by Lindiwe Mokoena") == ["Lindiwe Mokoena"]
    # an outlet publishing is no author
    assert not byline_authors("Published by Reuters")
