"""Unmarked block quotes: a paragraph of words with the attribution standing alone next to it."""
from __future__ import annotations

NAMES = {"Kestrian Army": "ORG", "Lena Varga": "PERSON"}


def test_paragraph_followed_by_attribution_paragraph(quotes_of):
    t = ("Troops crossed the Varnow river overnight.\n\n"
         "We will not stop until every village of the valley is free again, and we will answer "
         "every attack on our people.\n\n"
         "The Kestrian Army said in a statement.\n\n"
         "Residents fled south.")
    qs = quotes_of(t, NAMES)
    assert len(qs) == 1
    assert qs[0].text.startswith("We will not stop") and qs[0].text.endswith("our people.")
    assert (qs[0].speaker, qs[0].cue) == (0, "said in a statement")


def test_paragraph_introduced_by_colon(quotes_of):
    t = ("Lena Varga said on Monday:\n\n"
         "Kestria has offered a ceasefire three times and three times it was refused by the other side.\n\n"
         "Talks are due next week.")
    qs = quotes_of(t, NAMES)
    assert len(qs) == 1 and qs[0].text.startswith("Kestria has offered")
    assert qs[0].speaker == 1


def test_claim_ending_in_attribution_is_no_block_attribution(quotes_of):
    t = ("The valley has been quiet for a week and the roads are open to traffic again.\n\n"
         "Shelling resumed on Friday, the army said.\n\n"
         "Schools stay closed.")
    assert quotes_of(t, NAMES) == []


def test_plain_paragraphs_are_no_quotes(quotes_of):
    t = ("The Kestrian Army shelled the outskirts of Orlec on Tuesday.\n\n"
         "Local officials said a school was damaged and two people were hurt.")
    assert quotes_of(t, NAMES) == []
