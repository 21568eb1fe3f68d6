"""The SQLite store: schema and migrations, one transaction per article, lookups, search, stats."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import sitrep.store as store_module
from sitrep.model import Document, RawArticle, RemovedLine, content_id
from sitrep.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError


def raw_article(text: str, source: str = "in/page.txt", **hints) -> RawArticle:
    return RawArticle(source=source, text=text, fmt="txt", **hints)


def document(raw: RawArticle, text: str | None = None, part: int | None = None, **fields) -> Document:
    doc_id = raw.id if part is None else content_id(raw.id, f"#{part}")
    source = raw.source if part is None else f"{raw.source}#{part}"
    return Document(id=doc_id, source=source, text=raw.text if text is None else text, raw=raw.text,
                    fmt=raw.fmt, **fields)


def store_one(store: Store, text: str, source: str = "in/page.txt", **fields) -> Document:
    raw = raw_article(text, source)
    doc = document(raw, **fields)
    assert store.add_article(raw, [doc])
    return doc


def count(store: Store, table: str) -> int:
    return store.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


ORLEC = "Kestrian artillery shelled the outskirts of Orlec on Tuesday, killing two civilians."
MERRIN = "Ceasefire talks between Kestria and Valdora resumed in Merrin on Wednesday."
DREMKA = "An aid convoy of twelve trucks reached the besieged town of Dremka on Thursday."


# ---------------------------------------------------------------------- schema and migrations

def test_new_database_has_current_schema_version_and_wal(tmp_path: Path):
    path = tmp_path / "war.db"
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION == len(MIGRATIONS) >= 1
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # what another reader (Datasette, the sqlite3 shell) sees in the file
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert con.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()
    assert {"raw_articles", "documents", "removed_lines", "sources", "outlet_lines",
            "recurring_lines", "ingest_problems", "documents_fts"} <= names


def test_reopening_does_not_migrate_again_and_keeps_data(tmp_path: Path):
    path = tmp_path / "war.db"
    with Store(path) as store:
        doc = store_one(store, ORLEC)
    for _ in range(2):
        with Store(path) as store:
            assert store.version == SCHEMA_VERSION
            store.migrate()                     # explicitly, once more: a no-op
            assert store.version == SCHEMA_VERSION
            assert [d.id for d in store.documents()] == [doc.id]
            assert store.has_raw(doc.id)


def test_a_new_migration_runs_once_on_an_old_database(tmp_path: Path, monkeypatch):
    path = tmp_path / "war.db"
    with Store(path) as store:
        doc = store_one(store, ORLEC)
    extra = "CREATE TABLE notes (doc_id TEXT NOT NULL, note TEXT NOT NULL)"
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS + [extra])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION + 1
        store.db.execute("INSERT INTO notes VALUES (?, 'checked')", (doc.id,))
        store.db.commit()
    # a second open must not run CREATE TABLE notes again (it would fail: table exists)
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION + 1
        assert store.db.execute("SELECT note FROM notes").fetchone()[0] == "checked"
        assert [d.text for d in store.documents()] == [ORLEC]


def test_newer_schema_version_is_a_clear_store_error(tmp_path: Path):
    path = tmp_path / "future.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    con.commit()
    con.close()
    with pytest.raises(StoreError) as err:
        Store(path)
    message = str(err.value)
    assert str(path) in message
    assert "newer" in message and str(SCHEMA_VERSION + 3) in message
    assert "upgrade sitrep" in message
    # and the file was left as it was
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 3
    con.close()


def test_a_file_that_is_not_sqlite_is_a_store_error(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("Kestrian field notes, not a database\n" * 200)
    with pytest.raises(StoreError, match="not a usable sitrep database"):
        Store(path)


def test_readonly_store_opens_paths_with_uri_characters(tmp_path: Path):
    # '#', '?' and '%' must not be read as parts of the file: URI
    for name in ("war#1.db", "war?2.db", "war%203.db"):
        path = tmp_path / name
        with Store(path) as store:
            doc = store_one(store, ORLEC)
        with Store(path, readonly=True) as ro:
            assert ro.has_raw(doc.id)
            assert [d.id for d in ro.documents()] == [doc.id]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == \
        sorted(["war#1.db", "war?2.db", "war%203.db"])


# ---------------------------------------------------------------------- writes

def test_has_raw_and_add_article_reports_already_stored(tmp_path: Path):
    with Store(tmp_path / "war.db") as store:
        raw = raw_article(ORLEC)
        assert not store.has_raw(raw.id)
        assert store.add_article(raw, [document(raw)]) is True
        assert store.has_raw(raw.id)
        again = raw_article(ORLEC, source="elsewhere/copy.txt")   # same content, other name
        assert again.id == raw.id
        assert store.add_article(again, [document(again)]) is False
        assert count(store, "raw_articles") == 1 and count(store, "documents") == 1
        assert not store.has_raw(raw_article(MERRIN).id)


def test_add_article_is_one_transaction(tmp_path: Path):
    with Store(tmp_path / "war.db") as store:
        first = store_one(store, ORLEC, source="in/orlec.txt",
                          removed=[RemovedLine("Advertisement", "ui word", 0, 13)])
        second = store_one(store, MERRIN, source="in/merrin.txt")
        before = {t: count(store, t) for t in ("raw_articles", "documents", "removed_lines", "sources",
                                               "outlet_lines")}

        # a page of two articles whose second document repeats the first one's id: the
        # documents insert fails half-way, after the raw article and one document were written
        raw = raw_article(DREMKA + "\n\nResidents said the water supply was cut.", "in/dremka.txt")
        part1 = document(raw, DREMKA, part=1, outlet="Valdora Herald",
                         removed=[RemovedLine("Share on Facebook", "ui word", 5, 22)])
        part2 = document(raw, "Residents said the water supply was cut.", part=1)
        lines = [("Valdora Herald", "sharefacebook", part1.id, False, False)]
        with pytest.raises(sqlite3.IntegrityError):
            store.add_article(raw, [part1, part2], lines)

        assert not store.has_raw(raw.id)
        assert {t: count(store, t) for t in before} == before
        assert store.db.execute("SELECT COUNT(*) FROM sources WHERE raw_id = ?", (raw.id,)).fetchone()[0] == 0
        assert store.search("Dremka") == []            # the FTS index holds none of it either
        # earlier articles intact
        docs = {d.id: d for d in store.documents()}
        assert set(docs) == {first.id, second.id}
        assert docs[first.id].text == ORLEC and [r.text for r in docs[first.id].removed] == ["Advertisement"]
        assert docs[second.id].text == MERRIN
        # the store is still usable and the failed article can be stored once repaired
        part2 = document(raw, "Residents said the water supply was cut.", part=2)
        assert store.add_article(raw, [part1, part2], lines)
        assert count(store, "documents") == 4


def test_add_article_rolls_back_when_a_removed_line_is_invalid(tmp_path: Path):
    with Store(tmp_path / "war.db") as store:
        kept = store_one(store, ORLEC)
        raw = raw_article(MERRIN, "in/merrin.txt")
        # removed_lines.text is NOT NULL: fails after the document row was written
        bad = document(raw, removed=[RemovedLine(None, "ui word", 0, 1)])  # type: ignore[arg-type]
        with pytest.raises(sqlite3.IntegrityError):
            store.add_article(raw, [bad])
        assert not store.has_raw(raw.id)
        assert [d.id for d in store.documents()] == [kept.id]


def test_replace_documents_keeps_ids_and_updates_search(tmp_path: Path):
    with Store(tmp_path / "war.db") as store:
        raw = raw_article(ORLEC + "\n\nSubscribe to our channel for daily updates")
        store.add_article(raw, [document(raw)])
        assert store.search("subscribe")
        store.replace_documents(raw.id, [document(raw, ORLEC, removed=[
            RemovedLine("Subscribe to our channel for daily updates", "recurs across the outlet's pages",
                        len(ORLEC) + 2, len(raw.text))])])
        (doc,) = store.documents()
        assert doc.id == raw.id and doc.text == ORLEC
        assert [(r.text, r.reason) for r in doc.removed] == [
            ("Subscribe to our channel for daily updates", "recurs across the outlet's pages")]
        assert store.search("subscribe") == []
        assert [h["id"] for h in store.search("Orlec")] == [raw.id]


def test_documents_come_back_as_stored(tmp_path: Path):
    with Store(tmp_path / "war.db") as store:
        raw = raw_article(ORLEC, "in/orlec.txt", title="Orlec shelled")
        doc = document(raw, outlet="Kestria Today", outlet_basis="json field", title="Orlec shelled",
                       published="2031-03-04", published_basis="stamp in text",
                       authors=["Mira Tolan", "Ivo Brant"], dateline="ORLEC",
                       removed=[RemovedLine("Advertisement", "ui word", 0, 13),
                                RemovedLine("Share on Facebook", "ui word", 20, 37)])
        store.add_article(raw, [doc])
        (back,) = store.documents()
        assert back.contract_dict() == doc.contract_dict()
        assert store.raw_article(raw.id).id == raw.id


def test_documents_iterates_past_one_page_of_rows(tmp_path: Path):
    with Store(tmp_path / "war.db") as store:
        for i in range(620):
            store_one(store, f"Report {i}: shelling near Orlec continued overnight.", f"in/{i}.txt")
        ids = [d.id for d in store.documents()]
    assert len(ids) == len(set(ids)) == 620


# ---------------------------------------------------------------------- lookups

def test_find_documents_by_id_prefix_path_and_file_name(tmp_path: Path):
    with Store(tmp_path / "war.db") as store:
        orlec = store_one(store, ORLEC, "feeds/kestria/orlec_report.txt")
        merrin = store_one(store, MERRIN, "feeds/valdora/merrin-talks.txt")
        page = raw_article(DREMKA + "\n\n" + MERRIN + " Again.", "pages/front.txt")
        parts = [document(page, DREMKA, part=1), document(page, MERRIN + " Again.", part=2)]
        store.add_article(page, parts)

        assert [d.id for d in store.find_documents(orlec.id)] == [orlec.id]
        assert [d.id for d in store.find_documents(orlec.id[:6])] == [orlec.id]
        assert [d.id for d in store.find_documents("feeds/valdora/merrin-talks.txt")] == [merrin.id]
        assert [d.id for d in store.find_documents("merrin-talks.txt")] == [merrin.id]
        assert [d.id for d in store.find_documents("orlec_report.txt")] == [orlec.id]
        # a page of several articles: its file name finds every part
        assert [d.source for d in store.find_documents("front.txt")] == ["pages/front.txt#1",
                                                                         "pages/front.txt#2"]
        assert [d.id for d in store.find_documents("pages/front.txt#2")] == [parts[1].id]
        # '_' and '%' in a name are literal, not LIKE wildcards
        assert store.find_documents("orlecXreport.txt") == []
        assert store.find_documents("%.txt") == []
        assert store.find_documents("no-such-file.txt") == []
        assert store.find_documents(orlec.id[:3]) == []      # too short to be a prefix


# ---------------------------------------------------------------------- search

def test_search_ranks_and_highlights(tmp_path: Path):
    with Store(tmp_path / "war.db") as store:
        many = store_one(store, "Drones over Orlec. Valdoran drones struck a depot; more drones followed.",
                         "in/drones.txt", title="Drones strike Orlec depot")
        once = store_one(store, "Ceasefire talks resumed in Merrin on Wednesday. Delegates discussed "
                         "prisoner exchanges, humanitarian corridors, grain shipments and, briefly, "
                         "reports of drones near the border, before adjourning for the weekend.",
                         "in/talks.txt", title="Talks resume in Merrin")
        store_one(store, DREMKA, "in/aid.txt", title="Aid reaches Dremka")

        hits = store.search("drones")
        assert [h["id"] for h in hits] == [many.id, once.id]
        assert hits[0]["rank"] <= hits[1]["rank"]
        assert "[drones]" in hits[1]["snippet"].lower()
        assert hits[0]["title"] == "Drones strike Orlec depot"
        assert {"id", "source", "title", "outlet", "published", "snippet", "rank"} <= set(hits[0])

        assert [h["id"] for h in store.search("drones", limit=1)] == [many.id]
        assert [h["id"] for h in store.search('"humanitarian corridors"')] == [once.id]
        assert [h["id"] for h in store.search("dremk*")] != []
        assert store.search("Kestria AND Atlantis") == []


@pytest.mark.parametrize("query", ['foo"', 'drones"', '"', "(", "NEAR(", "bogus:drones", "U.S.",
                                   "drones OR", "*", "-", "", "   "])
def test_search_survives_bad_fts_syntax(tmp_path: Path, query: str):
    with Store(tmp_path / "war.db") as store:
        doc = store_one(store, "Valdoran drones struck a depot near Orlec.", title="Depot struck")
        hits = store.search(query)
    assert isinstance(hits, list)
    if query == 'drones"':
        assert [h["id"] for h in hits] == [doc.id]   # searched as plain words instead


# ---------------------------------------------------------------------- stats

def test_stats_counts(tmp_path: Path):
    with Store(tmp_path / "war.db") as store:
        empty = store.stats()
        assert empty["documents"] == empty["raw_articles"] == empty["removed_lines"] == 0
        assert empty["first_published"] is None and empty["by_outlet"] == []

        store_one(store, ORLEC, "in/a.txt", outlet="Kestria Today", published="2031-03-04",
                  removed=[RemovedLine("Advertisement", "ui word", 0, 13)], repairs=2)
        store_one(store, MERRIN, "in/b.txt", outlet="Kestria Today", published="2031-03-06",
                  removed=[RemovedLine("Advertisement", "ui word", 0, 13),
                           RemovedLine("By Mira Tolan", "byline", 14, 27)])
        store_one(store, DREMKA, "in/c.txt", outlet="Valdora Herald")
        store_one(store, "Shelling continued overnight near the Varnow river.", "in/d.txt")
        store.log_problem("in/e.txt", "empty file", True)
        store.log_problem("in/f.txt", "invalid UTF-8 at byte 4", False)
        s = store.stats()

    assert s["schema_version"] == SCHEMA_VERSION
    assert s["raw_articles"] == 4 and s["documents"] == 4
    assert s["outlets"] == 2                                 # NULL outlet is not an outlet
    assert s["dated_documents"] == 2
    assert (s["first_published"], s["last_published"]) == ("2031-03-04", "2031-03-06")
    assert s["removed_lines"] == 3 and s["repairs"] == 2
    assert s["characters"] == len(ORLEC) + len(MERRIN) + len(DREMKA) + len(
        "Shelling continued overnight near the Varnow river.")
    assert s["rejected_inputs"] == 1
    assert s["by_outlet"][0] == ("Kestria Today", 2)
    assert set(s["by_outlet"]) == {("Kestria Today", 2), ("Valdora Herald", 1), ("(unknown)", 1)}
    assert s["removed_by_reason"] == [("ui word", 2), ("byline", 1)]
