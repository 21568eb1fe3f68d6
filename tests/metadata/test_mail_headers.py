"""E-mailed newsletters, mastheads and dated credit lines state the metadata."""
from __future__ import annotations

from sitrep.metadata.headers import dated_credit, masthead, sender_name, subject_title
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

NEWSLETTER = """From: Horn Security Digest <digest@hornsecurity.example>
To: reader@example.com
Subject: Horn Security Digest: Al-Shabaab raid on Somali army base near Baidoa
Date: Thu, 12 Jun 2025 06:40:11 +0300
View in browser

HORN SECURITY DIGEST | Issue 58 | Thursday, 12 June 2025

Al-Shabaab fighters stormed a Somali army base near Baidoa late on Wednesday, killing at least seven soldiers, two officers told the Digest. The militants withdrew before dawn after burning two vehicles.

Regional officials said reinforcements had been sent from Baidoa town on Thursday morning.
"""


def _doc(text: str):
    (doc,) = clean_raw_article(RawArticle(source="x.txt", text=text, fmt="txt"))
    return doc


def test_newsletter_headers_give_date_outlet_and_title():
    doc = _doc(NEWSLETTER)
    assert doc.published == "2025-06-12"
    assert doc.outlet == "Horn Security Digest"
    assert doc.title == "Al-Shabaab raid on Somali army base near Baidoa"
    assert "Date:" not in doc.text and "Subject:" not in doc.text and "Issue 58" not in doc.text
    assert doc.text.startswith("Al-Shabaab fighters stormed")


def test_masthead_alone_gives_date_and_name():
    text = NEWSLETTER.split("View in browser\n\n", 1)[1]
    doc = _doc(text)
    assert doc.published == "2025-06-12" and doc.outlet == "Horn Security Digest"


def test_header_helpers():
    assert sender_name('From: "Sahel Weekly" <news@sahel.example>') == "Sahel Weekly"
    assert sender_name("From: someone@example.org") is None
    assert subject_title("Subject: Fwd: Sahel Weekly - Curfew in Gao", "Sahel Weekly") == "Curfew in Gao"
    assert masthead("El Sol de Tampico | Redacción Reynosa | 14.02.2025")[0] == "El Sol de Tampico"
    assert str(masthead("El Sol de Tampico | Redacción Reynosa | 14.02.2025")[1]) == "2025-02-14"
    assert masthead("Home | 14 February 2025") is None
    assert masthead("Clashes in Reynosa | 14 February 2025 | more") is None


def test_dated_credit_line():
    names, date = dated_credit("Compiled from posts by Tomás Reyes Olmedo (@treyes), Reynosa correspondent, "
                               "Friday February 14, 2025")
    assert names == ["Tomás Reyes Olmedo"] and str(date) == "2025-02-14"
    assert dated_credit("He was killed by gunmen in Reynosa on February 14, 2025") is None


def test_masthead_desk_line_and_translated_headline_leave_the_text():
    text = ("Balacera en Reynosa deja seis muertos\n\n(Shootout in Reynosa leaves six dead)\n\n"
            "La Voz de Tamaulipas | Redacción Reynosa | 8.2.2025\n\n"
            "The shootout of Friday 7.2.2025 in the Las Fuentes district of Reynosa left six dead, "
            "according to the state prosecutor's office.\n")
    doc = _doc(text)
    assert doc.title == "Balacera en Reynosa deja seis muertos"
    assert doc.published == "2025-02-08" and doc.outlet == "La Voz de Tamaulipas"
    assert doc.text.startswith("The shootout of Friday")
