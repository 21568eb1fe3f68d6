"""A text-size widget's buttons ("A" / "A" / "A", "A- A A+") are page chrome, not text."""
from __future__ import annotations

from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_PAGE = ("Floodwater cuts the Velmora coast road\nBy Ilka Varga\nFont size\n{buttons}\n\n"
         "VELMORA: Floodwater cut the coast road north of Velmora on Sunday, stranding dozens of lorries, "
         "the regional roads agency said.\n")


def _text(buttons: str) -> str:
    return clean_raw_article(RawArticle(source="velmora.txt", text=_PAGE.format(buttons=buttons), fmt="txt"))[0].text


def test_font_size_buttons_one_a_line_are_dropped():
    text = _text("A\nA\nA")
    assert text.startswith("VELMORA: Floodwater cut the coast road")


def test_font_size_buttons_on_one_line_are_dropped():
    assert _text("A- A A+").startswith("VELMORA: Floodwater")


def test_a_sentence_opening_with_a_is_kept():
    assert "A driver said" in clean_raw_article(RawArticle(
        source="v.txt", text="Floodwater cuts the Velmora coast road\n\nA driver said the water rose fast.\n",
        fmt="txt"))[0].text
