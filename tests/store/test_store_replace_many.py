"""Re-cleaned documents of several articles replaced together (``Store.replace_many``): the same
rows, rowids and full-text index as replacing them one article at a time."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.dedup.linking import sketch_row
from sitrep.model import Document, RawArticle
from sitrep.store import Store

TEXTS = ["Gunmen attacked a convoy near Tessalit on Monday, the army said. Menu",
         "A drone strike hit a fuel depot outside Kidal overnight, residents said. Menu",
         "Aid agencies suspended flights to Menaka after a rocket landed near the airstrip. Menu",
         "The junta extended the curfew in Gao by two weeks after clashes at a market. Menu"]


def _doc(raw: RawArticle, text: str) -> Document:
    return Document(id=raw.id, source=raw.source, text=text, raw=raw.text, fmt="txt", outlet="Sahel Monitor")


def _state(store: Store) -> list[tuple]:
    docs = store.db.execute("SELECT rowid, id, text FROM documents ORDER BY rowid").fetchall()
    sketches = store.db.execute("SELECT id, doc_id FROM doc_sketches ORDER BY id").fetchall()
    lines = store.db.execute("SELECT * FROM outlet_lines ORDER BY 1, 2, 3").fetchall()
    return [tuple(r) for r in docs + sketches + lines]


@pytest.mark.parametrize("which", [[0, 2], [1, 3], [3, 0]])     # [1, 3], [3, 0]: the newest document among them
def test_replacing_together_equals_one_by_one(tmp_path: Path, which: list[int]):
    raws = [RawArticle(source=f"in/{i}.txt", text=t, fmt="txt") for i, t in enumerate(TEXTS)]
    states = []
    for name, together in (("one.db", False), ("many.db", True)):
        with Store(tmp_path / name) as store:
            for raw in raws:
                store.add_article(raw, [_doc(raw, raw.text)], [("Sahel Monitor", "menu", raw.id, True, False)],
                                  [sketch_row(raw.id, raw.text)])
            items = []
            for i in which:
                doc = _doc(raws[i], raws[i].text.removesuffix(" Menu"))
                items.append((raws[i].id, [doc], [("Sahel Monitor", "menu", doc.id, False, False)],
                              [sketch_row(doc.id, doc.text)]))
            with store.batch():
                if together:
                    store.replace_many(items)
                else:
                    for item in items:
                        store.replace_documents(*item)
            store.db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
            assert store.search("Menu") and len(store.search("Menu")) == len(TEXTS) - len(which)
            states.append(_state(store))
    assert states[0] == states[1]
