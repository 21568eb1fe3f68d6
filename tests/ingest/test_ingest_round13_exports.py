"""Exports of publishing and messaging systems (WordPress REST, Telegram Desktop), Markdown files,
RSS 1.0 files named .rdf and aggregator feeds naming each entry's outlet."""
from __future__ import annotations

import json
from pathlib import Path

from sitrep.ingest import discover, read_file
from sitrep.ingest.markdown import markdown_text, split_front_matter
from sitrep.pipeline import clean_raw_article

BODY = ("<p><strong>KIDAL</strong> &#8211; Gunmen on motorbikes attacked a convoy of fuel trucks "
        "near Anefis on Saturday, killing four drivers, a local official said.</p>\n"
        "<p>&#8220;They burned the trucks and left,&#8221; the official said.</p>\n")


def _read(tmp_path: Path, name: str, content: str) -> tuple[list, list]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = read_file(str(path))
    return result.articles, result.problems


def test_wordpress_rest_posts_are_read(tmp_path):
    posts = [{"id": 7, "date": "2025-03-09T22:40:00", "date_gmt": "2025-03-09T21:40:00",
              "link": "https://sahelpost.example/2025/03/09/fuel-convoy/", "author": 12,
              "title": {"rendered": "Gunmen attack fuel convoy near Anefis &#8211; four drivers killed"},
              "content": {"rendered": BODY, "protected": False},
              "excerpt": {"rendered": "<p>Four drivers were killed.</p>"},
              "_embedded": {"author": [{"id": 12, "name": "Aminata Touré"}]}},
             {"id": 8, "date": "2025-03-10T08:00:00", "title": {"rendered": "No text here"},
              "content": {"rendered": ""}}]
    articles, problems = _read(tmp_path, "posts.json", json.dumps(posts))
    (raw,) = articles
    assert raw.title == "Gunmen attack fuel convoy near Anefis – four drivers killed"
    assert raw.published.startswith("2025-03-09")
    assert raw.authors == ["Aminata Touré"]
    assert raw.url.endswith("/fuel-convoy/")
    assert "killing four drivers" in raw.text and "<p>" not in raw.text
    assert len(problems) == 1 and "item 2" in problems[0].reason      # the empty post, named


def test_html_under_a_text_key_is_read_as_html(tmp_path):
    record = {"title": "Convoy attacked", "body": BODY, "published": "2025-03-09"}
    (raw,), _ = _read(tmp_path, "one.json", json.dumps(record))
    assert "<strong>" not in raw.text and "killing four drivers" in raw.text


def test_telegram_channel_export_gives_one_document_per_message(tmp_path):
    export = {"name": "Eastern Front Updates", "type": "public_channel", "id": 1001,
              "messages": [
                  {"id": 1, "type": "service", "date": "2025-05-01T09:00:00", "action": "create_channel",
                   "text": ""},
                  {"id": 2, "type": "message", "date": "2025-05-02T18:30:05",
                   "text": [{"type": "hashtag", "text": "#Donetsk"}, " ",
                            {"type": "bold", "text": "Shelling of Kostiantynivka:"},
                            " two civilians were killed on Friday evening, the city administration said. ",
                            {"type": "link", "text": "https://t.me/example/2"}]},
                  {"id": 3, "type": "message", "date": "2025-05-03T07:00:00", "photo": "photos/1.jpg",
                   "text": ""},
                  {"id": 4, "type": "message", "date": "2025-05-03T08:15:00",
                   "text": "Air defence shot down 14 drones overnight, the regional governor said."}]}
    articles, problems = _read(tmp_path, "result.json", json.dumps(export))
    assert not problems
    assert [a.source.rsplit("#", 1)[1] for a in articles] == ["2", "4"]   # numbered by message
    first = articles[0]
    assert first.text.startswith("Shelling of Kostiantynivka: two civilians")
    assert "#Donetsk" not in first.text and "t.me" not in first.text
    assert first.outlet == "Eastern Front Updates" and first.published.startswith("2025-05-02")


def test_telegram_export_without_text_is_a_clear_error(tmp_path):
    export = {"name": "Empty", "type": "public_channel",
              "messages": [{"id": 1, "type": "message", "date": "2025-05-03T07:00:00", "text": ""}]}
    articles, problems = _read(tmp_path, "result.json", json.dumps(export))
    assert not articles and problems and "no message with text" in problems[0].reason


