"""A known outlet's masthead with its tagline ("MercoPress. South Atlantic News Agency") names the
outlet and is no headline; a publication stamp set as a footnote under the text ("(Published 8
September 2025)") dates the article over the day-after update stamp under the headline."""
from __future__ import annotations

from sitrep.metadata.dates import stamp_date
from sitrep.metadata.outlet import tagline_outlet
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_LEAD = ("Floodwater cut the coast road north of Velmora on Sunday, stranding dozens of lorries and "
         "closing the port's only land route, the regional roads agency said in a statement.\n\n"
         "The agency said the road would reopen on Tuesday at the earliest.\n")


def _doc(text: str):
    return clean_raw_article(RawArticle(source="v.txt", text=text, fmt="txt"))[0]


def test_a_masthead_with_its_tagline_names_the_outlet_and_the_headline_follows_the_stamp():
    doc = _doc("MercoPress, en Español\nMercoPress. South Atlantic News Agency\nHome | World | Business\n"
               "Wednesday, January 11th 2023 - 09:47 UTC\nFloodwater cuts the Velmora coast road\n"
               "Full Article\n\n" + _LEAD)
    assert doc.title == "Floodwater cuts the Velmora coast road"
    assert doc.outlet == "MercoPress"
    assert tagline_outlet("MercoPress. South Atlantic News Agency") == "MercoPress"
    assert tagline_outlet("Reuters: Army kills five in raid") is None


def test_a_footnote_publication_stamp_beats_the_next_day_update():
    doc = _doc("Floodwater cuts the Velmora coast road\nLast Updated : 09 September 2025, 00:14 IST\n\n"
               + _LEAD + "\n(Published 08 September 2025, 23:58 IST)\n")
    assert str(doc.published)[:10] == "2025-09-08"
    assert stamp_date("(Published 08 September 2025, 23:58 IST)")[1] == "published"


def test_a_bare_later_stamp_of_a_related_story_does_not_date_the_article():
    doc = _doc("Floodwater cuts the Velmora coast road\nLast Updated : 09 September 2025, 00:14 IST\n\n"
               + _LEAD + "\nRead more\nPort strike ends after talks\nPublished 08 September 2025\n")
    assert str(doc.published)[:10] == "2025-09-09"
