"""An outlet name under the headline is the outlet, never the author (invented pages)."""
from sitrep.metadata.outlet import looks_like_outlet
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def test_today_and_online_are_publication_heads():
    assert looks_like_outlet("Darfur Today")
    assert looks_like_outlet("Caucasus Online")
    assert not looks_like_outlet("Amina Tahir")


PAGE = """Drone strike hits fuel depot near El Fasher, 2 hurt

Darfur Today
Tuesday, 9 September 2025 06:40

EL FASHER - A drone struck a fuel depot on the eastern edge of El Fasher late on Monday, wounding two guards, a local official said on Tuesday.

The fire burned for several hours before volunteers put it out, residents said.

Darfur Today will update this story.
"""


def test_outlet_line_under_headline_is_outlet_not_author():
    doc = clean_raw_article(RawArticle(source="d.txt", text=PAGE, fmt="txt"))[0]
    assert doc.authors == []
    assert doc.outlet == "Darfur Today"
    assert doc.title.startswith("Drone strike hits fuel depot")
    assert "Darfur Today" not in doc.text
