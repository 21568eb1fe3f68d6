"""Round 19 page metadata: headline below a site slogan, agency and end-credit bylines, think-tank
author lines, em-dash and joint datelines, glued stamps. Invented pages (Sahel, Caucasus, Yemen)."""
from sitrep.metadata.dateline import find_dateline
from sitrep.metadata.dates import stamp_date
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_BODY = ("Fighters of an armed group attacked an army post near the town on Sunday, killing at least "
         "twelve soldiers, the regional governor said in a statement on Monday.\n"
         "The attack was the deadliest in the province since the start of the year, officials said.\n")


def _doc(text: str):
    return clean_raw_article(RawArticle(source="page.txt", text=text, fmt="txt"))[0]


def test_title_skips_site_slogan_above_headline():
    page = ("Skip to main content\nTrusted reporting on the Sahel for decision makers everywhere\nWorld\nAfrica\n"
            "Militants kill twelve soldiers in attack on Niger army post\nBy Amadou Sy and Claire Dumont\n"
            "March 4, 2025 10:12 AM GMTUpdated 3 hours ago\n"
            "NIAMEY, March 4 (Reuters) - " + _BODY)
    doc = _doc(page)
    assert doc.title == "Militants kill twelve soldiers in attack on Niger army post"
    assert doc.authors == ["Amadou Sy", "Claire Dumont"]
    assert doc.published == "2025-03-04"
    assert doc.dateline == "NIAMEY"


def test_headline_with_standfirst_below_slogan():
    page = ("Caucasus Monitor\nIndependent analysis of conflict across the Caucasus region\nNews\nAnalysis\n\n"
            "Why the ceasefire along the northern line keeps breaking down\n"
            "Shelling resumed within hours, and neither side is ready to pull its heavy guns back now\n"
            "Written by Nino Beridze\n\n" + _BODY)
    assert _doc(page).title == "Why the ceasefire along the northern line keeps breaking down"


def test_agency_byline_and_end_credit_give_no_extra_authors():
    page = ("Yemen clashes kill dozens near Marib\nBy Reuters\nJune 2, 2025\n\n"
            "MARIB, June 2 (Reuters) - " + _BODY)
    assert _doc(page).authors == []
    page = ("Yemen clashes kill dozens near Marib\nBy Yasmín Saleh\nJune 2, 2025\n\n"
            "MARIB, June 2 (Reuters) - " + _BODY +
            "\n(Reporting by Yasmin Saleh and Omar Fadl; Editing by Tom Barrow)\n")
    assert _doc(page).authors == ["Yasmín Saleh"]


def test_end_credit_names_authors_without_byline():
    page = ("Yemen clashes kill dozens near Marib\nJune 2, 2025\n\n"
            "MARIB, June 2 (Reuters) - " + _BODY + "\n(Reporting by Yasmin Saleh; Editing by Tom Barrow)\n")
    assert "Yasmin Saleh" in _doc(page).authors


def test_think_tank_author_lines():
    page = ("Sahel Policy Brief\nAbout | Research | Events\n"
            "Mali's junta bets on new allies as northern towns fall\n"
            "The loss of two garrisons leaves Bamako with fewer options in the north.\n"
            "12 May 2025\nAwa Traoré, Senior Researcher, West Africa, SPB Dakar\n"
            "Henrik Olsen, Consultant, SPB Dakar\n\n" + _BODY)
    assert _doc(page).authors == ["Awa Traoré", "Henrik Olsen"]


def test_datelines():
    # a joint dateline names both desks: kept whole (round 32; it used to be cut to the first)
    assert find_dateline("TRIPOLI/BENGHAZI, Dec 1 (Reuters) - Rival forces").place == "TRIPOLI/BENGHAZI"
    d = find_dateline("MOPTI, Republic of Mali, Feb 9 (Reuters) - Gunmen")
    assert d.place == "MOPTI" and d.month_day == (2, 9)
    assert find_dateline("Tripoli — Rival forces clashed").place == "Tripoli"


def test_em_dash_dateline_after_standfirst_and_label():
    page = ("Libya clashes leave capital on edge\nRival brigades traded fire through the night in the capital\n"
            "WORLD / AFRICA\nby Salma Idris\n15 April 2025 - 09:10\n\n"
            "Tripoli — Rival brigades traded fire overnight, killing at least six people, officials said on Tuesday.\n"
            + _BODY)
    assert _doc(page).dateline == "Tripoli"


def test_glued_stamps():
    assert stamp_date("Published On 3 Mar 20253 Mar 2025")[0].isoformat() == "2025-03-03"
    assert stamp_date("March 3, 2025 9:41 AM GMTUpdated 2 hours ago")[0].isoformat() == "2025-03-03"
    assert stamp_date("March 3, 2025 was a day of heavy fighting in the north") is None
