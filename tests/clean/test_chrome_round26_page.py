"""Round 26: page chrome that older rules let through, on invented lines and pages (a Burkina
Faso wire story, a Myanmar aggregator, a Caucasus live page), and prose that must stay."""
import pytest

from sitrep.clean.chrome import chrome_reason
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


@pytest.mark.parametrize("line", [
    "Displaced families queue for water at a camp outside Kaya. AFP",
    "Residents inspect a burnt market stall in Sittwe [Handout via Reuters]",
    "Illustrative: Police officers stand guard outside the parliament in Yerevan, May 2024. (Armenian Police)",
    "Item 2 of 5",
    "The live blog has ended.",
    "Story continues below advertisement",
    "In this article:",
    "Copy/paste the article video embed link below:",
    "Copy to clipboard",
    "Translate to: English | Français | Português",
    "Automatically translated articles may contain errors. Delta Wire is not responsible for third-party content.",
    "The opinion of the author may not coincide with the position of the editorial board.",
    "Sahel Daily Monitor · Copyright 2025 Sahel Daily Monitor Ltd.",
    "Recommended Articles",
])
def test_chrome_lines_are_recognised(line):
    assert chrome_reason(line) is not None


@pytest.mark.parametrize("line", [
    "The army said it had repelled the attack on Djibo. Residents disputed the toll.",
    "Soldiers killed 12 fighters near Kaya on Sunday, the ministry said.",
    "The item was passed by 120 votes to 40 in the assembly.",
    "The opinion of the author was cited by the court in its ruling on Tuesday.",
    "Protesters chanted slogans against the junta and the French embassy for hours, witnesses told AP.",
    "He said the convoy was hit twice, first at dawn and then again at noon [local time].",
])
def test_prose_stays(line):
    assert chrome_reason(line) is None


PAGE = """Delta Wire
Home / Africa / Burkina Faso
Ambush kills 17 soldiers near Djibo, army says
Published 4 March 2025
By Salif Ouedraogo, with Claire Bonnet in Dakar
Soldiers patrol a street in Djibo after the overnight assault. AFP
Story continues below advertisement

OUAGADOUGOU (AFP) - Seventeen soldiers were killed when gunmen ambushed a supply convoy near Djibo in northern Burkina Faso on Monday, the army said.

The convoy was travelling from Ouahigouya when it came under fire, a security source said, adding that several vehicles were burnt.

No group claimed the attack, but jihadists linked to al-Qaeda operate in the area.
"""


def test_credited_caption_and_advert_note_leave_the_text():
    doc = clean_raw_article(RawArticle(source="page.txt", text=PAGE, fmt="txt"))[0]
    assert "Soldiers patrol a street" not in doc.text
    assert "Story continues" not in doc.text
    assert "Seventeen soldiers were killed" in doc.text
    assert doc.title == "Ambush kills 17 soldiers near Djibo, army says"
    assert {a.casefold() for a in doc.authors} == {"salif ouedraogo", "claire bonnet"}


@pytest.mark.parametrize("line", [
    "The rebels' spokesman told local media last week that fighters were \"holding the town\". The army has denied shelling homes. REUTERS",
    "Five people were killed in Kaya on Monday, the army said. AFP",
])
def test_story_paragraph_with_signoff_is_no_caption(line):
    assert chrome_reason(line) is None


@pytest.mark.parametrize("line", [
    "A A A", "A- A A+", "Join the Post's Telegram channel and get the latest news delivered to you.",
    "Do you like the content of this article?",
])
def test_widgets_are_chrome(line):
    assert chrome_reason(line) is not None


def test_a_sentence_with_a_is_prose():
    assert chrome_reason("A convoy was attacked near Kaya.") is None
    assert chrome_reason("Join the protest, the opposition urged supporters on Telegram.") is None
