"""A paper's head as South Asian dailies set it: a menu ending in the edition link of another
script, the desk credited as "<Paper> Report", a weekday stamp followed by "Last update on:", a
labelled reading time and a Google News prompt. Invented page."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from corpus_checks import clean_page

from sitrep.clean.zones import MENU
from sitrep.metadata.dates import stamp_date

PAGES = Path(__file__).parent.parent / "fixtures" / "s25_pages"


def test_house_report_page_head():
    doc = clean_page(PAGES / "house_report.txt")
    assert doc.title == "Curfew in Tarnov as port clashes spread"
    assert doc.outlet == "The Harbour Star"
    assert doc.authors == []
    assert doc.published == "2025-03-03"
    for gone in ("Star Report", "Read Time", "Google News", "E-paper"):
        assert gone not in doc.text
    assert doc.text.startswith("The government imposed a curfew")


@pytest.mark.parametrize("line, day", [
    ("Sun Jul 21, 2024 12:00 AM Last update on: Tue Jul 23, 2024 10:58 PM", dt.date(2024, 7, 21)),
    ("3 March 2025 14:05 GMT Last updated 15:00", dt.date(2025, 3, 3)),
    ("July 3, 2025 10:05 AM EST", dt.date(2025, 7, 3)),
])
def test_stamp_with_its_last_update(line, day):
    assert stamp_date(line) == (day, "published")


@pytest.mark.parametrize("line, menu", [
    ("Home  News  Politics  Sports  Opinion  E-paper  বাংলা", True),
    ("News | World | Business | العربية", True),
    ("Curfew in Tarnov as port clashes spread", False),
])
def test_menu_items_in_another_script(line, menu):
    assert bool(MENU.fullmatch(line)) is menu
