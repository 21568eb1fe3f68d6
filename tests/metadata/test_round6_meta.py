"""Staff-role bylines, place credit lines, desk lines and agency datelines (invented pages)."""
from sitrep.metadata.byline import byline_authors, credit_authors, role_byline
from sitrep.metadata.dateline import find_dateline
from sitrep.metadata.outlet import from_desk_line
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article


def test_role_lines_give_writers_not_photographers():
    assert role_byline("Nilufar Karimova, defence correspondent") == ["Nilufar Karimova"]
    assert role_byline("Timur Sadykov, photographer") == []
    assert role_byline("The council, reporters were told") is None


def test_byline_with_roles_after_each_name_keeps_both():
    line = "By Hamid Tahir, Kabul correspondent, and Sara Lind, Asia editor"
    assert byline_authors(line) == ["Hamid Tahir", "Sara Lind"]


def test_credit_by_place_gives_reporters_not_the_editor():
    line = "Hamid Tahir reported from Herat; Sara Lind from Islamabad. Editing by Joe Marr."
    assert credit_authors(line) == ["Hamid Tahir", "Sara Lind"]
    assert credit_authors("The envoy reported from Geneva that talks had stalled.") is None


def test_desk_line_names_the_broadcaster():
    assert from_desk_line("VOA's Kurdish and Turkish services") == "Voice of America"
    assert from_desk_line("Armenian and Azerbaijani services") is None


def test_agency_dateline_with_full_stop():
    d = find_dateline("TASHKENT, March 4. Border guards exchanged fire overnight.")
    assert d and d.place == "TASHKENT" and d.month_day == (3, 4)
    assert find_dateline("KABUL. The city was quiet.") is None


PAGE = """Border guards trade fire on Tajik-Kyrgyz frontier

4 March 2025, 10:05

Nilufar Karimova, defence correspondent
Timur Sadykov, photographer

DUSHANBE, March 4. Two Tajik border guards were wounded when Kyrgyz troops opened fire near the village of Vorukh, the border service said.

The border service said the shooting lasted about an hour and that talks between commanders were under way on Tuesday.

Share: Facebook | Telegram | OK   👁 1,208

Related news
- Dushanbe hosts water talks
- New checkpoint opens near Isfara

All rights reserved. When using our materials, a link to the agency is required.

Associated Press writer Lena Park contributed from Bishkek.
Hamid Tahir reported from Khujand; Sara Lind from Almaty. Editing by Joe Marr.
"""


def test_agency_page_metadata_and_chrome():
    doc = clean_raw_article(RawArticle(source="x.txt", text=PAGE, fmt="txt"))[0]
    assert doc.dateline == "DUSHANBE"
    assert doc.authors[:1] == ["Nilufar Karimova"]
    assert "Timur Sadykov" not in doc.authors and "Lena Park" not in doc.authors
    assert "Joe Marr" not in doc.authors
    assert doc.text.startswith("DUSHANBE, March 4.")
    for gone in ("photographer", "Facebook", "Dushanbe hosts", "All rights", "Editing by", "contributed"):
        assert gone not in doc.text, gone
    assert doc.text.rstrip().endswith("under way on Tuesday.")
