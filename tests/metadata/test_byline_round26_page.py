"""Round 26: bylines and mastheads on invented pages (a Myanmar digest, a Caucasus weekly, a
pan-African video site): a second reporter after ", with", a social handle after the name, a
font-size widget, a tagline under the masthead, a lower-case logo the byline repeats."""
from sitrep.metadata.byline import byline_authors, names_in
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _doc(text: str):
    return clean_raw_article(RawArticle(source="page.txt", text=text, fmt="txt"))[0]


def test_comma_with_joins_the_second_reporter():
    assert byline_authors("By Thant ZAW, with Marie LEROY in Bangkok") == ["Thant Zaw", "Marie Leroy"]


def test_handle_after_name_is_dropped():
    assert names_in("Nino Beridze @NinoBeridze") == ["Nino Beridze"]


def test_font_size_widget_is_no_name():
    assert names_in("A A A") == []
    assert names_in("J. R. Smith") == ["J. R. Smith"]


TAGLINE = """CAUCASUS WEEKLY
Your region, your news, every day
Home / Georgia / Politics
Georgia: clashes outside parliament as police disperse protesters
Source: Caucasus Weekly with agencies
Listen

Police in Tbilisi used water cannon and tear gas overnight to disperse thousands of protesters outside parliament, the interior ministry said on Friday.

The ministry said 43 people were detained and 12 officers injured. Opposition parties said dozens of demonstrators were hurt.

Protests have continued for a week since the government suspended talks with the European Union.
"""


def test_tagline_above_breadcrumb_is_not_the_headline():
    assert _doc(TAGLINE).title == "Georgia: clashes outside parliament as police disperse protesters"


HANDLE = """Irrawaddy Notes
Home
News
NEWS
Junta air strike on village school kills nine, residents say
Khin Thida @KhinThida
April 2, 2025

Sagaing - An air strike on a village school in Sagaing region killed nine people, including six children, residents told Irrawaddy Notes on Wednesday.

The military did not respond to requests for comment. It has previously denied targeting civilians.
"""


def test_byline_with_handle_gives_the_author():
    assert _doc(HANDLE).authors == ["Khin Thida"]


LOGO = """savannahtv.
News
Video
Live
Niger
Niger: twelve soldiers killed in attack near Tillaberi

By Savannahtv
with AFP
Last updated: 14/05 - 10:20
At least twelve soldiers were killed on Tuesday when gunmen attacked an army post near Tillaberi in western Niger, the defence ministry said.

The ministry said the attackers fled towards the border with Mali and that reinforcements had been sent.

No group has claimed the attack, but fighters linked to the Islamic State group are active in the area.
"""


def test_lower_case_logo_confirmed_by_byline_is_the_outlet():
    doc = _doc(LOGO)
    assert doc.outlet == "Savannahtv"
    assert doc.authors == []


FONT = """Gulf Observer
Region
Houthi drone hits tanker off Hodeidah, UKMTO says
AFP/Dubai
March 3 2025 10:05 AM
A A A
Dubai (AFP) - A drone struck a tanker off the Yemeni port of Hodeidah on Monday, the UK Maritime Trade Operations agency said, causing minor damage.

The crew were unharmed and the vessel continued to its next port of call, the agency said.
"""


def test_font_widget_is_not_a_byline():
    assert _doc(FONT).authors == []
