"""Round 31 (meta2): invented pages from outlets the earlier rounds lacked: a ticker line above
the headline, an "Outlet – Place" line opening the body, dates in Arabic-script punctuation and
digits or with no-break spaces, reporters named only at the foot, a "CITY, Country" dateline under
the byline; and HTML (og:/JSON-LD/<time>/span.author), JSONL, RSS and live-blog inputs."""
import json
from pathlib import Path

import pytest

from sitrep.clean.zones import dateline_line
from sitrep.ingest import read_file
from sitrep.metadata.dates import find_date, stamp_date
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "round31_meta"
EXPECTED = {k: v for k, v in json.loads((FIX / "expected.json").read_text()).items() if k.startswith("meta2_")}
FILES = FIX / "meta2"
EXPECTED_FILES = json.loads((FILES / "expected_meta2.json").read_text())


def _page(name: str):
    return clean_raw_article(RawArticle(source=name, text=(FIX / name).read_text(), fmt="txt"))[0]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_page_metadata(name):
    doc = _page(name)
    for field, want in EXPECTED[name].items():
        assert getattr(doc, field) == want, (name, field)


@pytest.mark.parametrize("name", sorted(EXPECTED_FILES))
def test_file_page_metadata(name):
    doc = clean_raw_article(read_file(str(FILES / name)).articles[0])[0]
    for field, want in EXPECTED_FILES[name].items():
        assert getattr(doc, field) == want, (name, field)


def test_expected_covers_every_page():
    assert len(EXPECTED) >= 6 and len(EXPECTED_FILES) >= 5


def test_arabic_comma_and_digits_in_dates():
    assert find_date("6 November، 2024")[0].isoformat() == "2024-11-06"
    assert find_date("Published ١٢ March ٢٠٢٥")[0].isoformat() == "2025-03-12"
    assert find_date("۳ May ۲۰۲۴")[0].isoformat() == "2024-05-03"      # Persian digits
    assert stamp_date("12\u00a0March\u202f2025")[0].isoformat() == "2025-03-12"
    assert find_date("no date here، really") is None


def test_stamp_after_a_stripped_author_span():
    assert stamp_date("| Published November 6, 2024")[0].isoformat() == "2024-11-06"


def test_ticker_line_is_not_the_title():
    doc = _page("meta2_ticker2.txt")
    assert doc.title.startswith("Security forces repel")
    assert "Explosion reported" not in doc.text
    # a real headline opening with "BREAKING:" stays the title
    assert _page("meta2_ticker3.txt").title.startswith("BREAKING: Army retakes")


def test_outlet_dash_place_line():
    doc = _page("meta2_enab1.txt")
    assert doc.dateline == "Idlib" and "Enab Baladi" not in doc.text
    assert dateline_line("Desert Herald – Khartoum")
    assert not dateline_line("Analysis – Frontline Notes")    # no known place after the dash
    assert not dateline_line("Kyiv – Kharkiv")                 # two places: a route, no outlet


def test_caps_city_with_country_under_byline():
    doc = _page("meta2_dakar1.txt")
    assert doc.dateline == "DAKAR" and not doc.text.startswith("DAKAR")
    assert dateline_line("DAKAR, Senegal") and not dateline_line("Dakar, senegal")


def test_reporter_lines_at_the_foot():
    assert _page("meta2_ticker1.txt").authors == ["Ahmed Warsame"]
    assert _page("meta2_nbsp1.txt").authors == ["Olena Kovalenko"]
    assert "Written by" not in _page("meta2_nbsp1.txt").text


def test_feed_creator_naming_the_outlet_is_no_author():
    doc = clean_raw_article(read_file(str(FILES / "mozambique.rss")).articles[0])[0]
    assert doc.outlet == "Club of Pemba" and doc.authors == []
