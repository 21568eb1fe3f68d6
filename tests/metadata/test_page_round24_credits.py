"""Round 24 page metadata: a "WRITER: <wire>" label is no dateline, a footer naming the owning
company does not outrank a known masthead (invented Andean / Caucasus pages)."""
from sitrep.metadata.dateline import find_dateline
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

BODY = ("Rebels said on Sunday they had taken a hilltop base near the border after two days of "
        "fighting, in what officials called the heaviest clashes this year.\n\n"
        "The army did not comment on the claim, which could not be independently verified.\n\n"
        "Residents said hundreds of families had fled toward the provincial capital overnight.\n")


def test_credit_label_is_no_dateline() -> None:
    assert find_dateline("WRITER: AFP") is None
    assert find_dateline("SOURCE: Reuters") is None
    assert find_dateline("TBILISI: Officials said on Monday").place == "TBILISI"


def test_writer_label_page_has_no_dateline() -> None:
    page = "Caspian Daily\n\nRebels take hilltop base\n\nWRITER: AFP\n\n" + BODY
    doc = clean_raw_article(RawArticle(source="w.txt", text=page, fmt="txt"))[0]
    assert doc.dateline is None


def test_owner_company_footer_yields_to_known_masthead() -> None:
    page = ("The Straits Times\nSubscribe\n\nRebels take hilltop base\n\nQUITO – " + BODY +
            "\nCopyright © 2025 Andes Print Holdings Limited. All rights reserved.\n")
    doc = clean_raw_article(RawArticle(source="o.txt", text=page, fmt="txt"))[0]
    assert doc.outlet == "The Straits Times"
