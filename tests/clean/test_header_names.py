"""Name lines in a page's header that are no byline: a picture's subject over its credit, a name
among a menu's items, a site's list of its personalities; and a byline beside the time of day
("at 2:56 pm | By A"). Invented pages in the shapes real sites give a scraper."""
from __future__ import annotations

from pathlib import Path

from corpus_checks import clean_page

from sitrep.clean.header_names import DIRECTORY_RUN, directory_runs
from sitrep.metadata.pipes import pipe_byline

PAGES = Path(__file__).parent.parent / "fixtures" / "s26_pages"


def test_a_name_over_a_photo_credit_is_the_picture_subject_and_the_timed_byline_is_the_author():
    doc = clean_page(PAGES / "caption_name_in_header.txt")
    assert doc.authors == ["Anneli Dravik"]
    assert "Credit: Ilse Marren" not in doc.text
    assert "Tomas Verhoek steered the first night ferry" in doc.text


def test_a_name_among_menu_items_is_a_topic_link_not_an_author():
    doc = clean_page(PAGES / "name_in_menu.txt")
    assert doc.authors == ["Helga Torval"]


def test_a_list_of_personalities_names_no_author():
    doc = clean_page(PAGES / "people_directory.txt")
    assert doc.authors == []
    assert "Dock workers at the Velmora port stayed off the job" in doc.text


def test_directory_runs_need_five_names_close_together():
    assert directory_runs([10, 11, 13, 14, 16]) == [[10, 11, 13, 14, 16]]
    assert directory_runs([10, 11, 12, 13]) == []               # four reporters, one a line
    assert directory_runs([10, 11, 14, 15, 18, 19]) == []       # gaps of three part them
    assert directory_runs([1, 2, 3, 4, 5, 40, 41]) == [[1, 2, 3, 4, 5]]
    assert len(directory_runs(list(range(3, 3 + DIRECTORY_RUN)))[0]) == DIRECTORY_RUN


def test_a_byline_beside_the_time_of_day_gives_the_author():
    for line in ("at 2:56 pm | By Anneli Dravik", "at2:56 pm | By Anneli Dravik", "14:05 GMT | By Anneli Dravik"):
        found = pipe_byline(line)
        assert found is not None and found.authors == ("Anneli Dravik",) and found.date is None
    # a time beside a section or a bare name is no byline
    assert pipe_byline("2:56 pm | Sports") is None
    assert pipe_byline("10:30 | Anneli Dravik") is None
