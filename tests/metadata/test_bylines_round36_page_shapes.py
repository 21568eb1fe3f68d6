"""Byline shapes of real pages scraped one block a line: a reporter's e-mail between pipes, a name
over its job title, and a menu standing where a byline would."""
from sitrep.metadata.pipes import pipe_byline
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

_HEADLINE = "Drone strike sets fuel depot ablaze near Karvesh\n"
_PROSE = ("A drone struck a fuel depot on the edge of Karvesh before dawn on Sunday, the regional "
          "administration said, setting three storage tanks alight and forcing nearby families out.\n"
          "Firefighters fought the blaze for six hours, and officials said no one was killed, though "
          "two workers were treated for burns at the district hospital.\n"
          "The depot supplies diesel to generators across the province, where power cuts have "
          "lasted up to twelve hours a day since the winter began.\n")


def _doc(head: str):
    return clean_raw_article(RawArticle(source="karvesh.txt", text=_HEADLINE + head + _PROSE, fmt="txt"))[0]


def test_a_pipe_byline_with_the_reporters_address():
    found = pipe_byline("By Lena Orvik | lorvik@kestrelpost.example | Kestrel Post")
    assert found is not None and found.authors == ("Lena Orvik",) and found.outlet == "Kestrel Post"
    doc = _doc("By Lena Orvik | lorvik@kestrelpost.example | Kestrel Post\n")
    assert doc.authors == ["Lena Orvik"]
    assert "lorvik@" not in doc.text


def test_an_address_alone_is_still_a_contact_line():
    doc = _doc("Tips: newsdesk@kestrelpost.example | Kestrel Post\n")
    assert doc.authors == []
    assert "newsdesk@" not in doc.text


def test_a_name_over_its_job_title_is_the_byline():
    doc = _doc("Amani Okello\nSenior Editor\n")
    assert doc.authors == ["Amani Okello"]
    assert "Senior Editor" not in doc.text


def test_a_photographers_title_is_no_writing_role():
    # the name still reads as a byline under the headline; the title line is not taken for its role
    doc = _doc("Amani Okello\nStaff photographer\n")
    assert "Staff photographer" in doc.text


def test_a_menu_under_the_headline_names_no_author():
    menu = "Restaurant Finder\nGift Guides\nFinancial Markets\nViral Trends\nHome Delivery\n"
    doc = _doc(menu + "Nadia Voss\n")
    assert doc.authors == ["Nadia Voss"]
    doc = _doc(menu)
    assert doc.authors == []


def test_a_courtesy_credit_under_the_headline_is_no_byline():
    doc = _doc("Courtesy Marta Velic\nBy Amani Okello\n")
    assert doc.authors == ["Amani Okello"]
    assert "Courtesy" not in doc.text
