"""Round 24 byline forms: "with" joining reporters, a desk beside a reporter, stamp bylines with
two names, two staff with their roles on one line (invented Caucasus / Horn of Africa pages)."""
from sitrep.metadata.byline import byline_authors, names_in, role_byline
from sitrep.metadata.dates import stamp_author


def test_with_joins_shouted_reporters_and_drops_place() -> None:
    assert byline_authors("By Lela GIORGADZE with Tomas VERNIER in Yerevan") == ["Lela Giorgadze", "Tomas Vernier"]


def test_desk_beside_reporter_is_dropped() -> None:
    assert byline_authors("By Hanna Tesfaye and TNA Staff") == ["Hanna Tesfaye"]
    assert names_in("Meron Alemu, Dawit Bekele and agencies") == ["Meron Alemu", "Dawit Bekele"]


def test_desk_alone_is_no_person() -> None:
    assert byline_authors("By TNA Staff") is None
    assert names_in("Staff") == []


def test_stamp_with_two_authors() -> None:
    assert stamp_author("Selam Haile and Yonas Gebre Mariam  |03.02.2025 - Update : 03.02.2025") == \
        ["Selam Haile and Yonas Gebre Mariam"]


def test_two_staff_with_roles() -> None:
    line = ("Ama Mensah, Researcher, and Kofi Boateng, Senior Analyst, Peace Office for the Horn, "
            "the Great Lakes and the Red Sea")
    assert role_byline(line) == ["Ama Mensah", "Kofi Boateng"]
    assert role_byline("Ama Mensah, Researcher, and Kofi Boateng, photographer") == ["Ama Mensah"]


def test_prose_with_and_is_no_role_pair() -> None:
    assert role_byline("Ama Mensah, a researcher, and Kofi Boateng met rebels in the hills") is None
