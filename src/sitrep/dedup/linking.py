"""Duplicate search over a stored corpus, incrementally: only the documents not yet linked are
compared, with the documents that share an LSH bucket with them (an index lookup), and only
their stories are rebuilt. Memory stays flat: signatures and sketches are read from the store
as pairs need them (a bounded cache), never the corpus's texts.

The same candidates and verdicts as ``find_duplicates`` over the whole corpus, with one
difference that makes it incremental: the cap of MAX_CANDIDATES verified pairs applies per new
document, to its most similar candidates (old or new).
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator

import numpy as np

from sitrep.dedup import MAX_CANDIDATES, verify, worth_verifying_many
from sitrep.dedup.fingerprint import NUM_PERM
from sitrep.dedup.lsh import MAX_BUCKET, band_keys, is_passage_key, passage_keys
from sitrep.dedup.sketch import Sketch, from_blob, sentence_keys, sketch, to_blob
from sitrep.model import Document, Duplicate, content_id
from sitrep.store import SketchRow, Store

CHUNK = 500                 # new documents linked per round (bounds memory per round)
SKETCH_CACHE = 2048         # sketches kept in memory across pairs


def sketch_row(doc_id: str, text: str) -> SketchRow:
    """What the store keeps of a document for duplicate search (the map side)."""
    sk = sketch(text)
    signatures = np.concatenate([sk.wording, sk.content]).tobytes()
    return doc_id, signatures, to_blob(sk), band_keys(sk.wording, sk.content) + passage_keys(sentence_keys(sk))


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


class _Sketches:
    """Sketches read from the store on demand, the most recent SKETCH_CACHE kept."""

    def __init__(self, store: Store) -> None:
        self.store, self.cache = store, OrderedDict[str, Sketch]()

    def get(self, doc_id: str) -> Sketch:
        sk = self.cache.get(doc_id)
        if sk is None:
            row = self.store.db.execute("SELECT sketch FROM doc_sketches WHERE doc_id = ?", (doc_id,)).fetchone()
            sk = from_blob(row[0])
            self.cache[doc_id] = sk
            if len(self.cache) > SKETCH_CACHE:
                self.cache.popitem(last=False)
        else:
            self.cache.move_to_end(doc_id)
        return sk


def backfill(store: Store) -> int:
    """Sketch the documents that have none (stored by an older sitrep, or cleaned again)."""
    done = 0
    while True:
        rows = store.db.execute(
            "SELECT d.id, d.text FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM doc_sketches s WHERE s.doc_id = d.id) ORDER BY d.rowid LIMIT ?", (CHUNK,)).fetchall()
        if not rows:
            return done
        store.add_sketches(sketch_row(r[0], r[1]) for r in rows)
        done += len(rows)


def _candidates(store: Store, chunk: list[str]) -> list[tuple[str, str]]:
    """Pairs to verify for a chunk of unlinked documents: for each, its MAX_CANDIDATES most
    similar documents among those sharing a bucket (not too full), linked or not. A partner
    linked in a later chunk meets this one again from its own side, within its own cap; leaving
    the pair to that side alone would drop it whenever the partner's cap is full, which makes
    the pairs found depend on the order of linking (partial copies of popular sources were lost)."""
    db = store.db
    members: dict[int, list[str]] = {}
    for bucket, doc_id in db.execute(
            f"""WITH wanted AS (SELECT DISTINCT bucket FROM lsh_buckets WHERE doc_id IN ({_marks(len(chunk))}))
                SELECT b.bucket, b.doc_id FROM wanted w JOIN lsh_buckets b ON b.bucket = w.bucket
                WHERE (SELECT COUNT(*) FROM (SELECT 1 FROM lsh_buckets x WHERE x.bucket = w.bucket
                                             LIMIT {MAX_BUCKET + 1})) <= {MAX_BUCKET}""", chunk):
        members.setdefault(bucket, []).append(doc_id)
    in_chunk = set(chunk)
    partners: dict[str, set[str]] = {}
    sharing: set[tuple[str, str]] = set()       # (chunk document, partner) sharing a passage key
    for bucket, docs in members.items():
        if len(docs) < 2:
            continue
        passage = is_passage_key(bucket)
        for a in docs:
            if a in in_chunk:
                others = [b for b in docs if b != a]
                partners.setdefault(a, set()).update(others)
                if passage:
                    sharing.update((a, b) for b in others)
    wanted = set(in_chunk).union(*partners.values()) if partners else set()
    row: dict[str, int] = {}
    blobs: list[bytes] = []
    ids = sorted(wanted)
    for part in _chunks(ids, 900):
        for doc_id, blob in db.execute(
                f"SELECT doc_id, signatures FROM doc_sketches WHERE doc_id IN ({_marks(len(part))})", part):
            row[doc_id] = len(blobs)
            blobs.append(blob)
    # one matrix of signatures, so that each document's partners are scored in one numpy step
    sigs = np.frombuffer(b"".join(blobs), dtype=np.uint64).reshape(len(blobs), 2 * NUM_PERM)
    pairs: set[tuple[str, str]] = set()
    for a in chunk:
        others = [b for b in partners.get(a, ()) if b in row]
        if a not in row or not others:
            continue
        agree = sigs[[row[b] for b in others]] == sigs[row[a]]
        scores = worth_verifying_many(agree[:, :NUM_PERM].mean(axis=1), agree[:, NUM_PERM:].mean(axis=1),
                                      np.array([(a, b) in sharing for b in others], dtype=bool))
        scored = sorted((-score, b) for score, b in zip(scores.tolist(), others) if score)
        for _, b in scored[:MAX_CANDIDATES]:
            pairs.add((a, b) if a < b else (b, a))
    return sorted(pairs)


def _heads(store: Store, ids: Iterable[str]) -> dict[str, Document]:
    """What deciding the original needs of each document: outlet, date, the head of its text."""
    out = {}
    ids = sorted(set(ids))
    for part in _chunks(ids, 900):
        for r in store.db.execute(f"SELECT id, substr(text, 1, 600), outlet, published FROM documents "
                                  f"WHERE id IN ({_marks(len(part))})", part):
            out[r[0]] = Document(id=r[0], source="", text=r[1], raw="", fmt="", outlet=r[2], published=r[3])
    return out


def link_new(store: Store) -> list[str]:
    """Verify the candidates of every unlinked document and store the duplicates found; returns
    the ids of the documents linked."""
    backfill(store)
    sketches = _Sketches(store)
    done: list[str] = []
    while True:
        chunk = [r[0] for r in store.db.execute(
            "SELECT doc_id FROM doc_sketches WHERE linked = 0 ORDER BY doc_id LIMIT ?", (CHUNK,))]
        if not chunk:
            return done
        pairs = _candidates(store, chunk)
        heads = _heads(store, (x for pair in pairs for x in pair))
        found: list[Duplicate] = []
        for a, b in pairs:
            dup = verify(heads[a], heads[b], sketches.get(a), sketches.get(b))
            if dup is not None:
                found.append(dup)
        with store.atomic():
            store.add_duplicates(found)
            store.db.executemany("UPDATE doc_sketches SET linked = 1 WHERE doc_id = ?", [(x,) for x in chunk])
        done.extend(chunk)


def relink_stories(store: Store, touched: Iterable[str]) -> None:
    """Rebuild the stories (connected groups of linked documents) that hold ``touched``
    documents or documents without a story; every other story stays as it is."""
    db = store.db
    seeds = list(dict.fromkeys(list(touched) + [r[0] for r in db.execute(
        "SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM story_documents s WHERE s.doc_id = d.id) "
        "ORDER BY d.rowid")]))
    seen: set[str] = set()
    with store.atomic():
        for seed in seeds:
            if seed in seen:
                continue
            group, todo = {seed}, [seed]
            while todo:
                x = todo.pop()
                for (y,) in db.execute("SELECT b FROM duplicates WHERE a = ? UNION SELECT a FROM duplicates WHERE b = ?",
                                       (x, x)):
                    if y not in group:
                        group.add(y)
                        todo.append(y)
            seen |= group
            members = sorted(group)
            rows = []
            for part in _chunks(members, 900):
                rows += db.execute(f"SELECT id, published, title, rowid FROM documents WHERE id IN ({_marks(len(part))})",
                                   part).fetchall()
            rows.sort(key=lambda r: (r[1] or "9999", r[0]))
            story_id = content_id(*members)
            title = next((r[2] for r in rows if r[2]), None)
            for part in _chunks(members, 900):
                db.execute(f"DELETE FROM stories WHERE id IN (SELECT story_id FROM story_documents "
                           f"WHERE doc_id IN ({_marks(len(part))}))", part)
            db.execute("INSERT OR REPLACE INTO stories VALUES (?, ?)", (story_id, title))
            db.executemany("INSERT INTO story_documents VALUES (?, ?, ?)",
                           [(story_id, r[0], i) for i, r in enumerate(rows)])


def link(store: Store) -> tuple[int, int]:
    """Link what is new in the store; returns the corpus's duplicate pairs and stories."""
    relink_stories(store, link_new(store))
    one = lambda sql: store.db.execute(sql).fetchone()[0]  # noqa: E731
    return one("SELECT COUNT(*) FROM duplicates"), one("SELECT COUNT(*) FROM stories")
