"""A live blog stored as JSON: page metadata and a list of timed posts are one document."""
from __future__ import annotations

import json
from pathlib import Path

from sitrep.ingest import read_file
from sitrep.pipeline import clean_raw_article

PAGE = {
    "page": {"headline": "Live: Fighting in Goma as M23 advances on the airport",
             "url": "https://greatlakesledger.example.org/live/goma",
             "site_name": "Great Lakes Ledger", "first_published": "2025-01-26T21:10:00+02:00",
             "byline": ["Aline Mukamana"]},
    "updates": [
        {"time": "2025-01-27T08:30:00+02:00", "title": "Airport closed",
         "text": "Rebels of the M23 said on Monday they had taken control of Goma airport."},
        {"time": "2025-01-26T21:10:00+02:00", "title": "Gunfire in the north of the city",
         "text": "Residents of Goma reported heavy gunfire near the Munigi road late on Sunday evening."},
    ],
}


def _read(tmp_path: Path, obj: object):
    path = tmp_path / "live.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    return read_file(str(path))


def test_live_page_is_one_document_in_time_order(tmp_path):
    result = _read(tmp_path, PAGE)
    assert not result.problems
    (raw,) = result.articles
    assert raw.title.startswith("Live: Fighting in Goma")
    assert raw.outlet == "Great Lakes Ledger" and raw.authors == ["Aline Mukamana"]
    assert raw.published.startswith("2025-01-26")
    # the oldest post first, whatever order the export used
    assert raw.text.index("late on Sunday evening") < raw.text.index("taken control of Goma airport")
    (doc,) = clean_raw_article(raw)
    assert doc.published == "2025-01-26" and "taken control of Goma airport" in doc.text


def test_live_page_without_page_date_takes_the_first_post(tmp_path):
    page = {"headline": PAGE["page"]["headline"], "entries": [
        {"posted": "2025-01-27T08:30:00Z", "body": "The M23 said on Monday it held the airport."},
        {"posted": "2025-01-26T19:00:00Z", "body": "Gunfire was heard in the north of Goma."}]}
    (raw,) = _read(tmp_path, page).articles
    assert raw.published == "2025-01-26T19:00:00Z"
    assert raw.text.startswith("Gunfire was heard")


def test_bare_list_of_posts_is_several_articles(tmp_path):
    posts = {"posts": [{"title": "Clashes near Bunia", "content": "Militiamen attacked a camp near Bunia on Friday."},
                       {"title": "Curfew in Uvira", "content": "Authorities imposed a curfew in Uvira on Saturday."}]}
    result = _read(tmp_path, posts)
    assert [a.title for a in result.articles] == ["Clashes near Bunia", "Curfew in Uvira"]


def test_object_without_text_or_posts_is_still_rejected(tmp_path):
    result = _read(tmp_path, {"page": {"headline": "Empty"}, "posts": []})
    assert result.problems and not result.articles
