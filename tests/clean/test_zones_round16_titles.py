"""Page titles: a site menu, a letterhead and the publisher's own name are no headline, and a
slash between single letters ("M/V", "w/o") is no breadcrumb. Invented pages."""
import pytest

from sitrep.clean.zones import looks_like_headline
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

PROSE = ("The attack began before dawn, when gunmen opened fire on a checkpoint outside the town, "
         "local officials said on Tuesday.\n\nResidents said the fighting lasted several hours and "
         "that dozens of families fled towards the river.\n")


def _doc(text: str):
    docs = clean_raw_article(RawArticle(source="t.txt", text=text, fmt="txt"))
    assert len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("menu", [
    "Home  News  Sahel  Region  World  Opinion",
    "Inicio  Política  Sociedad  Deportes",
    "Menu  Home  DRC  Africa  Opinion",
    "Latest | Myanmar | Region | Video",
    "News • Sudan • Analysis • Podcasts",
    "Front Page  Kivu Region  East Africa  Contact Us",
])
def test_a_menu_line_is_no_headline(menu):
    assert not looks_like_headline(menu)


@pytest.mark.parametrize("headline", [
    "Rebels Seize Airport As Army Retreats From Northern Town",
    "Title Case Headlines With Many Words Stay Headlines",
    "Drone Strike Kills Four Near Port Sudan",
    "Army says 14 insurgents killed in clashes near Mopti",
    "Kherson Shelling: Two Killed, Eight Wounded",
])
def test_title_case_headlines_are_not_menus(headline):
    assert looks_like_headline(headline)


def test_menu_line_above_the_headline_is_navigation():
    doc = _doc("Sahel Courier\nHome  News  Mali  Region  World  Opinion\n"
               "Jihadists kill 11 soldiers in ambush near Boni\nBy Aminata Traoré\n\n" + PROSE)
    assert doc.title == "Jihadists kill 11 soldiers in ambush near Boni"
    assert not doc.text.startswith("Jihadists kill")
    assert "Home  News  Mali  Region  World  Opinion" in [r.text for r in doc.removed]


@pytest.mark.parametrize("headline, allowed", [
    ("Navy escorts M/V Coral Dawn after drone attack in Gulf of Aden", True),
    ("Convoy reaches besieged town w/o fuel or medicine", True),
    ("News / World / Drone attack on tanker", False),
    ("Home/News/World/Africa", False),
    ("Ceasefire holds 24/7 says monitor group", False),
])
def test_slash_between_single_letters_is_no_breadcrumb(headline, allowed):
    assert looks_like_headline(headline) is allowed


def test_release_headline_with_a_vessel_prefix_is_the_title():
    doc = _doc("JOINT TASK FORCE SOUTH\nPRESS OFFICE\n\nFOR IMMEDIATE RELEASE\nRelease No. 07-118\n"
               "March 4, 2025\n\nTask Force Escorts M/V Coral Dawn Through Strait After Missile Threat\n\n"
               + PROSE)
    assert doc.title == "Task Force Escorts M/V Coral Dawn Through Strait After Missile Threat"


@pytest.mark.parametrize("letterhead", [
    "REGIONAL MARITIME SECURITY OPERATIONS",
    "SOUTHERN THEATRE COMMAND",
    "MINISTRY OF DEFENCE",
    "HUMANITARIAN COORDINATION OFFICE",
])
def test_capitals_letterhead_above_a_heading_is_not_the_title(letterhead):
    doc = _doc(f"{letterhead}\n\nGunmen attack fishing boats off the northern coast\n\n" + PROSE)
    assert doc.title == "Gunmen attack fishing boats off the northern coast"


def test_capitals_headline_stays_a_headline():
    doc = _doc("REBELS SEIZE AIRPORT IN NORTHERN TOWN\n\n" + PROSE)
    assert doc.title == "REBELS SEIZE AIRPORT IN NORTHERN TOWN"


def test_print_page_publisher_line_is_not_the_headline():
    doc = _doc("Print this article\nThe Caucasus Review Monthly\n"
               "Shelling along the line of contact empties border villages\nBy Nino Beridze | 02/03/2025\n"
               + PROSE + "(c) 2025 The Caucasus Review Monthly. All rights reserved.\n")
    assert doc.title == "Shelling along the line of contact empties border villages"
    assert "The Caucasus Review Monthly" not in doc.text.split("\n\n")[0]


def test_title_case_headline_not_named_in_the_footer_stays_the_title():
    doc = _doc("Border Villages Empty Out\n\n" + PROSE + "(c) 2025 The Caucasus Review Monthly. All rights reserved.\n")
    assert doc.title == "Border Villages Empty Out"


def test_masthead_above_a_menu_is_the_outlet_line():
    doc = _doc("STEPPE-NORTH WIRE\nAsia  Politics  Defence  Markets\n"
               "Border guards detain 40 after clash at mountain pass\nBy Aruzhan Sadykova\n\n" + PROSE)
    assert doc.title == "Border guards detain 40 after clash at mountain pass"
    assert [r.reason for r in doc.removed if r.text == "STEPPE-NORTH WIRE"] == ["outlet line"]


def test_without_annotations_only_touches_lines_with_a_parenthesis():
    from sitrep.clean.zones import ANNOTATION, without_annotations
    for text in ["Lena Kord (now) and Tomas Ash (earlier)", "Lena Kord   and Tomas Ash", "  (Live) Zarvo  ", ""]:
        assert without_annotations(text) == ANNOTATION.sub("", text)
