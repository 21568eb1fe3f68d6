"""Shouted bylines in name case; credit lines repeating a byline author add no author."""
import pytest

from sitrep.metadata.byline import byline_authors
from sitrep.metadata.name_case import name_case
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


@pytest.mark.parametrize("given, expected", [
    ("TAMAR OKONJO", "Tamar Okonjo"),
    ("JOHN McDONALD", "John McDonald"),           # AP styling keeps the inner capital
    ("John McDONALD", "John McDonald"),
    ("ROSA DE LA VEGA", "Rosa de la Vega"),
    ("KARIM AL-MASRI", "Karim al-Masri"),
    ("AL-MASRI KARIM", "Al-Masri Karim"),         # a particle opening the name keeps its capital
    ("SEAN O'NEILL", "Sean O'Neill"),
    ("ANNE-MARIE DUVAL", "Anne-Marie Duval"),
    ("DeShawn Carter", "DeShawn Carter"),         # mixed case is left as written
    ("Ludwig van Aken", "Ludwig van Aken"),
])
def test_name_case(given, expected):
    assert name_case(given) == expected


def test_shouted_byline_with_lower_case_and():
    assert byline_authors("By TAMAR OKONJO and PIOTR NOWAK") == ["Tamar Okonjo", "Piotr Nowak"]


def test_wire_credit_line_repeating_a_byline_author_adds_nobody():
    text = ("Rebels shell Goma airport, army says\n\n"
            "By TAMAR OKONJO and PIOTR NOWAK\n\n"
            "GOMA, Congo (AP) — Rebels shelled the airport of Goma on Friday, wounding four "
            "soldiers, the army said.\n\n"
            "The M23 group denied firing at the airport and accused the army of shelling "
            "its positions near Sake.\n\n"
            "___\n\n"
            "Associated Press writer Piotr Nowak in Kinshasa contributed to this report.\n")
    (doc,) = clean_raw_article(RawArticle(source="goma.txt", text=text, fmt="txt"))
    assert doc.authors == ["Tamar Okonjo", "Piotr Nowak"]
    assert "contributed" not in doc.text


def test_contributor_under_a_byline_is_no_author():
    text = ("Rebels shell Goma airport, army says\n\n"
            "By TAMAR OKONJO\n\n"
            "GOMA, Congo (AP) — Rebels shelled the airport of Goma on Friday, wounding four "
            "soldiers, the army said.\n\n"
            "Associated Press writer Piotr Nowak in Kinshasa contributed to this report.\n")
    (doc,) = clean_raw_article(RawArticle(source="goma2.txt", text=text, fmt="txt"))
    assert doc.authors == ["Tamar Okonjo"]
    assert "contributed" not in doc.text


def test_contributor_of_an_unsigned_report_is_its_only_credited_reporter():
    text = ("Rebels shell Goma airport, army says\n\n"
            "GOMA, Congo (AP) — Rebels shelled the airport of Goma on Friday, wounding four "
            "soldiers, the army said.\n\n"
            "Associated Press writer Piotr Nowak in Kinshasa contributed to this report.\n")
    (doc,) = clean_raw_article(RawArticle(source="goma3.txt", text=text, fmt="txt"))
    assert doc.authors == ["Piotr Nowak"]
