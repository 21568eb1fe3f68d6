"""Page widgets (a text-size widget's buttons "A" / "A" / "A", "Story continues", "Add X to your Google
News feed") and a caption over its credit in the page's head are chrome, not text."""
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


def test_portal_widgets_are_dropped():
    page = ("Floodwater cuts the Velmora coast road\nBy Ilka Varga\nAdd Velmora Daily to your Google News feed.\n\n"
            "VELMORA: Floodwater cut the coast road north of Velmora on Sunday, stranding dozens of lorries.\n\n"
            "Story continues\n\nThe roads agency said the road would reopen on Tuesday.\n\nSend us your feedback\n")
    text = clean_raw_article(RawArticle(source="v.txt", text=page, fmt="txt"))[0].text
    for gone in ("Google News feed", "Story continues", "Send us your feedback"):
        assert gone not in text
    assert "The roads agency said the road would reopen on Tuesday." in text


def test_a_caption_over_its_credit_in_the_page_head_is_dropped():
    page = ("Floodwater cuts the Velmora coast road\nBy Ilka Varga\nShare\n"
            "Lorries wait on the flooded coast road north of Velmora on Sunday.\nPhoto: Velmora Daily\n\n"
            "VELMORA: Floodwater cut the coast road north of Velmora on Sunday, stranding dozens of lorries.\n\n"
            "The roads agency said the road would reopen on Tuesday.\n")
    text = clean_raw_article(RawArticle(source="v.txt", text=page, fmt="txt"))[0].text
    assert text.startswith("VELMORA: Floodwater cut")


def test_a_paragraph_over_a_credit_in_the_text_is_kept():
    page = ("Floodwater cuts the Velmora coast road\nBy Ilka Varga\n\n"
            "VELMORA: Floodwater cut the coast road north of Velmora on Sunday, stranding dozens of lorries.\n\n"
            "The roads agency said the road would reopen on Tuesday.\nPhoto: Velmora Daily\n\n"
            "Drivers said they had waited since dawn.\n")
    text = clean_raw_article(RawArticle(source="v.txt", text=page, fmt="txt"))[0].text
    assert "The roads agency said the road would reopen on Tuesday." in text
