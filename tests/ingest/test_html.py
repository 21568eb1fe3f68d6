"""read_html on invented pages about an invented conflict (Kestria vs Valdora)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sitrep.ingest.errors import IngestError
from sitrep.ingest.html import fragment_text, parse_stated_date, read_html, split_authors

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


def page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def bridge():
    return read_html("varnow_bridge.html", page("varnow_bridge.html"))


def test_body_paragraphs_and_heading(bridge):
    paragraphs = bridge.text.split("\n\n")
    assert paragraphs[0].startswith("Kestrian armoured units took control of the Varnow bridge")
    assert "Civilians flee Orlec" in paragraphs            # heading is its own paragraph
    assert paragraphs[-1].startswith("Talks brokered by the Northern Council")
    assert len(paragraphs) == 6
    assert "\n\n\n" not in bridge.text and bridge.text == bridge.text.strip()
    assert bridge.fmt == "html" and bridge.source == "varnow_bridge.html"
    assert bridge.warnings == []


@pytest.mark.parametrize("chrome", [
    "cookies", "Accept all", "Manage preferences",                  # cookie banner
    "Home", "Politics", "Subscribe today",                           # nav menu
    "Share on Facebook", "Email this story",                         # share buttons
    "Related stories", "prisoner lists", "night curfew",             # related links
    "Comments", "Great article", "My cousin", "riverwatcher",        # comment section
    "All rights reserved", "Privacy policy",                         # footer
    "Morning Briefing",                                              # newsletter box
])
def test_page_chrome_left_out(bridge, chrome):
    assert chrome not in bridge.text


def test_metadata_from_og_and_jsonld(bridge):
    assert bridge.title == "Kestrian troops seize Varnow bridge as Orlec empties"
    assert bridge.outlet == "The Meridian Post"
    assert bridge.authors == ["Ana Petrova", "Tomas Reiner"]
    # published, not modified (03-16), not a comment's date (03-15), and as the page
    # wrote it (21:40 +02:00), not shifted to UTC
    assert bridge.published == "2024-03-14"
    assert bridge.url == "https://meridianpost.example/world/varnow-bridge-seized"
    assert bridge.hint_basis == {"title": "html metadata", "outlet": "html metadata",
                                 "authors": "html metadata", "url": "html metadata",
                                 "published": "html metadata"}


def test_given_url_is_kept():
    raw = read_html("x", page("varnow_bridge.html"), url="https://mirror.example/a/1")
    assert raw.url == "https://mirror.example/a/1"
    assert "url" not in raw.hint_basis


def test_page_without_date_gives_none():
    # the URL and the body both hold dates; neither is the page stating its own date
    raw = read_html("no_date.html", page("no_date.html"),
                    url="https://borderland.example/2024/03/15/aid-convoy")
    assert raw.published is None
    assert "published" not in raw.hint_basis
    assert raw.title == "Aid convoy reaches Dravna"
    assert raw.outlet == "Borderland Monitor"
    assert raw.authors == ["Lena Marsh"]
    assert "12 March 2024" in raw.text
    assert "Tweet" not in raw.text and "About us" not in raw.text


def test_visible_date_element_and_author_roles_dropped():
    raw = read_html("visible_date.html", page("visible_date.html"))
    # the story's own date, not the masthead's "today" (18 March)
    assert raw.published == "2024-03-17"
    assert raw.hint_basis["published"] == "html date element"
    assert raw.authors == ["Pavel Ostrov"]          # "Senior Correspondent", "Herald Staff" out
    assert raw.outlet == "Saltgard Herald"
    assert "Saltgard port reopens" not in raw.text
    assert raw.text.startswith("Ceasefire line redrawn near Kolm\n\nMonitors")


def test_time_element_date_when_no_metadata():
    html = ("<html><head><title>Dam breach at Lower Brenna</title></head><body>"
            "<nav><time datetime='2024-01-01'>New year</time></nav><article>"
            "<h1>Dam breach at Lower Brenna</h1><time datetime='2024-04-02T08:00'>2 April</time>"
            "<p>Water from the damaged Lower Brenna dam flooded three villages overnight, "
            "Valdoran emergency services said, and about four hundred people were moved to "
            "higher ground by army lorries.</p>"
            "<p>Kestria denied shelling the dam and said the structure had been weakened "
            "by winter floods.</p></article></body></html>")
    raw = read_html("dam.html", html)
    assert raw.published == "2024-04-02"
    assert raw.hint_basis["published"] == "html <time> element"


def test_jsonld_graph_date():
    html = ("<html><head><script type='application/ld+json'>"
            '{"@context":"https://schema.org","@graph":['
            '{"@type":"WebSite","name":"Kolm Daily","datePublished":"2019-01-01"},'
            '{"@type":"NewsArticle","headline":"Kolm school reopens","datePublished":"2024-05-06",'
            '"comment":[{"@type":"Comment","datePublished":"2024-05-07"}]}]}'
            "</script></head><body><article><p>The village school in Kolm reopened on Monday "
            "for the first time since the fighting, with forty pupils and three teachers, "
            "the mayor said.</p><p>Windows broken by shelling were replaced by volunteers "
            "from Saltgard.</p></article></body></html>")
    raw = read_html("kolm.html", html)
    assert raw.published == "2024-05-06"
    assert raw.hint_basis["published"] == "html metadata"


UTC_PAGE = ("<html><head><meta property='article:published_time' content='2024-03-15T03:10:00Z'>"
            "</head><body><article><h1>Night raid on Kolm depot</h1>{time}"
            "<p>Valdoran drones struck a fuel depot outside Kolm late on Thursday, the "
            "Kestrian army said, setting two tanks of diesel alight.</p><p>No casualties "
            "were reported, and firefighters put out the blaze by morning.</p>"
            "</article></body></html>")


@pytest.mark.parametrize("time, expected, basis", [
    # the UTC stamp is already Friday; the outlet printed Thursday: the printed date wins
    ("<time datetime='2024-03-14T23:10:00-04:00'>March 14, 11:10 p.m.</time>",
     "2024-03-14", "html <time> element"),
    ("", "2024-03-15", "html metadata"),
    # an "updated" stamp is no publication date
    ("<time class='updated' datetime='2024-03-16T09:00:00-04:00'>Updated</time>",
     "2024-03-15", "html metadata"),
])
def test_utc_metadata_date_and_visible_local_date(time, expected, basis):
    raw = read_html("kolm-depot.html", UTC_PAGE.format(time=time))
    assert (raw.published, raw.hint_basis["published"]) == (expected, basis)


BODY = ("<p>Engineers from the Northern Council began clearing mines from the Brenna road "
        "on Wednesday, the mission said, and expect to finish within a fortnight.</p>"
        "<p>Farmers were asked to keep away from the verges until markers are removed.</p>")


@pytest.mark.parametrize("html, expected", [
    # story header outside <article> (it holds the h1); later <time>s belong to a list
    ("<html><body><header><a href='/'>Logo</a></header><header><h1>Mines cleared</h1>"
     "<time datetime='2024-06-05T10:00:00+02:00'>5 June</time></header><main>"
     + BODY + "<section><time datetime='2024-06-20T10:00:00+02:00'>2 hours ago</time></section>"
     "</main></body></html>", "2024-06-05"),
    # microdata in a blog theme's "post-footer" still names the post's own date
    ("<html><body><div class='post'><h1>Mines cleared</h1>" + BODY + "<div class='post-footer'>"
     "<abbr itemprop='datePublished' title='2024-06-05T08:00:00-07:00'>8:00</abbr></div>"
     "</div></body></html>", "2024-06-05"),
    # a comment's microdata date is not the story's
    ("<html><body><article>" + BODY + "</article><div class='comment-list'><div itemscope "
     "itemtype='https://schema.org/Comment'><meta itemprop='datePublished' "
     "content='2024-06-07'><p>Thank you, engineers!</p></div></div></body></html>", None),
])
def test_date_element_placement(html, expected):
    assert read_html("mines.html", html).published == expected


def test_truncated_page_still_gives_text():
    raw = read_html("truncated.html", page("truncated.html"))
    assert "Valdoran officials said their forces had withdrawn" in raw.text
    assert raw.text.endswith("Hundreds of families left Orlec overnight in cars and on foot,")
    assert any("truncated" in w for w in raw.warnings)
    assert raw.published == "2024-03-14"


def test_xhtml_with_encoding_declaration():
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            "<head><title>Brenna crossing reopens</title></head><body><article>"
            "<p>The Brenna crossing reopened to civilian traffic on Friday after engineers "
            "cleared mines from the approach road, the Northern Council mission said.</p>"
            "</article></body></html>")
    raw = read_html("x.xhtml", html)
    assert raw.text.startswith("The Brenna crossing reopened")


@pytest.mark.parametrize("data, reason", [
    ("", "empty"),
    ("   \n\t ", "empty"),
    ("Kestrian troops seized the Varnow bridge on Thursday.\n\nOrlec is empty.", "no HTML tags"),
    ('{"title": "Varnow", "text": "Kestrian troops seized the bridge."}', "JSON"),
    ("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "feed"),
])
def test_not_html_is_rejected_with_reason(data, reason):
    with pytest.raises(IngestError, match=reason):
        read_html("bad", data)


@pytest.mark.parametrize("html", [
    "<html><body></body></html>",
    "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<script>var x = 'lots of script text here';</script></body></html>",
])
def test_page_without_text(html):
    with pytest.raises(IngestError, match="no article text found in the HTML"):
        read_html("empty.html", html)


def test_fallback_when_trafilatura_finds_nothing(monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    raw = read_html("no_date.html", page("no_date.html"))
    assert "A convoy of twelve lorries" in raw.text
    assert "\n\nThe convoy had left Saltgard" in raw.text
    assert "About us" not in raw.text                     # <nav> still dropped
    assert any("fell back" in w for w in raw.warnings)
    assert raw.title == "Aid convoy reaches Dravna"       # metadata read on its own


def test_fallback_when_trafilatura_crashes(monkeypatch):
    import trafilatura

    def boom(*a, **k):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    raw = read_html("v.html", page("visible_date.html"))
    assert "Monitors from the Northern Council" in raw.text
    assert any("trafilatura failed" in w for w in raw.warnings)
    assert raw.published == "2024-03-17"


def test_fragment_text_keeps_paragraphs_and_breaks():
    text = fragment_text("<p>First   line<br>second line</p><script>x()</script>"
                         "<div>Block\n two</div><p>a<br><br>b</p><table><tr><td>1</td>"
                         "<td>2</td></tr></table>")
    assert text == "First line\nsecond line\n\nBlock two\n\na\n\nb\n\n1 | 2"


@pytest.mark.parametrize("text, expected", [
    ("2024-03-14T21:40:00+02:00", "2024-03-14"),
    ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
    ("Posted March 14th, 2024 at 9pm", "2024-03-14"),
    ("17 Sept. 2023", "2023-09-17"),
    ("20240314", "2024-03-14"),
    ("2024/3/9", "2024-03-09"),
    ("20.06.2019 11:43", "2019-06-20"),   # dotted: day first
    ("03/05/2024", None),           # day/month order unknown
    ("2024-02-30", None),
    ("Thursday", None),
    ("1066-10-14", None),
])
def test_parse_stated_date(text, expected):
    assert parse_stated_date(text) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Ana Petrova and Tomas Reiner", ["Ana Petrova", "Tomas Reiner"]),
    ("By Ana Petrova, Tomas Reiner", ["Ana Petrova", "Tomas Reiner"]),
    ("Ana Petrova; Reuters Staff", ["Ana Petrova"]),
    ("Lena Marsh, Senior Correspondent", ["Lena Marsh"]),
    ("AFP", []),
    ("Associated Press", []),
    (["Ivo Karsk", "ivo karsk", "Mira Dolen & Piet Vos"], ["Ivo Karsk", "Mira Dolen", "Piet Vos"]),
    ("https://meridianpost.example/authors/ana", []),
    (None, []),
])
def test_split_authors(raw, expected):
    assert split_authors(raw) == expected


def test_trafilatura_and_feedparser_imported_lazily():
    code = ("import sys, sitrep.ingest.html, sitrep.ingest.feeds; "
            "print('trafilatura' in sys.modules, 'feedparser' in sys.modules)")
    src = str(Path(__file__).resolve().parents[2] / "src")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": src}, check=True)
    assert out.stdout.split() == ["False", "False"]
