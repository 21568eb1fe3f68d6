"""Audio/reading durations and "Source: X and news agencies" lines on scraped pages."""
import pytest

from sitrep.clean.chrome import chrome_reason
from sitrep.metadata.outlet import from_source_line
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


@pytest.mark.parametrize("line, chrome", [
    ("4 mins", True), ("6 min read", True), ("3 min listen", True),
    ("4 mins ago the convoy left", False),
])
def test_durations_alone_are_chrome(line, chrome):
    assert (chrome_reason(line) is not None) is chrome


@pytest.mark.parametrize("line, outlet", [
    ("Source: Caspian Courier and news agencies", "Caspian Courier"),
    ("SOURCE: Steppe Daily with agencies", "Steppe Daily"),
    ("Source: the ministry and agencies", None),
])
def test_source_line_crediting_the_publisher_and_agencies(line, outlet):
    assert from_source_line(line) == outlet


def test_scraped_page_header_and_footer_leave_the_text():
    text = ("Drone strike kills three near Kherson\n\n"
            "Published On 4 Mar 2025\n\nListen to this article\n\n3 mins\n\nShare\nSave\n\n"
            "By Olena Marchenko\n\n"
            "KHERSON, Ukraine – A Russian drone struck a minibus on the outskirts of Kherson on "
            "Monday, killing three passengers, the regional governor said.\n\n"
            "The governor said eleven other people were wounded and taken to hospital.\n\n"
            "Source: Caspian Courier and news agencies\n")
    (doc,) = clean_raw_article(RawArticle(source="kherson.txt", text=text, fmt="txt"))
    assert doc.text.startswith("KHERSON, Ukraine")
    assert "mins" not in doc.text and "Listen" not in doc.text
    assert doc.outlet == "Caspian Courier" and doc.published == "2025-03-04"
    assert doc.authors == ["Olena Marchenko"]
