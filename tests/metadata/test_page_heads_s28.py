"""Page heads of session 28 (invented pages): a site's tagline over its menu, a wire's version
slug as a page's headline, a masthead written as the site's address and named again in the foot,
and an upper-case place before its date stamp with no comma."""
from __future__ import annotations

from pathlib import Path

from sitrep.ingest import read_file
from sitrep.metadata.dateline import place_date
from sitrep.metadata.extract import _line_reason
from sitrep.pipeline import clean_raw_article

PAGES = Path(__file__).parent.parent / "fixtures" / "s28_pages"


def _doc(name: str):
    return clean_raw_article(read_file(str(PAGES / name)).articles[0])[0]


def test_a_tagline_over_the_menu_is_no_headline():
    doc = _doc("tagline_over_menu.txt")
    assert doc.title == ("Velmora: the fishermen block the port and demand the suspension of the new quotas")
    assert "heart of the news" not in doc.text
    assert not doc.text.startswith("Velmora: the fishermen")     # the headline left the body


def test_a_single_version_slug_heads_the_page_and_a_related_slug_in_the_foot_is_ignored():
    doc = _doc("wire_copy_domain_masthead.txt")
    assert doc.title == "UPDATE 2-Storm surge floods Velmora port as ferries stay docked"
    assert "Dockworkers" not in (doc.title or "")


def test_a_masthead_written_as_an_address_and_named_in_the_foot_is_the_wire_copys_host():
    doc = _doc("wire_copy_domain_masthead.txt")
    assert doc.outlet == "Reuters"
    assert doc.publisher == "HNI harbournews.info"
    assert doc.contract_dict()["outlet"] == "HNI harbournews.info"
    assert doc.authors == ["Mara Quell", "Tomas Ferrand"]


def test_an_upper_case_place_before_its_stamp_gives_the_dateline_and_the_first_date():
    doc = _doc("caps_place_stamp.txt")
    assert doc.title == "Velmora port reopens after week-long blockade by fishermen"
    assert str(doc.published)[:10] == "2025-03-21"           # not the "Updated" stamp's day
    assert doc.dateline == "VELMORA"
    assert doc.authors == ["Mara Quell"]
    assert "READ LATER" not in doc.text


def test_place_date_with_a_clock_time_and_no_comma():
    assert place_date("COLOMBO May 09, 2022 22:58 IST")[0] == "COLOMBO"
    assert place_date("NEW DELHI May 9, 2022 10:05 IST")[0] == "NEW DELHI"
    assert place_date("Colombo, May 09, 2022 22:58 IST")[0] == "Colombo"
    assert place_date("WORLD NEWS May 9, 2022") is None      # a section label, no place
    assert place_date("UPDATED May 9, 2022") is None
    assert _line_reason("UPDATED May 9, 2022") == "date stamp"
    assert _line_reason("LAST UPDATED May 9, 2022 10:00 GMT") == "date stamp"
