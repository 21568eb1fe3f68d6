from sitrep.clean.lines import mark_chrome, split_lines
from sitrep.clean.split import split_sections
from sitrep.metadata.extract import mark_metadata

AGGREGATOR = """Front seizes hill near Dalen

Fighters on a hill near Dalen, March 2, 2025. (AP Photo/Jane Doe)
KARST DAILY |
Published March 3, 2025

The Karst Liberation Front said it seized a hill near Dalen on Sunday.

READ FULL ARTICLE

SOURCE: www.karstdaily.example

RELATED: Veloria sends reinforcements north

A soldier in Dalen. REUTERS/John Smith
REUTERS |
Published March 3, 2025

Rebels said they took a strategic hill near the town of Dalen.

READ FULL ARTICLE

SOURCE: www.reuters.com

Be the first to comment
Leave a Reply"""


def _sections(text):
    lines = split_lines(text)
    mark_chrome(lines)
    mark_metadata(lines)
    return lines, split_sections(lines)


def test_aggregator_page_splits_after_terminators():
    lines, sections = _sections(AGGREGATOR)
    assert len(sections) == 2
    first, second = ([lines[i].text for i in range(a, b)] for a, b in sections)
    assert "RELATED: Veloria sends reinforcements north" in first
    assert second[0] == "A soldier in Dalen. REUTERS/John Smith"     # the caption opens the next article
    assert second[-1] == "Leave a Reply"                              # trailing widgets stay with the last


def test_single_article_ending_with_terminator_is_one_section():
    text = "Title line here\n\nBody sentence one.\n\nREAD FULL ARTICLE\n\nBe the first to comment"
    assert len(_sections(text)[1]) == 1


def test_mid_article_related_link_does_not_split():
    text = "Title line here\n\nBody one.\nRead More: Other story\nBody two continues.\n"
    assert len(_sections(text)[1]) == 1


FOOTER_AFTER_COMMENTS = """Floods cut the coast road near Varos
By Mira Test
March 4, 2025

Floodwater cut the coast road near Varos on Monday, the regional authority said, leaving three villages without supplies.

Rescue teams reached two of the villages by boat on Tuesday, and the authority said the road would reopen within a week.
continue reading
Comments
Share
Terms of Use
|
AdChoice
|
Advertise
|
About
|
Contact
|
Do Not Sell My Personal Information
|
Copyright © 2025 Varos Daily
"""


def test_a_footer_menu_after_a_terminator_is_no_second_article():
    from sitrep.model import RawArticle
    from sitrep.pipeline import clean_raw_article
    raw = RawArticle(source="footer.txt", text=FOOTER_AFTER_COMMENTS, fmt="txt")
    docs = clean_raw_article(raw)
    assert len(docs) == 1
    assert docs[0].title == "Floods cut the coast road near Varos"
    assert "three villages" in docs[0].text and "AdChoice" not in docs[0].text
