"""Pipe-separated byline lines and a publication's name heading the page (invented pages)."""
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article
from sitrep.metadata.pipes import pipe_byline


def _doc(text: str):
    raw = RawArticle(source="r11.txt", text=text, fmt="txt")
    return clean_raw_article(raw)[0]


def test_by_name_outlet_date_line_gives_author_and_outlet():
    doc = _doc("Drone strike hits fuel depot outside Tbilisi suburb\n"
               "By Nino Beridze | Caucasus Courier | Tuesday, March 4, 2025\n\n"
               "TBILISI — A drone struck a fuel depot on the outskirts of the city on Monday night, officials said.\n\n"
               "The interior ministry said no one was hurt in the blaze, which burned for six hours.\n")
    assert doc.authors == ["Nino Beridze"]
    assert doc.outlet == "Caucasus Courier"
    assert doc.published == "2025-03-04"
    assert "Beridze" not in doc.text


def test_name_place_date_line_is_an_author_not_an_outlet():
    doc = _doc("Sahel Morning Herald\nMilitants ambush convoy near Gao\n"
               "Amadou Traore | Bamako | 3 June 2025\n\n"
               "Gunmen ambushed a supply convoy near Gao on Sunday, killing four soldiers, the army said.\n\n"
               "The convoy was carrying fuel to a base in the north, a military source said.\n")
    assert doc.authors == ["Amadou Traore"]
    assert doc.outlet == "Sahel Morning Herald"
    assert doc.published == "2025-06-03"


def test_site_published_source_line_names_the_site_as_outlet_never_author():
    doc = _doc("The Kivu Observer | Published: 12 May 2025 | Source: Great Lakes News Agency\n"
               "Rebels seize mining town in eastern Congo\n\n"
               "GOMA, May 12 (GLNA) - Rebels seized the mining town of Rubaya on Sunday after two days of "
               "fighting, residents said.\n\nThe army said it had withdrawn to avoid civilian casualties.\n")
    assert doc.authors == []
    assert doc.outlet == "The Kivu Observer"
    assert doc.published == "2025-05-12"


def test_pipe_byline_leaves_mastheads_and_navigation_alone():
    assert pipe_byline("LAKE TANA BRIEF | Issue 40 | 6 June 2025") is None
    assert pipe_byline("Home | World | 4 March 2025") is None
    assert pipe_byline("By Mira Osei | Accra | 2 May 2025").authors == ("Mira Osei",)


def test_first_line_outlet_name_with_copyright_footer():
    doc = _doc("Delta Evening Gazette\nTroops clash with militants in Rakhine\nBy Aung Min\n\n"
               "Fighting broke out near Sittwe on Friday between government troops and an armed group, witnesses said.\n\n"
               "At least three civilians were wounded, a hospital official said.\n\n"
               "© 2025 Delta Evening Gazette. All rights reserved.\n")
    assert doc.outlet == "Delta Evening Gazette"
    assert doc.authors == ["Aung Min"]


def test_plain_name_above_title_needs_the_copyright_line():
    body = ("Border Watch\nShelling resumes along the frontier\nBy Olena Kovalenko\n\n"
            "Shelling resumed along the frontier on Sunday, local officials said, after a two-day lull.\n\n"
            "Two houses were destroyed in the village of Velyka Pysarivka, the regional governor said.\n")
    assert _doc(body).outlet is None
    assert _doc(body + "\nCopyright 2025 Border Watch. All rights reserved.\n").outlet == "Border Watch"


def test_section_kicker_above_title_is_no_outlet():
    doc = _doc("Latest News\nRebels shell market in Bunia\nBy Esther Kanyere\n\n"
               "BUNIA — Rebels shelled a market in Bunia on Saturday, killing two traders, witnesses said.\n")
    assert doc.outlet is None
