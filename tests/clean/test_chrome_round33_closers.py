"""Closing chrome of newspaper and wire pages: social prompts, a prompt ending in an address, a
wire's self-description, machine-translation notices, credited captions, stray partial repeats."""
from __future__ import annotations

import pytest

from sitrep.clean.chrome import chrome_reason
from sitrep.clean.lines import BODY, CHROME, mark_repeats, split_lines
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


@pytest.mark.parametrize("line, reason", [
    ("Like Caucasus Today on Facebook, follow @CaucasusToday on Twitter to stay informed and join in the conversation.",
     "social prompt"),
    ("Follow our coverage of the Horn of Africa at https://example.org/hub/horn-of-africa", "social prompt"),
    ("The Nile Wire Service is an independent international news agency dedicated to accurate reporting. Founded in 1961, "
     "it serves newsrooms in 40 countries.", "publisher notice"),
    ("Levant Wire, the news division of Levant Media Group, is the world\u2019s largest multimedia news provider in the "
     "region, reaching millions of people every day.", "publisher notice"),
    ("Disclaimer: SahelWire uses machine translation. Errors in names and numbers may occur.", "translation disclaimer"),
    ("Displaced families wait for food at a camp outside Gao. File photo: SVN", "photo caption"),
    ("Soldiers guard a checkpoint on the road to Mopti, where the army has imposed a curfew. (Sahelphoto)",
     "photo caption"),
])
def test_closing_chrome_lines(line, reason):
    assert chrome_reason(line)[0] == reason


@pytest.mark.parametrize("line", [
    "Like many residents, she fled on foot to the border after the shelling began.",
    "Rebels said on Telegram that they had taken the town, a claim the army denied.",
    "Soldiers said the road to Mopti was closed after the attack. (Sahelphoto)",
    "The agency is an independent body that monitors the ceasefire along the line of contact.",
])
def test_prose_stays(line):
    found = chrome_reason(line)
    assert found is None or found[0] not in ("social prompt", "publisher notice", "translation disclaimer",
                                             "photo caption")


def test_a_stray_copy_of_a_paragraphs_opening_is_a_repeat():
    text = ("Elders of the Dinka clan met army officers in Bor on Sunday and asked that the curfew be lifted and roads reopened. "
            "\"We want our markets open again,\" one of them said.\n\n"
            "The army said it would review the curfew within a week.\n\n"
            "Elders of the Dinka clan met army officers in Bor on Sunday and asked that the curfew be lifted and roads reopened.\n")
    lines = split_lines(text)
    mark_repeats(lines)
    kept = [line for line in lines if line.text]
    assert [line.label for line in kept] == [BODY, BODY, CHROME]
    assert kept[2].reason == "repeated line"


def test_a_short_sentence_inside_a_paragraph_stays():
    # a short line (a subhead, a one-line paragraph) may repeat words of a paragraph: only long ones are stray copies
    text = ("The army said it would review the curfew within a week, and elders welcomed the decision.\n\n"
            "The army said it would review the curfew.\n")
    lines = split_lines(text)
    mark_repeats(lines)
    assert all(line.label == BODY for line in lines if line.text)


def test_wire_page_tail_is_removed():
    page = ("Gunmen kill six in raid on Nigerien border village\n\n"
            "NIAMEY, March 3 (Levant Wire) - Gunmen on motorbikes killed six villagers in a raid near the border with Mali "
            "on Sunday, local officials said.\n\n"
            "The army said it had sent reinforcements to the area and was pursuing the attackers.\n\n"
            "Levant Wire, the news division of Levant Media Group, is the world\u2019s largest multimedia news provider in the "
            "region, reaching millions of people every day.\n")
    doc = clean_raw_article(RawArticle(source="w.txt", text=page, fmt="txt"))[0]
    assert "multimedia news provider" not in doc.text
    assert "pursuing the attackers" in doc.text


@pytest.mark.parametrize("line", [
    "Do Not Sell My Personal Information",
    "Do Not Sell or Share My Personal Info",
    "Cookie banner",
    "Your Privacy Choices",
    "You might be interested in",
    "Can we use your data to tailor ads for you? Our partners will collect data and use cookies for ad personalization and measurement.",
    "We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized "
    "content and targeted ads, analyze site traffic, and understand where our audiences come from. To learn more or "
    "opt-out, read our Cookie Policy. Please also read our Privacy Notice and Terms of Use, which became effective "
    "December 20, 2019.",
    "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
])
def test_privacy_and_consent_lines_are_chrome(line):
    assert chrome_reason(line)[0] in ("privacy notice", "cookie notice")
