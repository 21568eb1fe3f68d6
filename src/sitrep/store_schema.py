"""The store's schema: numbered migrations, each moving ``PRAGMA user_version`` one step forward.

A new table, column or index is a new migration at the end of MIGRATIONS (never an edit of an old
one): a database written by any earlier sitrep is brought forward in place, one transaction per
migration.
"""
from __future__ import annotations

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
    # 5: LSH buckets keyed by a small integer per sketch and without a per-document index (half
    # the B-tree writes and a third of the size of one bucket row); a document's bucket keys are
    # kept with its sketch instead, to remove its rows with it. Sketches of older databases are
    # dropped: ``dedup.linking.backfill`` sketches their documents again and links them anew.
    """
    DROP TABLE lsh_buckets;
    DROP TABLE doc_sketches;
    CREATE TABLE doc_sketches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,   -- the key lsh_buckets uses; never reused
        doc_id TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        signatures BLOB NOT NULL,       -- MinHash of wording, then of content words (uint64s)
        sketch BLOB NOT NULL,           -- hashed shingles and sentences, for verification
        buckets BLOB NOT NULL,          -- its LSH bucket keys (int64s), as in lsh_buckets
        linked INTEGER NOT NULL DEFAULT 0   -- 1 once compared with its candidates
    );
    CREATE INDEX doc_sketches_unlinked ON doc_sketches(id) WHERE linked = 0;
    CREATE TABLE lsh_buckets (
        bucket INTEGER NOT NULL,        -- hash of one band of one signature, or a passage key
        sketch INTEGER NOT NULL,        -- doc_sketches.id
        PRIMARY KEY (bucket, sketch)
    ) WITHOUT ROWID;
    """,
    # 6: the sketch blobs (~16 KB, the verification's input) in a table of their own. In one row
    # with the keys, every read of a sketch's bucket keys or signatures walked the blob's overflow
    # pages, and marking a sketch linked rewrote all of it: linking a large corpus read and wrote
    # gigabytes it never used. ``format`` is the blob's first bytes (its sketch version), so that
    # finding stale sketches reads no blob either.
    """
    CREATE TABLE sketches_v6 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,   -- the key lsh_buckets uses; never reused
        doc_id TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        signatures BLOB NOT NULL,       -- MinHash of wording, then of content words (uint64s)
        buckets BLOB NOT NULL,          -- its LSH bucket keys (int64s), as in lsh_buckets
        format BLOB NOT NULL,           -- the first bytes of its sketch blob: the sketch version
        linked INTEGER NOT NULL DEFAULT 0   -- 1 once compared with its candidates
    );
    INSERT INTO sketches_v6 (id, doc_id, signatures, buckets, format, linked)
        SELECT id, doc_id, signatures, buckets, substr(sketch, 1, 4), linked FROM doc_sketches;
    CREATE TABLE sketch_blobs (
        id INTEGER PRIMARY KEY REFERENCES sketches_v6(id) ON DELETE CASCADE,   -- doc_sketches.id
        sketch BLOB NOT NULL            -- hashed shingles and sentences, for verification
    );
    INSERT INTO sketch_blobs (id, sketch) SELECT id, sketch FROM doc_sketches;
    DROP TABLE doc_sketches;
    ALTER TABLE sketches_v6 RENAME TO doc_sketches;
    CREATE INDEX doc_sketches_unlinked ON doc_sketches(id) WHERE linked = 0;
    """,
    # 7: story links: independent reports of one happening (``dedup.same_story``), which join a
    # story but are no duplicates (corroboration counts them as separate sources)
    """
    CREATE TABLE story_links (
        a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        similarity REAL NOT NULL,       -- estimated Jaccard similarity of content words
        figures INTEGER NOT NULL,       -- specific figures (tolls, counts) both report
        PRIMARY KEY (a, b)
    );
    CREATE INDEX story_links_b ON story_links(b);
    """,
    # 8: the site that carries a wire's copy under its own masthead (``Document.publisher``)
    """
    ALTER TABLE documents ADD COLUMN publisher TEXT;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
OUTLET_LINE_MAX = 200          # longer lines are prose, never per-outlet chrome
