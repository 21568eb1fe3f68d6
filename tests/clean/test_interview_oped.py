"""Interviews and op-eds: labelled headlines with a dash ("Interview: "..." - X on Y"), one-word
section labels above the headline, editors' notes ("edited for length and clarity"), author
disclaimers and an author's bio closing the piece. Invented pages."""
from sitrep.clean.zones import looks_like_headline
from sitrep.ingest.html import read_html
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _doc(text: str, **hints):
    raw = RawArticle(source="t.txt", text=text, fmt="txt")
    for key, value in hints.items():
        setattr(raw, key, value)
    docs = clean_raw_article(raw)
    assert len(docs) == 1
    return docs[0]


def _removed(doc, reason: str) -> list[str]:
    return [r.text for r in doc.removed if r.reason == reason]


INTERVIEW = """Q&A: "The junta has lost the north" - a former officer on the Boulkessi attack

Published 12 May 2025
By Awa Diallo

The attack on the army base in Boulkessi on Sunday killed dozens of soldiers. We spoke to a former officer about what comes next.

Q: What happened at the base?

A: The militants came at dawn with drones and trucks. The base fell within hours.

This conversation has been lightly edited and condensed.
"""


def test_labelled_headline_with_a_quote_and_a_dash_is_the_title():
    doc = _doc(INTERVIEW)
    assert doc.title == 'Q&A: "The junta has lost the north" - a former officer on the Boulkessi attack'
    assert not doc.text.startswith("Q&A")
    assert doc.authors == ["Awa Diallo"] and doc.published == "2025-05-12"


def test_editors_note_closing_an_interview_is_chrome():
    doc = _doc(INTERVIEW)
    assert doc.text.endswith("The base fell within hours.")
    assert _removed(doc, "editorial note") == ["This conversation has been lightly edited and condensed."]


def test_editorial_note_variants_and_prose_that_merely_mentions_editing():
    for note in ("(This interview has been edited for length and clarity.)",
                 "Answers have been edited for brevity.",
                 "Edited for length and clarity.",
                 "The interview with Colonel Traoré was translated from French and condensed."):
        doc = _doc(INTERVIEW.replace("This conversation has been lightly edited and condensed.", note))
        assert note not in doc.text, note
    prose = ("The footage, which activists say has been edited to hide the soldiers' faces, "
             "was shared widely on Monday.")
    doc = _doc(INTERVIEW.replace("This conversation has been lightly edited and condensed.", prose))
    assert doc.text.endswith(prose)


def test_breadcrumbs_with_dashes_are_still_no_headline():
    assert not looks_like_headline("World - Africa - Sahel news today")
    assert not looks_like_headline("Home - News - Mali / Burkina Faso")
    assert looks_like_headline('Analysis: Kyiv bets on drones - and on time')
    assert looks_like_headline('"We will hold Pokrovsk" - commander on the eastern front')


OPED = """Op-ed

Myanmar's airstrikes are a war on schools

By Thant Zin

Last week a jet bombed a school in Sagaing region, killing eleven children. The junta said it had struck a rebel base, though villagers said no fighters were there.

The generals will not stop while the world looks away.

Thant Zin is a former teacher and human rights researcher based in Chiang Mai.
"""


def test_one_word_label_above_the_headline_and_the_authors_bio_are_removed():
    doc = _doc(OPED)
    assert doc.title == "Myanmar's airstrikes are a war on schools"
    assert _removed(doc, "section label") == ["Op-ed"]
    assert _removed(doc, "author bio") == [
        "Thant Zin is a former teacher and human rights researcher based in Chiang Mai."]
    assert doc.text.endswith("while the world looks away.")


def test_closing_line_about_someone_else_is_the_story():
    ending = "Aung Min is a farmer whose daughter died in the strike."
    doc = _doc(OPED.replace("Thant Zin is a former teacher and human rights researcher based in Chiang Mai.", ending))
    assert doc.text.endswith(ending)
    assert not _removed(doc, "author bio")


def test_bio_of_an_author_named_by_a_field_and_a_separate_disclaimer():
    text = ("The siege of El Fasher has lasted a year. Nobody in the city has enough to eat, and the "
            "shelling has not stopped for a single week since April.\n\n"
            "Dr Hawa Idris, a physician from Darfur, writes about health in war zones.\n\n"
            "The views expressed in this article are the author's own and do not reflect the position of this newspaper.\n")
    doc = _doc(text, authors=["Hawa Idris"])
    assert doc.text.endswith("since April.")
    assert _removed(doc, "author bio") == ["Dr Hawa Idris, a physician from Darfur, writes about health in war zones."]
    assert len(_removed(doc, "author disclaimer")) == 1


def test_label_line_in_extracted_html_text_is_removed():
    html = ("<html><head><title>Sudan's army retakes bridge</title></head><body><article>"
            "<h1>Sudan's army retakes bridge</h1><p>Analysis</p>"
            "<p>The Sudanese army said on Tuesday it had retaken a strategic bridge over the Nile north of "
            "Khartoum after days of fighting with the Rapid Support Forces.</p>"
            "<p>The RSF did not comment on the claim, which could not be independently verified.</p>"
            "</article></body></html>")
    raw = read_html("page.html", html)
    (doc,) = clean_raw_article(raw)
    assert "Analysis" not in doc.text.split("\n\n")
