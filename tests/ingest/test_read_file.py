"""read_file, decode and discover: the input edge never raises, it names the file and the reason."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import sitrep.ingest
from sitrep.ingest import decode, discover, read_file
from sitrep.ingest.errors import IngestError

ORLEC = ("Kestrian artillery shelled the outskirts of Orlec on Tuesday, local officials said.\n\n"
         "Two civilians were killed and a school was damaged.\n")


def write(folder: Path, name: str, data: str | bytes) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def only_problem(result) -> str:
    assert result.articles == []
    (problem,) = result.problems
    assert problem.fatal
    return problem.reason


# ---------------------------------------------------------------------- decode

def test_decode_plain_bom_and_utf16():
    assert decode(ORLEC.encode(), "x") == (ORLEC, [])
    assert decode(b"\xef\xbb\xbf" + ORLEC.encode(), "x") == (ORLEC, [])
    assert decode(ORLEC.encode("utf-16"), "x") == (ORLEC, [])          # with its BOM


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b" \n\t\r\n  ", "empty file"),
    (b"GIF89a\x01\x00\x01\x00\x00\xff\x00,", "binary"),
    (bytes(range(128, 256)) * 40, "binary file or unknown encoding"),
    (b"\xff\xfeK\x00e\x00s", "UTF-16"),                      # odd length after a UTF-16 BOM
])
def test_decode_rejects(data, reason):
    with pytest.raises(IngestError, match=reason):
        decode(data, "x")


def test_decode_replaces_a_few_bad_bytes_and_says_where():
    data = b"Shelling near Orlec \xe9 continued on Tuesday.\n"
    text, warnings = decode(data, "x")
    assert text == "Shelling near Orlec \ufffd continued on Tuesday.\n"
    (warning,) = warnings
    assert "invalid UTF-8 at byte 20" in warning and "1 undecodable byte" in warning
    _, warnings = decode(b"\xef\xbb\xbf" + data, "x")
    assert "invalid UTF-8 at byte 23" in warnings[0]                    # counted in the file


# ---------------------------------------------------------------------- discover

def test_discover_walks_folders_sorted_skipping_hidden_and_unknown(tmp_path):
    write(tmp_path, "in/b.txt", ORLEC)
    write(tmp_path, "in/a.json", "{}")
    write(tmp_path, "in/sub/c.jsonl", "{}")
    write(tmp_path, "in/sub/d.HTML", "<p>x</p>")
    write(tmp_path, "in/notes.docx", "x")
    write(tmp_path, "in/.hidden.txt", ORLEC)
    write(tmp_path, "in/.cache/e.txt", ORLEC)
    odd = write(tmp_path, "outside/report.dat", ORLEC)
    found = list(discover([tmp_path / "in", odd, tmp_path / "missing.txt"]))
    folder = str(tmp_path / "in")
    assert found == [
        (os.path.join(folder, "a.json"), None), (os.path.join(folder, "b.txt"), None),
        (os.path.join(folder, "sub", "c.jsonl"), None), (os.path.join(folder, "sub", "d.HTML"), None),
        (odd, None),                                  # named outright: read whatever its suffix
        (str(tmp_path / "missing.txt"), "no such file or folder"),
    ]


# ---------------------------------------------------------------------- read_file

def test_txt_file(tmp_path):
    path = write(tmp_path, "orlec.txt", ORLEC)
    result = read_file(path)
    assert result.problems == []
    (raw,) = result.articles
    assert (raw.source, raw.text, raw.fmt) == (path, ORLEC, "txt")


def test_same_text_same_id_whatever_the_file_name(tmp_path):
    a = read_file(write(tmp_path, "a.txt", ORLEC)).articles[0]
    b = read_file(write(tmp_path, "copies/b.txt", ORLEC)).articles[0]
    c = read_file(write(tmp_path, "c.txt", ORLEC + "Update: a third civilian died.\n")).articles[0]
    assert a.id == b.id != c.id


def test_json_object_with_hints(tmp_path):
    obj = {"headline": "Orlec shelled", "body": ORLEC, "publisher": {"name": "Kestria Today"},
           "link": "https://today.example/orlec", "date": "2031-03-04",
           "authors": [{"name": "Mira Tolan"}, "Ivo Brant"]}
    path = write(tmp_path, "one.json", json.dumps(obj))
    (raw,) = read_file(path).articles
    assert raw.source == path and raw.fmt == "json" and raw.text == ORLEC
    assert (raw.title, raw.outlet, raw.url, raw.published) == (
        "Orlec shelled", "Kestria Today", "https://today.example/orlec", "2031-03-04")
    assert raw.authors == ["Mira Tolan", "Ivo Brant"]
    assert raw.hint_basis == {k: "json field" for k in ("title", "published", "outlet", "authors")}


def test_json_list_and_wrapper(tmp_path):
    items = [{"text": ORLEC}, {"title": "No text"}, {"text": "Talks resumed in Merrin."}, "not an object"]
    path = write(tmp_path, "list.json", json.dumps({"articles": items}))
    result = read_file(path)
    assert [a.source for a in result.articles] == [f"{path}#1", f"{path}#3"]
    assert [(p.source, p.fatal) for p in result.problems] == [(f"{path}#2", True), (f"{path}#4", True)]
    assert 'item 2: article object has no "text" or "html"' == result.problems[0].reason
    assert "item 4: expected an article object, found str" == result.problems[1].reason


@pytest.mark.parametrize("data, reason", [
    ('{"text": "Kestrian troops', "invalid JSON at line 1"),
    ('{"text": "a"}\n{"text": "b"}', "invalid JSON at line 2"),
    ("[]", "no articles"),
    ('{"title": "Merrin talks"}', 'no "text" or "html"'),
    ('{"text": "   ", "title": "Blank body"}', 'no "text" or "html"'),
    ("[" * 100000 + "]" * 100000, "invalid JSON"),
    ('{"text": "Orlec", "n": ' + "7" * 5000 + "}", "invalid JSON"),
])
def test_bad_json_is_a_problem_never_an_exception(tmp_path, data, reason):
    path = write(tmp_path, "bad.json", data)
    assert reason in only_problem(read_file(path))


def test_json_lone_surrogates_are_replaced(tmp_path):
    path = write(tmp_path, "s.json", '{"text": "Orlec \\udc00 shelled", "title": "T\\ud83d"}')
    (raw,) = read_file(path).articles
    assert raw.text == "Orlec \ufffd shelled" and raw.title == "T\ufffd"
    raw.text.encode("utf-8")                                          # storable


def test_jsonl_reports_bad_lines_by_number(tmp_path):
    lines = [json.dumps({"text": "Kestrian shelling hit Orlec.", "outlet": "Kestria Today"}),
             "",
             "{not json",
             json.dumps({"title": "no body"}),
             json.dumps({"text": "Talks resumed in Merrin\u2028on Wednesday.\x85"}, ensure_ascii=False),
             json.dumps({"text": "Aid reached Dremka."}) + "\r"]
    path = write(tmp_path, "wire.jsonl", "\n".join(lines))
    result = read_file(path)
    assert [a.text for a in result.articles] == ["Kestrian shelling hit Orlec.",
                                                 "Talks resumed in Merrin\u2028on Wednesday.\x85",
                                                 "Aid reached Dremka."]
    assert [a.fmt for a in result.articles] == ["jsonl"] * 3
    assert [(p.source, p.reason.split(":")[0]) for p in result.problems] == [
        (f"{path}:3", "line 3"), (f"{path}:4", "line 4")]
    assert "invalid JSON" in result.problems[0].reason
    assert 'no "text" or "html"' in result.problems[1].reason


def test_binary_empty_and_blank_files(tmp_path):
    assert "binary" in only_problem(read_file(write(tmp_path, "x.txt", b"\x00\x01\x02\x03abc")))
    assert "empty file" == only_problem(read_file(write(tmp_path, "e.txt", b"")))
    assert "empty file" == only_problem(read_file(write(tmp_path, "w.jsonl", b"\n  \n\t")))


def test_invalid_utf8_is_a_warning_with_the_article(tmp_path):
    path = write(tmp_path, "latin.txt", b"Valdoran drones hit Orlec \xe0 dawn.\n")
    result = read_file(path)
    (raw,) = result.articles
    assert raw.text == "Valdoran drones hit Orlec \ufffd dawn.\n"
    (problem,) = result.problems
    assert not problem.fatal and problem.source == path
    assert "invalid UTF-8 at byte 26" in problem.reason
    assert raw.warnings == [problem.reason]


def test_size_limits(tmp_path, monkeypatch):
    monkeypatch.setattr(sitrep.ingest, "MAX_ARTICLE_BYTES", 100)
    big = ORLEC * 3
    assert "too large" in only_problem(read_file(write(tmp_path, "big.txt", big)))
    # collections have their own, larger limit
    (raw,) = read_file(write(tmp_path, "big.json", json.dumps({"text": big}))).articles
    assert raw.text == big
    monkeypatch.setattr(sitrep.ingest, "MAX_FILE_BYTES", 100)
    assert "too large" in only_problem(read_file(write(tmp_path, "big2.json", json.dumps({"text": big}))))


def test_unreadable_paths(tmp_path):
    assert "cannot read" in only_problem(read_file(str(tmp_path)))               # a folder
    assert "cannot read" in only_problem(read_file(str(tmp_path / "gone.txt")))  # vanished


def test_unreadable_file(tmp_path):
    locked = write(tmp_path, "locked.txt", ORLEC)
    os.chmod(locked, 0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read a chmod 000 file (root)")
        assert "cannot read" in only_problem(read_file(locked))
    finally:
        os.chmod(locked, 0o644)


def test_unknown_suffix_is_sniffed(tmp_path):
    (raw,) = read_file(write(tmp_path, "article.dat", json.dumps({"text": ORLEC, "title": "Orlec"}))).articles
    assert raw.fmt == "json" and raw.title == "Orlec"
    (raw,) = read_file(write(tmp_path, "article.body", ORLEC)).articles
    assert raw.fmt == "txt" and raw.text == ORLEC


def test_gzipped_pages_are_read_by_their_inner_format(tmp_path):
    import gzip
    from sitrep.ingest import discover, read_file
    page = "<html><head><title>Ceasefire holds in Gao</title></head><body><article>" + \
           "<p>The ceasefire held for a third day in Gao, officials said on Sunday.</p>" * 5 + \
           "</article></body></html>"
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(page.encode()))
    (tmp_path / "notes.gz").write_bytes(gzip.compress(b"x"))          # no inner format: not discovered
    assert [p for p, _ in discover([tmp_path])] == [str(tmp_path / "page.html.gz")]
    result = read_file(str(tmp_path / "page.html.gz"))
    assert not result.problems and result.articles[0].fmt == "html"
    assert "ceasefire held" in result.articles[0].text


def test_broken_or_oversized_gzip_is_a_clear_problem(tmp_path, monkeypatch):
    import gzip
    import sitrep.ingest as ingest
    (tmp_path / "bad.txt.gz").write_bytes(b"not gzip at all")
    problem = ingest.read_file(str(tmp_path / "bad.txt.gz")).problems[0]
    assert "not valid gzip" in problem.reason
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 1000)
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 100_000))
    problem = ingest.read_file(str(tmp_path / "bomb.txt.gz")).problems[0]
    assert "larger than the limit" in problem.reason
