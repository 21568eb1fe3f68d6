"""E-mail newsletter and live blog chrome (invented Caucasus newsletter and Sudan live blog)."""
import pytest

from sitrep.clean.chrome import chrome_reason
from sitrep.clean.link_tails import tail_split
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

NEWSLETTER = """From: Caspian Conflict Digest <digest@caspian.example.net>
To: subscriber@example.org
Subject: Caspian Conflict Digest: Shelling near Lachin; talks stall
Date: Fri, 6 Mar 2026 06:00:00 +0000

View this email in your browser | Forward to a friend

CASPIAN CONFLICT DIGEST

In this issue: shelling near Lachin; the talks in Vienna stall.

1. Villages near Lachin shelled

Artillery fire hit two villages near Lachin on Thursday, wounding three civilians, local officials said. Read more »

2) Vienna talks stall

Negotiators left Vienna without an agreement on Thursday, a mediator said. READ MORE

You are receiving this email because you subscribed to Caspian Conflict Digest.
Unsubscribe | Manage preferences
"""


def _newsletter():
    return clean_raw_article(RawArticle(source="digest.eml.txt", text=NEWSLETTER, fmt="txt"))[0]


def test_newsletter_chrome_leaves_only_the_items():
    doc = _newsletter()
    assert doc.text.split("\n\n") == [
        "Artillery fire hit two villages near Lachin on Thursday, wounding three civilians, local officials said.",
        "Negotiators left Vienna without an agreement on Thursday, a mediator said."]
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["CASPIAN CONFLICT DIGEST"] == "newsletter masthead"
    assert reasons["View this email in your browser | Forward to a friend"] == "newsletter chrome"
    assert reasons["In this issue: shelling near Lachin; the talks in Vienna stall."] == "newsletter contents"
    assert reasons["READ MORE"] == "read-more link"
    assert reasons["1. Villages near Lachin shelled"] == reasons["2) Vienna talks stall"] == "newsletter item heading"
    assert doc.outlet == "Caspian Conflict Digest"


def test_read_more_tail_only_after_prose():
    assert tail_split("The convoy reached Kadugli on Monday, aid workers said. READ MORE") is not None
    assert tail_split("Officials said the talks would resume. Continue reading →") is not None
    # a sentence that ends with the words is no link label
    assert tail_split("Residents who fled want to read more than rumours about the talks.") is None
    assert tail_split("READ MORE") is None


def test_capital_line_elsewhere_is_not_a_masthead():
    text = NEWSLETTER.replace("CASPIAN CONFLICT DIGEST\n", "BREAKING OVERNIGHT\n")
    doc = clean_raw_article(RawArticle(source="d.txt", text=text, fmt="txt"))[0]
    assert not any(r.reason == "newsletter masthead" for r in doc.removed)


@pytest.mark.parametrize("line, reason", [
    ("Refresh for updates. All times GMT.", "live blog note"),
    ("Please refresh the page for the latest updates", "live blog note"),
    ("All times are local (GMT+3).", "live blog note"),
    ("Times in EAT.", "live blog note"),
    ("Updated 3 minutes ago", "time stamp"),
    ("2 hours ago", "time stamp"),
    ("Live updates", "live badge"),
    ("Key events", "ui word"),
    ("Show key events only", "ui word"),
    ("Forward to a friend", "newsletter chrome"),
    ("View online | Unsubscribe | Privacy policy", "newsletter chrome"),
    ("Read more", "read-more link"),
])
def test_live_blog_and_newsletter_lines(line, reason):
    assert chrome_reason(line)[0] == reason


@pytest.mark.parametrize("line", [
    "All times the convoy was stopped, the driver said, soldiers demanded money.",
    "The army said it would refresh its troops for the updates of the front line.",
    "Three hours ago the shelling stopped, residents said.",
    "Live fire was heard in El Fasher on Sunday.",
    "In this issue, the ministry said, both sides had made concessions.",
])
def test_prose_is_not_chrome(line):
    assert chrome_reason(line) is None


def test_live_blog_notes_removed_entries_kept():
    text = ("LIVE: Fighting in El Fasher - latest\n\nRefresh for updates. All times are local (GMT+2).\n\n"
            "Key events\n\n10:15\n\nUpdated 5 minutes ago\n\n"
            "Shelling hit the Abu Shouk camp on Sunday morning, killing four people, medics said.\n")
    doc = clean_raw_article(RawArticle(source="live.txt", text=text, fmt="txt"))[0]
    assert doc.text == "Shelling hit the Abu Shouk camp on Sunday morning, killing four people, medics said."


def test_numbered_lines_of_an_article_stay():
    text = ("Five demands of the protesters\n\nBy Lela Beridze\n\nProtesters in Tbilisi listed their demands on Sunday.\n\n"
            "1. The release of all detained students\n\n2. New elections within a year\n")
    doc = clean_raw_article(RawArticle(source="a.txt", text=text, fmt="txt"))[0]
    assert not any(r.reason == "newsletter item heading" for r in doc.removed)
