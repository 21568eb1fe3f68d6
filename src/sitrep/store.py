"""The SQLite store: the product's file format, readable in Datasette or the sqlite3 shell.

WAL mode; every article is written all-or-nothing (a SAVEPOINT), and a batch commits many
articles per transaction (``batch()``): a crash mid-ingest leaves whole articles or none, and a
rerun finishes the job, since ingest skips what is stored. FTS5 over titles and texts, and a
schema version (``PRAGMA user_version``) moved forward by numbered migrations.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sitrep.model import Document, Duplicate, OffsetMap, RawArticle, RemovedLine, Span, Story

MIGRATIONS: list[str] = [
    # 1: raw articles, cleaned documents, removed lines, sources, full-text search
    """
    CREATE TABLE raw_articles (
        id TEXT PRIMARY KEY,            -- content address of the raw article
        source TEXT NOT NULL,           -- path or URL as first given
        format TEXT NOT NULL,           -- txt, html, json, jsonl, feed
        url TEXT,
        raw_text TEXT NOT NULL,         -- what the reader produced; offsets map into it
        hints TEXT NOT NULL,            -- JSON: title/published/outlet/authors the input stated
        warnings TEXT NOT NULL,         -- JSON list
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,            -- stable content address
        raw_id TEXT NOT NULL REFERENCES raw_articles(id),
        part INTEGER,                   -- article number on a multi-article page, else NULL
        source TEXT NOT NULL,
        outlet TEXT, outlet_basis TEXT,
        title TEXT,
        published TEXT, published_basis TEXT,    -- YYYY-MM-DD and how it was found
        authors TEXT NOT NULL,          -- JSON list
        authors_basis TEXT,
        dateline TEXT, dateline_start INTEGER, dateline_end INTEGER,
        text TEXT NOT NULL,             -- cleaned text: every span in the database indexes it
        offset_map TEXT NOT NULL,       -- JSON: cleaned offsets back to raw_articles.raw_text
        repairs INTEGER NOT NULL,       -- glued words and mojibake repaired
        chars INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_raw ON documents(raw_id);
    CREATE INDEX documents_outlet ON documents(outlet);
    CREATE INDEX documents_published ON documents(published);
    CREATE TABLE removed_lines (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        reason TEXT NOT NULL,           -- why it was dropped: "ui word", "photo caption", "byline"...
        raw_start INTEGER NOT NULL, raw_end INTEGER NOT NULL,
        PRIMARY KEY (doc_id, position)
    );
    CREATE TABLE sources (              -- every path or URL a raw article was read from
        source TEXT NOT NULL,
        raw_id TEXT NOT NULL REFERENCES raw_articles(id),
        first_seen TEXT NOT NULL,
        PRIMARY KEY (source, raw_id)
    );
    CREATE TABLE outlet_lines (         -- short lines per outlet, to find lines recurring on its pages
        outlet TEXT NOT NULL,
        line_key TEXT NOT NULL,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        in_text INTEGER NOT NULL,       -- 1 when the line was kept in the cleaned text
        prose INTEGER NOT NULL,         -- 1 when the line ends like a sentence
        PRIMARY KEY (outlet, line_key, doc_id)
    ) WITHOUT ROWID;
    CREATE TABLE recurring_lines (      -- lines found on several pages of one outlet: chrome
        outlet TEXT NOT NULL,
        line_key TEXT NOT NULL,
        documents INTEGER NOT NULL,
        PRIMARY KEY (outlet, line_key)
    );
    CREATE TABLE ingest_problems (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        fatal INTEGER NOT NULL,         -- 1: rejected; 0: ingested with a warning
        at TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    # 2: copies and rewrites between documents, and stories
    """
    CREATE TABLE duplicates (
        a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,             -- copy, rewrite or partial
        similarity REAL NOT NULL,
        original TEXT,                  -- the document the other copies, when known
        passages TEXT NOT NULL,         -- JSON [[a_start, a_end, b_start, b_end], ...] shared spans
        PRIMARY KEY (a, b)
    );
    CREATE INDEX duplicates_b ON duplicates(b);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT
    );
    CREATE TABLE story_documents (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (story_id, doc_id)
    );
    CREATE INDEX story_documents_doc ON story_documents(doc_id);
    """,
    # 3: deleting a document cascades into outlet_lines; without this index each delete scans it
    """
    CREATE INDEX outlet_lines_doc ON outlet_lines(doc_id);
    """,
    # 4: incremental duplicate search: each document's sketch (``dedup.sketch``) and LSH buckets,
    # so that a new document is compared with the documents sharing a bucket, not the corpus
    """
    CREATE TABLE doc_sketches (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        signatures BLOB NOT NULL,       -- MinHash of wording, then of content words (uint64s)
        sketch BLOB NOT NULL,           -- hashed shingles and sentences, for verification
        linked INTEGER NOT NULL DEFAULT 0   -- 1 once compared with its candidates
    );
    CREATE INDEX doc_sketches_unlinked ON doc_sketches(doc_id) WHERE linked = 0;
    CREATE TABLE lsh_buckets (
        bucket INTEGER NOT NULL,        -- hash of one band of one signature
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (bucket, doc_id)
    ) WITHOUT ROWID;
    CREATE INDEX lsh_buckets_doc ON lsh_buckets(doc_id);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
OUTLET_LINE_MAX = 200          # longer lines are prose, never per-outlet chrome


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern (``ESCAPE '\\'``): '_' and '%' are common in
    file names."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# a document's sketch as stored: (doc id, signatures, sketch, LSH bucket keys)
SketchRow = tuple[str, bytes, bytes, list[int]]


class StoreError(Exception):
    """The database cannot be used (not SQLite, or written by a newer sitrep)."""


class Store:
    """One SQLite database file."""

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = str(path)
        try:
            if readonly:
                # a file: URI, so the path is percent-encoded: '#', '?' and '%' are legal in names
                uri = Path(self.path).absolute().as_uri() + "?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, timeout=30)
            else:
                self.db = sqlite3.connect(self.path, timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            # duplicate detection inserts index rows at random places in large B-trees: a 64 MB
            # page cache (SQLite's default is 2 MB) keeps those inserts off the disk
            self.db.execute("PRAGMA cache_size = -65536")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
        except sqlite3.DatabaseError as err:
            self._close_quietly()
            raise StoreError(f"{self.path}: not a usable sitrep database ({err})") from err
        except StoreError:
            self._close_quietly()
            raise

    def _close_quietly(self) -> None:
        db = getattr(self, "db", None)
        if db is not None:
            db.close()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ schema

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        current = self.version
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {current} is newer than this sitrep "
                             f"({SCHEMA_VERSION}); upgrade sitrep")
        for number in range(current + 1, SCHEMA_VERSION + 1):
            # one migration, one transaction: a crash leaves the previous version intact
            self.db.executescript("BEGIN;" + MIGRATIONS[number - 1]
                                  + f";PRAGMA user_version = {number};COMMIT;")

    # ------------------------------------------------------------------ writes

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One unit of writing, all or nothing: its own transaction, or inside ``batch()`` a
        savepoint that is undone alone when the unit fails."""
        self.db.execute("SAVEPOINT unit")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO unit")
            self.db.execute("RELEASE unit")
            raise
        self.db.execute("RELEASE unit")

    def begin(self) -> None:
        """Open a batch transaction (``atomic`` units inside it commit together)."""
        if not self.db.in_transaction:
            self.db.execute("BEGIN")

    def commit(self) -> None:
        if self.db.in_transaction:
            self.db.commit()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Writes inside commit together (call ``commit`` + ``begin`` to commit part-way)."""
        self.begin()
        try:
            yield
        finally:
            self.commit()

    def has_raw(self, raw_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM raw_articles WHERE id = ?", (raw_id,)).fetchone() is not None

    def note_source(self, source: str, raw_id: str) -> None:
        with self.atomic():
            self.db.execute("INSERT OR IGNORE INTO sources VALUES (?, ?, ?)", (source, raw_id, _now()))

    def add_article(self, raw: RawArticle, docs: list[Document],
                    outlet_lines: Iterable[tuple[str, str, str, bool, bool]] = (),
                    sketches: Iterable[SketchRow] = ()) -> bool:
        """Store a raw article and its documents, all or nothing. False if already stored."""
        now = _now()
        hints = {"title": raw.title, "published": raw.published, "outlet": raw.outlet,
                 "authors": raw.authors, "basis": raw.hint_basis}
        with self.atomic():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO raw_articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (raw.id, raw.source, raw.fmt, raw.url, raw.text, json.dumps(hints),
                 json.dumps(raw.warnings), now))
            if cur.rowcount == 0:
                return False
            self.db.execute("INSERT OR IGNORE INTO sources VALUES (?, ?, ?)", (raw.source, raw.id, now))
            for part, doc in enumerate(docs, start=1):
                self._write_document(raw.id, part if len(docs) > 1 else None, doc, now)
            self.db.executemany("INSERT OR IGNORE INTO outlet_lines VALUES (?, ?, ?, ?, ?)",
                                [(o, k, d, int(t), int(p)) for o, k, d, t, p in outlet_lines])
            self._write_sketches(sketches)
        return True

    def _write_sketches(self, sketches: Iterable[SketchRow]) -> None:
        for doc_id, signatures, sketch, buckets in sketches:
            self.db.execute("INSERT OR REPLACE INTO doc_sketches VALUES (?, ?, ?, 0)", (doc_id, signatures, sketch))
            self.db.executemany("INSERT OR IGNORE INTO lsh_buckets VALUES (?, ?)", [(b, doc_id) for b in buckets])

    def add_sketches(self, sketches: Iterable[SketchRow]) -> None:
        """Sketches of stored documents that have none (older databases, re-cleaned documents)."""
        with self.atomic():
            self._write_sketches(sketches)

    def replace_documents(self, raw_id: str, docs: list[Document],
                          outlet_lines: Iterable[tuple[str, str, str, bool, bool]] = ()) -> None:
        """Re-cleaned documents of a stored raw article (same ids), all or nothing. Their links
        go with them (found again by the next ``link``), and so do the stories they were in."""
        now = _now()
        with self.atomic():
            self.db.execute("DELETE FROM stories WHERE id IN (SELECT s.story_id FROM story_documents s "
                            "JOIN documents d ON d.id = s.doc_id WHERE d.raw_id = ?)", (raw_id,))
            self.db.execute("DELETE FROM documents WHERE raw_id = ?", (raw_id,))
            for part, doc in enumerate(docs, start=1):
                self._write_document(raw_id, part if len(docs) > 1 else None, doc, now)
            self.db.executemany("INSERT OR IGNORE INTO outlet_lines VALUES (?, ?, ?, ?, ?)",
                                [(o, k, d, int(t), int(p)) for o, k, d, t, p in outlet_lines])

    def _write_document(self, raw_id: str, part: int | None, doc: Document, now: str) -> None:
        span = doc.dateline_span
        self.db.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, raw_id, part, doc.source, doc.outlet, doc.outlet_basis, doc.title,
             doc.published, doc.published_basis, json.dumps(doc.authors), doc.authors_basis,
             doc.dateline, span.start if span else None, span.end if span else None,
             doc.text, json.dumps(doc.offsets.as_dict(), separators=(",", ":")), doc.repairs,
             len(doc.text), now))
        self.db.executemany(
            "INSERT INTO removed_lines VALUES (?, ?, ?, ?, ?, ?)",
            [(doc.id, i, r.text, r.reason, r.raw_start, r.raw_end) for i, r in enumerate(doc.removed)])

    def replace_links(self, duplicates: list[Duplicate], stories: list[Story]) -> None:
        """The corpus's duplicates and stories, recomputed as a whole, in one transaction."""
        with self.atomic():
            self.db.execute("DELETE FROM duplicates")
            self.db.execute("DELETE FROM stories")
            self.add_duplicates(duplicates)
            self.db.executemany("INSERT INTO stories VALUES (?, ?)", [(st.id, st.title) for st in stories])
            self.db.executemany("INSERT INTO story_documents VALUES (?, ?, ?)",
                                [(st.id, doc, i) for st in stories for i, doc in enumerate(st.documents)])

    def add_duplicates(self, duplicates: Iterable[Duplicate]) -> None:
        """Duplicates found for new documents (a pair found again replaces the old row)."""
        self.db.executemany(
            "INSERT OR REPLACE INTO duplicates VALUES (?, ?, ?, ?, ?, ?)",
            [(d.a, d.b, d.kind, d.similarity, d.original,
              json.dumps([[x.start, x.end, y.start, y.end] for x, y in d.passages])) for d in duplicates])

    def duplicates(self, doc_id: str | None = None) -> list[Duplicate]:
        sql = "SELECT * FROM duplicates" + (" WHERE a = ? OR b = ?" if doc_id else "") + " ORDER BY a, b"
        out = []
        for r in self.db.execute(sql, (doc_id, doc_id) if doc_id else ()):
            passages = [(Span(r["a"], p[0], p[1]), Span(r["b"], p[2], p[3])) for p in json.loads(r["passages"])]
            out.append(Duplicate(r["a"], r["b"], r["kind"], r["similarity"], r["original"], passages))
        return out

    def stories(self) -> list[Story]:
        members: dict[str, list[str]] = {}
        for r in self.db.execute("SELECT story_id, doc_id FROM story_documents ORDER BY story_id, position"):
            members.setdefault(r[0], []).append(r[1])
        return [Story(r["id"], r["title"], members.get(r["id"], []))
                for r in self.db.execute("SELECT * FROM stories ORDER BY rowid")]

    def log_problem(self, source: str, reason: str, fatal: bool) -> None:
        with self.atomic():
            self.db.execute("INSERT INTO ingest_problems (source, reason, fatal, at) VALUES (?, ?, ?, ?)",
                            (source, reason, int(fatal), _now()))

    # ------------------------------------------------------------------ reads

    def raw_article(self, raw_id: str) -> RawArticle:
        """A stored raw article, as its reader produced it."""
        row = self.db.execute("SELECT * FROM raw_articles WHERE id = ?", (raw_id,)).fetchone()
        if row is None:
            raise KeyError(raw_id)
        hints = json.loads(row["hints"])
        return RawArticle(source=row["source"], text=row["raw_text"], fmt=row["format"], url=row["url"],
                          title=hints.get("title"), published=hints.get("published"),
                          outlet=hints.get("outlet"), authors=hints.get("authors") or [],
                          warnings=json.loads(row["warnings"]), hint_basis=hints.get("basis") or {})

    def _document(self, row: sqlite3.Row, raw_text: str | None = None) -> Document:
        removed = [RemovedLine(r["text"], r["reason"], r["raw_start"], r["raw_end"]) for r in self.db.execute(
            "SELECT * FROM removed_lines WHERE doc_id = ? ORDER BY position", (row["id"],))]
        raw = self.db.execute("SELECT raw_text, format, url, warnings FROM raw_articles WHERE id = ?",
                              (row["raw_id"],)).fetchone()
        doc = Document(
            id=row["id"], source=row["source"], text=row["text"], raw=raw["raw_text"] if raw else "",
            fmt=raw["format"] if raw else "", url=raw["url"] if raw else None,
            outlet=row["outlet"], outlet_basis=row["outlet_basis"], title=row["title"],
            published=row["published"], published_basis=row["published_basis"],
            authors=json.loads(row["authors"]), authors_basis=row["authors_basis"],
            dateline=row["dateline"], removed=removed,
            offsets=OffsetMap.from_dict(json.loads(row["offset_map"])),
            warnings=json.loads(raw["warnings"]) if raw else [], repairs=row["repairs"])
        if row["dateline_start"] is not None:
            doc.dateline_span = Span(doc.id, row["dateline_start"], row["dateline_end"])
        return doc

    def documents(self) -> Iterator[Document]:
        """Every document, in ingest order, one at a time (memory stays flat)."""
        last = 0
        while True:
            rows = self.db.execute("SELECT rowid, * FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 500",
                                   (last,)).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._document(row)
            last = rows[-1]["rowid"]

    def light_documents(self) -> Iterator[Document]:
        """Every document with its text and metadata but no raw text, removed lines or offset
        map: what cross-document steps need, at a fraction of the memory."""
        for r in self.db.execute("SELECT id, source, text, title, published, outlet FROM documents ORDER BY rowid"):
            yield Document(id=r["id"], source=r["source"], text=r["text"], raw="", fmt="",
                           title=r["title"], published=r["published"], outlet=r["outlet"])

    def find_documents(self, ref: str) -> list[Document]:
        """Documents named by id, id prefix, source path or file name."""
        rows = self.db.execute(
            "SELECT * FROM documents WHERE id = ? OR source = ? OR source LIKE ? ESCAPE '\\' "
            "OR source LIKE ? ESCAPE '\\' ORDER BY rowid LIMIT 50",
            (ref, ref, f"%/{_like(ref)}", f"%/{_like(ref)}#%")).fetchall()
        if not rows and len(ref) >= 4:
            rows = self.db.execute("SELECT * FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY rowid LIMIT 50",
                                   (_like(ref) + "%",)).fetchall()
        return [self._document(r) for r in rows]

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Ranked full-text matches with highlighted snippets (``[...]`` marks a hit)."""
        sql = ("SELECT d.id, d.source, d.title, d.outlet, d.published, "
               "snippet(documents_fts, 1, '[', ']', ' … ', 16) AS snippet, bm25(documents_fts) AS rank "
               "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
               "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?")
        if not query.strip():
            return []
        try:
            rows = self.db.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            # not FTS5 query syntax: search the words as plain terms
            quoted = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
            rows = self.db.execute(sql, (quoted, limit)).fetchall()
        return [dict(r) for r in rows]

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "database": self.path,
            "schema_version": self.version,
            "raw_articles": one("SELECT COUNT(*) FROM raw_articles"),
            "documents": one("SELECT COUNT(*) FROM documents"),
            "outlets": one("SELECT COUNT(DISTINCT outlet) FROM documents"),
            "dated_documents": one("SELECT COUNT(*) FROM documents WHERE published IS NOT NULL"),
            "first_published": one("SELECT MIN(published) FROM documents"),
            "last_published": one("SELECT MAX(published) FROM documents"),
            "removed_lines": one("SELECT COUNT(*) FROM removed_lines"),
            "repairs": one("SELECT COALESCE(SUM(repairs), 0) FROM documents"),
            "characters": one("SELECT COALESCE(SUM(chars), 0) FROM documents"),
            "rejected_inputs": one("SELECT COUNT(*) FROM ingest_problems WHERE fatal = 1"),
            "by_outlet": [tuple(r) for r in self.db.execute(
                "SELECT COALESCE(outlet, '(unknown)'), COUNT(*) FROM documents GROUP BY 1 ORDER BY 2 DESC LIMIT 15")],
            "removed_by_reason": [tuple(r) for r in self.db.execute(
                "SELECT reason, COUNT(*) FROM removed_lines GROUP BY 1 ORDER BY 2 DESC LIMIT 15")],
        }
