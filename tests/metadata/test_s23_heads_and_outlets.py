"""Session 23: page heads that hid their headline or named the wrong outlet: a newsroom crediting
the wire it carries ("VELMORA 24 with AFP"), a portal's headline over a wire's UPDATE slug, a
slogan over the headline, a language menu, exchange-rate and weather widgets, a desk's kicker
label, copyright lines in several shapes, and outlets the index knows by their own short names.
Invented pages and names."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_checks import clean_page

from sitrep.clean.chrome import chrome_reason
from sitrep.clean.zones import looks_like_headline
from sitrep.metadata.house_bylines import house_with_wire
from sitrep.metadata.masthead import copyright_outlet
from sitrep.metadata.outlet import outlet_index
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

PAGES = Path(__file__).parent.parent / "fixtures" / "s23_pages"


def _doc(name: str):
    return clean_page(PAGES / name)


def test_newsroom_crediting_the_wire_is_the_outlet_and_no_headline():
    doc = _doc("newsroom_with_wire.txt")
    assert doc.title == "Militants kill 12 soldiers in raid on border post, army says"
    assert doc.outlet == "VELMORA 24" or doc.outlet == "Velmora 24"
    assert doc.authors == []
    assert doc.text.startswith("Tessaly (AFP)")


def test_portal_headline_over_the_wire_slug():
    doc = _doc("portal_over_slug.txt")
    assert doc.title == "Gunmen Kill 12 Soldiers at Border Post in Northern Raid"
    assert doc.dateline == "TESSALY"
    assert "UPDATE 1-" not in doc.text


def test_slogan_and_header_widgets_are_not_the_headline():
    doc = _doc("slogan_ticker_page.txt")
    assert doc.title == "Ministers sign ceasefire protocol after week of border clashes"
    for chrome in ("Independent reporting", "KGS USD", "+18°C", "Views:"):
        assert chrome not in doc.text


def test_headline_under_a_language_menu_and_a_stamp():
    doc = _doc("language_menu_page.txt")
    assert doc.title == "Velmora and Tessaly sign protocol on settling the situation at the border"
    assert doc.published == "2025-03-14"


def test_desk_kicker_keeps_the_headline():
    doc = _doc("analysis_kicker.txt")
    assert doc.title == "Analysis | After the Dunrek raids, a district asks how a mayor's sons became gunmen"
    assert doc.authors == ["Lidia Orlova"]


@pytest.mark.parametrize("line, house", [
    ("FRANCE 24 with AFP", "France 24"),
    ("By Euronews with Reuters", "Euronews"),
    ("Tessaly Ledger and AFP", "Tessaly Ledger"),
    ("By Jane Doe with Reuters", None),        # a reporter, not a newsroom
    ("AFP and Reuters", None),                 # two wires
    ("Police and Reuters", None),
])
def test_house_with_wire(line, house):
    assert house_with_wire(line) == house


@pytest.mark.parametrize("line, owner", [
    ("© 2025 Copyright Velmora 24 - All rights reserved.", "Velmora 24"),
    ("Tessaly Ledger | © 2025 All rights reserved", "Tessaly Ledger"),
    ("Korsak Daily News © 2025 All rights reserved", "Korsak Daily News"),
    ("Photo: Reuters/© 2024", None),
])
def test_copyright_shapes(line, owner):
    assert copyright_outlet(line) == owner


def test_index_canonical_short_names_and_section_words():
    index = outlet_index()
    assert index.lookup("Deutsche Welle") == "DW"
    assert index.lookup("Radio Free Europe/Radio Liberty") == "RFE/RL"
    # "The National" is an outlet; "National" over a headline is a section label
    assert index.lookup("The National") == "The National" and index.lookup("National") is None
    assert index.lookup("Hurriyet Daily News") == "Hürriyet Daily News" != index.lookup("Hurriyet")


def _reason(line: str) -> str | None:
    found = chrome_reason(line)
    return found[0] if found else None


def test_header_widget_lines_are_chrome():
    assert _reason("Kurdî | العربية | English") == "language switcher"
    assert _reason("USD/UAH 41.20  EUR/UAH 44.90") == "market ticker"
    assert _reason("Kabul 14° / 3°") == "weather widget"
    assert _reason("Temperatures reached 45°C in the capital on Monday.") is None
    assert _reason("USD 5 million in aid") is None


def test_headline_shapes():
    assert looks_like_headline("Chiefs sign protocol to end border conflict - Reuters")
    assert not looks_like_headline("AFP - Agence France Presse")
    assert not looks_like_headline("News | World | Africa | Sport")


def test_elided_article_place_and_compact_url_date():
    from sitrep.metadata.dateline import find_dateline
    from sitrep.metadata.dates import url_date
    assert find_dateline("N'Djamena (AFP) – Gunmen killed 12 soldiers on Sunday").place == "N'Djamena"
    assert str(url_date("https://www.example24.com/en/africa/20250312-gunmen-kill-12-soldiers")) == "2025-03-12"
    assert url_date("https://www.example24.com/en/video/202503121234-clip") is None


def test_keep_reading_list_is_no_second_article():
    text = (PAGES / "newsroom_with_wire.txt").read_text(encoding="utf-8").replace(
        "© 2025 Copyright", "Keep reading\nBorder clashes displace thousands as rains begin\n"
        "Velmora's president vows to end insecurity in the north\nDaily newsletter\n"
        "Receive essential regional news every morning\nSubscribe\n© 2025 Copyright")
    docs = clean_raw_article(RawArticle(source="keep.txt", text=text, fmt="txt"))
    assert len(docs) == 1 and "Border clashes displace" not in docs[0].text
    assert "Text by" not in _doc("newsroom_with_wire.txt").text


@pytest.mark.parametrize("line", ["Text by: NEWS WIRES", "By staff and agencies"])
def test_wire_credit_without_a_name_is_chrome(line):
    assert _reason(line) == "wire credit"


def test_caption_with_a_file_note_is_chrome():
    assert _reason("Soldiers patrol the lake shore, in a file photo. © Jean Mbeki, AFP (file)") == "photo caption"
