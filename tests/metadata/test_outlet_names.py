"""A name ending in a publication head word ("Courier", "Post", "Daily") is an outlet, not a person."""
from sitrep.metadata.byline import byline_authors, names_in
from sitrep.metadata.outlet import looks_like_outlet
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _doc(text: str):
    return clean_raw_article(RawArticle(source="a.txt", text=text, fmt="txt"))[0]


def test_head_word_names_are_outlets():
    for name in ("Nile Courier", "Mandalay Observer", "Steppe Post", "Kyiv Independent Daily",
                 "The Sahel Tribune", "Addis Standard", "Dhaka Tribune", "Daily Sun", "Juba Monitor"):
        assert looks_like_outlet(name), name
    for name in ("Olena Petrenko", "Khalid Abdelaziz", "Liangyu Sun", "Kyiv", "Courier", "Posted today"):
        assert not looks_like_outlet(name), name


def test_outlet_is_never_an_author():
    assert names_in("Nile Courier") == []
    assert byline_authors("By Olena Petrenko, Kyiv Independent Daily") == ["Olena Petrenko"]
    assert byline_authors("By Aung Min | Irrawaddy Herald") == ["Aung Min"]
    assert byline_authors("By Liangyu Sun and Mara Velkova") == ["Liangyu Sun", "Mara Velkova"]


def test_outlet_line_under_headline_becomes_the_outlet():
    doc = _doc("Dozens dead as shelling hits the city market\nNile Courier\nApril 14, 2025\n"
               "KADUGLI — The army said on Sunday it had repelled an attack on Kadugli.\n")
    assert doc.authors == []
    assert doc.outlet == "Nile Courier"
    assert "Nile Courier" not in doc.text


def test_outlet_line_and_byline_together():
    doc = _doc("Guided bombs hit the city as truce talks stall\nSteppe Post\nBy Oleksandr Melnyk\n"
               "Saturday, March 22, 2025\nRussian forces dropped guided bombs on the city on Friday, officials said.\n")
    assert doc.authors == ["Oleksandr Melnyk"]
    assert doc.outlet == "Steppe Post"


def test_byline_tail_names_the_outlet_when_none_is_stated():
    doc = _doc("Drones strike a depot far behind the front line\nBy Olena Petrenko, Kyiv Independent Daily\n"
               "March 2, 2025\nDrones struck a fuel depot overnight, the regional governor said.\n")
    assert doc.authors == ["Olena Petrenko"]
    assert doc.outlet == "Kyiv Independent Daily"


def test_known_outlet_still_wins_and_person_bylines_unchanged():
    doc = _doc("Ukraine downs dozens of drones overnight, air force says\nBy Hanna Kovalenko\nAssociated Press\n"
               "March 14, 2025\nKYIV, Ukraine (AP) — Air defenses shot down 42 drones overnight, the air force said.\n")
    assert doc.authors == ["Hanna Kovalenko"]
    assert doc.outlet == "Associated Press"
