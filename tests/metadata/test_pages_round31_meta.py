"""Round 31: invented pages in the styles of outlets the earlier rounds lacked (a Srinagar daily,
a Kyiv site, a Lusophone bulletin, a Syrian state agency, a Somali site, Chinese and Turkish
wires, a Karachi daily): each page's expected metadata is golden, and the dateline shapes are
tested one by one: a day-first date, a title-case place with a date and a colon, a bare agency
acronym after a known place, a bullet-and-clock place stamp, a cookie banner above the title."""
import json
from pathlib import Path

import pytest

from sitrep.metadata.dateline import find_dateline, place_date
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "round31_meta"
EXPECTED = json.loads((FIX / "expected.json").read_text())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_metadata(name):
    doc = clean_raw_article(RawArticle(source=name, text=(FIX / name).read_text(), fmt="txt"))[0]
    for field, want in EXPECTED[name].items():
        assert getattr(doc, field) == want, (name, field)


def test_cookie_banner_is_chrome_not_text():
    doc = clean_raw_article(RawArticle(source="k.txt", text=(FIX / "kyiv1.txt").read_text(), fmt="txt"))[0]
    assert "cookies" not in doc.text


def test_day_first_date_with_credit():
    d = find_dateline("Beira, 14 Jun (AIM) - Floods cut the road")
    assert d and d.place == "Beira" and d.credit == "AIM" and d.month_day == (6, 14)


def test_title_place_date_colon():
    d = find_dateline("Anantnag, Dec 9: Two labourers were injured")
    assert d and d.place == "Anantnag" and d.month_day == (12, 9)
    assert find_dateline("Officials said: The road was closed") is None


def test_bare_acronym_credit_needs_known_place():
    d = find_dateline("Aleppo, SANA- A bomb went off")
    assert d and d.place == "Aleppo" and d.credit == "SANA"
    assert find_dateline("Analysis, CIA - The agency said") is None


def test_bullet_clock_place_stamp():
    found = place_date("Kharkiv • 09:05, 2 February 2025")
    assert found and found[0] == "Kharkiv" and found[1].isoformat() == "2025-02-02"


def test_desk_credit_line_is_chrome():
    doc = clean_raw_article(RawArticle(source="k.txt", text=(FIX / "kashmir1.txt").read_text(), fmt="txt"))[0]
    assert "Our Correspondent" not in doc.text
    assert doc.authors == []
