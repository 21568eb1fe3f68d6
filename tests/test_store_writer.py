"""Writing many articles per statement (``Store.writer``), sketches with integer-keyed LSH buckets,
and the migration to that layout (schema 5)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import sitrep.store as store_module
from sitrep.dedup.linking import link, sketch_row
from sitrep.model import Document, RawArticle, RemovedLine
from sitrep.store import MIGRATIONS, Store

SAHEL = ["Gunmen attacked a convoy near Tessalit on Monday, killing six soldiers, the army said.",
         "A drone strike hit a fuel depot outside Kidal overnight, residents said.",
         "Aid agencies suspended flights to Menaka after a rocket landed near the airstrip.",
         "The junta extended the curfew in Gao by two weeks after clashes at a market."]


def article(text: str, source: str, removed: list[RemovedLine] | None = None) -> tuple[RawArticle, Document]:
    raw = RawArticle(source=source, text=text, fmt="txt")
    return raw, Document(id=raw.id, source=source, text=text, raw=text, fmt="txt", outlet="Sahel Monitor",
                         removed=removed or [RemovedLine("Advertisement", "ui word", 0, 13)])


def rows(store: Store) -> dict[str, int]:
    tables = ("raw_articles", "sources", "documents", "removed_lines", "outlet_lines", "doc_sketches", "sketch_blobs",
              "lsh_buckets")
    return {t: store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_a_queued_batch_stores_what_one_by_one_stores(tmp_path: Path):
    items = [article(t, f"in/{i}.txt") for i, t in enumerate(SAHEL)]
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "many.db") as many:
        for raw, doc in items:
            assert one.add_article(raw, [doc], [("Sahel Monitor", "advertisement", doc.id, False, False)],
                                   [sketch_row(doc.id, doc.text)])
        writer = many.writer()
        with many.batch():
            for raw, doc in items:
                assert writer.add(raw, [doc], [("Sahel Monitor", "advertisement", doc.id, False, False)],
                                  [sketch_row(doc.id, doc.text)])
            assert not writer.add(*items[0][:1], [items[0][1]])     # queued already: refused
            assert rows(many)["documents"] == 0                       # nothing written before flush
            assert writer.flush() == []
        assert rows(one) == rows(many)
        assert [d.contract_dict() for d in one.documents()] == [d.contract_dict() for d in many.documents()]
        assert many.search("Kidal")[0]["id"] == items[1][0].id
        assert not many.writer().add(*items[2][:1], [items[2][1]])   # stored already: refused


def test_one_bad_article_in_a_queue_is_left_out_alone(tmp_path: Path):
    good = [article(t, f"in/{i}.txt") for i, t in enumerate(SAHEL[:3])]
    raw, doc = article(SAHEL[3], "in/bad.txt", removed=[RemovedLine(None, "ui word", 0, 1)])  # type: ignore[arg-type]
    with Store(tmp_path / "s.db") as store:
        writer = store.writer()
        with store.batch():
            for r, d in good[:2] + [(raw, doc)] + good[2:]:
                writer.add(r, [d], (), [sketch_row(d.id, d.text)])
            writer.note_source("mirror/bad.txt", raw.id)
            writer.note_source("mirror/0.txt", good[0][0].id)
            failed = writer.flush()
        assert [(r.id, type(e)) for r, e in failed] == [(raw.id, sqlite3.IntegrityError)]
        assert not store.has_raw(raw.id)
        assert rows(store)["documents"] == rows(store)["doc_sketches"] == 3
        assert {r[0] for r in store.db.execute("SELECT source FROM sources")} == {
            "in/0.txt", "in/1.txt", "in/2.txt", "mirror/0.txt"}


def test_bucket_rows_go_with_a_replaced_documents_sketch(tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        raw, doc = article(SAHEL[0] + "\n\nSubscribe to the Sahel Monitor newsletter", "in/a.txt")
        store.add_article(raw, [doc], (), [sketch_row(doc.id, doc.text)])
        before = {r[0] for r in store.db.execute("SELECT bucket FROM lsh_buckets")}
        assert before and rows(store)["lsh_buckets"] == len(before)
        cleaned = Document(id=doc.id, source=doc.source, text=SAHEL[0], raw=raw.text, fmt="txt")
        store.replace_documents(raw.id, [cleaned], (), [sketch_row(doc.id, SAHEL[0])])
        (sid, blob), = store.db.execute("SELECT id, buckets FROM doc_sketches").fetchall()
        stored = store.db.execute("SELECT bucket, sketch FROM lsh_buckets").fetchall()
        assert {s for _, s in stored} == {sid}                     # no rows of the old sketch are left
        assert sorted(b for b, _ in stored) == sorted(set(sketch_row(doc.id, SAHEL[0])[3]))
        store.replace_documents(raw.id, [cleaned])                 # no sketch given: none kept
        assert rows(store)["lsh_buckets"] == rows(store)["doc_sketches"] == 0
        assert link(store) == (0, 1)                               # sketched again when linked
        assert rows(store)["doc_sketches"] == 1


def test_migration_5_drops_old_sketches_and_linking_sketches_again(tmp_path: Path, monkeypatch):
    path = tmp_path / "old.db"
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 4)
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:4])
    wire = "KIDAL (AFP) - " + " ".join(SAHEL)
    with Store(path) as old:
        assert old.version == 4
        for name, text in (("wire", wire), ("copy", wire.replace("KIDAL (AFP) - ", ""))):
            raw = RawArticle(source=f"{name}.txt", text=text, fmt="txt")
            old.add_article(raw, [Document(id=raw.id, source=raw.source, text=text, raw=text, fmt="txt")])
            # a version-4 sketch row, text-keyed
            old.db.execute("INSERT INTO doc_sketches VALUES (?, x'00', x'00', 1)", (raw.id,))
        old.db.commit()
    monkeypatch.undo()
    with Store(path) as store:
        assert store.version == len(MIGRATIONS)
        assert rows(store)["doc_sketches"] == 0 and rows(store)["documents"] == 2
        assert link(store) == (1, 1)
        assert store.db.execute("SELECT COUNT(*) FROM doc_sketches WHERE linked = 1").fetchone()[0] == 2
        columns = {r[1] for r in store.db.execute("PRAGMA table_info(lsh_buckets)")}
        assert columns == {"bucket", "sketch"}
        with pytest.raises(sqlite3.IntegrityError):               # sketch ids are keys, never reused
            store.db.execute("INSERT INTO doc_sketches (id, doc_id, signatures, buckets, format) "
                             "SELECT id, doc_id, signatures, buckets, format FROM doc_sketches LIMIT 1")


def test_migration_6_moves_sketch_blobs_out_of_the_rows_linking_reads(tmp_path: Path, monkeypatch):
    path = tmp_path / "v5.db"
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 5)
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:5])
    wire = "GAO (Reuters) - " + " ".join(SAHEL)
    ids = []
    with Store(path) as old:
        for name, text in (("wire", wire), ("copy", wire.replace("GAO (Reuters) - ", ""))):
            raw, doc = article(text, f"{name}.txt")
            _, sig, blob, keys = sketch_row(doc.id, text)
            old.add_article(raw, [doc])
            # a version-5 sketch row: the blob in the same row as the keys
            old.db.execute("INSERT INTO doc_sketches (doc_id, signatures, sketch, buckets) VALUES (?, ?, ?, ?)",
                           (doc.id, sig, blob, b"".join(k.to_bytes(8, "little", signed=True) for k in keys)))
            sid = old.db.execute("SELECT id FROM doc_sketches WHERE doc_id = ?", (doc.id,)).fetchone()[0]
            old.db.executemany("INSERT OR IGNORE INTO lsh_buckets VALUES (?, ?)", [(k, sid) for k in keys])
            ids.append((doc.id, blob))
        old.db.commit()
    monkeypatch.undo()
    with Store(path) as store:
        assert store.version == len(MIGRATIONS) >= 6
        columns = {r[1] for r in store.db.execute("PRAGMA table_info(doc_sketches)")}
        assert "sketch" not in columns and {"buckets", "signatures", "format", "linked"} <= columns
        moved = dict(store.db.execute("SELECT s.doc_id, b.sketch FROM doc_sketches s JOIN sketch_blobs b ON b.id = s.id"))
        assert moved == dict(ids)
        assert link(store) == (1, 1)                      # read as they were, not sketched again
        # a document's sketch blob goes with it
        with store.atomic():
            store.db.execute("DELETE FROM documents WHERE id = ?", (ids[0][0],))
        assert rows(store)["sketch_blobs"] == rows(store)["doc_sketches"] == 1
        raw, doc = article("KIDAL (AFP) - " + SAHEL[1], "new.txt")      # ids go on from the migrated rows
        store.add_article(raw, [doc], sketches=[sketch_row(doc.id, doc.text)])
        assert store.db.execute("SELECT MAX(id) FROM sketch_blobs").fetchone()[0] == 3
