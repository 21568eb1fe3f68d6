"""JSON Feed (jsonfeed.org) files: item dates, the feed's title as the outlet, feed-level authors."""
from __future__ import annotations

import json
from pathlib import Path

from sitrep.ingest import read_file

ITEM_TEXT = ("Gunmen attacked a market in the village of Tessit on Sunday, killing six traders, "
             "local officials said. The army sent reinforcements from Gao.")


def _feed(tmp_path: Path, feed: dict, name: str = "feed.json") -> list:
    path = tmp_path / name
    path.write_text(json.dumps(feed), encoding="utf-8")
    result = read_file(str(path))
    assert not [p for p in result.problems if p.fatal]
    return result.articles


def test_date_published_and_feed_title(tmp_path):
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Sahel Ledger",
            "home_page_url": "https://ledger.example.ml/",
            "items": [{"id": "1", "url": "https://ledger.example.ml/news/tessit-market",
                       "title": "Gunmen kill six traders in Tessit",
                       "date_published": "2025-06-08T21:15:00-00:00",
                       "authors": [{"name": "Oumar Sangaré"}],
                       "content_text": ITEM_TEXT}]}
    (raw,) = _feed(tmp_path, feed)
    assert raw.published and raw.published.startswith("2025-06-08")
    assert raw.outlet == "Sahel Ledger" and raw.hint_basis["outlet"] == "feed title"
    assert raw.authors == ["Oumar Sangaré"]
    assert raw.text.startswith("Gunmen attacked")


def test_content_html_item_takes_feed_title_over_host_name(tmp_path):
    feed = {"version": "https://jsonfeed.org/version/1", "title": "Sahel Ledger",
            "items": [{"id": "2", "url": "https://ledger.example.ml/a/2",
                       "date_modified": "2025-06-10T08:00:00Z",
                       "author": {"name": "AWA KONATÉ"},
                       "content_html": f"<p>{ITEM_TEXT}</p><p>A second paragraph about the "
                                       "displaced families who fled towards Ménaka.</p>"}]}
    (raw,) = _feed(tmp_path, feed)
    assert raw.outlet == "Sahel Ledger"
    assert raw.published.startswith("2025-06-10")          # only the modified date is stated
    assert raw.authors == ["Awa Konaté"]                     # a shouted name in name case
    assert not any("truncated" in w for w in raw.warnings)   # a fragment is no cut-off page


def test_feed_level_authors_apply_to_items_without_their_own(tmp_path):
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Sahel Ledger",
            "authors": [{"name": "Oumar Sangaré"}],
            "items": [{"id": "3", "content_text": ITEM_TEXT},
                      {"id": "4", "content_text": ITEM_TEXT + " More.", "authors": [{"name": "Awa Konaté"}]}]}
    first, second = _feed(tmp_path, feed)
    assert first.authors == ["Oumar Sangaré"] and first.hint_basis["authors"] == "feed author"
    assert second.authors == ["Awa Konaté"]


def test_plain_article_list_with_title_is_not_a_feed(tmp_path):
    # a wrapper object of an export, not a JSON Feed: its "title" names no outlet
    data = {"title": "Export of 2025-06-08", "articles": [{"text": ITEM_TEXT}]}
    (raw,) = _feed(tmp_path, data, "export.json")
    assert raw.outlet is None
