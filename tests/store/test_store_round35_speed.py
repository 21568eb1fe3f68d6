"""Round 35 (speed): a writer that keeps its bucket rows back until ``write_buckets`` (one sorted
run per transaction) stores exactly what a writer writing them at each flush stores, and a bad
article's rows still go with it."""
from __future__ import annotations

from pathlib import Path

from sitrep.dedup.linking import sketch_row
from sitrep.model import Document, RawArticle, RemovedLine
from sitrep.store import Store

TEXTS = ["Gunmen attacked a convoy near Tessalit on Monday, killing six soldiers, the army said.",
         "A drone strike hit a fuel depot outside Kidal overnight, residents said.",
         "Aid agencies suspended flights to Menaka after a rocket landed near the airstrip.",
         "The junta extended the curfew in Gao by two weeks after clashes at a market.",
         "Flooding in Mopti displaced 1,200 families, the regional governor said on Friday."]
TABLES = {"lsh_buckets": "SELECT bucket, sketch FROM lsh_buckets ORDER BY bucket, sketch",
          "doc_sketches": "SELECT id, doc_id, signatures, buckets, format FROM doc_sketches ORDER BY id",
          "sketch_blobs": "SELECT id, sketch FROM sketch_blobs ORDER BY id",
          "documents": "SELECT id, text FROM documents ORDER BY rowid"}


def _article(text: str, source: str, removed: list[RemovedLine] | None = None) -> tuple[RawArticle, Document]:
    raw = RawArticle(source=source, text=text, fmt="txt")
    return raw, Document(id=raw.id, source=source, text=text, raw=text, fmt="txt", outlet="Sahel Monitor",
                         removed=removed if removed is not None else [RemovedLine("Advertisement", "ui word", 0, 13)])


def _contents(store: Store) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in store.db.execute(sql)] for t, sql in TABLES.items()}


def _ingest(store: Store, items: list[tuple[RawArticle, Document]], defer: bool) -> list:
    writer = store.writer(defer_buckets=defer)
    failed = []
    with store.batch():
        for k, (raw, doc) in enumerate(items):
            writer.add(raw, [doc], (), [sketch_row(doc.id, doc.text)])
            if k % 2 == 1:                  # several flushes in one transaction
                failed += writer.flush()
        failed += writer.flush()
        writer.write_buckets()
    return failed


def test_deferred_bucket_rows_store_the_same_rows(tmp_path: Path):
    items = [_article(t, f"in/{i}.txt") for i, t in enumerate(TEXTS)]
    with Store(tmp_path / "now.db") as now, Store(tmp_path / "later.db") as later:
        assert _ingest(now, items, defer=False) == [] == _ingest(later, items, defer=True)
        assert _contents(now) == _contents(later)
        assert len(_contents(later)["lsh_buckets"]) > len(items)


def test_rows_are_kept_back_until_write_buckets(tmp_path: Path):
    raw, doc = _article(TEXTS[0], "in/0.txt")
    with Store(tmp_path / "s.db") as store:
        writer = store.writer(defer_buckets=True)
        with store.batch():
            writer.add(raw, [doc], (), [sketch_row(doc.id, doc.text)])
            assert writer.flush() == []
            assert store.db.execute("SELECT COUNT(*) FROM doc_sketches").fetchone()[0] == 1
            assert store.db.execute("SELECT COUNT(*) FROM lsh_buckets").fetchone()[0] == 0
            writer.write_buckets()
            writer.write_buckets()          # nothing left: a no-op
        keys = len(sketch_row(doc.id, doc.text)[3])
        assert store.db.execute("SELECT COUNT(*) FROM lsh_buckets").fetchone()[0] == keys


def test_a_bad_articles_bucket_rows_go_with_it(tmp_path: Path):
    good = [_article(t, f"in/{i}.txt") for i, t in enumerate(TEXTS[:3])]
    bad = _article(TEXTS[3], "in/bad.txt", removed=[RemovedLine(None, "ui word", 0, 1)])  # type: ignore[arg-type]
    with Store(tmp_path / "now.db") as now, Store(tmp_path / "later.db") as later:
        failed_now = _ingest(now, good[:2] + [bad] + good[2:], defer=False)
        failed_later = _ingest(later, good[:2] + [bad] + good[2:], defer=True)
        assert [r.id for r, _ in failed_now] == [r.id for r, _ in failed_later] == [bad[0].id]
        assert _contents(now) == _contents(later)
        ids = {r[0] for r in later.db.execute("SELECT id FROM doc_sketches")}
        assert {r[0] for r in later.db.execute("SELECT DISTINCT sketch FROM lsh_buckets")} == ids
