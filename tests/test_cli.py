"""The ``sitrep`` command: help texts, bad input reported per file, show / search / stats."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import click
import pytest

import sitrep.ingest
from sitrep.cli import cli
from sitrep.store import SCHEMA_VERSION, Store

GOOD = ("Valdoran engineers began repairing the Varnow rail bridge on Monday, the transport "
        "ministry said.\n\nThe bridge was damaged by Kestrian shelling last week.\n")
PREVIOUS = ("Kestrian officials said on Sunday that the border crossing at Merrin would reopen "
            "for aid convoys.\n\nThe crossing has been closed since the start of the month.\n")


def one_line(text: str) -> str:
    return " ".join(text.split())


def texts(db: Path) -> dict[str, str]:
    with Store(db) as store:
        return {d.id: d.text for d in store.documents()}


def problem_lines(stderr: str, kind: str = "rejected") -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(kind + " ")]


# ---------------------------------------------------------------------- help

def all_commands() -> list[tuple[str, click.Command]]:
    return [("sitrep", cli)] + [(f"sitrep {name}", cmd) for name, cmd in sorted(cli.commands.items())]


@pytest.mark.parametrize("name", [n for n, _ in all_commands()])
def test_every_command_has_help_with_an_example(run_cli, name: str):
    args = name.split()[1:] + ["--help"]
    result = run_cli(*args)
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert "Usage:" in result.stdout


def test_the_expected_commands_exist():
    assert {"ingest", "export", "search", "show", "stats"} <= set(cli.commands)


# ---------------------------------------------------------------------- bad input

# name -> (file bytes, words the reason must contain)
BAD_FILES: dict[str, tuple[bytes, tuple[str, ...]]] = {
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, ("binary",)),
    "empty.txt": (b"", ("empty",)),
    "blank.txt": (b"   \n\t\n  \r\n   ", ("empty",)),
    "truncated.json": (b'{"title": "Orlec shelled", "text": "Kestrian artillery shelled Orl', ("invalid JSON",)),
    "malformed.json": (b"{'text': 'single quotes are not JSON'}", ("invalid JSON",)),
    "no_text.json": (json.dumps({"title": "Merrin talks", "outlet": "Valdora Herald"}).encode(),
                     ('no "text" or "html"',)),
    "empty_list.json": (b"[]", ("no articles",)),
    "chrome_only.txt": (b"Advertisement\n\nSkip to main content\nSign up for our newsletter\n"
                        b"Share on Facebook\nComments\nRelated articles\n", ("no article text left",)),
    "too_deep.json": (b"[" * 50000 + b"]" * 50000, ("invalid JSON",)),
    "huge_number.json": (b'{"text": "Shelling near Orlec.", "casualties": ' + b"9" * 6000 + b"}",
                         ("invalid JSON",)),
    "broken_utf16.txt": (b"\xff\xfeK\x00e\x00s\x00t\x00r\x00i\x00a\x00!", ("UTF-16",)),
}


def setup_batch(tmp_path: Path, run_cli, name: str, data: bytes) -> tuple[Path, Path, str]:
    """A database holding one earlier document, and a folder of one good and one bad file."""
    db = tmp_path / "war.db"
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    (earlier / "merrin_crossing.txt").write_text(PREVIOUS, encoding="utf-8")
    first = run_cli("ingest", earlier, "--db", db)
    assert first.exit_code == 0, first.stderr
    before = texts(db)
    assert len(before) == 1
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / name).write_bytes(data)
    return db, folder, next(iter(before))


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_reported_and_the_rest_ingested(tmp_path, run_cli, name):
    data, words = BAD_FILES[name]
    db, folder, earlier_id = setup_batch(tmp_path, run_cli, name, data)
    before = texts(db)
    result = run_cli("ingest", folder, "--db", db)
    assert result.exit_code == 1, result.stderr
    lines = problem_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    assert str(folder / name) in lines[0]
    for word in words:
        assert word in lines[0]
    assert "Traceback" not in result.stderr
    after = texts(db)
    assert len(after) == 2
    assert after[earlier_id] == before[earlier_id]          # earlier document untouched
    assert any("Varnow rail bridge" in t for t in after.values())
    assert re.search(r"rejected\s+1\b", result.stderr)
    with Store(db) as store:
        assert store.stats()["rejected_inputs"] == 1


def test_invalid_utf8_is_ingested_with_a_warning(tmp_path, run_cli):
    data = ("Valdoran drones struck a fuel depot near Orlec on Friday, "
            "the governor said.\n\nFire crews worked through the night.\n").encode()
    at = data.index(b"fuel")
    data = data[:at] + b"\xff\xfe" + data[at:]
    db, folder, earlier_id = setup_batch(tmp_path, run_cli, "latin.txt", data)
    before = texts(db)
    result = run_cli("ingest", folder, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert problem_lines(result.stderr) == []
    (warning,) = problem_lines(result.stderr, "warning")
    assert str(folder / "latin.txt") in warning
    assert f"invalid UTF-8 at byte {at}" in warning
    after = texts(db)
    assert len(after) == 3 and after[earlier_id] == before[earlier_id]
    (text,) = [t for t in after.values() if "fuel depot" in t]
    assert "\ufffd\ufffdfuel depot" in text
    with Store(db) as store:
        (doc,) = [d for d in store.documents() if "fuel depot" in d.text]
        assert any("invalid UTF-8 at byte" in w for w in doc.warnings)


def test_invalid_utf8_after_a_byte_order_mark_names_the_file_offset(tmp_path, run_cli):
    data = "\ufeffKestrian troops entered Dremka on Sunday, residents said.\n".encode()
    at = data.index(b"Dremka")
    data = data[:at] + b"\xc3" + data[at:]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bom.txt").write_bytes(data)
    result = run_cli("ingest", folder, "--db", tmp_path / "war.db")
    assert result.exit_code == 0, result.stderr
    (warning,) = problem_lines(result.stderr, "warning")
    assert f"invalid UTF-8 at byte {at}" in warning


def test_jsonl_with_one_bad_line(tmp_path, run_cli):
    lines = [
        json.dumps({"title": "Orlec shelled", "outlet": "Kestria Today",
                    "text": "Kestrian artillery shelled Orlec on Tuesday, officials said."}),
        json.dumps({"title": "Merrin talks", "outlet": "Valdora Herald",
                    "text": "Ceasefire talks resumed in Merrin on Wednesday, mediators said."}),
        '{"title": "Dremka aid", "text": "An aid convoy reached Dre',
        "",
        json.dumps({"title": "Varnow bridge", "outlet": "Kestria Today",
                    "text": "Engineers began repairing the Varnow bridge on Monday, the ministry said."}),
    ]
    db, folder, earlier_id = setup_batch(tmp_path, run_cli, "wire.jsonl", "\n".join(lines).encode())
    result = run_cli("ingest", folder, "--db", db)
    assert result.exit_code == 1
    (line,) = problem_lines(result.stderr)
    assert f"{folder / 'wire.jsonl'}:3" in line and "line 3" in line and "invalid JSON" in line
    after = texts(db)
    assert len(after) == 5         # earlier + good .txt + three good lines
    joined = "\n".join(after.values())
    for words in ("shelled Orlec on Tuesday", "resumed in Merrin", "repairing the Varnow bridge"):
        assert words in joined
    assert "Dre" not in joined.replace("Dremka", "")   # nothing of the bad line


def test_json_list_with_one_bad_item(tmp_path, run_cli):
    items = [{"title": "Orlec shelled", "text": "Kestrian artillery shelled Orlec on Tuesday."},
             {"title": "No body here"},
             {"title": "Merrin talks", "text": "Ceasefire talks resumed in Merrin on Wednesday."}]
    db, folder, _ = setup_batch(tmp_path, run_cli, "list.json", json.dumps(items).encode())
    result = run_cli("ingest", folder, "--db", db)
    assert result.exit_code == 1
    (line,) = problem_lines(result.stderr)
    assert f"{folder / 'list.json'}#2" in line and "item 2" in line
    assert len(texts(db)) == 4


def test_nonexistent_path_is_reported(tmp_path, run_cli):
    db, folder, earlier_id = setup_batch(tmp_path, run_cli, "b_good.txt", PREVIOUS.replace("Sunday", "Monday").encode())
    missing = tmp_path / "no" / "such" / "folder"
    result = run_cli("ingest", folder, missing, "--db", db)
    assert result.exit_code == 1
    (line,) = problem_lines(result.stderr)
    assert str(missing) in line and "no such file or folder" in line
    assert len(texts(db)) == 3


def test_unreadable_file_is_reported(tmp_path, run_cli):
    db, folder, earlier_id = setup_batch(tmp_path, run_cli, "locked.txt", GOOD.replace("Monday", "Friday").encode())
    locked = folder / "locked.txt"
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read a chmod 000 file (root)")
        result = run_cli("ingest", folder, "--db", db)
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    (line,) = problem_lines(result.stderr)
    assert str(locked) in line and "cannot read" in line
    assert len(texts(db)) == 2


def test_file_over_the_size_limit_is_reported(tmp_path, run_cli, monkeypatch):
    monkeypatch.setattr(sitrep.ingest, "MAX_ARTICLE_BYTES", 400)
    big = ("Kestrian artillery shelled Orlec again on Tuesday, officials said. " * 20).encode()
    assert len(big) > 400 > len(GOOD.encode())
    db, folder, earlier_id = setup_batch(tmp_path, run_cli, "huge.txt", big)
    result = run_cli("ingest", folder, "--db", db)
    assert result.exit_code == 1
    (line,) = problem_lines(result.stderr)
    assert str(folder / "huge.txt") in line and "too large" in line
    assert len(texts(db)) == 2


def test_lone_surrogate_in_json_is_replaced_not_fatal(tmp_path, run_cli):
    data = b'{"title": "Orlec", "text": "Kestrian shelling hit Orlec \\ud800 on Tuesday, officials said."}'
    db, folder, _ = setup_batch(tmp_path, run_cli, "surrogate.json", data)
    result = run_cli("ingest", folder, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert any("hit Orlec \ufffd on Tuesday" in t for t in texts(db).values())


def test_all_good_batch_exits_zero_and_prints_a_summary(tmp_path, corpus, corpus_size, run_cli):
    result = run_cli("ingest", corpus, "--db", tmp_path / "war.db")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""                        # the summary goes to stderr
    summary = one_line(result.stderr)
    assert "files read 4" in summary and f"articles found {corpus_size}" in summary
    assert f"added {corpus_size}" in summary and "rejected 0" in summary
    quiet = run_cli("ingest", corpus, "--db", tmp_path / "war.db", "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_a_database_from_a_newer_sitrep_is_a_clean_error(tmp_path, corpus, run_cli):
    import sqlite3
    db = tmp_path / "future.db"
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    for args in (["ingest", corpus], ["stats"], ["export"]):
        result = run_cli(*args, "--db", db)
        assert result.exit_code == 1
        assert "newer" in result.stderr and "Traceback" not in result.stderr


def test_database_name_with_a_hash(tmp_path, corpus, corpus_size, run_cli):
    db = tmp_path / "war#1.db"
    for _ in range(2):
        result = run_cli("ingest", corpus, "--db", db)
        assert result.exit_code == 0, result.stderr
    assert len(texts(db)) == corpus_size
    assert not (tmp_path / "war").exists()


# ---------------------------------------------------------------------- show, search, stats

@pytest.fixture
def small_db(tmp_path, corpus, run_cli) -> Path:
    db = tmp_path / "war.db"
    assert run_cli("ingest", corpus, "--db", db).exit_code == 0
    return db


def test_show_by_file_name(small_db, run_cli):
    result = run_cli("show", "orlec_shelling.txt", "--db", small_db)
    assert result.exit_code == 0, result.stderr
    text = one_line(result.stdout)
    with Store(small_db) as store:
        (doc,) = store.find_documents("orlec_shelling.txt")
    assert doc.id in text
    assert doc.source in "".join(result.stdout.split())      # the path in full, perhaps folded
    assert "Kestrian artillery shells outskirts of Orlec" in text            # title
    # the cleaned text, line for line (never folded at the terminal width)
    assert doc.text.split("\n\n")[0] in result.stdout
    assert "removed lines (2)" in text
    assert "ui word Advertisement" in text and "newsletter prompt Sign up for our newsletter" in text
    assert "raw text" not in text


def test_show_by_id_prefix_with_raw(small_db, run_cli):
    with Store(small_db) as store:
        (doc,) = store.find_documents("dremka_aid.txt")
    result = run_cli("show", doc.id[:8], "--db", small_db, "--raw")
    assert result.exit_code == 0, result.stderr
    assert "Aid convoy reaches besieged Dremka" in result.stdout
    assert "raw text" in result.stdout
    assert doc.raw.strip().split("\n")[-1] in result.stdout          # "Share on Facebook" in the raw


def test_show_json_item_and_unknown(small_db, run_cli):
    result = run_cli("show", "wire.json#1", "--db", small_db)
    assert result.exit_code == 0
    text = one_line(result.stdout)
    assert "Valdora Herald (json field)" in text and "Mira Tolan" in text
    missing = run_cli("show", "no-such-article.txt", "--db", small_db)
    assert missing.exit_code == 1
    assert "no document matches" in missing.stderr


def test_show_and_search_print_brackets_in_data_literally(tmp_path, run_cli):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "video.json").write_text(json.dumps({
        "title": "[VIDEO] Kestrian [/b] convoy hit near Orlec", "outlet": "Kestria [Today]",
        "text": ("A Kestrian supply convoy was hit near Orlec on Monday, the army said.\n\n"
                 "Two trucks were destroyed and [three] soldiers were wounded, officials said.")}))
    db = tmp_path / "war.db"
    ingested = run_cli("ingest", folder, "--db", db)
    assert ingested.exit_code == 0, ingested.stderr
    assert "Kestria [Today] (1)" in ingested.stderr
    shown = run_cli("show", "video.json", "--db", db)
    assert shown.exit_code == 0
    assert "[VIDEO] Kestrian [/b] convoy hit near Orlec" in shown.stdout
    assert "Kestria [Today]" in shown.stdout and "[three] soldiers" in shown.stdout
    found = run_cli("search", "convoy", "--db", db)
    assert found.exit_code == 0
    assert "[VIDEO] Kestrian [/b] convoy hit near Orlec" in found.stdout
    assert "[convoy]" in found.stdout
    stats = run_cli("stats", "--db", db)
    assert "Kestria [Today] (1)" in one_line(stats.stdout)


def test_search_prints_ranked_highlighted_hits(small_db, run_cli):
    result = run_cli("search", "Kestrian", "--db", small_db)
    assert result.exit_code == 0, result.stderr
    assert "[Kestrian]" in result.stdout
    titles = [t for t in ("Kestrian artillery shells outskirts of Orlec", "Kestrian troops dig in along the Varnow",
                          "Valdora recalls ambassador from Kestria") if t in result.stdout]
    assert len(titles) == 3
    assert "Aid convoy reaches besieged Dremka" not in result.stdout
    limited = run_cli("search", "Kestrian", "--db", small_db, "--limit", "1")
    assert one_line(limited.stdout).count("[Kestrian]") >= 1
    assert sum(t in limited.stdout for t in titles) == 1
    phrase = run_cli("search", '"prisoner exchange"', "--db", small_db)
    assert "Ceasefire talks resume in Merrin" in phrase.stdout
    assert "[prisoner] [exchange]" in phrase.stdout or "[prisoner exchange]" in phrase.stdout


@pytest.mark.parametrize("query", ['foo"', '"', "(", "^", ""])
def test_search_with_bad_syntax_or_no_match(small_db, run_cli, query):
    result = run_cli("search", query, "--db", small_db)
    assert result.exit_code == 0
    assert "Traceback" not in result.stderr
    assert "no match" in result.stderr and result.stdout == ""


def test_search_bad_syntax_still_finds_the_words(small_db, run_cli):
    result = run_cli("search", 'Dremka"', "--db", small_db)
    assert result.exit_code == 0
    assert "Aid convoy reaches besieged Dremka" in result.stdout


def test_stats_prints_the_counts(small_db, corpus_size, run_cli):
    result = run_cli("stats", "--db", small_db)
    assert result.exit_code == 0, result.stderr
    text = one_line(result.stdout)
    assert f"schema version {SCHEMA_VERSION}" in text
    assert f"raw articles {corpus_size}" in text              # each JSON list item is one raw article
    assert str(small_db) in "".join(result.stdout.split())    # the path in full, perhaps folded
    assert f"documents {corpus_size}" in text
    assert "outlets 2" in text
    assert "removed lines 3" in text
    assert "rejected inputs 0" in text
    assert "by outlet: (unknown) (3)" in text
    assert "Valdora Herald (1)" in text and "Kestria Today (1)" in text
    assert "removed by reason: ui word (2), newsletter prompt (1)" in text


def test_commands_on_a_missing_database(tmp_path, run_cli):
    for args in (["stats"], ["show", "x.txt"], ["search", "Orlec"]):
        result = run_cli(*args, "--db", tmp_path / "nothing.db")
        assert result.exit_code == 1
        assert "no such database" in result.stderr
    assert not (tmp_path / "nothing.db").exists()
