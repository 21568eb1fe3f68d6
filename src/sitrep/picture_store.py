"""The picture's tables in the store: per-document analyses, people's decisions, and the reduced
picture (entities, mentions, relations, quotes, events, claims).

Analyses are derived data keyed by document and analysis version, so they are recomputed when the
code or the knowledge changes. The picture tables are rewritten by each reduce. Decisions and
user knowledge-base entries are the only things people type in: they are never rewritten.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    doc_id TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    published TEXT,                 -- the date the analysis resolved time expressions against
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS inferred_dates (
    doc_id TEXT PRIMARY KEY,
    published TEXT NOT NULL,
    basis TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kb_entries (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    a TEXT NOT NULL,
    b TEXT,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    kb_id TEXT,
    reviewed INTEGER NOT NULL,
    qid TEXT,
    aliases TEXT NOT NULL,
    mention_count INTEGER NOT NULL,
    doc_count INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS mentions (
    entity_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE TABLE IF NOT EXISTS relations (
    subject TEXT NOT NULL,
    predicate TEXT NOT NULL,
    object TEXT NOT NULL,
    office TEXT,
    evidence TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_name TEXT,
    cue TEXT
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    action TEXT NOT NULL,
    date TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS claims (
    doc_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    data TEXT NOT NULL
);
"""

PICTURE_TABLES = ("entities", "mentions", "relations", "quotes", "events", "claims")
# the picture tables' indexes, dropped while a rewrite fills the tables and built once at its end
# (a sort-based build is cheaper than a million random B-tree inserts)
PICTURE_INDEXES = {m.group(1): m.group(0) for m in re.finditer(r"CREATE INDEX IF NOT EXISTS (\w+) ON (?:"
                                                             + "|".join(PICTURE_TABLES) + r")\b[^;]*", SCHEMA)}
_JSON = json.JSONEncoder(ensure_ascii=False)       # one encoder for every row, not one per row


def _row_encoder():
    """A compact JSON encoding of one row, the same text as ``_JSON.encode``: the C encoder is
    made once (``JSONEncoder.encode`` makes a new one per call, most of the cost of a small row);
    the rows are trees of fresh dicts and lists, so the circularity check is not needed."""
    from json import encoder
    if encoder.c_make_encoder is None:
        return _JSON.encode
    make = encoder.c_make_encoder(None, _JSON.default, encoder.encode_basestring, None,
                                  _JSON.key_separator, _JSON.item_separator, False, False, True)
    join = "".join

    def encode(o: Any) -> str:
        return join(make(o, 0)) if isinstance(o, (dict, list)) else _JSON.encode(o)
    return encode


_ENCODE = _row_encoder()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def ensure_schema(db: sqlite3.Connection) -> None:
    db.executescript(SCHEMA)


