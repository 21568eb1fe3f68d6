"""Nested article records: a dict under a text key ("article", "content", "data") or a "meta" /
"metadata" dict is a record whose fields are read as the object's own (one level)."""
from __future__ import annotations

import json
from pathlib import Path

from sitrep.ingest import flatten_record, read_file

BODY = ("MOPTI, Mali — Gunmen on motorbikes attacked a cattle market near Djenné on Thursday, "
        "killing nine herders, a local official said.")


def _read(tmp_path: Path, name: str, content: str) -> list:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = read_file(str(path))
    assert not [p for p in result.problems if p.fatal], result.problems
    return result.articles


def test_article_and_meta_records_in_jsonl(tmp_path):
    lines = [
        {"article": {"headline": "Gunmen kill nine herders near Djenné", "body": BODY},
         "meta": {"url": "https://sahelpost.example.org/2025/03/14/djenne", "published": "2025-03-14T08:00:00Z",
                  "outlet": "Sahel Post", "authors": ["Aminata Traoré", "Boubacar Cissé"]}},
        {"content": {"title": "Second item", "text": BODY},
         "metadata": {"date": "2025-03-15", "source": "Sahel Post", "byline": "By Aminata Traoré"}},
    ]
    first, second = _read(tmp_path, "nested.jsonl", "\n".join(json.dumps(x) for x in lines))
    assert first.text == BODY and first.title == "Gunmen kill nine herders near Djenné"
    assert first.url.endswith("/djenne") and first.outlet == "Sahel Post"
    assert first.published.startswith("2025-03-14")
    assert first.authors == ["Aminata Traoré", "Boubacar Cissé"]
    assert second.title == "Second item" and second.published == "2025-03-15"
    assert second.outlet == "Sahel Post" and second.authors == ["Aminata Traoré"]


def test_data_wrapper_in_a_json_file(tmp_path):
    obj = {"data": {"title": "Djenné attack", "content": BODY, "link": "https://x.example.org/a"}}
    (raw,) = _read(tmp_path, "one.json", json.dumps(obj))
    assert raw.text == BODY and raw.title == "Djenné attack" and raw.url == "https://x.example.org/a"


def test_outer_fields_win_and_plain_objects_are_untouched():
    obj = {"title": "Outer", "article": {"title": "Inner", "body": BODY}, "meta": {"title": "Meta"}}
    assert flatten_record(obj) == {"title": "Outer", "body": BODY}
    plain = {"text": BODY, "source": {"name": "Sahel Post"}}
    assert flatten_record(plain) is plain


def test_nested_record_without_text_is_still_rejected(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text(json.dumps({"article": {"headline": "Only a headline"}, "meta": {"url": "u"}}), encoding="utf-8")
    result = read_file(str(path))
    assert not result.articles
    assert 'no "text" or "html"' in result.problems[0].reason
