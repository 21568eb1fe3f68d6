"""read_feed / looks_like_feed on invented RSS and Atom feeds."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest.errors import IngestError
from sitrep.ingest.feeds import looks_like_feed, read_feed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"


def feed(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.mark.parametrize("head, expected", [
    ('<?xml version="1.0"?>\n<rss version="2.0"><channel>', True),
    ('\ufeff<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">', True),
    ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
     'xmlns="http://purl.org/rss/1.0/">', True),
    ('<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" '
     'href="/feed"></head>', False),
    ("<html><body><p>What is an <rss> feed?</p></body></html>", False),
    ("<feed><entry>no Atom namespace</entry></feed>", False),
    ("Kestrian troops seized the Varnow bridge.", False),
    ("", False),
])
def test_looks_like_feed(head, expected):
    assert looks_like_feed(head) is expected


def test_fixture_files_sniff_as_feeds():
    for name in ("meridian_rss2.xml", "herald_atom.xml"):
        assert looks_like_feed(feed(name)[:2048].decode("utf-8"))


@pytest.fixture(scope="module")
def rss():
    return read_feed("wire/meridian.xml", feed("meridian_rss2.xml"))


def test_rss_items_become_articles(rss):
    assert [a.source for a in rss] == ["wire/meridian.xml#1", "wire/meridian.xml#2",
                                       "wire/meridian.xml#3"]
    assert {a.fmt for a in rss} == {"feed"}
    assert {a.outlet for a in rss} == {"The Meridian Post - World"}
    assert [a.title for a in rss] == ["Kestrian troops seize Varnow bridge",
                                      "Saltgard talks to resume next week",
                                      "Dravna imposes night curfew"]
    assert rss[2].url == "https://meridianpost.example/world/dravna-curfew"


def test_rss_content_encoded_wins_over_description(rss):
    first = rss[0]
    assert first.text.split("\n\n") == [
        "Kestrian armoured units took control of the Varnow bridge on Thursday evening after "
        "two days of shelling, the Kestrian defence ministry said.",
        "Civilians flee Orlec",
        "Hundreds of families left Orlec overnight, according to the regional governor, "
        "Mirela Stanek.",
    ]
    assert first.warnings == []
    assert first.authors == ["Ana Petrova", "Tomas Reiner"]


def test_rss_dates_as_the_feed_wrote_them(rss):
    # 23:40 at -05:00 is already the 15th in UTC; the outlet's own date is the 14th
    assert [a.published for a in rss] == ["2024-03-14", "2024-03-15", "2024-03-16"]
    assert rss[0].hint_basis["published"] == "feed entry published"


def test_rss_plain_and_html_descriptions(rss):
    assert rss[1].text == ("Talks brokered by the Northern Council will resume in Saltgard on "
                           "Monday, a council spokesman said.\n\nThe Valdoran delegation will "
                           "be led by deputy foreign minister Ivo Karsk.")
    assert rss[2].text == ("The city council of Dravna imposed a curfew from 10 p.m. to 5 a.m."
                           "\n\nPolice said the order would stay in force until further notice.")
    assert "<p>" not in rss[2].text
    assert any("summary" in w for w in rss[1].warnings)


def test_rss_author_with_email(rss):
    # "desk@meridianpost.example (Lena Marsh)": the name, not the address
    assert rss[1].authors == ["Lena Marsh"]
    assert rss[2].authors == [] and "authors" not in rss[2].hint_basis


def test_atom_feed():
    arts = read_feed("herald.atom", feed("herald_atom.xml"))
    assert len(arts) == 2
    first, second = arts
    assert first.title == "Ceasefire line redrawn near Kolm"            # HTML title as text
    assert first.text == ("Monitors from the Northern Council redrew the ceasefire line near "
                          "Kolm on Sunday after both armies pulled back from the hills above "
                          "the village.\n\nThe new line runs along the Brenna stream.")
    assert first.published == "2024-03-17"          # <published>, not <updated>
    assert first.hint_basis["published"] == "feed entry published"
    assert first.authors == ["Pavel Ostrov"]
    assert first.outlet == "Saltgard Herald"
    assert first.url == "https://herald.example/2024/kolm-line"
    assert second.published == "2024-03-18"
    assert second.hint_basis["published"] == "feed entry updated"
    assert second.authors == []                     # "Herald Staff" is no person
    assert second.source == "herald.atom#2"


def test_malformed_feed_names_the_reason():
    with pytest.raises(IngestError, match=r"malformed feed: .*not well-formed"):
        read_feed("broken.xml", feed("malformed.xml"))


def test_recoverable_feed_keeps_entries_with_warning():
    # the last item is cut off mid-way: the complete ones are still read
    data = feed("meridian_rss2.xml")
    cut = data[: data.index(b"<title>Dravna")]
    arts = read_feed("cut.xml", cut)
    assert [a.title for a in arts][:2] == ["Kestrian troops seize Varnow bridge",
                                           "Saltgard talks to resume next week"]
    assert all(any("not well-formed" in w for w in a.warnings) for a in arts)


@pytest.mark.parametrize("data, reason", [
    (b"Kestrian troops seized the Varnow bridge.", "not a feed"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
     "no entries"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
     b"<item><title>Only a title</title></item></channel></rss>", "no entry of the feed has any text"),
])
def test_feeds_without_articles(data, reason):
    with pytest.raises(IngestError, match=reason):
        read_feed("f.xml", data)