class PictureStore:
    """The picture's side of one sitrep database (shares the Store's connection)."""

    def __init__(self, db: sqlite3.Connection, readonly: bool = False) -> None:
        self.db = db
        if not readonly:
            ensure_schema(db)
        self.ready = readonly is False or self._has_tables()

    def _has_tables(self) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'entities'").fetchone() is not None

    # ------------------------------------------------------------------ analyses

    def outdated_documents(self, version: str) -> list[str]:
        """Ids of documents without an analysis of this version, in ingest order."""
        return [r[0] for r in self.db.execute(
            "SELECT d.id FROM documents d LEFT JOIN analyses a ON a.doc_id = d.id "
            "WHERE a.doc_id IS NULL OR a.version != ? ORDER BY d.rowid", (version,))]

    def misdated_documents(self, version: str) -> list[tuple[str, str | None]]:
        """(id, publication date) of documents whose current analysis resolved its time
        expressions against another date (an inferred date came, changed or went)."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT d.id, COALESCE(d.published, i.published) FROM documents d "
            "JOIN analyses a ON a.doc_id = d.id LEFT JOIN inferred_dates i ON i.doc_id = d.id "
            "WHERE a.version = ? AND COALESCE(a.published, '') != COALESCE(d.published, i.published, '') "
            "ORDER BY d.rowid", (version,))]

    def documents_to_analyse(self, ids: list[str]) -> list[tuple[str, str, str | None, str | None]]:
        """(id, text, publication date, title) of these documents, stated or inferred date."""
        marks = ",".join("?" * len(ids))
        rows = {r[0]: (r[0], r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT d.id, d.text, COALESCE(d.published, i.published), d.title FROM documents d "
            f"LEFT JOIN inferred_dates i ON i.doc_id = d.id WHERE d.id IN ({marks})", ids)}
        return [rows[i] for i in ids if i in rows]

    def save_analyses(self, rows: Iterable[tuple[str, str, str | None, bytes | str]]) -> None:
        """Store (doc id, version, published, stored analysis) rows."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO analyses(doc_id, version, published, data) "
                                "VALUES (?, ?, ?, ?)", rows)

    def prune_analyses(self) -> None:
        """Drop analyses of documents that no longer exist (re-cleaned into new ids)."""
        with self.db:
            self.db.execute("DELETE FROM analyses WHERE doc_id NOT IN (SELECT id FROM documents)")

    def analyses(self, doc_ids: Iterable[str] | None = None,
                 undated_only: bool = False) -> Iterator[tuple[str, bytes | str]]:
        """(doc id, stored analysis) of every document (or of ``doc_ids``, or of those stating no
        publication date), in ingest order, streamed from the database."""
        if doc_ids is None:
            where = "WHERE d.published IS NULL " if undated_only else ""
            yield from self.db.execute(
                f"SELECT d.id, a.data FROM documents d JOIN analyses a ON a.doc_id = d.id {where}ORDER BY d.rowid")
            return
        ids = list(doc_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            yield from self.db.execute(
                "SELECT d.id, a.data FROM documents d JOIN analyses a ON a.doc_id = d.id "
                f"WHERE d.id IN ({','.join('?' * len(chunk))}) ORDER BY d.rowid", chunk)

    def set_inferred_dates(self, dates: dict[str, tuple[str, str]]) -> None:
        with self.db:
            self.db.execute("DELETE FROM inferred_dates")
            self.db.executemany("INSERT INTO inferred_dates VALUES (?, ?, ?)",
                                [(d, p, b) for d, (p, b) in dates.items()])

    def inferred_dates(self) -> dict[str, tuple[str, str]]:
        return {r[0]: (r[1], r[2]) for r in self.db.execute("SELECT * FROM inferred_dates")}

    # ------------------------------------------------------------------ what people decide

    def add_decision(self, kind: str, a: str, b: str | None = None) -> None:
        with self.db:
            self.db.execute("INSERT INTO decisions(kind, a, b, created) VALUES (?, ?, ?, ?)",
                            (kind, a, b, _now()))

    def decisions(self) -> list[tuple[str, str, str | None]]:
        return [(r[0], r[1], r[2]) for r in self.db.execute("SELECT kind, a, b FROM decisions ORDER BY id")]

    def add_kb_entry(self, entry: dict[str, Any]) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO kb_entries(id, data, created) VALUES (?, ?, ?)",
                            (entry["id"], json.dumps(entry, ensure_ascii=False), _now()))

    def kb_entries(self) -> list[dict[str, Any]]:
        if not self._has_table("kb_entries"):
            return []
        return [json.loads(r[0]) for r in self.db.execute("SELECT data FROM kb_entries ORDER BY created, id")]

    def _has_table(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None

    # ------------------------------------------------------------------ the reduced picture

    def replace_picture(self, entities: list[dict[str, Any]], relations: list[dict[str, Any]],
                        quotes: list[dict[str, Any]], events: list[dict[str, Any]],
                        claims: list[dict[str, Any]]) -> None:
        """Rewrite the picture tables in one transaction (readers see the old or the new)."""
        with PictureWriter(self.db) as out:
            out.entities(((e["id"], e["name"], e["type"], e.get("kb_id"), bool(e.get("reviewed", False)),
                           e.get("qid"), e["aliases"],
                           [(m["doc"], m["start"], m["end"], m["text"]) for m in e["mentions"]])
                          for e in entities))
            out.relations(relations)
            out.quotes(quotes)
            out.events(events)
            out.claims(claims)

    def entities(self, unreviewed: bool = False, type_: str | None = None) -> list[dict[str, Any]]:
        if not self._has_table("entities"):
            return []
        sql = "SELECT * FROM entities WHERE 1"
        args: list[Any] = []
        if unreviewed:
            sql += " AND reviewed = 0"
        if type_:
            sql += " AND type = ?"
            args.append(type_)
        sql += " ORDER BY mention_count DESC, name"
        return [self._entity(r) for r in self.db.execute(sql, args)]

    @staticmethod
    def _entity(r: sqlite3.Row) -> dict[str, Any]:
        return {"id": r["id"], "name": r["name"], "type": r["type"], "kb_id": r["kb_id"],
                "reviewed": bool(r["reviewed"]), "qid": r["qid"], "aliases": json.loads(r["aliases"]),
                "mention_count": r["mention_count"], "doc_count": r["doc_count"]}

    def find_entities(self, ref: str) -> list[dict[str, Any]]:
        """Entities named by id, canonical name or any alias (case-insensitive)."""
        if not self._has_table("entities"):
            return []
        rows = self.db.execute(
            "SELECT * FROM entities WHERE id = ? OR name = ? COLLATE NOCASE OR EXISTS "
            "(SELECT 1 FROM json_each(entities.aliases) WHERE value = ? COLLATE NOCASE) "
            "ORDER BY mention_count DESC", (ref, ref, ref)).fetchall()
        return [self._entity(r) for r in rows]

    def entity_names(self) -> dict[str, str]:
        if not self._has_table("entities"):
            return {}
        return {r[0]: r[1] for r in self.db.execute("SELECT id, name FROM entities")}

    def mentions_of(self, entity_id: str) -> list[tuple[str, int, int, str]]:
        return [tuple(r) for r in self.db.execute(
            "SELECT doc_id, start, end, text FROM mentions WHERE entity_id = ? ORDER BY doc_id, start",
            (entity_id,))]

    def mentions_in(self, doc_id: str) -> list[tuple[str, int, int, str]]:
        return [tuple(r) for r in self.db.execute(
            "SELECT entity_id, start, end, text FROM mentions WHERE doc_id = ? ORDER BY start", (doc_id,))]

    def relations(self) -> list[dict[str, Any]]:
        if not self._has_table("relations"):
            return []
        return [{"subject": r[0], "predicate": r[1], "object": r[2], "office": r[3],
                 "evidence": json.loads(r[4])} for r in self.db.execute("SELECT * FROM relations")]

    def quotes(self, speaker: str | None = None) -> list[dict[str, Any]]:
        if not self._has_table("quotes"):
            return []
        sql, args = "SELECT * FROM quotes", []
        if speaker is not None:
            sql += " WHERE speaker = ?"
            args.append(speaker)
        return [{"doc": r["doc_id"], "start": r["start"], "end": r["end"], "text": r["text"],
                 "speaker": r["speaker"], "speaker_name": r["speaker_name"], "cue": r["cue"]}
                for r in self.db.execute(sql + " ORDER BY rowid", args)]

    def events(self) -> list[dict[str, Any]]:
        if not self._has_table("events"):
            return []
        return [json.loads(r[0]) for r in self.db.execute(
            "SELECT data FROM events ORDER BY date IS NULL, date, id")]

    def claims(self) -> list[dict[str, Any]]:
        if not self._has_table("claims"):
            return []
        return [json.loads(r[0]) for r in self.db.execute("SELECT data FROM claims ORDER BY rowid")]


EntityRow = tuple[str, str, str, "str | None", bool, "str | None", list[str], list[tuple[str, int, int, str]]]


class PictureWriter:
    """Rewrites the picture tables in one transaction, each part written as it is produced (so
    the reduce never holds every quote and claim of the corpus), committed at the end: readers
    see the old picture or the new one.

        with PictureWriter(db) as out:
            out.quotes(rows)
            ...
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> "PictureWriter":
        if self.db.in_transaction:
            self.db.commit()
        self.db.execute("BEGIN")
        for table in PICTURE_TABLES:
            self.db.execute(f"DELETE FROM {table}")
        for name in PICTURE_INDEXES:
            self.db.execute(f"DROP INDEX IF EXISTS {name}")
        return self

    def __exit__(self, kind, value, tb) -> None:
        if kind is None:
            for ddl in PICTURE_INDEXES.values():
                self.db.execute(ddl)
            self.db.commit()
        else:
            self.db.rollback()

    def entities(self, rows: Iterable[EntityRow]) -> None:
        """(id, name, type, kb id, reviewed, qid, aliases, mentions as (doc, start, end, text))."""
        entity_rows, mention_rows = [], []
        for eid, name, type_, kb_id, reviewed, qid, aliases, mentions in rows:
            entity_rows.append((eid, name, type_, kb_id, int(reviewed), qid, _ENCODE(aliases),
                                len(mentions), len({m[0] for m in mentions})))
            mention_rows.extend((eid, d, s, e, t) for d, s, e, t in mentions)
            if len(mention_rows) > 20000:
                self.db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", mention_rows)
                mention_rows.clear()
        self.db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", mention_rows)
        self.db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", entity_rows)

    def entity_rows(self, rows: Iterable[tuple]) -> None:
        """(id, name, type, kb id, reviewed, qid, aliases, mention count, document count): the
        entities whose mentions are written apart (``mentions``)."""
        self.db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [(eid, name, type_, kb_id, int(reviewed), qid, _ENCODE(aliases), n, docs)
                             for eid, name, type_, kb_id, reviewed, qid, aliases, n, docs in rows])

    def mentions(self, rows: Iterable[tuple[str, str, int, int, str]]) -> None:
        """(entity id, doc id, start, end, text) rows."""
        self.db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", rows)

    def relations(self, relations: Iterable[dict[str, Any]]) -> None:
        self.db.executemany(
            "INSERT INTO relations VALUES (?, ?, ?, ?, ?)",
            ((r["subject"], r["predicate"], r["object"], r.get("office"), json.dumps(r["evidence"]))
             for r in relations))

    def quotes(self, quotes: Iterable[dict[str, Any]]) -> int:
        rows = [(q["doc"], q["start"], q["end"], q["text"], q["speaker"], q["speaker_name"], q["cue"])
                for q in quotes]
        self.db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    def events(self, events: Iterable[dict[str, Any]]) -> None:
        self.db.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?)",
            ((e["id"], e["action"], e.get("date"), _ENCODE(e)) for e in events))

    def claims(self, claims: Iterable[dict[str, Any]]) -> int:
        return self.claim_rows((c["evidence"]["doc"], c["evidence"]["start"], c["evidence"]["end"], c)
                               for c in claims)

    def claim_rows(self, rows: Iterable[tuple[str, int, int, dict[str, Any]]]) -> int:
        """(doc id, start, end, the claim as the export gives it) rows."""
        rows = [(doc, start, end, _ENCODE(claim)) for doc, start, end, claim in rows]
        self.db.executemany("INSERT INTO claims VALUES (?, ?, ?, ?)", rows)
        return len(rows)

    def quote_rows(self, rows: list[tuple[str, int, int, str, str | None, str | None, str | None]]) -> int:
        """(doc id, start, end, text, speaker, speaker name, cue) rows."""
        self.db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)
