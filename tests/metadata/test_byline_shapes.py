"""Byline shapes of real sites that hid the author: a bare name over the outlet's name (with the
caption toggles a scraper keeps), a byline that runs on into the reporter's biography, and two
reporters each credited with an address and the outlet on one piped line. Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_checks import clean_page

from sitrep.metadata.bio_bylines import bio_byline
from sitrep.metadata.byline import byline_authors
from sitrep.metadata.pipes import pipe_byline

PAGES = Path(__file__).parent.parent / "fixtures" / "s25_pages"


def test_a_bare_name_over_the_outlet_line_is_the_byline_and_anchors_the_headline():
    doc = clean_page(PAGES / "name_over_outlet.txt")
    assert doc.authors == ["Marta Ilves"]
    assert doc.title == "Why ferry disasters keep happening on the Velmora coast, and what could stop them"
    assert doc.outlet == "USA Today"
    for gone in ("Show Caption", "Hide Caption", "Marta Ilves"):
        assert gone not in doc.text


def test_a_byline_running_into_the_biography_names_the_reporter():
    doc = clean_page(PAGES / "bio_byline.txt")
    assert doc.authors == ["Teodor Vance"]
    assert "one of the authors of the shipping newsletter" not in doc.text
    assert "The Velmora navy boarded a second oil tanker" in doc.text


def test_two_mailed_credits_on_one_piped_line_name_both_reporters():
    doc = clean_page(PAGES / "mailed_pair.txt")
    assert doc.authors == ["Lina Okafor", "Derek Salas"]
    assert doc.outlet == "New York Daily News"
    assert "nydailynews.com" not in doc.text


@pytest.mark.parametrize("line, names", [
    ("By Teodor Vance, a senior reporter who has covered the Velmora coast guard and the grain trade since 2019.",
     ["Teodor Vance"]),
    ("By Amina Diallo, who reports on the Sahel for the paper from its Dakar bureau and writes the weekly brief.",
     ["Amina Diallo"]),
    # prose that opens with "By": no person before the comma
    ("By Western Standards, the army's response to the flooding was slow and the relief it sent came late.", None),
    ("By Tuesday Evening, the rebels had withdrawn from the two villages they held since the weekend.", None),
    ("By the end of the week, the rebels had withdrawn from the two villages they held since the weekend.", None),
])
def test_bio_byline(line, names):
    assert bio_byline(line) == names
    assert byline_authors(line) == names


def test_a_single_mailed_credit_still_reads_and_an_outlet_pair_needs_the_address():
    found = pipe_byline("By Lina Okafor | lokafor@courier.example | New York Daily News")
    assert found is not None and found.authors == ("Lina Okafor",)
    # without addresses the joined part is not split: a menu could read the same
    assert pipe_byline("World | New York Daily News and Derek Salas | Sports") is None


def test_split_byline_under_a_long_menu_and_a_name_with_its_separator():
    from sitrep.model import RawArticle
    from sitrep.pipeline import clean_raw_article
    menu = "\n".join(f"Section {k}" for k in range(260))
    body = ("The Velmora navy boarded a second oil tanker in a week on Tuesday, saying the ship had switched "
            "off its tracking beacon to hide a cargo bound for the rebel-held port of Kessa.\n\n"
            "A navy spokesman said the crew of 19 had been taken to Tarnov for questioning.\n")
    page = f"{menu}\nNavy seizes second tanker off the Velmora coast\nBy\nTeodor Vance\nTwitter\nFacebook\n{body}"
    (doc,) = clean_raw_article(RawArticle(source="m.txt", text=page, fmt="txt"))
    assert doc.authors == ["Teodor Vance"]
    page = f"Harbour Courier\nNavy seizes second tanker off the Velmora coast\nTeodor Vance/\nMarch 4, 2025\n{body}"
    (doc,) = clean_raw_article(RawArticle(source="s.txt", text=page, fmt="txt"))
    assert doc.authors == ["Teodor Vance"]
