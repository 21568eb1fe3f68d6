"""Round 32: page chrome in the shapes the blind sets kept (a rights notice without a copyright
sign, a support-journalism appeal, aggregator disclaimers and neighbour links, translation
notices, captions with an inline "©" credit or a "(File/AFP)" bracket, a courtesy share prompt,
related-news headlines), a wire's recurring background paragraph that stays body, and a verb
particle glued to an abstract noun; body sentences that look similar stay body."""
from pathlib import Path

import pytest

from sitrep.clean.chrome import chrome_reason
from sitrep.clean.glue import Lexicon, find_glue_edits
from sitrep.clean.lines import background_prose
from sitrep.clean.titled_caption import titled_caption
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "round32_meta"


@pytest.mark.parametrize("line", [
    "All rights reserved. This material, and other digital content on this website, may not be reproduced, "
    "published, broadcast, rewritten or redistributed in whole or in part without prior express written "
    "permission from THE BAMENDA HERALD.",
    "Support independent journalism in the North-West region. Subscribe to our newsletter.",
    "This news was automatically translated from Russian.",
    "This article was translated automatically. Steppe Digest is not responsible for the content of the original.",
    "UKRNEWS24 English is an automated aggregator. All rights to the news belong to the sources.",
    "Content belongs to its original publishers.",
    "Previous news: Grain exports rise sharply in February",
    "Next news: Parliament passes budget amendments",
    "Original article (Russian)",
    "Displaced families gather outside the camp clinic after the attack. © Jean Mulumba, AFP",
    "A soldier stands guard at the entrance of the camp. (File/AFP)",
    "Smoke rises over the port after the drone strike. (Archive photo/Reuters)",
    "Kindly share this story:",
    "Please share this article with your friends",
])
def test_chrome_shapes(line):
    assert chrome_reason(line) is not None, line


@pytest.mark.parametrize("line", [
    "The army said the images may not be published before the families are told.",
    "Residents said they would share the story of the attack with investigators.",
    "Officials said the next news conference would be held on Friday in Bunia.",
    "The governor said the original article of the peace accord had never been applied.",
    "Rebels have shared the content of the agreement with the mediators, the envoy said.",
    "The militia translated the statement into French, a spokesman said.",
])
def test_prose_stays_body(line):
    assert chrome_reason(line) is None, line


def test_page_chrome_removed_body_kept():
    doc = clean_raw_article(RawArticle(source="h.txt", text=(FIX / "herald_cameroon.txt").read_text(), fmt="txt"))[0]
    for gone in ("Kindly share", "Soldiers free 12 hostages", "Curfew extended", "may not be reproduced",
                 "Subscribe to our newsletter"):
        assert gone not in doc.text, gone
    for kept in ("set fire to a secondary school", "has killed more than 6,000 people", "step up surveillance"):
        assert kept in doc.text, kept


def test_aggregator_page_chrome():
    doc = clean_raw_article(RawArticle(source="a.txt", text=(FIX / "aggregator_ukraine.txt").read_text(), fmt="txt"))[0]
    for gone in ("automatically translated", "Original article", "Previous news", "Grain exports",
                 "Parliament passes", "aggregator"):
        assert gone not in doc.text, gone
    assert "killed three civilians" in doc.text


def test_captions_dropped():
    doc = clean_raw_article(RawArticle(source="o.txt", text=(FIX / "okapi_drc.txt").read_text(), fmt="txt"))[0]
    assert "Jean Mulumba" not in doc.text and "stands guard" not in doc.text
    assert "deployed reinforcements" in doc.text


def test_background_paragraph_is_not_chrome():
    assert background_prose("The war began in April 2023 when a power struggle between the army and the RSF "
                            "erupted into open fighting in Khartoum, killing tens of thousands of people.")
    assert not background_prose("Reuters could not independently verify the report.")
    assert not background_prose("Sign up for the Morning Brief, delivered to 2 million readers")
    # a figure written in words counts as a figure; a notice's "one" does not
    assert background_prose("At least six soldiers were killed in April last year when rebels attacked troops "
                            "searching for the hostage in the highlands, according to the military.")
    assert not background_prose("Sign up for one of our free newsletters and get the best of our reporting "
                                "delivered straight to your inbox every morning.")


def test_titled_caption():
    assert titled_caption("North-West Regional Governor, Adolphe Lele")
    assert titled_caption("Interior Minister, Jane Doe")
    assert not titled_caption("Jane Doe, political correspondent")
    assert not titled_caption("Staff Reporter, Jane Doe")
    assert not titled_caption("Aminata Diallo, Ousmane Keita")


def _fix(text: str) -> str:
    lines = text.split("\n")
    out = []
    for line, edits in zip(lines, find_glue_edits(lines, Lexicon.default())):
        for e in sorted(edits, key=lambda e: e.start, reverse=True):
            line = line[:e.start] + e.replacement + line[e.end:]
        out.append(line)
    return "\n".join(out)


def test_particle_glued_to_noun():
    text = ("The governor ordered the army to step upsurveillance around schools after theattack, and "
            "residents said the soldiers arrivedlate. Police said they would beef upsecurity at the "
            "markets, where traders fearedanother raid. The upgrade of the road was delayed.")
    fixed = _fix(text)
    assert "up surveillance" in fixed and "up security" in fixed
    assert "upgrade" in fixed


def test_share_widget_buttons_on_one_line_are_chrome():
    from sitrep.model import RawArticle
    from sitrep.pipeline import clean_raw_article
    page = ("Gunmen kill prosecutor in port city\nBy Ana Ruiz\nCopy Link copied\nShare Copy link\n\n"
            "PORT CITY (AP) - Gunmen shot dead a prosecutor on a busy avenue on Wednesday, police said.\n\n"
            "The victim was leading an investigation into an attack on a television station last week.\n")
    doc = clean_raw_article(RawArticle(source="a.txt", text=page, fmt="txt"))[0]
    assert "Copy" not in doc.text and "Share" not in doc.text
    assert doc.text.startswith("PORT CITY (AP)")
