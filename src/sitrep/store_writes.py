"""Writing articles into the store: the rows of each table, many articles per statement.

Per article a raw row, a source row, its documents (each indexed by FTS5 through a trigger), their
removed lines, the page's short lines per outlet, and per document a sketch row and one
``lsh_buckets`` row per bucket key (about a hundred). Written one article at a time that is some
twenty statements per article; ``ArticleWriter`` queues a batch's articles and writes each table's
rows with one ``executemany``, inside a savepoint: the batch's articles go in together or, when one
of them cannot be written, one by one, so that a bad article is left out alone.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from sitrep.model import Document, RawArticle

if TYPE_CHECKING:
    from sitrep.store import Store

# a document's sketch as stored: (doc id, signatures, sketch, LSH bucket keys)
SketchRow = tuple[str, bytes, bytes, list[int]]
# doc_sketches.format: this many first bytes of a sketch blob (its version, ``sketch.VERSION_PREFIX``)
FORMAT_BYTES = 4
# a short line of a page: (outlet, line key, document id, kept in text, reads as prose)
OutletLine = tuple[str, str, str, bool, bool]
# what ``Store.add_article`` refuses without storing anything of the article
WRITE_ERRORS = (sqlite3.IntegrityError, ValueError)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(slots=True)
class ArticleRows:
    """One article as the rows it adds to each table."""

    raw: RawArticle
    raw_row: tuple
    documents: list[tuple] = field(default_factory=list)
    removed: list[tuple] = field(default_factory=list)
    lines: list[tuple] = field(default_factory=list)
    sketches: list[SketchRow] = field(default_factory=list)


def document_rows(raw_id: str, docs: list[Document], at: str, out: ArticleRows) -> None:
    for part, doc in enumerate(docs, start=1):
        span = doc.dateline_span
        out.documents.append(
            (doc.id, raw_id, part if len(docs) > 1 else None, doc.source, doc.outlet, doc.outlet_basis,
             doc.title, doc.published, doc.published_basis, json.dumps(doc.authors), doc.authors_basis,
             doc.dateline, span.start if span else None, span.end if span else None,
             doc.text, json.dumps(doc.offsets.as_dict(), separators=(",", ":")), doc.repairs,
             len(doc.text), at, doc.publisher))
        out.removed.extend((doc.id, i, r.text, r.reason, r.raw_start, r.raw_end) for i, r in enumerate(doc.removed))


def article_rows(raw: RawArticle, docs: list[Document], outlet_lines: Iterable[OutletLine] = (),
                 sketches: Iterable[SketchRow] = (), at: str | None = None) -> ArticleRows:
    at = at or now()
    hints = {"title": raw.title, "published": raw.published, "outlet": raw.outlet,
             "authors": raw.authors, "basis": raw.hint_basis}
    out = ArticleRows(raw, (raw.id, raw.source, raw.fmt, raw.url, raw.text, json.dumps(hints),
                            json.dumps(raw.warnings), at))
    document_rows(raw.id, docs, at, out)
    out.lines = [(o, k, d, int(t), int(p)) for o, k, d, t, p in outlet_lines]
    out.sketches = list(sketches)
    return out


_DOCUMENT_COLUMNS = 20
_STAGE = "documents_stage"


def insert_documents(db: sqlite3.Connection, rows: list[tuple]) -> None:
    """Document rows, inserted by one statement. FTS5 writes its pending index data out as a new
    segment at every statement savepoint, and a row inserted through the trigger opens one per
    statement: with an ``executemany`` into ``documents`` every document became a segment of its
    own, to be merged again later (about half of what storing a document cost). The rows go into
    an untyped temporary table first (no conversion: the insert into ``documents`` applies its
    column affinities as a direct insert does), then into ``documents`` in one statement, in
    order (the same rowids); a constraint failure undoes the statement as a whole, as before."""
    if not rows:
        return
    # a store opened at an older schema version (a migration test) has fewer, leading, columns
    width = len(db.execute("PRAGMA table_info(documents)").fetchall())
    if width < _DOCUMENT_COLUMNS:
        rows = [row[:width] for row in rows]
    marks = ",".join("?" * width)
    if len(rows) == 1:
        db.execute(f"INSERT INTO documents VALUES ({marks})", rows[0])
        return
    stage = _STAGE if width == _DOCUMENT_COLUMNS else f"{_STAGE}_{width}"
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} ({','.join(f'c{i}' for i in range(width))})")
    db.execute(f"DELETE FROM temp.{stage}")
    db.executemany(f"INSERT INTO temp.{stage} VALUES ({marks})", rows)
    try:
        db.execute(f"INSERT INTO documents SELECT * FROM temp.{stage} ORDER BY rowid")
    finally:
        db.execute(f"DELETE FROM temp.{stage}")


def _line_key(row: tuple) -> tuple:
    return row[:3]      # the primary key; a stable sort keeps the first of equal keys first, as written


def write_documents(db: sqlite3.Connection, articles: list[ArticleRows], defer: list | None = None) -> None:
    """The documents of ``articles`` (not their raw rows), with removed lines, outlet lines, sketches
    (their bucket rows deferred to ``defer``, if given: ``write_sketches``)."""
    insert_documents(db, [row for a in articles for row in a.documents])
    db.executemany("INSERT INTO removed_lines VALUES (?, ?, ?, ?, ?, ?)", [row for a in articles for row in a.removed])
    # in key order, like the bucket rows (``write_sketches``): each B-tree page is touched once
    db.executemany("INSERT OR IGNORE INTO outlet_lines VALUES (?, ?, ?, ?, ?)",
                   sorted((row for a in articles for row in a.lines), key=_line_key))
    write_sketches(db, [s for a in articles for s in a.sketches], defer)


def write_articles(db: sqlite3.Connection, articles: list[ArticleRows], defer: list | None = None) -> None:
    """Every row of ``articles`` (raw articles not stored yet: a stored one is an IntegrityError);
    bucket rows deferred to ``defer``, if given (``write_sketches``)."""
    db.executemany("INSERT INTO raw_articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [a.raw_row for a in articles])
    db.executemany("INSERT OR IGNORE INTO sources VALUES (?, ?, ?)",
                   [(a.raw.source, a.raw.id, a.raw_row[-1]) for a in articles])
    write_documents(db, articles, defer)


def write_sketches(db: sqlite3.Connection, sketches: list[SketchRow], defer: list | None = None) -> None:
    """Sketches of documents that have none, and their bucket rows. Their integer keys are given
    here (one writer per database, inside its transaction) so that the bucket rows can be
    written with one statement too. With ``defer`` (a list), the bucket rows are appended to it
    as (keys, sketch ids) instead, for ``write_bucket_rows`` later in the same transaction."""
    if not sketches:
        return
    seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'doc_sketches'").fetchone()
    first = (seq[0] if seq else 0) + 1
    # each document's keys as one int64 array: its ``buckets`` blob, and its bucket rows
    keys = [np.asarray(keys, dtype=np.int64) for _, _, _, keys in sketches]
    db.executemany("INSERT INTO doc_sketches (id, doc_id, signatures, buckets, format) VALUES (?, ?, ?, ?, ?)",
                   [(first + i, doc_id, sig, keys[i].tobytes(), sk[:FORMAT_BYTES])
                    for i, (doc_id, sig, sk, _) in enumerate(sketches)])
    db.executemany("INSERT INTO sketch_blobs (id, sketch) VALUES (?, ?)",
                   [(first + i, sk) for i, (_, _, sk, _) in enumerate(sketches)])
    ids = range(first, first + len(sketches))
    if defer is not None:
        defer.append((keys, ids))
        return
    # in key order: the rows go into the B-tree's pages one after another instead of at random
    # (bucket keys are hashes), which touches each page once per statement
    db.executemany("INSERT OR IGNORE INTO lsh_buckets VALUES (?, ?)", _bucket_rows(keys, ids))


def write_bucket_rows(db: sqlite3.Connection, deferred: list) -> None:
    """The bucket rows ``write_sketches`` deferred, as one sorted run. Bucket keys are hashes: a
    statement's rows land on pages all over the B-tree, and once the table outgrows the page
    cache each statement of a hundred documents' rows rewrote most of its pages (the cost
    growing with the corpus); one run per transaction writes each page once."""
    if not deferred:
        return
    keys = [k for batch_keys, _ in deferred for k in batch_keys]
    ids = [i for _, batch_ids in deferred for i in batch_ids]
    deferred.clear()
    db.executemany("INSERT OR IGNORE INTO lsh_buckets VALUES (?, ?)", _bucket_rows(keys, ids))


def _bucket_rows(keys: list, sketch_ids: Iterable[int]) -> list[tuple[int, int]]:
    """(bucket key, sketch id) rows, sorted (as tuples sort): per sketch its keys (lists or int64
    arrays), with ``sketch_ids`` in the same order. Sorted in numpy: sorting ~170 tuples per
    document in Python cost several times the rest of building them."""
    lengths = [len(k) for k in keys]
    # one concatenation: iterating the int64 arrays ``remove_sketches`` passes element by element
    # made a numpy scalar per key
    flat = (np.concatenate([np.asarray(k, dtype=np.int64) for k in keys]) if keys
            else np.zeros(0, dtype=np.int64))
    owners = np.repeat(np.fromiter(sketch_ids, dtype=np.int64, count=len(keys)), lengths)
    order = np.lexsort((owners, flat))
    return list(zip(flat[order].tolist(), owners[order].tolist()))


def remove_sketches(db: sqlite3.Connection, where: str, args: tuple) -> None:
    """The sketches of the documents ``where`` selects (SQL over ``documents d``), with their
    bucket rows (found through the keys kept with each sketch: lsh_buckets has no index by
    sketch)."""
    rows = db.execute(f"SELECT s.id, s.buckets FROM doc_sketches s JOIN documents d ON d.id = s.doc_id "
                      f"WHERE {where}", args).fetchall()
    # in key order, as written (``write_sketches``)
    gone = _bucket_rows([np.frombuffer(blob, dtype=np.int64) for _, blob in rows], [sid for sid, _ in rows])
    db.executemany("DELETE FROM lsh_buckets WHERE bucket = ? AND sketch = ?", gone)
    db.executemany("DELETE FROM sketch_blobs WHERE id = ?", [(sid,) for sid, _ in rows])
    db.executemany("DELETE FROM doc_sketches WHERE id = ?", [(sid,) for sid, _ in rows])


class ArticleWriter:
    """A batch's articles, queued and written together (``flush``) inside the batch's
    transaction. An article is all or nothing either way: the queue is written inside one
    savepoint, and if any article of it cannot be written, the savepoint is undone and the
    articles are written one by one, each in its own.

    With ``defer_buckets``, the LSH bucket rows of the articles written are kept back until
    ``write_buckets`` (which the caller runs before it commits the transaction): one sorted run
    per transaction instead of one per flush (``write_bucket_rows``)."""

    def __init__(self, store: "Store", defer_buckets: bool = False) -> None:
        self.store = store
        self.queue: list[ArticleRows] = []
        self.queued: set[str] = set()
        self.sources: list[tuple[str, str, str]] = []
        self.deferred: list | None = [] if defer_buckets else None

    def __len__(self) -> int:
        return len(self.queue)

    def add(self, raw: RawArticle, docs: list[Document], outlet_lines: Iterable[OutletLine] = (),
            sketches: Iterable[SketchRow] = ()) -> bool:
        """Queue an article; False (nothing queued) when it is stored or queued already."""
        if raw.id in self.queued or self.store.has_raw(raw.id):
            return False
        self.queue.append(article_rows(raw, docs, outlet_lines, sketches))
        self.queued.add(raw.id)
        return True

    def note_source(self, source: str, raw_id: str) -> None:
        """Another path of an article stored or queued (written after the queued articles)."""
        self.sources.append((source, raw_id, now()))

    def flush(self) -> list[tuple[RawArticle, Exception]]:
        """Write the queue; returns the articles that could not be written, with the reason."""
        failed: list[tuple[RawArticle, Exception]] = []
        queue, sources = self.queue, self.sources
        self.queue, self.queued, self.sources = [], set(), []
        db = self.store.db
        # an attempt's deferred bucket rows are kept only once its savepoint is released
        pending = [] if self.deferred is not None else None
        try:
            with self.store.atomic():
                write_articles(db, queue, pending)
            self._keep(pending)
        except WRITE_ERRORS:
            for article in queue:
                pending = [] if self.deferred is not None else None
                try:
                    with self.store.atomic():
                        write_articles(db, [article], pending)
                    self._keep(pending)
                except WRITE_ERRORS as err:
                    failed.append((article.raw, err))
        lost = {raw.id for raw, _ in failed}
        with self.store.atomic():
            db.executemany("INSERT OR IGNORE INTO sources VALUES (?, ?, ?)",
                           [s for s in sources if s[1] not in lost])
        return failed

    def _keep(self, pending: list | None) -> None:
        if pending and self.deferred is not None:
            self.deferred.extend(pending)

    def write_buckets(self) -> None:
        """Write the bucket rows kept back (``defer_buckets``); run before each commit."""
        if self.deferred:
            with self.store.atomic():
                write_bucket_rows(self.store.db, self.deferred)
