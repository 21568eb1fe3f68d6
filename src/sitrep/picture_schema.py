"""The picture's tables in the store: their schema, and which of them each reduce rewrites.

Analyses are derived data keyed by document and analysis version, so they are recomputed when the
code or the knowledge changes. The picture tables are rewritten by each reduce. Decisions and
user knowledge-base entries are the only things people type in: they are never rewritten.
"""
from __future__ import annotations

import re
import sqlite3

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


def ensure_schema(db: sqlite3.Connection) -> None:
    db.executescript(SCHEMA)
