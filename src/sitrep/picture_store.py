"""Reading and writing the picture's side of the store: per-document analyses, people's decisions,
and reading the reduced picture (entities, mentions, relations, quotes, events, claims).
The schema is in ``picture_schema``, the rewrite of the reduced picture in ``picture_writer``.

Analyses are derived data keyed by document and analysis version, so they are recomputed when the
code or the knowledge changes. The picture tables are rewritten by each reduce. Decisions and
user knowledge-base entries are the only things people type in: they are never rewritten.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from sitrep.picture_schema import ensure_schema
from sitrep.picture_writer import PictureWriter


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


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
