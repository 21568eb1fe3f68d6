"""Organisation bylines ("By the X Network") and outlet names with a complement ("Gazette of the South")."""
import pytest

from sitrep.metadata.byline import byline_organisation
from sitrep.metadata.outlet import looks_like_outlet
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


@pytest.mark.parametrize("line, expected", [
    ("By the Kivu Emergency Relief Network", "Kivu Emergency Relief Network"),
    ("BY THE DARFUR MEDICAL COMMITTEE", "Darfur Medical Committee"),
    ("By the Office for the Coordination of Humanitarian Affairs",
     "Office for the Coordination of Humanitarian Affairs"),
    ("By the Sahel Tribune", "Sahel Tribune"),
    ("By Amina Diallo", None),
    ("By the time the convoy arrived, the camp was empty.", None),
    ("By the Numbers", None),
    ("By the Editorial Board", None),
])
def test_byline_organisation(line, expected):
    assert byline_organisation(line) == expected


@pytest.mark.parametrize("name, expected", [
    ("Courier of the Lakes", True),
    ("Evening Herald of Kivu", True),
    ("Bank of Kigali", False),
    ("Governor of Kivu", False),
])
def test_outlet_names_with_a_complement(name, expected):
    assert looks_like_outlet(name) is expected


def test_organisation_byline_leaves_the_text_and_names_the_outlet():
    text = ("Situation note: after the Kalehe floods\n\n"
            "By the Kivu Emergency Relief Network\n\n"
            "Heavy rain on the night of Monday, May 5, 2025, sent mudslides into two villages of "
            "Kalehe territory. At least 14 people were killed, local authorities said.\n\n"
            "Our teams distributed blankets and water tablets to 300 families.\n")
    (doc,) = clean_raw_article(RawArticle(source="kalehe.txt", text=text, fmt="txt"))
    assert "Relief Network" not in doc.text
    assert doc.outlet == "Kivu Emergency Relief Network"
    assert doc.outlet_basis == "organisation byline"
    assert doc.authors == []
    assert any(r.reason == "organisation byline" for r in doc.removed)


def test_outlet_line_with_a_complement_under_the_headline():
    text = ("Shelling kills two in Kherson suburb\n\n"
            "Courier of the Southern Steppe\n\n"
            "Tuesday 4 March 2025\n\n"
            "Kherson - Russian artillery shelled a suburb of Kherson in the morning, killing two "
            "residents and damaging a school, the regional administration said.\n\n"
            "Rescuers worked until the evening to clear the rubble.\n")
    (doc,) = clean_raw_article(RawArticle(source="kherson.txt", text=text, fmt="txt"))
    assert doc.outlet == "Courier of the Southern Steppe"
    assert "Courier of" not in doc.text
