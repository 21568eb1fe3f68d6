"""Round 11: article objects' common date keys and NewsAPI truncation; text that is not UTF-8
(Windows-1252, a declared charset) decoded as what it is instead of U+FFFD replacement."""
from __future__ import annotations

import json

import pytest

from sitrep.ingest import decode, read_file
from sitrep.ingest.encoding import declared_charset
from sitrep.ingest.errors import IngestError

BODY = ("Gunmen attacked a convoy near Kalbora on Monday, killing four soldiers, "
        "the regional governor said on Tuesday.")


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def one(result):
    (raw,) = result.articles
    return raw


# ---------------------------------------------------------------------- date keys

@pytest.mark.parametrize("key", ["publishedAt", "publishDate", "datePublished", "pubDate",
                                 "published_at", "date", "publicationDate", "pub_date"])
def test_common_date_keys_give_the_published_date(tmp_path, key):
    raw = one(read_file(write(tmp_path, "a.json", {"content": BODY, key: "2026-03-04T07:15:00Z"})))
    assert raw.published == "2026-03-04T07:15:00Z"
    assert raw.hint_basis["published"] == "json field"


def test_modified_date_is_a_last_resort_with_its_own_basis(tmp_path):
    raw = one(read_file(write(tmp_path, "a.json", {"text": BODY, "updatedAt": "2026-03-09"})))
    assert raw.published == "2026-03-09"
    assert raw.hint_basis["published"] == "json field (modified date)"
    both = {"text": BODY, "updatedAt": "2026-03-09", "modified": "2026-03-10", "publishDate": "2026-03-04"}
    raw = one(read_file(write(tmp_path, "b.json", both)))
    assert (raw.published, raw.hint_basis["published"]) == ("2026-03-04", "json field")


def test_newsapi_response_with_nested_source_and_truncated_content(tmp_path):
    response = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "Sahel Courier"}, "author": "Mariam Traoré",
         "title": "Convoy ambushed near Kalbora", "publishedAt": "2026-03-04T07:15:00Z",
         "content": "Gunmen attacked a convoy near Kalbora on Monday, killing four soldiers, the "
                    "governor sa… [+1,204 chars]"},
        {"source": {"id": "x", "name": "Lakeside Post"}, "publishedAt": "2026-03-05T10:00:00Z",
         "content": BODY + " [+87 chars]"},
    ]}
    first, second = read_file(write(tmp_path, "newsapi.json", response)).articles
    assert first.outlet == "Sahel Courier" and second.outlet == "Lakeside Post"
    assert first.published == "2026-03-04T07:15:00Z" and first.authors == ["Mariam Traoré"]
    assert first.text.endswith("the governor sa…") and "chars" not in first.text
    assert any("truncated" in w and "[+1,204 chars]" in w for w in first.warnings)
    assert second.text == BODY and any("truncated" in w for w in second.warnings)


def test_text_without_a_trailing_marker_is_left_alone(tmp_path):
    text = "Officials said [+12 chars] was a typo in the bulletin. " + BODY
    raw = one(read_file(write(tmp_path, "a.json", {"content": text})))
    assert raw.text == text and raw.warnings == []


def test_content_that_is_only_a_marker_is_a_clear_problem(tmp_path):
    result = read_file(write(tmp_path, "a.json", [{"content": "[+900 chars]"}, {"content": BODY}]))
    assert len(result.articles) == 1
    (problem,) = result.problems
    assert problem.fatal and "truncation marker" in problem.reason and problem.source.endswith("#1")


# ---------------------------------------------------------------------- Windows-1252

CP1252_TEXT = ("By Aurélie Ngono\n\nKOUSSÉRI – “We fled at dawn,” said Amadou Bélla, whose "
               "village was burned. The army’s spokesman, Col. René Ekwé, denied it.\n")


def test_cp1252_text_is_decoded_as_cp1252_with_a_warning(tmp_path):
    path = write(tmp_path, "note.txt", CP1252_TEXT.encode("cp1252"))
    result = read_file(path)
    raw = one(result)
    assert raw.text == CP1252_TEXT and "\ufffd" not in raw.text
    (warning,) = raw.warnings
    assert "Windows-1252" in warning and "invalid UTF-8 at byte 6" in warning
    (problem,) = result.problems
    assert not problem.fatal and problem.reason == warning


def test_utf8_with_a_stray_word_quote_keeps_both(tmp_path):
    data = "Le préfet a parlé.".encode() + b" The mayor didn\x92t agree.\n"
    text, warnings = decode(data, "x")
    assert text == "Le préfet a parlé. The mayor didn’t agree.\n"
    assert "Windows-1252" in warnings[0]


@pytest.mark.parametrize("data", [
    b"Shelling hit the market \x9d near Ombessa on Friday.\n",        # undefined in cp1252
    b"Shelling hit the market \xfe\xff near Ombessa on Friday.\n",    # no letters there
])
def test_bytes_that_are_not_cp1252_text_are_still_replaced(data):
    text, warnings = decode(data, "x")
    assert "\ufffd" in text and "U+FFFD" in warnings[0]


def test_garbled_high_bytes_are_still_refused_as_binary():
    noise = bytes((0x80 + (i * 37) % 128) for i in range(3000))
    with pytest.raises(IngestError, match="binary file or unknown encoding"):
        decode(noise, "x")


# ---------------------------------------------------------------------- declared charsets

def test_html_meta_charset_is_honoured(tmp_path):
    page = ('<html><head><meta charset="windows-1251"><title>Обстрел Бердичева</title></head><body>'
            '<article><p>Ракеты попали в склад под Бердичевом в среду ночью, сообщил губернатор '
            'области. По его словам, пострадали два человека.</p><p>Спасатели работали до утра, '
            'пожар потушен, сообщили в службе.</p></article></body></html>')
    data = page.encode("cp1251")
    text, warnings = decode(data, "x")
    assert text == page and "cp1251" in warnings[0] and "declares" in warnings[0]
    raw = one(read_file(write(tmp_path, "page.html", data)))
    assert "Ракеты попали в склад" in raw.text and "\ufffd" not in raw.text


def test_http_equiv_and_xml_declarations():
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">') \
        == "cp1252"                                     # as browsers read it
    assert declared_charset(b'<?xml version="1.0" encoding="iso-8859-15"?><html>') == "iso8859-15"
    assert declared_charset(b'<meta charset="no-such-thing">') is None
    data = b'<?xml version="1.0" encoding="iso-8859-15"?><html><body><p>Prix: 40 \xa4</p></body></html>'
    text, _ = decode(data, "x")
    assert "40 €" in text                               # cp1252 would give the currency sign


def test_valid_utf8_wins_over_a_stale_declaration():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Kousséri – “calm”</p></body></html>'
    assert decode(page.encode(), "x") == (page, [])
