"""Lines that close a story (credits, republication notes, share widgets) leave the text."""
from sitrep.credits import credited_people
from sitrep.metadata.byline import credit_authors
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

HEAD = "Shelling kills ten people in the besieged city\nBy Jane Roe\nMay 2, 2025\n"
BODY = "Shelling killed ten people on Friday, medics said.\nThe army did not respond to a request for comment.\n"


def _doc(text: str, url: str | None = None):
    return clean_raw_article(RawArticle(source="a.txt", text=text, fmt="txt", url=url))[0]


def test_bare_credit_lines_are_credits():
    for line, names in [("— Additional reporting by Khalid Abdelaziz in Port Sudan", ["Khalid Abdelaziz"]),
                        ("-- Reporting by Aung Min in Yangon; Editing by Ann Dole", ["Aung Min"]),
                        ("Additional reporting by Mara Velkova and Ilya Sorn.", ["Mara Velkova", "Ilya Sorn"])]:
        assert credit_authors(line) == names, line
    assert credit_authors("Reporting by the BBC found that the camp was shelled.") is None


def test_credit_line_leaves_the_text_and_is_credited():
    doc = _doc(HEAD + BODY + "— Additional reporting by Khalid Abdelaziz in Port Sudan\n")
    assert "Additional reporting" not in doc.text
    assert doc.authors == ["Jane Roe", "Khalid Abdelaziz"]
    people = dict(credited_people([(r.reason, r.text) for r in doc.removed], doc.authors))
    assert "Khalid Abdelaziz" in people


def test_first_published_note_is_dropped_and_names_the_outlet():
    doc = _doc(HEAD + BODY + "This story was first published by Sudan Tribune.\n")
    assert "first published" not in doc.text
    assert doc.outlet == "Sudan Tribune"
    doc = _doc(HEAD + BODY + "This article originally appeared in the Sahel Observer.\n")
    assert "originally appeared" not in doc.text
    assert doc.outlet == "Sahel Observer"


def test_publisher_note_does_not_beat_the_address():
    doc = _doc(HEAD + BODY + "This story was first published by Sudan Tribune.\n",
               url="https://www.aljazeera.com/news/2025/5/2/shelling")
    assert doc.outlet == "Al Jazeera"


def test_share_widget_words_are_chrome():
    doc = _doc(HEAD + "share2\nSave articles to read later and create your own reading list.\n" + BODY)
    assert "share2" not in doc.text and "reading list" not in doc.text
    assert doc.text.startswith("Shelling killed")
