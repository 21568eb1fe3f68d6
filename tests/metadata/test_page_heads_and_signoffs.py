"""Page heads and tails that hid an article's metadata: a known portal's masthead over a wire copy
that carries only the wire's copyright, a section label named like another outlet, a slogan over
the site's one-line menu, one wire version heading the page, the writer's sign-off under the last
paragraph, a stamp written before its byline on one line, and numeric dates whose order only the
outlet's country tells. Invented pages (real outlets' names, as the outlet index knows them)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from corpus_checks import clean_page

from sitrep.metadata.dated_bylines import dated_byline
from sitrep.metadata.dates import stamp_date
from sitrep.metadata.dateline import find_dateline
from sitrep.metadata.slash_dates import DAY_FIRST, MONTH_FIRST, desk_order, resolve_stamp

PAGES = Path(__file__).parent.parent / "fixtures" / "s24_pages"


@pytest.mark.parametrize("page, title, outlet, basis", [
    # a known portal over a wire copy that carries only the wire's copyright; one version heads it
    ("portal_single_slug.txt", "UPDATE 2-Flooding cuts off river towns as rebels shell relief convoy in Velmora",
     "U.S. News & World Report", "masthead over the wire's copyright"),
    # "Africa News" over the headline is a section of the site whose name heads the page
    ("section_named_like_outlet.txt", "Militants kill 14 at a market in northern Velmora, residents say",
     "GhanaWeb", "outlet line"),
])
def test_page_head_names_title_and_outlet(page, title, outlet, basis):
    doc = clean_page(PAGES / page)
    assert (doc.title, doc.outlet, doc.outlet_basis) == (title, outlet, basis)
    assert doc.text.startswith("TARNOV")


def test_slogan_over_a_one_line_menu_is_no_headline_and_the_tail_is_chrome():
    doc = clean_page(PAGES / "slogan_over_menu.txt")
    assert doc.title == "Port strike enters second week as navy takes over loading of grain ships"
    assert doc.outlet == "MercoPress"
    for gone in ("Falklands/Malvinas", "Full article", "Categories:", "Top Comments", "comment rules",
                 "Commenting for this story", "become a fan", "Fishing licences round"):
        assert gone not in doc.text
    assert "Union leaders said the order broke a court ruling" in doc.text


def test_signoff_above_the_outlet_line_names_the_author():
    doc = clean_page(PAGES / "daily_signoff.txt")
    assert doc.authors == ["Issa KABORÉ"]
    assert doc.authors_basis == "closing signature"
    assert "Issa KABOR" not in doc.text


def test_a_name_under_the_text_without_the_outlet_line_is_no_author():
    page = (PAGES / "daily_signoff.txt").read_text(encoding="utf-8").replace("Issa KABORÉ\nLefaso.net\n", "Issa KABORÉ\n")
    from sitrep.model import RawArticle
    from sitrep.pipeline import clean_raw_article
    (doc,) = clean_raw_article(RawArticle(source="x.txt", text=page, fmt="txt"))
    assert doc.authors == []


def test_stamp_written_before_its_byline():
    doc = clean_page(PAGES / "stamp_then_byline.txt")
    assert doc.published == "2026-02-17"
    assert doc.authors == ["Marta Vieira Lins"]
    assert dated_byline("Published on 17/02/2026 - 10:05 By Marta Vieira Lins - Reporter of X - Recife") is not None
    # prose that opens with a date is no stamp
    assert dated_byline("On 17/02/2026 the army said by phone that Ana Lins was held") is None


@pytest.mark.parametrize("outlet, order", [("France 24", DAY_FIRST), ("GhanaWeb", DAY_FIRST),
                                           ("The Washington Post", MONTH_FIRST), ("Rappler", MONTH_FIRST),
                                           ("CBC News", None), ("Unknown Herald", None)])
def test_desk_order_follows_the_outlets_country(outlet, order):
    assert desk_order(outlet) == order


def test_ambiguous_stamp_read_in_the_outlets_order():
    line = "Issued on: 05/03/2026 - 18:32"
    assert resolve_stamp(line, line, "", "France 24")[0] == dt.date(2026, 3, 5)
    assert resolve_stamp(line, line, "", "The Washington Post")[0] == dt.date(2026, 5, 3)
    assert resolve_stamp(line, line, "", None) is None          # nothing decides: no guess
    # a day over 12 elsewhere on the page outranks the outlet's country
    page = line + "\nModified: 03/25/2026 - 09:10"
    assert resolve_stamp(line, page, "", "France 24")[0] == dt.date(2026, 5, 3)


def test_clock_with_meridiem_after_an_iso_date():
    assert stamp_date("2026-09-04 10:32 a.m.") == (dt.date(2026, 9, 4), "published")
    assert stamp_date("2026-09-04 amid fighting") is None


@pytest.mark.parametrize("text, place", [("Rio de Janeiro, Brazil – Two days after the raid, families searched.", "Rio de Janeiro"),
                                         ("Dar es Salaam – Police said on Monday they had arrested four men.", "Dar es Salaam")])
def test_place_names_with_lower_case_links(text, place):
    found = find_dateline(text)
    assert found is not None and found.place == place


@pytest.mark.parametrize("line", [
    "Families gather outside the morgue in Tarnov on Tuesday [Lena Osk/Al Jazeera]",
    "A frame from a video posted by the ministry shows a boat exploding at sea [Handout via Truth Social]",
    "The minister listens as the president speaks in Tarnov on Tuesday, Sept. 2, 2026. (Carl Ostrander)",
    "Displaced families at a reception site in Kaya. © Karim Zongo for FRANCE 24",
])
def test_photo_captions_with_their_credit(line):
    from sitrep.clean.chrome import chrome_reason
    assert (chrome_reason(line) or ("",))[0] == "photo caption"


@pytest.mark.parametrize("line", [
    "The minister said on Tuesday that the ceasefire would hold until Sept. 2, 2026. (Reuters said the same.)",
    "Rebels shelled the town on Tuesday, the army said. (Carl Ostrander contributed reporting)",
])
def test_sentences_are_no_captions(line):
    from sitrep.clean.chrome import chrome_reason
    assert (chrome_reason(line) or ("",))[0] != "photo caption"


def test_agency_byline_page_takes_no_authors_from_the_wires_credit():
    # "By Reuters" is the page's printed byline: the end credit's reporters are the wire's staff
    assert clean_page(PAGES / "portal_single_slug.txt").authors == []


def test_short_brand_masthead_is_the_full_name_its_footer_gives():
    # "Monitor" heading the page, "Daily Monitor" over the owner's copyright
    assert clean_page(PAGES / "short_brand_masthead.txt").outlet == "Daily Monitor"


def test_a_name_over_the_closing_chrome_alone_signs_the_article():
    page = (PAGES / "daily_signoff.txt").read_text(encoding="utf-8").replace(
        "Issa KABORÉ\nLefaso.net\n\nAlso read: Dablo: the army announces operations in the area\n",
        "Issa Kaboré\n\nTranslated by machine. The original French text prevails.\nShare: Facebook  Twitter  WhatsApp\n")
    from sitrep.model import RawArticle
    from sitrep.pipeline import clean_raw_article
    (doc,) = clean_raw_article(RawArticle(source="x.txt", text=page, fmt="txt"))
    assert doc.authors == ["Issa Kaboré"]
    assert "Issa Kabor" not in doc.text and "Translated by machine" not in doc.text


def test_a_wire_credited_on_its_own_line_is_no_author():
    page = "Floods cut the coast road near Varos\nBy Mira Test\nMarch 4, 2025\nWith Reuters\n\n" \
           "Floodwater cut the coast road near Varos on Monday, the regional authority said, leaving three villages " \
           "without supplies for a second day.\n"
    from sitrep.model import RawArticle
    from sitrep.pipeline import clean_raw_article
    (doc,) = clean_raw_article(RawArticle(source="x.txt", text=page, fmt="txt"))
    assert doc.authors == ["Mira Test"]
    assert "With Reuters" not in doc.text
