"""Short headlines, translated press releases and lines the HTML extractor leaves out: every
line dropped from a page is listed in ``removed``. Invented pages."""
from sitrep.ingest.html import read_html
from sitrep.model import RawArticle
from sitrep.pipeline import LEFT_OUT, clean_raw_article


def _doc(text: str):
    docs = clean_raw_article(RawArticle(source="t.txt", text=text, fmt="txt"))
    assert len(docs) == 1
    return docs[0]


SHORT = """World News

Bomb kills 13

By Leila Haddad

MOGADISHU — A car bomb killed 13 people near a checkpoint in the Somali capital on Sunday, police said.

Residents said the blast shattered windows across the district, and ambulances took the wounded to hospital.
"""


def test_three_word_headline_above_a_byline_is_the_title():
    doc = _doc(SHORT)
    assert doc.title == "Bomb kills 13"
    assert doc.authors == ["Leila Haddad"]
    assert [r.text for r in doc.removed if r.reason == "navigation"] == ["World News"]


def test_short_headline_right_above_the_prose_is_the_title():
    doc = _doc("Ceasefire collapses\n\nKherson — Russian forces shelled the city overnight, killing two "
               "people, regional officials said on Monday.\n")
    assert doc.title == "Ceasefire collapses"
    assert doc.dateline == "Kherson"


def test_short_line_above_another_label_is_not_a_headline():
    doc = _doc("World News\nAfrica\n\nThe army said on Monday that it had retaken the town after "
               "three days of fighting with rebels.\n")
    assert doc.title is None


RELEASE = """REPUBLIC OF SOUTH SUDAN
Ministry of Defence and Veterans Affairs
Office of the Spokesperson
Press Release No. 112/MODVA/2024
(Unofficial translation from Arabic)

Juba, 14 June 2024

SSPDF repulses rebel attack on Kajo-Keji garrison

The South Sudan People's Defence Forces (SSPDF) informs the public that its forces repulsed an attack by rebels on the garrison of Kajo-Keji on Thursday.

Five attackers were killed and two soldiers were wounded in the fighting, the army said.
"""


def test_translated_press_release_metadata_and_removed_lines():
    doc = _doc(RELEASE)
    assert doc.title == "SSPDF repulses rebel attack on Kajo-Keji garrison"
    assert doc.published == "2024-06-14"
    assert doc.dateline == "Juba"
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Ministry of Defence and Veterans Affairs"] == "letterhead"
    assert reasons["Press Release No. 112/MODVA/2024"] == "release number"
    assert reasons["(Unofficial translation from Arabic)"] == "translation note"
    assert reasons["Juba, 14 June 2024"] == "place and date"
    assert doc.text.startswith("The South Sudan People's Defence Forces")


def test_release_without_a_headline_has_no_letterhead_title():
    doc = _doc(RELEASE.replace("SSPDF repulses rebel attack on Kajo-Keji garrison\n\n", ""))
    assert doc.title is None
    assert doc.published == "2024-06-14"


LIVE = """<html><head><title>Live: Sudan army pushes into Omdurman</title></head><body>
<nav><a href="/">Home</a> <a href="/live">Live</a></nav>
<article><h1>Live: Sudan army pushes into Omdurman</h1>
<div class="entry"><time>14:32 GMT</time><p>The Sudanese army said its troops had retaken the central market in Omdurman after two days of fighting with the Rapid Support Forces.</p></div>
<div class="entry"><time>Updated 09:15</time><p>Residents reported heavy artillery fire near the bridge over the Nile, and several shells landed near a hospital, a medical group said on Thursday.</p></div>
<div class="entry"><span class="ago">2 hours ago</span><p>The RSF did not comment on the army's claim, which could not be independently verified by reporters in the city.</p></div>
</article><footer>© Nile Monitor 2025</footer></body></html>"""


def test_lines_the_html_extractor_drops_are_listed_as_removed():
    raw = read_html("live.html", LIVE)
    doc = clean_raw_article(raw)[0]
    assert "14:32" not in doc.text
    left_out = [r.text for r in doc.removed if r.reason == LEFT_OUT]
    for stamp in ("14:32 GMT", "Updated 09:15", "© Nile Monitor 2025"):
        assert stamp in left_out
    # a stamp the extractor kept is dropped by the line rules, and listed too
    assert "2 hours ago" in [r.text for r in doc.removed] and "2 hours ago" not in doc.text
    # what the text keeps, and the headline (the title), are not listed
    assert not any("Omdurman" in line for line in left_out)
