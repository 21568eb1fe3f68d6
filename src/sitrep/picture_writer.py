"""Rewriting the reduced picture (entities, mentions, relations, quotes, events, claims) in one
transaction, each part as it is produced, rows encoded to compact JSON by one reused encoder."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from sitrep.picture_schema import PICTURE_INDEXES, PICTURE_TABLES

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
