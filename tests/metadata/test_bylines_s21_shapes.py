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


def test_byline_tails_cut():
    # the role, then the outlet the reporter works for
    assert byline_authors("By Jane Doe, Senior Reporter, Daily Lantern") == ["Jane Doe"]
    # the places filed from, a list of their own
    assert byline_authors("By Jane Doe and John Roe in Goma and Bunia") == ["Jane Doe", "John Roe"]
    # a wire credited beside the reporter
    assert byline_authors("By Jane Doe with AFP") == ["Jane Doe"]
    # the outlet after the name, hyphened or with a weak head word
    assert byline_authors("By Jim Welsh, Cherry Hill Courier-Post") == ["Jim Welsh"]
    assert byline_authors("By Jonas Weller, Bleacher Report") == ["Jonas Weller"]
    assert byline_authors("By Jane Doe and Mary Sun") == ["Jane Doe", "Mary Sun"]


def test_related_story_bylines_below_the_text_credit_no_one():
    text = "\n".join(["Seven villagers killed in raid near the northern border", _LEDE, "",
                      *(f"Paragraph {i} of the story, which goes on for a while to read as the article text itself." for i in range(6)),
                      "Sports", "Harbour FC win first title since 1993", "The side scored twice in the second half.",
                      "By Steve Rowan", "City", "Mayor opens new bridge over the river", "A long-awaited crossing opens.",
                      "By Michaela Snead", "About Us"])
    assert _doc(text).authors == []


def test_spanish_wire_dateline():
    from sitrep.metadata.dateline import find_dateline
    d = find_dateline("Culiacán (México), 19 mar (EFE).- Al menos ocho personas murieron.")
    assert (d.place, d.credit, d.month_day) == ("Culiacán", "EFE", (3, 19))
    d = find_dateline("BOGOTÁ (EFE).- Al menos tres soldados murieron.")
    assert (d.place, d.credit) == ("BOGOTÁ", "EFE")
