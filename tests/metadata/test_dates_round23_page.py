"""Round 23 page fixes: date-first datelines, "Month D - YYYY" stamps, a stamp whose clock is
followed by "Modified:", a date line with its places, a reading-time line."""
import datetime as dt

from sitrep.metadata.dateline import find_dateline, place_date
from sitrep.metadata.dates import find_date, stamp_date
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def test_date_first_bracketed_place_is_a_dateline() -> None:
    d = find_dateline("March 12, 2025 (BUNIA) – Militiamen of the CODECO coalition raided a camp.")
    assert d is not None and d.place == "BUNIA" and d.month_day == (3, 12) and d.year == 2025
    d = find_dateline("12 March 2025 (GOMA) - Rebels shelled the airport on Tuesday.")
    assert d is not None and d.place == "GOMA"


def test_prose_with_a_bracket_is_no_date_first_dateline() -> None:
    assert find_dateline("Rebels said on March 12, 2025 (UN figures) - that") is None
    assert find_dateline("The 2025 report (UNHCR) - which few read") is None


def test_issued_stamp_with_modified_clock() -> None:
    found = stamp_date("Issued on: 14/02/2025 - 09:40 Modified: 14/02/2025 - 11:02")
    assert found == (dt.date(2025, 2, 14), "published")
    assert stamp_date("Published 4 March 2025 10:05 GMT") == (dt.date(2025, 3, 4), "published")


def test_month_day_dash_year() -> None:
    assert find_date("February 7 - 2025")[0] == dt.date(2025, 2, 7)
    assert stamp_date("February 7 - 2025") == (dt.date(2025, 2, 7), "published")


def test_date_then_places_line() -> None:
    assert place_date("February 7 - 2025 KOSTI / RABAK") == ("KOSTI", dt.date(2025, 2, 7))
    assert place_date("7 February 2025 GMT") is None          # a zone, not a place
    assert place_date("7 February 2025 Kosti residents fled") is None


def test_page_with_issued_stamp_reading_time_and_date_place_line() -> None:
    page = ("Skip to main content\nTHE SAHEL WIRE\nNiger army repels attack near Tillaberi\n\n"
            "Issued on: 14/02/2025 - 09:40 Modified: 14/02/2025 - 11:02\n\n3 min Reading time\n\n"
            "Niamey (AFP) – Soldiers repelled an attack by jihadists on a base near Tillaberi, the army "
            "said on Tuesday, adding that ten assailants were killed in the fighting.\n\n"
            "The attack came a week after a convoy was ambushed on the road to Ayorou, residents said.\n")
    doc = clean_raw_article(RawArticle(source="t.txt", text=page, fmt="txt"))[0]
    assert doc.published == "2025-02-14"
    assert doc.dateline == "Niamey"
    assert any(r.reason == "reading time" for r in doc.removed)
    assert "Reading time" not in doc.text and "Issued on" not in doc.text

    page2 = ("Radio Kordofan\nHome\nArmy retakes Um Rawaba market\nFebruary 7 - 2025 UM RAWABA / EL OBEID\n"
             "The army said it had retaken the market of Um Rawaba after two days of fighting with the "
             "paramilitaries, residents who reached El Obeid told the station on Friday.\n\n"
             "Traders said shops had been looted before the fighters withdrew to the west of the town.\n")
    doc2 = clean_raw_article(RawArticle(source="t2.txt", text=page2, fmt="txt"))[0]
    assert doc2.published == "2025-02-07" and doc2.dateline == "UM RAWABA"
    assert any(r.reason == "place and date" for r in doc2.removed)
