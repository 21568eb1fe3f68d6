"""The name over a site's menu is the publication's, unless it is a section's tab: a section word
("Lifestyle", "Fashion") or a lone head word ("News"). Invented pages."""
from __future__ import annotations

import pytest

from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_BODY = ("Velmora's navy seized a second tanker in a week off the coast on Tuesday, saying the ship had "
         "switched off its tracking beacon to hide a cargo bound for the rebel port of Kessa.\n\n"
         "A navy spokesman said the crew of 19 had been taken to Tarnov for questioning.\n")


def _outlet(top: str) -> str | None:
    page = f"{top}\nHome  World  Politics  Business  Sport  Opinion\nNavy seizes second tanker off Velmora coast\n{_BODY}"
    (doc,) = clean_raw_article(RawArticle(source="p.txt", text=page, fmt="txt"))
    assert doc.title == "Navy seizes second tanker off Velmora coast"
    return doc.outlet


@pytest.mark.parametrize("top, outlet", [
    ("Harbour Courier", "Harbour Courier"),
    ("Lifestyle", None),
    ("Fashion", None),
    ("News", None),
])
def test_name_over_the_menu(top, outlet):
    assert _outlet(top) == outlet


def test_a_footer_owner_behind_its_legal_suffix_is_the_known_title():
    from sitrep.metadata.masthead import _owner_outlet, copyright_outlet
    assert copyright_outlet("© 2023 All Right Reserved") is None
    assert _owner_outlet("The Financial Times Ltd") == "Financial Times"
    assert _owner_outlet("Harbour Media Holdings Ltd") == "Harbour Media Holdings"
    assert _owner_outlet("Toronto Star Newspapers Ltd") == "Toronto Star"
    assert _owner_outlet("The Daily Beast Company LLC") == "The Daily Beast"


def test_us_news_section_tab_names_no_outlet():
    from sitrep.metadata.outlet import outlet_index
    assert outlet_index().lookup("U.S. News") is None
    assert outlet_index().lookup("US News & World Report") == "U.S. News & World Report"


def test_a_section_tab_under_the_headline_is_no_outlet_line():
    page = ("Navy seizes second tanker off Velmora coast\nLocal News\nMarch 4, 2025\n" + _BODY)
    (doc,) = clean_raw_article(RawArticle(source="s.txt", text=page, fmt="txt"))
    assert doc.outlet != "Local News"
