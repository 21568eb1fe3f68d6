import datetime as dt

import pytest

from sitrep.metadata.dates import find_date, parse_date, stamp_date, url_date


@pytest.mark.parametrize("line, expected, kind", [
    ("Published March 3, 2025", "2025-03-03", "published"),
    ("Mar. 4, 2025", "2025-03-04", "published"),
    ("2025-03-04 08:12:51 - From: Karst Daily", "2025-03-04", "published"),
    ("Updated: 12 March 2025 14:05 GMT", "2025-03-12", "updated"),
    ("Tuesday, March 4, 2025 | 10:05 AM", "2025-03-04", "published"),
    ("Posted on 21/03/2025", "2025-03-21", "published"),
    ("Published 12 March 2025, updated 13 March 2025", "2025-03-12", "published"),
    ("1st April 2025", "2025-04-01", "published"),
])
def test_stamp_lines_give_their_date(line, expected, kind):
    date, found_kind = stamp_date(line)
    assert date.isoformat() == expected
    assert found_kind == kind


@pytest.mark.parametrize("line", [
    "On March 4, 2025, the army said two soldiers were killed near the border.",
    "In March 2025, officials said the talks had failed.",
    "4 hours ago",
    "03/04/2025",                       # day and month cannot be told apart
    "Published yesterday",
    "",
])
def test_prose_and_unstated_dates_are_not_stamps(line):
    assert stamp_date(line) is None


def test_impossible_dates_are_rejected():
    assert find_date("February 30, 2025") is None
    assert parse_date("2025-13-01") is None


def test_structured_fields():
    assert parse_date("Tue, 04 Mar 2025 10:00:00 GMT") == dt.date(2025, 3, 4)
    assert parse_date("2025-03-04T23:30:00+02:00") == dt.date(2025, 3, 4)
    assert parse_date("March 4, 2025") == dt.date(2025, 3, 4)
    assert parse_date(None) is None
    assert parse_date("soon") is None


def test_url_dates():
    assert url_date("https://news.example.org/world/2025/03/04/drone-strike") == dt.date(2025, 3, 4)
    assert url_date("https://example.org/news/strike-2025-03-04-karst") == dt.date(2025, 3, 4)
    assert url_date("https://example.org/news/article-12345") is None
    assert url_date(None) is None


def test_url_dates_day_first_only_when_one_reading_is_a_date():
    # a French-language site's path: /DD/MM/YYYY/
    assert url_date("https://quotidien.example.mg/21/09/2031/le-conseil-de-vorane-suspendu/") == dt.date(2031, 9, 21)
    assert url_date("https://daily.example.com/09/21/2031/vorane-council-suspended") == dt.date(2031, 9, 21)
    # 03/04: the fourth of March or the third of April, nothing tells
    assert url_date("https://quotidien.example.mg/03/04/2031/vorane/") is None
