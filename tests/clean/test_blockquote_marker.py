"""Markdown/e-mail block-quote markers ("> ") are not text."""
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def test_quote_marker_is_stripped_with_offsets_kept():
    raw = ("Statement on the overnight strikes on the capital\nThe ministry said in a statement:\n"
           "> Russia continues to strike our cities. Its words are worth nothing.\n"
           ">> Nested quoted reply from the earlier mail, sent on Friday.\n>\nOfficials gave no figures.")
    doc = clean_raw_article(RawArticle(source="a.txt", text=raw, fmt="txt"))[0]
    assert ">" not in doc.text
    i = doc.text.index("Russia continues")
    assert raw[doc.offsets.to_raw(i):].startswith("Russia continues")
    assert "Nested quoted reply" in doc.text


def test_greater_than_inside_a_line_stays():
    raw = "Losses rose sharply in March, as casualties > 100 were reported in a week, officials said."
    doc = clean_raw_article(RawArticle(source="a.txt", text=raw, fmt="txt"))[0]
    assert "casualties > 100" in doc.text
