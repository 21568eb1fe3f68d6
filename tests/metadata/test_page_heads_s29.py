"""Page heads and feet of session 29 (invented pages): a wire site's section label in capitals over
the headline ("WORLD NEWS") when the copyright line names the site, a logo's alternative text left
as a line ("AP Logo"), and the reporter's name and bio set apart at the foot ("LIORA MENCK" /
"Menck covers ...")."""
from __future__ import annotations

from pathlib import Path

from sitrep.ingest import read_file
from sitrep.pipeline import clean_raw_article

PAGES = Path(__file__).parent.parent / "fixtures" / "s29_pages"


def _doc(name: str):
    return clean_raw_article(read_file(str(PAGES / name)).articles[0])[0]


def test_a_section_label_in_capitals_is_no_outlet_when_the_copyright_names_the_site():
    doc = _doc("wire_site_section_label.txt")
    assert doc.outlet == "Associated Press"
    assert doc.title.startswith("Dockworkers in Velmora block")
    assert doc.authors == ["Liora Menck", "Tavi Oruma"]


def test_a_logo_line_and_the_reporters_bio_at_the_foot_are_chrome():
    doc = _doc("wire_site_section_label.txt")
    assert "AP Logo" not in doc.text
    assert "LIORA MENCK" not in doc.text and "Menck covers" not in doc.text
    assert "The transport ministry said talks would resume on Wednesday." in doc.text
