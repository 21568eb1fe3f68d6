"""Round 20: the headline anchored by what follows it, on invented pages (a Sahel live blog, a
public broadcaster's feature on the Caucasus, a monitoring group's brief)."""
from sitrep.clean.chrome import chrome_reason
from sitrep.clean.headline_anchor import byline_shaped as _byline_shaped
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

LIVE_BLOG = """Skip to main content
Sign in

Mali
Live
Sahel crisis live: junta agrees to talks as convoy attacked near Gao
Ousmane Keita says talks could open next week; regional bloc welcomes move
Aminata Diallo (now) and Pierre Lenoir (earlier)
Tue 4 Feb 2025 09.15 GMT
Share

The transitional government in Bamako said on Tuesday it would send a delegation to talks with the regional bloc next week.

A convoy carrying fuel was attacked on the road north of Gao, a local official said, and two drivers were wounded.
"""

BROADCASTER = """Skip to content
Home
News
World

Karabakh returnees: The families rebuilding on a front line

Published 2 hours ago

Share
Save

Tamar Gelashvili
Caucasus Service, Tbilisi

Armen Petrosyan stands in front of the house his father built in the village of Arevik

Armen Petrosyan has come back to the village where he was born, but almost nothing of it is left.

The shelling stopped two years ago, yet the fields around the village are still full of unexploded munitions, local officials say.
"""


def _doc(text: str):
    return clean_raw_article(RawArticle(source="page.txt", text=text, fmt="txt"))[0]


def test_live_blog_headline_is_above_the_standfirst_not_the_byline():
    doc = _doc(LIVE_BLOG)
    assert doc.title == "Sahel crisis live: junta agrees to talks as convoy attacked near Gao"
    assert "Ousmane Keita says talks could open next week" in doc.text      # the standfirst stays
    assert doc.authors == ["Aminata Diallo", "Pierre Lenoir"]


def test_relative_time_stamp_anchors_the_headline_over_a_caption():
    doc = _doc(BROADCASTER)
    assert doc.title == "Karabakh returnees: The families rebuilding on a front line"
    assert doc.authors == ["Tamar Gelashvili"]
    assert "Tamar Gelashvili" not in doc.text


def test_byline_shape():
    assert _byline_shaped("Aminata Diallo (now) and Pierre Lenoir (earlier)")
    assert _byline_shaped("Aminata Diallo and Pierre Lenoir")
    # one title-case run may be a headline; a sentence is never a byline
    assert not _byline_shaped("Rebels Seize Town Near Border")
    assert not _byline_shaped("Ousmane Keita says talks could open next week; regional bloc welcomes move")


def test_methodology_note_is_chrome():
    assert chrome_reason("Note: the Sahel Monitor does not receive any classified briefings. "
                         "Its assessments are based on open-source reporting.")[0] == "methodology note"
    assert chrome_reason("Methodology: casualty estimates are drawn from open-source reports and "
                         "local monitors.")[0] == "methodology note"
    # a note about the story itself stays
    assert chrome_reason("Note: the ministry did not say how many soldiers were killed.") is None
