"""The picture's entities are written without holding their mentions: the mentions table, made
from the stored analyses in a second pass, agrees with each entity's counts and the texts, and
a user's merge (which needs the mentions in memory) gives the same mentions, moved."""
import shutil
import sqlite3

from sitrep.picture import update_picture
from sitrep.picture_store import PictureStore
from sitrep.store import Store


def _rows(path):
    db = sqlite3.connect(path)
    counts = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, mention_count, doc_count FROM entities")}
    mentions = db.execute("SELECT entity_id, doc_id, start, end, text FROM mentions").fetchall()
    texts = dict(db.execute("SELECT id, text FROM documents"))
    db.close()
    return counts, mentions, texts


def test_mentions_table_agrees_with_entity_counts(picture_db):
    counts, mentions, texts = _rows(picture_db)
    assert mentions
    for eid, (n, docs) in counts.items():
        mine = [m for m in mentions if m[0] == eid]
        assert len(mine) == n and len({m[1] for m in mine}) == docs
    for _, doc, start, end, text in mentions:
        assert texts[doc][start:end] == text
    assert len(set(mentions)) == len(mentions)          # every mention once


def test_a_merge_decision_moves_the_same_mentions(picture_db, tmp_path):
    path = tmp_path / "merged.db"
    shutil.copy(picture_db, path)
    store = Store(path)
    pictures = PictureStore(store.db)
    vold = pictures.find_entities("Petra Vold")[0]["id"]
    tavi = pictures.find_entities("Arun Tavi")[0]["id"]
    before = {(d, s, e, t) for d, s, e, t in pictures.mentions_of(vold) + pictures.mentions_of(tavi)}
    pictures.add_decision("merge", "Petra Vold", "Arun Tavi")
    update_picture(store)
    (merged,) = {e["id"] for e in (pictures.find_entities("Petra Vold") + pictures.find_entities("Arun Tavi"))}
    assert set(pictures.mentions_of(merged)) == before
    store.close()
    counts, mentions, _ = _rows(path)
    assert counts[merged] == (len(before), len({m[0] for m in before}))
