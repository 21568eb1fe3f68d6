"""Exports: JSON per the sitrep/1 contract, CSV and Parquet tables."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from sitrep.batch import ingest
from sitrep.export import COLUMNS, PICTURE_KEYS, export
from sitrep.store import Store

# the contract's keys, and one addition: events naming no party, kept apart from "events"
TOP_KEYS = {"schema", "documents", "duplicates", "stories", "entities", "relations", "quotes",
            "events", "unattributed_events", "claims"}
DOCUMENT_KEYS = {"id", "source", "outlet", "title", "published", "published_basis", "authors",
                 "dateline", "text", "removed"}
TABLES = {"documents", "removed_lines", "duplicates", "stories", "entities", "relations", "quotes",
          "events", "unattributed_events", "claims"}


def build(db: Path, *paths: Path) -> Path:
    with Store(db) as store:
        report = ingest([str(p) for p in paths], store)
    assert report.ok, report.rejected
    return db


def export_json(run_cli, db: Path, out: Path | None = None) -> dict:
    args = ["export", "--db", db, "--format", "json"] + (["-o", out] if out else [])
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8") if out else result.stdout)


def test_json_has_exactly_the_contract_keys(tmp_path, corpus, corpus_size, run_cli):
    db = build(tmp_path / "war.db", corpus)
    picture = export_json(run_cli, db)
    assert set(picture) == TOP_KEYS
    assert picture["schema"] == "sitrep/1"
    for key in TOP_KEYS - {"schema"}:
        assert isinstance(picture[key], list), key
    assert len(picture["documents"]) == corpus_size
    for doc in picture["documents"]:
        assert set(doc) == DOCUMENT_KEYS
        assert isinstance(doc["id"], str) and doc["id"]
        assert isinstance(doc["source"], str) and doc["source"]
        assert isinstance(doc["text"], str) and doc["text"].strip()
        assert isinstance(doc["authors"], list) and all(isinstance(a, str) for a in doc["authors"])
        assert isinstance(doc["removed"], list) and all(isinstance(r, str) for r in doc["removed"])
        for key in ("outlet", "title", "published", "published_basis", "dateline"):
            assert doc[key] is None or isinstance(doc[key], str), key
        if doc["published"] is not None:
            assert len(doc["published"]) == 10 and doc["published"][4] == doc["published"][7] == "-"
    assert len({d["id"] for d in picture["documents"]}) == corpus_size


def test_json_documents_carry_what_was_ingested(tmp_path, corpus, run_cli):
    db = build(tmp_path / "war.db", corpus)
    docs = {Path(d["source"]).name: d for d in export_json(run_cli, db)["documents"]}
    assert set(docs) == {"orlec_shelling.txt", "merrin_talks.txt", "dremka_aid.txt",
                         "wire.json#1", "wire.json#2"}
    orlec = docs["orlec_shelling.txt"]
    assert orlec["title"] == "Kestrian artillery shells outskirts of Orlec"
    assert "Kestrian artillery shelled the eastern outskirts of Orlec" in orlec["text"]
    assert orlec["removed"] == ["Advertisement", "Sign up for our newsletter"]
    assert "Advertisement" not in orlec["text"]
    herald = docs["wire.json#1"]
    assert herald["outlet"] == "Valdora Herald"
    assert herald["title"] == "Valdora recalls ambassador from Kestria"
    assert herald["authors"] == ["Mira Tolan"]
    assert herald["source"] == str(Path(db).parent / "articles" / "wire.json") + "#1"


def test_json_file_output_is_valid_json_even_for_awkward_text(tmp_path, run_cli):
    folder = tmp_path / "odd"
    folder.mkdir()
    text = ('Valdoran officials said "the line holds" \\ near Orlec on Monday.\n\n'
            "A second paragraph with a line separator\u2028inside, a tab\tand the word Kestrië.\n\n"
            "Thirty-one civilians were evacuated from Dremka, the mayor said. 🚑")
    title = 'Quotes "and" \\ slashes 🚑'
    (folder / "odd.json").write_text(json.dumps({"text": text, "title": title}, ensure_ascii=False),
                                     encoding="utf-8")
    db = build(tmp_path / "war.db", folder)
    out = tmp_path / "new" / "folder" / "picture.json"       # folders made as needed
    picture = export_json(run_cli, db, out)
    (doc,) = picture["documents"]
    assert doc["title"] == title
    assert "\u2028" in doc["text"] and '"the line holds" \\' in doc["text"]
    with Store(db) as store:
        (stored,) = store.documents()
    assert doc == stored.contract_dict()                     # exactly what the store holds


def test_export_of_an_empty_database(tmp_path, run_cli):
    db = tmp_path / "empty.db"
    Store(db).close()
    picture = export_json(run_cli, db)
    assert picture == {"schema": "sitrep/1", **{k: [] for k in TOP_KEYS - {"schema"}}}


def test_export_needs_an_existing_database(tmp_path, run_cli):
    result = run_cli("export", "--db", tmp_path / "missing.db", "--format", "json")
    assert result.exit_code == 1
    assert "no such database" in result.stderr
    assert not (tmp_path / "missing.db").exists()


def test_document_ids_are_stable_across_databases(tmp_path, corpus, run_cli):
    # the same input, copied elsewhere and ingested file by file in reverse order
    elsewhere = tmp_path / "copy" / "of" / "articles"
    shutil.copytree(corpus, elsewhere)
    a = build(tmp_path / "a.db", corpus)
    b = tmp_path / "b.db"
    for path in sorted(elsewhere.iterdir(), reverse=True):
        build(b, path)
    docs_a = {d["id"]: d for d in export_json(run_cli, a)["documents"]}
    docs_b = {d["id"]: d for d in export_json(run_cli, b)["documents"]}
    assert set(docs_a) == set(docs_b)
    for doc_id, doc in docs_a.items():
        other = dict(docs_b[doc_id])
        assert Path(other.pop("source")).name == Path(doc["source"]).name
        assert other == {k: v for k, v in doc.items() if k != "source"}


def test_csv_writes_one_file_per_table_with_headers(tmp_path, corpus, corpus_size, run_cli):
    db = build(tmp_path / "war.db", corpus)
    out = tmp_path / "tables"
    result = run_cli("export", "--db", db, "--format", "csv", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert {p.name for p in out.iterdir()} == {f"{t}.csv" for t in TABLES}
    rows = {}
    for table in TABLES:
        with open(out / f"{table}.csv", newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            assert next(reader) == COLUMNS[table], table
            rows[table] = list(reader)
        assert str(out / f"{table}.csv") in result.stderr
    assert len(rows["documents"]) == corpus_size
    with Store(db) as store:
        removed = store.stats()["removed_lines"]
        texts = {d.id: d.text for d in store.documents()}
    assert removed == 3 and len(rows["removed_lines"]) == removed
    for key in PICTURE_KEYS:
        if key not in ("duplicates", "stories"):
            assert rows[key] == []
    story_docs = [d for r in rows["stories"] for d in json.loads(r[2])]
    assert sorted(story_docs) == sorted(r[0] for r in rows["documents"])     # every document in one story
    # multi-line texts survive the CSV round trip
    with open(out / "documents.csv", newline="", encoding="utf-8") as fh:
        back = {r["id"]: r for r in csv.DictReader(fh)}
    assert {i: r["text"] for i, r in back.items()} == texts
    herald = next(r for r in back.values() if r["outlet"] == "Valdora Herald")
    assert herald["authors"] == "Mira Tolan" and herald["format"] == "json"


def test_parquet_tables_are_readable_with_the_right_columns(tmp_path, corpus, corpus_size, run_cli):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    db = build(tmp_path / "war.db", corpus)
    out = tmp_path / "parquet"
    result = run_cli("export", "--db", db, "--format", "parquet", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert {p.name for p in out.iterdir()} == {f"{t}.parquet" for t in TABLES}
    tables = {t: pq.read_table(out / f"{t}.parquet") for t in TABLES}
    for name, table in tables.items():
        assert table.column_names == COLUMNS[name], name
    assert tables["documents"].num_rows == corpus_size
    assert tables["removed_lines"].num_rows == 3
    for key in PICTURE_KEYS:
        if key not in ("duplicates", "stories"):
            assert tables[key].num_rows == 0
    assert tables["stories"].num_rows >= 1
    assert tables["documents"].schema.field("repairs").type == pa.int64()
    assert tables["removed_lines"].schema.field("raw_start").type == pa.int64()
    assert tables["documents"].schema.field("text").type == pa.string()
    docs = tables["documents"].to_pylist()
    with Store(db) as store:
        assert {d["id"]: d["text"] for d in docs} == {d.id: d.text for d in store.documents()}
    reasons = sorted(tables["removed_lines"].column("reason").to_pylist())
    assert reasons == ["newsletter prompt", "ui word", "ui word"]


def test_library_export_writes_json_to_a_file(tmp_path, corpus):
    db = build(tmp_path / "war.db", corpus)
    out = tmp_path / "picture.json"
    with Store(db) as store:
        written = export(store, "json", str(out))
    assert written == [out]
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "sitrep/1"


def test_events_naming_no_party_are_listed_apart(tmp_path):
    """An act whose text names neither side ("26 people were killed") is no dyadic event record:
    the JSON lists it under ``unattributed_events``; the store (report, timeline) keeps it."""
    from sitrep.export import attributed
    assert attributed({"actor": "rsf", "target": None})
    assert attributed({"actor": None, "target": "el-fasher"})
    assert not attributed({"actor": None, "target": None, "actor_name": "gunmen"})
