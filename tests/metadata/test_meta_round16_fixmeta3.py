"""Round 16 metadata: blog stamps that name the writer ("Posted on DATE by NAME"), bylines without
"By" ("Name | Outlet", two names on their own line), newsroom desk lines ("Redacción X"), a
government body's letterhead as the issuer, hyphened shouted mastheads (invented pages)."""
import datetime as dt

from sitrep.metadata.dates import stamp_author, stamp_date
from sitrep.metadata.head_lines import bare_byline
from sitrep.metadata.masthead import _spelled
from sitrep.metadata.outlet import from_newsroom_line
from sitrep.metadata.pipes import pipe_byline
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_LEDE = ("The regional council said on Tuesday that three relief convoys had reached the besieged "
         "town of Karsova after two weeks of fighting between the army and the Drina Front militia.")
_MORE = ("Aid workers said the convoys carried flour, medicine and fuel for the town's only hospital, "
         "which has been running on a generator since the power station was shelled last month.")


def _doc(text: str):
    return clean_raw_article(RawArticle(source="p.txt", text=text, fmt="txt"))[0]


def test_posted_on_date_by_writer():
    assert stamp_date("Posted on 3 Feb 2026 by Tenzin Dorje") == (dt.date(2026, 2, 3), "published")
    assert stamp_author("Posted on 3 Feb 2026 by Tenzin Dorje") == ["Tenzin Dorje"]
    assert stamp_date("Posted on March 3, 2024 at 10:05 am by Nour Haddad")[0] == dt.date(2024, 3, 3)
    assert stamp_author("Posted on March 3, 2024 at 10:05 am by Nour Haddad") == ["Nour Haddad"]
    assert stamp_author("Posted by Amara Okafor and Felix Brandt on 12 May 2025") == ["Amara Okafor and Felix Brandt"]
    # prose after the date is no writer
    assert stamp_date("Posted on 3 Feb 2026 by the way we went") is None
    assert stamp_author("Published 3 March 2024 - by Reuters") is None


def test_posted_stamp_dates_the_page_and_names_its_writer():
    doc = _doc(f"THE HIGHLAND COURIER\nMilitia says convoy attacked near Karsova\n"
               f"Posted on 3 Feb 2026 by Tenzin Dorje\n{_LEDE}\n{_MORE}\n")
    assert doc.published == "2026-02-03"
    assert doc.authors == ["Tenzin Dorje"]
    assert "Posted on" not in doc.text


def test_name_pipe_outlet_byline():
    found = pipe_byline("Ines Carvalho | Atlantic Eye")
    assert found is not None and found.authors == ("Ines Carvalho",) and found.outlet == "Atlantic Eye"
    assert pipe_byline("Ines Carvalho | Luanda") is None          # a place, not an outlet
    assert pipe_byline("World | Africa | Business") is None
    doc = _doc(f"Convoy reaches Karsova after two-week siege\nIness Carvalho | Atlantic Eye\n"
               f"Published 4 March 2025\n\n{_LEDE}\n{_MORE}\n")
    assert doc.authors == ["Iness Carvalho"] and doc.outlet == "Atlantic Eye"
    assert "Atlantic Eye" not in doc.text


def test_two_names_without_by_above_the_stamp():
    assert bare_byline("Ana Petrović and Luka Marić") == ["Ana Petrović", "Luka Marić"]
    assert bare_byline("Middle East, North Africa") is None
    assert bare_byline("Kosovo Police Officer Killed in Banjska Attack, Gunmen Flee") is None
    doc = _doc(f"THE DRINA LEDGER\nConvoy reaches Karsova after two-week siege\n"
               f"Ana Petrović and Luka Marić\n12 March 2025 09:40\n\n{_LEDE}\n{_MORE}\n")
    assert doc.authors == ["Ana Petrović", "Luka Marić"]
    assert "Luka Marić" not in doc.text


def test_title_case_headline_is_no_byline():
    doc = _doc(f"THE DRINA LEDGER\nMilitia Fighters Withdraw, Aid Convoys Enter\n12 March 2025 09:40\n\n{_LEDE}\n{_MORE}\n")
    assert doc.authors == []


def test_names_in_the_article_are_text():
    doc = _doc(f"THE DRINA LEDGER\nConvoy reaches Karsova\n12 March 2025\n\n{_LEDE}\n{_MORE}\n"
               f"{_LEDE}\nAna Petrović and Luka Marić\nBy the river, 12 March 2025\n")
    assert doc.authors == []


def test_newsroom_desk_line_names_the_outlet():
    assert from_newsroom_line("Redacción El Correo del Istmo / Panamá") == "El Correo del Istmo"
    assert from_newsroom_line("Writing of La Voz Andina / Quito") == "La Voz Andina"
    assert from_newsroom_line("Writing of the report took weeks") is None
    doc = _doc(f"Government and rebels agree to a truce in the Darién\n\n5 June 2025\n"
               f"Redacción El Correo del Istmo / Panamá\n\n{_LEDE}\n{_MORE}\n")
    assert doc.outlet == "El Correo del Istmo"
    assert "Redacción" not in doc.text


def test_government_letterhead_issues_the_statement():
    doc = _doc("MINISTRY OF FOREIGN AFFAIRS\nRepublic of Valdora\n\nSTATEMENT ON THE BORDER INCIDENT AT KESTRA PASS\n\n"
               f"5 November 2025\n\n1. {_LEDE}\n\n2. {_MORE}\n")
    assert doc.outlet == "Ministry of Foreign Affairs"
    # a shouted headline opening a page is no issuer
    doc = _doc(f"CONVOYS REACH KARSOVA AS MILITIA WITHDRAWS\n\n5 November 2025\n\n{_LEDE}\n{_MORE}\n")
    assert doc.outlet != "Convoys Reach Karsova As Militia Withdraws"


def test_hyphened_shouted_masthead():
    assert _spelled("ASIA-PACIFIC WIRE") == "Asia-Pacific Wire"
    assert _spelled("THE TRANS-SAHEL OBSERVER") == "The Trans-Sahel Observer"


def test_desk_byline_leaves_the_text():
    from sitrep.metadata.head_lines import desk_byline
    assert desk_byline("Highland Courier News Desk") and desk_byline("Web Desk")
    assert not desk_byline("The minister sat at his desk")
    doc = _doc(f"Highland Courier\nConvoy reaches Karsova\nHighland Courier News Desk\n"
               f"Mon, 10 Nov 2025, 6:30 pm\n{_LEDE}\n{_MORE}\n")
    assert "News Desk" not in doc.text and doc.authors == []
