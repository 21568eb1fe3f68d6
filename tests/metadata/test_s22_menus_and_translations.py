"""Session 22: pages whose head is a masthead, a slogan and a one-line menu (an aggregator's
machine translation, a local daily, a portal's copy), and the metadata they hold: the headline
under the slogan, the date in the address line, bars between reporters, a name over the listen
widget, a title-case dateline closed by a colon, a dotted stamp closed by the ordinal dot.
Invented pages in several outlets' styles."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_checks import clean_page

from sitrep.clean.chrome import chrome_reason
from sitrep.clean.glue import find_glue_edits
from sitrep.metadata.byline import byline_authors
from sitrep.metadata.dateline import find_dateline
from sitrep.metadata.dates import stamp_date
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

PAGES = Path(__file__).parent.parent / "fixtures" / "s22_pages"


def _doc(name: str):
    return clean_page(PAGES / name)


def test_translated_aggregator_page():
    doc = _doc("aggregator_translated.txt")
    assert doc.title == "Attack on army camp in Sabha kills six soldiers, ministry says"
    assert doc.outlet == "Sahara Relay"                       # the name over the menu
    assert (doc.published, doc.published_basis) == ("2025-03-14", "url line in text")
    assert doc.text.startswith("The Ministry of Defence")
    assert "Translated automatically" not in doc.text and "Home  Politics" not in doc.text
    assert "North African news" not in doc.text


def test_local_daily_with_vertical_menu_and_listen_widget():
    doc = _doc("local_daily_menu.txt")
    assert doc.authors == ["Meera Talwar"]
    assert doc.dateline == "Kohima"
    assert doc.published == "2025-06-02"
    assert "Listen to Story" not in doc.text and "https://" not in doc.text


def test_portal_copy_with_piped_byline_and_dotted_stamp():
    doc = _doc("portal_copy_piped.txt")
    assert doc.authors == ["Jelena Marković", "Arben Krasniqi"]
    assert doc.published == "2023-10-04"
    for gone in ("Opens in new window", "UPDATE: Adds reaction", "Politics  World"):
        assert gone not in doc.text


@pytest.mark.parametrize("line", [
    "Home   Ecuador   Colombia   Peru   Bolivia   Subscribe",
    "Home | Latest news | New Zealand | World | Business | Sport",
    "Germany  World  Africa  Business  Science  Culture  Sports",
])
def test_one_line_menus_are_navigation(line):
    assert chrome_reason(line)[0] == "navigation"


@pytest.mark.parametrize("line", [
    "Klaus Dahlmann | Aline Kossou",                 # two reporters: a byline, not a menu
    "The army said  it would attack  the town  today",
    "Killed | Wounded | Missing",                    # three items: too few for a menu
])
def test_lines_that_are_no_menu(line):
    found = chrome_reason(line)
    assert found is None or found[0] != "navigation"


def test_translation_notices():
    for line in ("Language: English (automatic translation)",
                 "Translated automatically from French. Original: https://www.example.bj/2025/04/24/"
                 "attaque-du-parc-le-gouvernement-annonce-un-bilan/"):
        assert chrome_reason(line)[0] == "translation disclaimer"


def test_piped_reporters_but_not_a_piped_outlet():
    assert byline_authors("By Klaus Dahlmann | Aline Kossou") == ["Klaus Dahlmann", "Aline Kossou"]
    assert byline_authors("By Jane Doe | Reuters") == ["Jane Doe"]
    assert byline_authors("By Jane Doe | Senior Correspondent") == ["Jane Doe"]


def test_colon_dateline_needs_a_known_place():
    assert find_dateline("Imphal: Ten suspected militants were killed on Monday").place == "Imphal"
    assert find_dateline("Analysis: The war goes on") is None
    assert find_dateline("Officials: The army will stay") is None


def test_dotted_stamp_with_its_ordinal_dot():
    assert str(stamp_date("25.09.2023. 08:14")[0]) == "2023-09-25"
    assert str(stamp_date("25.09.2023.")[0]) == "2023-09-25"


def test_no_glue_repair_inside_an_address():
    lines = ["Source: https://www.example.ec/noticias/2024/01/09/encapuchados-toman-canal-nota/ today",
             "the soldiersattacked the town"]
    edits = find_glue_edits(lines)
    assert edits[0] == [] and len(edits[1]) == 1


@pytest.mark.parametrize(("line", "reason"), [
    ("Please log in to leave a comment.", "comment widget"),
    ("Sign in to comment", "comment widget"),
    ("Valley Times News — Copyright 2024 The Valley Printers Ltd.", "copyright"),
    ("Villagers in a still from a video released by the rebels in 2023. Photo / Supplied", "photo caption"),
    ("Police secure the road near the village of Tarsk   -   Copyright  Ana Vell/REUTERS", "photo caption"),
    ("Subscribe to our channels on YouTube, Telegram & WhatsApp", "social prompt"),
])
def test_more_page_chrome(line, reason):
    assert chrome_reason(line)[0] == reason


@pytest.mark.parametrize("line", [
    "The army said the attack - which killed six - was planned by the group.",
    "The rebels follow the river to the border, residents said.",
])
def test_prose_is_no_chrome(line):
    assert chrome_reason(line) is None


def test_republished_wire_version_keeps_the_sites_headline():
    page = "\n".join([
        "The Valley Print", "Home", "Politics", "Economy", "Defence",
        "Six soldiers killed in border ambush, two missing",
        "Reuters",
        "Updated: 12 March, 2025 10:05 am",
        "UPDATE 1-Gunmen kill six soldiers in ambush near the northern border",
        "",
        "TARSK, March 11 (Reuters) - Gunmen killed six soldiers in an ambush near the northern border "
        "on Tuesday, the army said, and two others were missing.",
        "",
        "The army said the attackers fled across the river after a two-hour gunfight.",
    ])
    (doc,) = clean_raw_article(RawArticle(source="valley_print.txt", text=page, fmt="txt"))
    assert doc.title == "Six soldiers killed in border ambush, two missing"
    assert "UPDATE 1-" not in doc.text


def test_wire_file_with_its_slug_first_takes_the_slug_headline_as_printed():
    page = "\n".join([
        "UPDATE 2-Gunmen kill six soldiers in ambush near the northern border",
        "",
        "TARSK, March 11 (Reuters) - Gunmen killed six soldiers in an ambush near the northern border "
        "on Tuesday, the army said, and two others were missing.",
        "",
        "The army said the attackers fled across the river after a two-hour gunfight.",
    ])
    (doc,) = clean_raw_article(RawArticle(source="wire_slug.txt", text=page, fmt="txt"))
    # one version heading the file: the headline as printed (gold titles are copied byte-exact)
    assert doc.title == "UPDATE 2-Gunmen kill six soldiers in ambush near the northern border"
    assert doc.text.startswith("TARSK")


def test_copyright_word_before_the_sign_is_no_part_of_the_owner():
    from sitrep.metadata.masthead import copyright_outlet
    assert copyright_outlet("Valleynews Copyright © 2024") == "Valleynews"
    assert copyright_outlet("Sahel Courier © 2025") == "Sahel Courier"
