"""Learning recurring lines mid-batch costs in proportion to the new documents, not the corpus:
the query reaches outlet_lines through its indexes only (a full scan of it on every call made a
10,000-article ingest slower per article as it went)."""
from sitrep import corpus
from sitrep.store import Store


def test_learning_reads_outlet_lines_by_index_only(tmp_path):
    with Store(tmp_path / "plan.db") as store:
        store.db.execute("CREATE TEMP TABLE IF NOT EXISTS learn_docs (doc_id TEXT PRIMARY KEY)")
        select = corpus.LEARN_SQL[corpus.LEARN_SQL.index("SELECT"):]
        plan = [row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + select, (3, 3))]
    scans = [step for step in plan if step.startswith("SCAN") and step not in ("SCAN w", "SCAN k")]
    assert not scans, plan
    assert any(step.startswith("SEARCH n USING INDEX outlet_lines_doc") for step in plan), plan


def test_learning_finds_a_line_on_three_pages(tmp_path):
    """The reordered query still learns what it did: a non-prose line on three pages of one
    outlet with three headlines recurs; a line on two pages does not."""
    with Store(tmp_path / "learn.db") as store:
        db = store.db
        db.execute("PRAGMA foreign_keys = OFF")
        for k in range(3):
            db.execute("INSERT INTO documents (id, raw_id, source, outlet, title, authors, text, offset_map, repairs, "
                       "chars, ingested_at) VALUES (?, ?, '', 'Sahel Wire', ?, '[]', 'x', '{}', 0, 1, '')",
                       (f"d{k}", f"r{k}", f"Title {k}"))
            db.execute("INSERT INTO outlet_lines VALUES ('Sahel Wire', 'follow us on the radio', ?, 1, 0)", (f"d{k}",))
            if k < 2:
                db.execute("INSERT INTO outlet_lines VALUES ('Sahel Wire', 'gao market report', ?, 1, 0)", (f"d{k}",))
        assert corpus.learn_recurring_lines(store, ["d2"]) == 1
        assert corpus.recurring_keys(store) == {"Sahel Wire": frozenset({"follow us on the radio"})}
