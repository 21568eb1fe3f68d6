"""Page shapes of local and translated sites: a generic dateline credit, a byline without "By"
over a "Place | date" line, a Spanish-style "Place, Region.-" dateline."""
from __future__ import annotations

import datetime as dt

from sitrep.metadata.dateline import find_dateline, place_date
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _doc(text: str):
    raw = RawArticle(source="page.txt", text=text, fmt="txt")
    return clean_raw_article(raw)[0]


TAGLINE_PAGE = """SVN | Sahel Voices Network
The voice of the border towns
Home  |  Regions  |  Gao  |  Features  |  Video
Subscribe to our newsletter

Curfew holds in Ansongo as families leave after raid on army camp

Amadou Kassogué
Ansongo | March 3, 2025

A curfew remained in force in Ansongo on Monday, a day after gunmen overran an army camp east of the town, while residents said dozens of families had left for Gao.

The army said nine soldiers were killed in the attack, which began before dawn and lasted several hours, and that its aircraft struck the attackers as they withdrew.

© 2025 Sahel Voices Network. All rights reserved.
"""


def test_headline_over_a_bare_name_and_a_place_date_line_beats_the_tagline():
    doc = _doc(TAGLINE_PAGE)
    assert doc.title == "Curfew holds in Ansongo as families leave after raid on army camp"
    assert doc.authors == ["Amadou Kassogué"]
    assert doc.dateline == "Ansongo"
    assert doc.published == "2025-03-03"
    assert "The voice of the border towns" not in doc.text
    assert "Features  |  Video" not in doc.text


def test_place_pipe_date_line():
    assert place_date("Ansongo | March 3, 2025") == ("Ansongo", dt.date(2025, 3, 3))
    assert place_date("Kharkiv | 3 March 2025") == ("Kharkiv", dt.date(2025, 3, 3))
    # a section label or a reporter's name stands in that place too
    assert place_date("Opinion | March 3, 2025") is None
    assert place_date("Politics | 3 March 2025") is None
    assert place_date("Amina Diallo | March 3, 2025") is None


TRANSLATED_PAGE = """BorderWire English | Myanmar news in your language
Home > Myanmar > Security
3/3/2025 09:20

Junta jets strike market in Sagaing, twelve people killed

Mandalay (News agency) According to residents, on Sunday morning military jets bombed the market of a village in Sagaing region and twelve people were killed.

The resistance forces said that the strike was revenge for the capture of a military post by them last week.

Disclaimer: BorderWire uses machine translation. Errors in names and numbers may occur.
© BorderWire 2025
"""


def test_a_generic_dateline_credit_is_no_outlet():
    doc = _doc(TRANSLATED_PAGE)
    assert doc.dateline == "Mandalay"
    assert doc.outlet == "BorderWire"
    assert "machine translation" not in doc.text


def test_generic_credits_fall_through_and_names_stay():
    from sitrep.metadata.extract import _generic_credit
    assert _generic_credit("News agency")
    assert _generic_credit("Agencies")
    assert _generic_credit("Monitoring Desk")
    assert _generic_credit("Our correspondent")
    assert not _generic_credit("Daily Jang")
    assert not _generic_credit("Voice of America")
    assert not _generic_credit("Kabul Times")


def test_spanish_style_dot_dash_dateline():
    found = find_dateline("Tijuana, Baja California.- Gunmen attacked a police patrol on Sunday.")
    assert found is not None and found.place == "Tijuana"
    found = find_dateline("Monterrey.- Soldiers found six bodies near the highway.")
    assert found is not None and found.place == "Monterrey"
    # a hyphenated word is no dateline
    assert find_dateline("U.S.-backed forces said they took the town.") is None
