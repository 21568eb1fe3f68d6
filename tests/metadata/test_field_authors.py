"""Author fields and bylines naming several people, however they are separated."""
import pytest

from sitrep.ingest import article_from_object
from sitrep.metadata.byline import byline_authors, field_authors


@pytest.mark.parametrize("value", [
    "Amina Diallo; Moussa Traoré",
    "Amina Diallo and Moussa Traoré",
    "Amina Diallo & Moussa Traoré",
    "Amina Diallo, Moussa Traoré",
    "By Amina Diallo and Moussa Traoré, Reuters",
    "By Amina Diallo; Moussa Traoré | Sahel Observer",
])
def test_two_authors_however_separated(value):
    assert field_authors(value) == ["Amina Diallo", "Moussa Traoré"]


def test_shouted_byline_keeps_and_as_a_link():
    assert byline_authors("BY AMINA DIALLO AND MOUSSA TRAORE") == ["Amina Diallo", "Moussa Traore"]


def test_json_byline_field_with_semicolon_gives_two_authors():
    raw = article_from_object({"body": "Gunmen attacked a convoy near Gao on Monday, officials said.",
                               "byline": "Amina Diallo; Moussa Traoré"}, "x.jsonl#1", "jsonl")
    assert raw.authors == ["Amina Diallo", "Moussa Traoré"]


def test_field_that_names_no_person_is_not_split():
    assert field_authors("Sahel Observer") is None
