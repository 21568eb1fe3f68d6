"""A wire dateline without a year ("JUBA, Feb 11 (Reuters) -") and other report headers."""
from __future__ import annotations

import datetime as dt

from sitrep.metadata.dateline import find_dateline
from sitrep.metadata.dates import copyright_year, find_date, report_weekday, stamp_date, year_for
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def _doc(text: str):
    (doc,) = clean_raw_article(RawArticle(source="x.txt", text=text, fmt="txt"))
    return doc


def test_year_from_the_report_weekday():
    doc = _doc("South Sudan army says 14 killed in Nasir clashes\n\n"
               "JUBA, Feb 11 (Reuters) - Fighting between the army and the White Army militia near Nasir "
               "killed 14 people, the army said on Tuesday.\n\nThe militia did not comment.\n")
    # 11 February fell on a Tuesday in 2025 (and in 2020 before it)
    assert doc.published == "2025-02-11"
    assert doc.published_basis.startswith("inferred")


def test_year_helpers():
    assert report_weekday("the ministry said in a statement on Friday that") == 4
    assert report_weekday("Officials on Sunday said the road was closed") == 6
    assert report_weekday("Fighting went on through Monday.") is None
    assert year_for(3, 4, 1, dt.date(2026, 11, 21)) == dt.date(2025, 3, 4)
    assert year_for(12, 25, None, dt.date(2026, 11, 21)) == dt.date(2025, 12, 25)
    assert year_for(2, 29, None, dt.date(2026, 11, 21)) == dt.date(2024, 2, 29)
    assert copyright_year("text\n© 2023 Nile Courier. All rights reserved.") == 2023


def test_dotted_dates_are_day_first():
    assert str(find_date("published 4.3.2025")[0]) == "2025-03-04"
    assert stamp_date("4.3.2025")[0] == dt.date(2025, 3, 4)
    assert find_date("release 1.2.2025.4") is None
    assert find_date("03/04/2025") is None       # a slash date stays ambiguous


def test_as_of_stamp_and_accented_dateline():
    assert stamp_date("As of 2 June 2025, 09:00 (local time)")[0] == dt.date(2025, 6, 2)
    found = find_dateline("SÃO GABRIEL, Brazil (AP) — Gunmen attacked a mining camp on Friday.")
    assert found and found.place == "SÃO GABRIEL" and found.credit == "AP"


def test_transcript_speaker_is_no_dateline():
    assert find_dateline("SPOKESPERSON: Good afternoon. I will start with Yemen.") is None
    assert find_dateline("QUESTION: Do you have figures?") is None
    assert find_dateline("MOGADISHU: Gunmen attacked a hotel on Friday.").place == "MOGADISHU"


def test_report_page_header():
    doc = _doc("YEMEN / SAUDI ARABIA: Border Shelling\nFlash Update No. 3\nAs of 2 June 2025, 09:00 (local time)\n\n"
               "KEY FIGURES\n9\ncivilians killed\n\nHIGHLIGHTS\n"
               "• Shelling along the border killed nine civilians in Saada governorate on 1 June, "
               "according to local authorities.\n")
    assert doc.title == "YEMEN / SAUDI ARABIA: Border Shelling"
    assert doc.published == "2025-06-02"
    assert doc.authors == [] and doc.dateline is None


def test_letterhead_is_outlet_not_author():
    doc = _doc("CENTRAL SAHEL SECURITY NOTE\nMopti Civilian Protection Consortium\n12 April 2025\n\n"
               "On 10 April 2025 armed men attacked the weekly market of Boni, killing six traders "
               "and burning several stalls, according to local sources.\n")
    assert doc.authors == []
    assert doc.outlet == "Mopti Civilian Protection Consortium"


def test_wire_with_editors_note_keeps_its_headline():
    doc = _doc("BC-AF--Mozambique-Attack,0390\nEds: UPDATES with toll. With AP Photos.\n"
               "Insurgents kill 11 in raid on Mozambique village\nBy JOANA MACUACUA\nAssociated Press\n"
               "June 3, 2025, 9:10 AM ET\n\nMOCÍMBOA DA PRAIA, Mozambique (AP) — Islamic State-linked insurgents "
               "killed 11 villagers in a raid in northern Mozambique, officials said Tuesday.\n")
    assert doc.title == "Insurgents kill 11 in raid on Mozambique village"
    assert doc.dateline == "MOCÍMBOA DA PRAIA" and doc.outlet == "Associated Press"
    assert not doc.text.startswith("Eds")


def test_transcript_labels_are_knowledge_users_extend(tmp_path, monkeypatch):
    from sitrep.metadata import dateline
    assert find_dateline("NARRATOR: The convoy left Bamako at dawn.") is not None
    (tmp_path / "transcript_labels.txt").write_text("narrator\n", encoding="utf-8")
    monkeypatch.setenv("SITREP_KNOWLEDGE", str(tmp_path))
    dateline.transcript_labels.cache_clear()
    try:
        assert find_dateline("NARRATOR: The convoy left Bamako at dawn.") is None
    finally:
        monkeypatch.delenv("SITREP_KNOWLEDGE")
        dateline.transcript_labels.cache_clear()
