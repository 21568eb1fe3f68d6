"""Round 35: document metadata on page shapes not read before: a wire or newsroom in the byline's
place on a portal whose footer names its corporate owner, a broadcaster's correspondent line,
"By" on its own line, a bare name over the stamp, datelines closed by a full stop, after a comma
and bracket, or with a state agency's code; "AFP Published ..." and "Kabul time" stamps; the
site's date of the day above the headline; related stories' bylines and stamps below the text."""
from sitrep.metadata.byline import byline_authors
from sitrep.metadata.dateline import find_dateline
from sitrep.metadata.dates import report_weekday, stamp_date
from sitrep.metadata.house_bylines import correspondent_byline, outlet_byline
from sitrep.metadata.outlet import from_source_line
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _doc(text: str):
    return clean_raw_article(RawArticle(source="a.txt", text=text, fmt="txt"))[0]


_LEDE = ("Gunmen killed seven villagers in an overnight raid on a hamlet near the border, local "
         "officials said on Tuesday, as the army sent reinforcements to the district.")


def test_wire_byline_beats_the_corporate_owner_in_the_footer():
    page = "\n".join([
        "Market Pulse", "Subscribe | Sign In", "Markets  Economy  Data", "Share", "",
        "Seven villagers killed in raid near Mozambique border", "",
        "By Reuters - Thomson Reuters Foundation", "June 3, 2025", "",
        "MAPUTO, June 3 (Reuters) - " + _LEDE, "",
        "The district administrator said the attackers fled into the bush.", "",
        "Copyright © 2025 Pulse Media Company, Inc. All Rights Reserved",
    ])
    doc = _doc(page)
    assert doc.outlet == "Reuters"
    assert doc.authors == []
    assert "By Reuters" not in doc.text


def test_outlet_bylines():
    assert outlet_byline("By AFP - Agence France Presse") == "AFP"
    assert outlet_byline("Text by: FRANCE 24") == "France 24"
    assert outlet_byline("By: RFI") == "RFI"
    assert outlet_byline("By The Highland Mirror Reporter and agencies") == "The Highland Mirror"
    assert outlet_byline("By Kigali Courier Correspondent") == "Kigali Courier"
    # a person's byline, a staff credit and an organisation are no outlet bylines
    assert outlet_byline("By Amina Yusuf") is None
    assert outlet_byline("By Amina Yusuf - Reuters") is None
    assert outlet_byline("By Staff Reporter") is None
    assert outlet_byline("By the Lake Chad Relief Network") is None


def test_correspondent_line_names_the_reporter():
    assert correspondent_byline("With our correspondent in Goma, Patient Ligodi") == ["Patient Ligodi"]
    assert correspondent_byline("Avec notre correspondant à Niamey, Moussa Kaka") == ["Moussa Kaka"]
    assert correspondent_byline("With our correspondent in Goma") is None
    page = "\n".join([
        "RADIO WEST", "Africa", "",
        "Villagers bury the dead after raid near Beni", "",
        "Published on: 04/06/2025 - 10:12", "",
        "With our correspondent in Goma, Patient Ligodi", "",
        _LEDE, "",
    ])
    doc = _doc(page)
    assert doc.authors == ["Patient Ligodi"]


def test_by_on_its_own_line_and_a_bare_name_over_the_stamp():
    split = _doc("\n".join([
        "Drone strikes hit fuel depot in Port Sudan", "By", "Hamid Osman, Nile Courier",
        "May 6, 2025", "", _LEDE, "", "The army said its air defences shot down most drones.",
    ]))
    assert split.authors == ["Hamid Osman"]
    assert "Hamid Osman" not in split.text
    bare = _doc("\n".join([
        "Drone strikes hit fuel depot in Port Sudan",
        "Officials say the strikes caused a fire that burned for hours at the depot near the port and "
        "forced the closure of the terminal for the rest of the week.",
        "Hamid Osman", "4 min read", "May 6, 2025", "", _LEDE,
    ]))
    assert bare.authors == ["Hamid Osman"]
    # a button's words over the stamp are no reporter
    label = _doc("\n".join(["Drone strikes hit fuel depot in Port Sudan", "Partner Content", "May 6, 2025", "", _LEDE]))
    assert label.authors == []


def test_byline_with_the_outlet_glued_on():
    assert byline_authors("By Jane Roe The Associated Press") == ["Jane Roe"]
    assert byline_authors("By Omar Haddad For Mailonline") == ["Omar Haddad"]
    assert byline_authors("By Jane Roe") == ["Jane Roe"]


