"""Stamps and mastheads of session 29 (invented pages): a dashed day-first stamp after a section
label, an ambiguous numeric date the weekday beside it decides, bare zone offsets, a numeric date
glued to its written twin, a newsroom credited after a byline's label, a footer that names the title
before the company, a brand led by its owner's initials, and a host's note over a wire copy."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.ingest import read_file
from sitrep.metadata.byline import byline_authors
from sitrep.metadata.dates import stamp_date
from sitrep.pipeline import clean_raw_article

PAGES = Path(__file__).parent.parent / "fixtures" / "s29_pages"


def _doc(name: str):
    return clean_raw_article(read_file(str(PAGES / name)).articles[0])[0]


@pytest.mark.parametrize("line, day", [
    ("REGION | 14-03-2025 07:40", dt.date(2025, 3, 14)),         # dashed, day first
    ("08:41 - 8/07/2021 Thursday", dt.date(2021, 7, 8)),         # 8 July 2021 was a Thursday
    ("Saturday 8/07/2021", dt.date(2021, 8, 7)),                 # 7 August 2021 a Saturday
    ("Jul 08, 2021 12:17 pm +03 +03:00", dt.date(2021, 7, 8)),   # bare zone offsets
    ("06/29/2024June 29, 2024", dt.date(2024, 6, 29)),           # the date glued to its twin
])
def test_stamps(line, day):
    assert stamp_date(line)[0] == day


@pytest.mark.parametrize("line", ["8/07/2021", "Friday 8/07/2021", "06-05-2024", "06/29/2024July 29, 2024"])
def test_an_undecided_or_conflicting_numeric_date_is_no_stamp(line):
    assert stamp_date(line) is None


def test_a_newsroom_after_a_bylines_label_credits_no_one():
    assert byline_authors("Written by: Redacción Harbour Evening Times") is None
    doc = _doc("titled_footer.txt")
    assert doc.authors == []
    assert doc.published == "2025-03-14"


def test_a_footer_naming_the_title_before_the_company_makes_the_masthead_the_outlet():
    assert _doc("titled_footer_plain.txt").outlet == "Harbour Evening Times"


def test_a_brand_led_by_its_owners_initials_is_the_outlet():
    assert _doc("initials_brand.txt").outlet == "KBC News"


def test_a_hosts_note_over_a_wire_copy_is_chrome_not_the_headline():
    doc = _doc("syndicated_host.txt")
    assert doc.title == "Rebels Seize Second Town In Velmora's North"
    assert "editors were not involved" not in doc.text