MARKDOWN = """---
title: "Ceasefire collapses in Rutshuru"
date: 2025-02-14
authors:
  - Jean-Paul Mukendi
  - Grace Uwase
outlet: Kivu Weekly
tags: [DRC, M23]
---

# Ceasefire collapses in Rutshuru

**GOMA** — Fighting resumed near [Rutshuru](https://kivu.example/tag/rutshuru) on *Thursday*,
residents said.

## What we know

- The army said 9 rebels were killed.
- A local official put the toll at __11__.

> "We heard shelling all night," said a teacher, Espérance Kahindo.

![A burnt truck](https://kivu.example/truck.jpg)

Prices rose by 2*3 percent; see `snake_case` notes.
"""


def test_markdown_front_matter_and_body(tmp_path):
    (raw,), problems = _read(tmp_path, "rutshuru.md", MARKDOWN)
    assert not [p for p in problems if p.fatal]
    assert raw.title == "Ceasefire collapses in Rutshuru"
    assert raw.published.startswith("2025-02-14") and raw.hint_basis["published"] == "front matter"
    assert raw.authors == ["Jean-Paul Mukendi", "Grace Uwase"] and raw.outlet == "Kivu Weekly"
    for markup in ("**", "](", "# ", "![", "> \"", "- The army", "__"):
        assert markup not in raw.text, markup
    assert "Fighting resumed near Rutshuru on Thursday" in raw.text
    assert "The army said 9 rebels were killed." in raw.text
    assert "2*3 percent" in raw.text and "snake_case" in raw.text    # not emphasis


def test_markdown_without_front_matter_keeps_its_heading_as_first_line():
    fields, body = split_front_matter("# Title here\n\nText *with* emphasis.\n")
    assert fields == {}
    assert markdown_text(body) == "Title here\n\nText with emphasis.\n"


def test_markdown_document_is_cleaned_with_title_and_read_more_dropped(tmp_path):
    text = MARKDOWN + "\n*Read more:* [Rebels seize Kitshanga](https://kivu.example/kitshanga)\n"
    (raw,), _ = _read(tmp_path, "rutshuru.md", text)
    (doc,) = clean_raw_article(raw)
    assert doc.title == "Ceasefire collapses in Rutshuru"
    assert "Read more" not in doc.text and "Fighting resumed" in doc.text


def test_rdf_and_markdown_files_are_found_in_folders(tmp_path):
    for name in ("a.rdf", "b.md", "c.markdown", "d.txt", "e.pdf"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = sorted(Path(p).name for p, _ in discover([str(tmp_path)]))
    assert found == ["a.rdf", "b.md", "c.markdown", "d.txt"]


GNEWS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>"Kivu" - Google News</title><link>https://news.google.com/</link>
<description>Google News</description>
<item><title>Rebels seize Kitshanga after two days of fighting - Kivu Weekly</title>
<link>https://news.google.com/rss/articles/abc?oc=5</link>
<pubDate>Sat, 15 Feb 2025 07:00:00 GMT</pubDate>
<description>&lt;ol&gt;&lt;li&gt;&lt;a href="https://news.google.com/a"&gt;Rebels seize Kitshanga after two days of fighting&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Kivu Weekly&lt;/font&gt;&lt;/li&gt;&lt;li&gt;&lt;a href="https://news.google.com/b"&gt;Army says 30 rebels killed near Kitshanga&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Goma Daily&lt;/font&gt;&lt;/li&gt;&lt;/ol&gt;</description>
<source url="https://kivuweekly.example">Kivu Weekly</source></item>
</channel></rss>"""


def test_aggregator_entry_takes_its_source_outlet_and_separates_headlines(tmp_path):
    (raw,), _ = _read(tmp_path, "gnews.rss", GNEWS)
    assert raw.outlet == "Kivu Weekly" and raw.hint_basis["outlet"] == "feed entry source"
    assert raw.title == "Rebels seize Kitshanga after two days of fighting"
    assert "Army says 30 rebels killed near Kitshanga - Goma Daily" in raw.text


def test_a_body_given_as_a_list_of_paragraphs_is_joined(tmp_path):
    record = {"source": {"name": "Delta Desk"},
              "article": {"headline": "Curfew imposed in Warri after clashes", "published_at": "2025-06-02T10:00:00+01:00",
                          "body": ["WARRI: Authorities imposed a curfew on Monday after clashes killed three people.",
                                   "  ", "Police said 14 people were arrested."]}}
    (raw,), problems = _read(tmp_path, "api.json", json.dumps(record))
    assert not problems
    assert raw.text == ("WARRI: Authorities imposed a curfew on Monday after clashes killed three people.\n\n"
                        "Police said 14 people were arrested.")
    assert raw.title == "Curfew imposed in Warri after clashes" and raw.outlet == "Delta Desk"
    (raw,), _ = _read(tmp_path, "p.json", json.dumps({"title": "T", "paragraphs": ["One.", "Two."]}))
    assert raw.text == "One.\n\nTwo."