def test_related_stories_bylines_are_not_the_articles():
    page = "\n".join([
        "Ceasefire talks resume in Doha", "By Leila Haddad", "May 6, 2025", "",
        _LEDE, "", "Mediators said the talks would continue for three days.", "",
        "More stories", "Aid convoy reaches northern town", "By Omar Nasser", "May 5, 2025",
        "Hospital runs out of fuel", "By Rania Aziz", "May 4, 2025",
    ])
    doc = _doc(page)
    assert doc.authors == ["Leila Haddad"]
    assert doc.published == "2025-05-06"


def test_site_date_of_the_day_above_the_headline_loses_to_the_articles_stamp():
    page = "\n".join([
        "THE DAILY LEDGER", "Sunday, June 8, 2025", "Home | World | Business", "",
        "Ceasefire talks resume in Doha", "", "Jun 6, 2025 09:06 PM", "", _LEDE,
    ])
    assert _doc(page).published == "2025-06-06"


def test_update_stamp_under_the_headline_beats_a_related_storys_stamp():
    page = "\n".join([
        "Ceasefire talks resume in Doha", "By Leila Haddad", "Updated June 8, 2025 10:48 AM", "",
        _LEDE, "", "Mediators said the talks would continue.", "", "Related",
        "June 1, 2025 5:36 PM", "Aid convoy reaches northern town",
    ])
    assert _doc(page).published == "2025-06-08"


def test_datelines_closed_by_a_full_stop_a_bracket_or_an_agency_code():
    assert find_dateline("Nairobi. Police said on Monday that ...").place == "Nairobi"
    assert find_dateline("Meanwhile. Police said on Monday").__class__.__name__ == "NoneType"
    found = find_dateline("Goma, (Radio Okapi / AFP) - At least nine people were killed")
    assert found.place == "Goma" and found.credit == "Radio Okapi / AFP"
    found = find_dateline("Vientiane, March 4, 2025 KPL -- Lao troops ...")
    assert found.place == "Vientiane" and found.credit == "KPL" and found.year == 2025


def test_full_stop_dateline_after_a_one_sentence_standfirst():
    page = "\n".join([
        "Raid on army camp leaves nine dead", "Tuesday, May 13, 2025",
        "  Officials say four soldiers and five civilians died in the dawn assault.",
        "Nairobi. Nine people lost their lives on Sunday after fighters raided a military camp in "
        "the north-east, police said yesterday.", "",
        "The attackers fled towards the border, a local official said.",
    ])
    doc = _doc(page)
    assert doc.dateline == "Nairobi"


def test_slash_credit_names_the_publisher_first():
    page = "\n".join([
        "Raid on army camp leaves nine dead", "",
        "Goma, (Radio Okapi / AFP) - At least nine people were killed when militiamen attacked an "
        "army post, the army said on Monday.", "",
    ])
    assert _doc(page).outlet == "Radio Okapi"


def test_stamps_with_an_agency_code_a_local_time_or_a_desk():
    assert stamp_date("AFP Published March 4, 2025 Updated 4 Mar, 2025 09:12am") is not None
    assert stamp_date("Last updated 13 Mar 2025, 21:40 Kabul time")[0].isoformat() == "2025-03-13"
    assert stamp_date("Manila Desk / 09:45 AM March 21, 2025")[0].isoformat() == "2025-03-21"
    assert stamp_date("Fighting near Kabul / March 21, 2025") is None


def test_wire_report_weekday_without_on():
    assert report_weekday("at least nine people were killed on Sunday, the government said Monday.") == 0
    assert report_weekday("the army said on Tuesday") == 1


def test_aggregator_source_line_with_a_native_name_and_a_wire():
    assert from_source_line("Source: Reuters (رويترز) / Some Local Paper", parts=True) == "Reuters"
    assert from_source_line("Source: Kabul Daily Times (کابل) / Reuters", parts=True) == "Reuters"
    assert from_source_line("Source: Kabul Daily Times (کابل) / Reuters") is None


def test_desk_byline_names_no_person():
    page = "\n".join([
        "Live updates: clashes near the border", "Kivu Today Newsroom",
        "Last updated 13 Feb 2025, 21:40 Goma time", "", _LEDE,
    ])
    doc = _doc(page)
    assert doc.authors == []
    assert doc.published == "2025-02-13"
