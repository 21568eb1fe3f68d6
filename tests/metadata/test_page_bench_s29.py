"""Page shapes found by session 29's blind bench of outlet layouts (invented pages and lines): a
wire's version tag before the headline, a report aggregator's origin line and buttons, a numeric
stamp whose order the text's named month decides, a rights group's bracketed dateline, bylines with
the place filed from in brackets, a dotted separator before the outlet, a role line with a handle,
"Publish :" stamps, a copyright line naming the company "or its affiliated companies"."""
from __future__ import annotations

from pathlib import Path

from sitrep.clean.zones import looks_like_headline
from sitrep.ingest import read_file
from sitrep.metadata.byline import byline_authors
from sitrep.metadata.dateline import find_dateline
from sitrep.metadata.dates import stamp_date
from sitrep.metadata.masthead import copyright_outlet
from sitrep.metadata.split_bylines import _ROLE_LINE
from sitrep.pipeline import clean_raw_article

PAGES = Path(__file__).parent.parent / "fixtures" / "s29_pages"


def _doc(name: str):
    return clean_raw_article(read_file(str(PAGES / name)).articles[0])[0]


def test_a_wire_tag_before_the_headline_keeps_it_a_headline():
    assert looks_like_headline("(LEAD) Velmora troops fire warning shots after patrol crosses the line")
    assert looks_like_headline("(2nd LD) Velmora troops fire warning shots after patrol crosses the line")


def test_a_report_aggregators_title_origin_line_and_buttons():
    doc = _doc("report_aggregator.txt")
    assert doc.title.startswith("Velmora: Flash Update No. 2 - Displacement")
    for gone in ("from UN Office", "View original", "Download Report", "Attachments"):
        assert gone not in doc.text
    assert doc.published == "2025-03-04"


def test_an_ambiguous_numeric_stamp_is_read_in_the_order_of_the_month_the_text_names():
    doc = _doc("release_ambiguous_date.txt")
    assert doc.title == "Velmora: VHC facilitates release of 40 detainees"
    assert doc.published == "2025-03-04"          # "2 and 3 March" in the text: 4 March, not 3 April
    assert doc.dateline == "Port Vessel"


def test_a_bracketed_place_opens_a_rights_groups_release():
    found = find_dateline("(Nairobi) – A drone strike on a crowded market killed at least 34 civilians.")
    assert found is not None and found.place == "Nairobi"
    assert find_dateline("(Reuters) – A drone strike on a market killed 34.") is None


def test_byline_and_stamp_shapes():
    assert byline_authors("By Liora Menck (Port Vessel, special correspondent)") == ["Liora Menck"]
    assert byline_authors("By Liora Menck (in Aldmere)") == ["Liora Menck"]
    assert byline_authors("By Liora Menck, Tavi Oruma · KBC News") == ["Liora Menck", "Tavi Oruma"]
    assert _ROLE_LINE.fullmatch("Middle East correspondent @LioraMenck")
    assert str(stamp_date("Publish : 12 Aug 2025, 04:15 PM | Update : 12 Aug 2025, 06:20 PM")[0]) == "2025-08-12"
    assert copyright_outlet("© 2025 Harbour News & Media Limited or its affiliated companies. All rights reserved.") \
        == "Harbour News & Media Limited"
