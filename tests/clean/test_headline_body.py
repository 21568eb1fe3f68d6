"""A whole page as a crude scraper keeps it: menus, a newsletter pitch and related stories'
headlines above the article. The headline is the line over the standfirst or the byline that
opens the article's run of prose, not the first headline-shaped line of the page."""
from sitrep.clean.chrome import mark_chrome
from sitrep.clean.headline import _unanchored
from sitrep.clean.headline_body import anchored, article_run, standfirst_headline
from sitrep.clean.lines import split_lines
from sitrep.clean.zones import first_prose
from sitrep.metadata.extract import mark_metadata
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_PROSE = ("Militia fighters withdrew from three villages north of Velmora on Monday, residents said, "
          "a day after the regional council agreed to open talks with their commanders.\n"
          "Hundreds of families who fled in the autumn began returning by tractor and on foot, "
          "although aid groups warned that mines still lined the roads.\n"
          "The council said the talks would resume in the provincial capital next week, and that "
          "observers from the neighbouring provinces had been invited to attend them.\n"
          "Elders from the villages said they would hold the commanders to their word.\n")
_MENU = ("Home\nWorld\nRegions\nBusiness\nSign up to newsletters\nOur weekly briefing\n"
         "Get the essential stories from the region, in your inbox every Friday morning.\n"
         "Subscribe today\nFeatured sections\nElections\nDefence\nMigration\nClimate\nTrade\n"
         "Podcasts\nEvents\nPrint edition\nAbout us\n")
_HEADLINE = "Militias pull back from villages north of Velmora"
_STANDFIRST = "Commanders agreed to withdraw after a week of talks brokered by the elders.\n"


def _doc(text: str):
    return clean_raw_article(RawArticle(source="velmora.txt", text=text, fmt="txt"))[0]


def test_a_pitch_read_as_prose_does_not_hide_the_headline_below_it():
    doc = _doc(_MENU + _HEADLINE + "\n" + _STANDFIRST + "By\nNadia Voss\nMarch 4, 2025\n"
               "Share on Facebook\nShare on X\nPrint\n" + _PROSE)
    assert doc.title == _HEADLINE
    assert doc.published is not None and str(doc.published).startswith("2025-03-04")


def test_the_headline_over_a_standfirst_beats_a_menu_item_above():
    doc = _doc("Sections\nTrending Now On Velmora Daily\nMost Read This Week\n" + _HEADLINE + "\n"
               + _STANDFIRST + "By Nadia Voss\nMarch 4, 2025\n" + _PROSE)
    assert doc.title == _HEADLINE


def test_a_kicker_between_the_headline_and_its_standfirst():
    doc = _doc("Sections\nTrending Now On Velmora Daily\n" + _HEADLINE + "\n'NO TURNING BACK'\n"
               + _STANDFIRST + "By Nadia Voss\nMarch 4, 2025\n" + _PROSE)
    assert doc.title == _HEADLINE


def test_a_name_over_the_first_prose_line_is_no_headline():
    lines = split_lines("Sections\nNadia Voss\nThanks for writing to us, we have received your message.\n"
                        "March 4, 2025\n" + _PROSE)
    assert standfirst_headline(lines, 2, 0) is None


def test_related_headlines_with_bylines_above_the_article():
    related = "".join(f"Year in review\nRelated story number {n} on the talks in the hills\nBy Omar Haddad\n"
                      for n in range(1, 8))
    doc = _doc(_MENU + related + "Year in review\n" + _HEADLINE + "\n" + _STANDFIRST
               + "By Nadia Voss\nMarch 4, 2025\n" + _PROSE)
    assert doc.title == _HEADLINE


def test_the_article_run_is_the_prose_far_below_a_lone_pitch():
    lines = split_lines(_MENU + _HEADLINE + "\nBy Nadia Voss\n" + _PROSE)
    first = first_prose(lines)
    assert lines[first].text.startswith("Get the essential stories")
    assert lines[article_run(lines, first)].text.startswith("Militia fighters withdrew")


def test_an_article_right_under_its_first_prose_line_keeps_it():
    lines = split_lines(_HEADLINE + "\n" + _STANDFIRST + "By Nadia Voss\n" + _PROSE)
    first = first_prose(lines)
    assert article_run(lines, first) == first


def test_a_lone_by_line_anchors_the_headline():
    lines = split_lines(_HEADLINE + "\nBy\nNadia Voss\n" + _PROSE)
    assert anchored(lines, 0, first_prose(lines))


def test_a_clean_article_keeps_its_headline():
    doc = _doc(_HEADLINE + "\nBy Nadia Voss\nMarch 4, 2025\n" + _PROSE)
    assert doc.title == _HEADLINE
    assert doc.text.startswith("Militia fighters withdrew")


def test_a_headline_with_a_wire_label_between_it_and_its_stamp_beats_a_pitch_above():
    pitch = "Subscribe Now! Get our premium features\n" + "".join(f"Feature number {n}\n" for n in range(1, 12))
    doc = _doc(pitch + "News / Region / " + _HEADLINE + "\n" + _HEADLINE + "\nWire |\nMarch 4, 2025\n"
               "Share via\n" + _PROSE)
    assert doc.title == _HEADLINE


def test_a_line_dated_above_the_one_chosen_does_not_replace_it():
    # the site's slogan over its menu and the dated bar: a stamp follows it, but it stands above
    # the line chosen, which the rescue never trades for a line higher up
    lines = split_lines("Velmora Courier\nThe Voice Of The Northern Hills\nHome | Region | World | Opinion\n"
                        "Wednesday, March 4th 2025 - 08:40 UTC\n" + _HEADLINE + "\nFull article\nComments\n"
                        "The council described the militias as armed groups beyond its control\n" + _PROSE)
    mark_chrome(lines)
    mark_metadata(lines)
    found, _ = _unanchored(lines, 0, first_prose(lines), 4)
    assert found == 4


def test_a_list_of_dated_teasers_above_the_article_headline():
    teasers = "".join(f"Teaser story number {n} about the hills of Velmora\nFebruary {n + 10}, 2025\n"
                      for n in range(1, 5))
    doc = _doc("Home\nRegion\n" + teasers + "Region > " + _HEADLINE + "\nRegion\n" + _HEADLINE
               + "\nLast updated: March 4, 2025\nShare\n" + _PROSE)
    assert doc.title == _HEADLINE
    assert str(doc.published).startswith("2025-03-04")


def test_one_stamp_under_a_headline_and_its_caption_is_one_head():
    doc = _doc("Advice\n" + _HEADLINE + "\nPublished: March 4, 2025\n"
               "Elders of the villages meet the commanders in a school hall near the road\n"
               "Subscribers can share this story with anyone\nBy\nNadia Voss\n" + _PROSE)
    assert doc.title == _HEADLINE
