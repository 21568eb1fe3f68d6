"""The SQLite store: the product's file format, readable in Datasette or the sqlite3 shell.

WAL mode; every article is written all-or-nothing (a SAVEPOINT), and a batch commits many
articles per transaction (``batch()``): a crash mid-ingest leaves whole articles or none, and a
rerun finishes the job, since ingest skips what is stored. FTS5 over titles and texts, and a
schema version (``PRAGMA user_version``) moved forward by numbered migrations.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sitrep.model import Document, Duplicate, OffsetMap, RawArticle, RemovedLine, Span, Story, StoryLink
from sitrep.store_schema import MIGRATIONS, OUTLET_LINE_MAX, SCHEMA_VERSION  # noqa: F401 (public here)
from sitrep.store_writes import (ArticleRows, ArticleWriter, OutletLine, SketchRow, article_rows,  # noqa: F401
                                 document_rows, now as _now, remove_sketches, write_articles,
                                 write_documents, write_sketches)

def _like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern (``ESCAPE '\\'``): '_' and '%' are common in
    file names."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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
            # duplicate detection inserts index rows at random places in large B-trees: a 16 MB
            # page cache (SQLite's default is 2 MB) keeps those inserts off the disk. 64 MB were
            # no faster on a 10,000-article ingest (bucket rows are written in key order, the
            # OS caches the file) and were most of its memory growth with the corpus (+50 MB)
            self.db.execute("PRAGMA cache_size = -16384")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                # a checkpoint copies every page the WAL holds into the database file: at the
                # default (1,000 pages) each batch commit checkpointed, and the B-trees written
                # at random places (buckets, outlet lines, FTS) had their pages copied again at
                # every commit. Fewer, larger checkpoints copy a page rewritten by several commits once
                self.db.execute("PRAGMA wal_autocheckpoint = 16384")
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

    def add_article(self, raw: RawArticle, docs: list[Document], outlet_lines: Iterable[OutletLine] = (),
                    sketches: Iterable[SketchRow] = ()) -> bool:
        """Store a raw article and its documents, all or nothing. False if already stored. (A
        batch queues its articles in a ``writer()`` instead: many per statement.)"""
        if self.has_raw(raw.id):
            return False
        rows = article_rows(raw, docs, outlet_lines, sketches)
        with self.atomic():
            write_articles(self.db, [rows])
        return True

    def writer(self, defer_buckets: bool = False) -> ArticleWriter:
        """A queue of articles written together (``flush``), each still all or nothing (with
        ``defer_buckets``, their bucket rows at ``write_buckets``: ``ArticleWriter``)."""
        return ArticleWriter(self, defer_buckets)

    def add_sketches(self, sketches: Iterable[SketchRow]) -> None:
        """Sketches of stored documents (older databases, re-cleaned documents); a document's
        previous sketch goes."""
        sketches = list(sketches)
        with self.atomic():
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS sketch_docs (doc_id TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM sketch_docs")
            self.db.executemany("INSERT OR IGNORE INTO sketch_docs VALUES (?)", [(s[0],) for s in sketches])
            remove_sketches(self.db, "d.id IN (SELECT doc_id FROM sketch_docs)", ())
            write_sketches(self.db, sketches)

    def replace_documents(self, raw_id: str, docs: list[Document], outlet_lines: Iterable[OutletLine] = (),
                          sketches: Iterable[SketchRow] = ()) -> None:
        """Re-cleaned documents of a stored raw article (same ids), all or nothing. Their links
        go with them (found again by the next ``link``), and so do the stories they were in."""
        self.replace_many([(raw_id, docs, outlet_lines, sketches)])

    def replace_many(self, items: list[tuple[str, list[Document], Iterable[OutletLine], Iterable[SketchRow]]]) -> None:
        """``replace_documents`` for several raw articles (raw id, documents, outlet lines,
        sketches), all or nothing together, with one statement per table instead of one per
        article (each deleted document's full-text rows went through a statement of its own)."""
        rows = []
        for raw_id, docs, outlet_lines, sketches in items:
            row = ArticleRows(RawArticle(source="", text="", fmt=""), ())
            document_rows(raw_id, docs, _now(), row)
            row.lines = [(o, k, d, int(t), int(p)) for o, k, d, t, p in outlet_lines]
            row.sketches = list(sketches)
            rows.append((raw_id, row))
        with self.atomic():
            if len(rows) > 1 and self._holds_last_document([raw_id for raw_id, _ in rows]):
                # deleting the newest document first lowers the rowid the next insert takes: one
                # by one, so that every document gets the rowid it got when replaced alone
                for raw_id, row in rows:
                    self._replace([raw_id], [row])
                return
            self._replace([raw_id for raw_id, _ in rows], [row for _, row in rows])

    def _holds_last_document(self, raw_ids: list[str]) -> bool:
        last = self.db.execute("SELECT raw_id FROM documents ORDER BY rowid DESC LIMIT 1").fetchone()
        return last is not None and last[0] in set(raw_ids)

    def _replace(self, raw_ids: list[str], rows: list[ArticleRows]) -> None:
        with self.atomic():
            if len(raw_ids) == 1:
                where, args = "d.raw_id = ?", tuple(raw_ids)
            else:
                self.db.execute("CREATE TEMP TABLE IF NOT EXISTS replaced_raws (raw_id TEXT PRIMARY KEY)")
                self.db.execute("DELETE FROM temp.replaced_raws")
                self.db.executemany("INSERT OR IGNORE INTO temp.replaced_raws VALUES (?)", [(r,) for r in raw_ids])
                where, args = "d.raw_id IN (SELECT raw_id FROM temp.replaced_raws)", ()
            self.db.execute("DELETE FROM stories WHERE id IN (SELECT s.story_id FROM story_documents s "
                            f"JOIN documents d ON d.id = s.doc_id WHERE {where})", args)
            remove_sketches(self.db, where, args)
            self.db.execute(f"DELETE FROM documents AS d WHERE {where}", args)
            write_documents(self.db, rows)

    def replace_links(self, duplicates: list[Duplicate], stories: list[Story]) -> None:
        """The corpus's duplicates and stories, recomputed as a whole, in one transaction."""
        with self.atomic():
            self.db.execute("DELETE FROM duplicates")
            self.db.execute("DELETE FROM story_links")
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

    def add_story_links(self, links: Iterable[StoryLink]) -> None:
        """Story links found for new documents (a pair found again replaces the old row)."""
        self.db.executemany("INSERT OR REPLACE INTO story_links VALUES (?, ?, ?, ?)",
                            [(x.a, x.b, x.similarity, x.figures) for x in links])

    def story_links(self) -> list[StoryLink]:
        return [StoryLink(*r) for r in self.db.execute("SELECT a, b, similarity, figures FROM story_links ORDER BY a, b")]

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
            outlet=row["outlet"], outlet_basis=row["outlet_basis"], publisher=row["publisher"], title=row["title"],
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
