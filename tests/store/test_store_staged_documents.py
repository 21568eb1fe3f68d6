"""Documents written many per statement through a staging table (``store_writes.insert_documents``):
the same rows and rowids as one insert each, the full-text index whole, nothing left staged."""
from __future__ import annotations

from pathlib import Path

from sitrep.model import Document, RawArticle
from sitrep.store import Store

TEXTS = ["Gunmen attacked a convoy near Tessalit on Monday, the army said.",
         "A drone strike hit a fuel depot outside Kidal overnight, residents said.",
         "Aid agencies suspended flights to Menaka after a rocket landed near the airstrip."]


def _article(text: str, source: str) -> tuple[RawArticle, Document]:
    raw = RawArticle(source=source, text=text, fmt="txt")
    return raw, Document(id=raw.id, source=source, text=text, raw=text, fmt="txt", outlet="Sahel Monitor",
                         title=text.split(",")[0])


def test_a_flush_writes_documents_in_order_with_their_index_rows(tmp_path: Path):
    items = [_article(t, f"in/{i}.txt") for i, t in enumerate(TEXTS)]
    with Store(tmp_path / "s.db") as store:
        writer = store.writer()
        with store.batch():
            for raw, doc in items:
                writer.add(raw, [doc])
            assert writer.flush() == []
        ids = [r[0] for r in store.db.execute("SELECT id FROM documents ORDER BY rowid")]
        assert ids == [doc.id for _, doc in items]
        store.db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        assert store.search("Kidal")[0]["id"] == items[1][1].id
        assert store.search("Tessalit")[0]["id"] == items[0][1].id
        assert store.db.execute("SELECT COUNT(*) FROM temp.documents_stage").fetchone()[0] == 0


def test_a_failed_batch_leaves_nothing_staged_for_the_next(tmp_path: Path):
    items = [_article(t, f"in/{i}.txt") for i, t in enumerate(TEXTS)]
    with Store(tmp_path / "s.db") as store:
        writer = store.writer()
        with store.batch():
            writer.add(*items[0][:1], [items[0][1]])
            assert writer.flush() == []
            # the same document id under another raw article: the batch fails, then one by one
            raw, _ = _article(TEXTS[2] + " Updated.", "in/x.txt")
            writer.add(raw, [items[0][1]])
            writer.add(items[1][0], [items[1][1]])
            failed = writer.flush()
            assert [r.id for r, _ in failed] == [raw.id]
            writer.add(items[2][0], [items[2][1]])
            assert writer.flush() == []
        ids = [r[0] for r in store.db.execute("SELECT id FROM documents ORDER BY rowid")]
        assert ids == [items[0][1].id, items[1][1].id, items[2][1].id]
        store.db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
