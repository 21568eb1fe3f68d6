"""Generalisation round 3: cleaning and document metadata on outlets and formats that rounds 1
and 2 do not cover: an AP wire story ("BEIRUT (AP) —", upper-case byline, "___" and "Associated
Press writer ... contributed" credit), a news-site page with "Published On 12 Mar 2025" and "Listen
to this article" chrome, a broadcaster's page with "Share / Save" and image captions, a
machine-translated article, a JSON Feed (jsonfeed.org), an RSS feed with content:encoded, a dated
timeline, an analysis piece, a casualty update and an undated NGO note. Invented articles about
Israel-Hezbollah (south Lebanon), Colombia (ELN, FARC dissidents) and Mozambique (Cabo Delgado).
Only behaviour that works today is pinned; the failures are listed in the tester's report."""
from pathlib import Path

from corpus_checks import cleaned_documents, cleaned_metadata_test, one_document

FIXTURES = Path(__file__).parent / "fixtures"


METADATA = [
    ("lebanon_ap_wire.txt", "title", "Israeli strike on car in south Lebanon kills 3 Hezbollah fighters, Israel says"),
    ("lebanon_ap_wire.txt", "outlet", "Associated Press"),
    ("lebanon_ap_wire.txt", "published", "2025-03-11"),
    ("lebanon_ap_wire.txt", "dateline", "BEIRUT"),
    ("lebanon_aljazeera.html", "title", "Israeli drone strike kills four in south Lebanon, including child"),
    ("lebanon_aljazeera.html", "outlet", "Levant Today"),
    ("lebanon_aljazeera.html", "published", "2025-03-12"),
    ("lebanon_aljazeera.html", "authors", ["Rania Khalil"]),
    ("lebanon_aljazeera.html", "dateline", "Beirut"),
    ("lebanon_bbc.html", "title", "Lebanon: Child among four killed in Israeli strike, ministry says"),
    ("lebanon_bbc.html", "outlet", "Northern Broadcasting News"),
    ("lebanon_bbc.html", "published", "2025-03-12"),
    ("lebanon_translated.txt", "title", "The enemy drone targets car in Yater and four martyrs fall"),
    ("lebanon_translated.txt", "published", "2025-03-12"),
    ("colombia_timeline.txt", "title", "Catatumbo crisis: a timeline of the ELN offensive"),
    ("colombia_timeline.txt", "published", "2025-02-19"),
    ("colombia_timeline.txt", "authors", ["Daniela Quintero"]),
    ("colombia_analysis.txt", "title", "Analysis: Why the ELN's drones worry Colombia's army"),
    ("colombia_analysis.txt", "published", "2025-02-20"),
    ("colombia_analysis.txt", "authors", ["Laura Mejía Gómez"]),
    ("colombia_analysis.txt", "dateline", "BOGOTÁ"),
    ("mozambique_toll_update.txt", "title", "Cabo Delgado: toll from Namacande attack rises to nine"),
    ("mozambique_toll_update.txt", "outlet", "Pemba Observer"),
    ("mozambique_toll_update.txt", "published", "2025-04-05"),
    ("mozambique_toll_update.txt", "authors", ["Fátima Chissano"]),
    ("mozambique_toll_update.txt", "dateline", "PEMBA"),
    ("mozambique_nodate.txt", "title", "Field notes: after the Namacande attack"),
    ("mozambique_nodate.txt", "published", None),        # no stamp anywhere: unknown, not made up
]


test_metadata_on_new_outlets = cleaned_metadata_test(FIXTURES, METADATA)


def test_ap_wire_byline_date_and_contributor_line_leave_the_text():
    doc = one_document(FIXTURES / "lebanon_ap_wire.txt")
    assert doc.text.startswith("BEIRUT (AP) — An Israeli drone strike on a car")
    assert doc.text.rstrip().endswith("five hilltop positions inside Lebanon.")
    for meta in ("By ZEINA HADDAD", "March 11, 2025", "___", "contributed to this report"):
        assert meta not in doc.text, meta
    assert any("contributed to this report" in r.text for r in doc.removed)


def test_news_site_chrome_published_on_and_listen_removed():
    doc = one_document(FIXTURES / "lebanon_aljazeera.html")
    assert doc.text.startswith("Beirut, Lebanon – An Israeli drone strike on a vehicle")
    assert doc.text.rstrip().endswith("it had sent a patrol to the site.")
    for chrome in ("Published On", "Listen to this article", "4 mins", "More on Israel attacks Lebanon",
                   "Who is Naim Qassem", "Source: Levant Today", "Sign up for our newsletter", "© 2025"):
        assert chrome not in doc.text, chrome
    assert "“Hezbollah is weakened and the Lebanese state is asserting itself in the south,”" in doc.text


def test_broadcaster_share_save_and_captions_removed():
    doc = one_document(FIXTURES / "lebanon_bbc.html")
    assert doc.text.startswith("A 12-year-old boy is among four people killed")
    assert doc.text.rstrip().endswith("Hizbullah denies this.")
    for chrome in ("Share", "Save", "burnt-out car", "took over as Hizbullah's leader", "More on this story",
                   "external linking"):
        assert chrome not in doc.text, chrome
    assert "'a military target'" in doc.text


def test_translated_article_keeps_its_odd_english():
    doc = one_document(FIXTURES / "lebanon_translated.txt")
    assert "which has led to the falling of four martyrs" in doc.text
    assert "Wednesday 12 March 2025" not in doc.text


def test_timeline_bullets_stay_in_the_text():
    doc = one_document(FIXTURES / "colombia_timeline.txt")
    assert "- January 16: The ELN launches an offensive" in doc.text
    assert "- February 17: The Ombudsman's Office says" in doc.text
    assert "Published February 19, 2025" not in doc.text and "By Daniela Quintero" not in doc.text


def test_json_feed_items_are_two_articles():
    docs = cleaned_documents(FIXTURES / "colombia_feed.json")
    assert [d.title for d in docs] == ["ELN drone attack on army base in Tibú kills two soldiers",
                                       "FARC dissidents ambush police patrol in Cauca, killing three"]
    assert [d.authors for d in docs] == [["Camila Restrepo"], ["Julián Ortega"]]
    assert [d.dateline for d in docs] == ["TIBÚ", "POPAYÁN"]
    assert docs[0].text.startswith("TIBÚ, Colombia — Fighters of the National Liberation Army (ELN)")
    assert "<p>" not in docs[0].text


def test_rss_content_encoded_is_the_body():
    docs = cleaned_documents(FIXTURES / "mozambique_feed.rss")
    assert [d.title for d in docs] == ["Insurgents kill five in Macomia village attack",
                                       "Mozambique: TotalEnergies says LNG project restart on track"]
    assert [d.published for d in docs] == ["2025-04-03", "2025-04-04"]
    assert [d.outlet for d in docs] == ["Zitamar Coast News", "Zitamar Coast News"]
    assert [d.authors for d in docs] == [["Lázaro Mabunda"], ["Lázaro Mabunda"]]
    assert [d.dateline for d in docs] == ["PEMBA", "MAPUTO"]
    # the full body from content:encoded, not the one-line description
    assert docs[0].text.startswith("PEMBA — Islamic State-linked insurgents killed five civilians")
    assert "Telegram channels" in docs[0].text
