"""Cross-document work: the reduce step after the per-document map.

Lines that recur on several pages of one outlet (navigation, standing notices, a site's stock
sentences) are chrome, and the documents that kept such a line are cleaned again. Then copies,
rewrites and stories are found across the whole corpus (``sitrep.dedup``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

import re

from sitrep.clean.lines import background_prose, line_key, line_keys, line_texts
from sitrep.model import Document
from sitrep.store import OUTLET_LINE_MAX, SketchRow, Store

# a line on this many different pages of one outlet (with different headlines) is the outlet's
MIN_PAGES = 3
# a line that reads like a sentence ("No injuries were reported.") recurs in news by chance: it
# counts as chrome only when it stands on at least this share of the outlet's pages
PROSE_SHARE = 0.5
# ... and on at least this many: a wire's report, its syndicated copy and the desk's next report
# share a background sentence ("X blamed Y for the violence.") on three pages of one outlet
MIN_PROSE_PAGES = 4
_PROSE = re.compile(r"\w[.!?][\"”’)]?$")
# articles cleaned again per write (their texts and sketches are held until then)
RECLEAN_GROUP = 50

# the lines of the documents in ``learn_docs`` (not prose, not recurring yet) that recur by now.
# CROSS JOIN fixes the order: from the new documents to their lines (by the doc_id
# index), then to each line's pages (by the key). Left to itself SQLite scanned all of
# outlet_lines twice per call: a cost growing with the corpus, 7% of a 10,000-article ingest
LEARN_SQL = """INSERT OR REPLACE INTO recurring_lines (outlet, line_key, documents)
    SELECT l.outlet, l.line_key, COUNT(DISTINCT l.doc_id)
    FROM (SELECT DISTINCT n.outlet, n.line_key FROM learn_docs w CROSS JOIN outlet_lines n
          ON n.doc_id = w.doc_id WHERE n.prose = 0
            AND NOT EXISTS (SELECT 1 FROM recurring_lines r
                            WHERE r.outlet = n.outlet AND r.line_key = n.line_key)) k
    CROSS JOIN outlet_lines l ON l.outlet = k.outlet AND l.line_key = k.line_key
    CROSS JOIN documents d ON d.id = l.doc_id
    GROUP BY l.outlet, l.line_key
    HAVING COUNT(DISTINCT l.doc_id) >= ? AND COUNT(DISTINCT COALESCE(d.title, d.id)) >= ?
       AND MAX(l.prose) = 0"""


def outlet_lines(doc: Document) -> Iterator[tuple[str, str, str, bool, bool]]:
    """(outlet, line key, document id, kept in text, reads as prose) for the short lines of a
    document's page."""
    if not doc.outlet:
        return
    kept = {line_key(p) for p in doc.text.split("\n\n")}
    # a wire's background paragraph recurs across its pages but is reporting, never chrome: not
    # recorded, it is never learnt as recurring, so its pages are not cleaned again for it
    texts = [text for text in line_texts(doc.raw) if len(text) <= OUTLET_LINE_MAX and not background_prose(text)]
    seen = set()
    # one key pass over the page's short lines (``line_keys``) rather than a call per line
    for text, key in zip(texts, line_keys(texts)):
        if len(key) >= 4 and key not in seen:
            seen.add(key)
            yield doc.outlet, key, doc.id, key in kept, bool(_PROSE.search(text))


def find_recurring_lines(store: Store) -> int:
    """Record lines that recur across an outlet's pages; returns how many are new."""
    before = store.db.execute("SELECT COUNT(*) FROM recurring_lines").fetchone()[0]
    with store.db:
        store.db.execute(
            # outlet_lines read in the order of its key, so that its groups come one after
            # another: joined to a table of pages per outlet first, SQLite sorted every row of
            # it (titles included) in a temporary B-tree, memory growing with the corpus
            """INSERT OR REPLACE INTO recurring_lines (outlet, line_key, documents)
               SELECT l.outlet, l.line_key, COUNT(DISTINCT l.doc_id)
               FROM outlet_lines l JOIN documents d ON d.id = l.doc_id
               GROUP BY l.outlet, l.line_key
               HAVING COUNT(DISTINCT l.doc_id) >= ? AND COUNT(DISTINCT COALESCE(d.title, d.id)) >= ?
                  AND EXISTS (SELECT 1 FROM documents o WHERE o.outlet = l.outlet)
                  AND (MAX(l.prose) = 0 OR COUNT(DISTINCT l.doc_id) >= ? AND COUNT(DISTINCT l.doc_id) >=
                       ? * (SELECT COUNT(*) FROM documents o WHERE o.outlet = l.outlet))""",
            (MIN_PAGES, MIN_PAGES, MIN_PROSE_PAGES, PROSE_SHARE))
        # a line learnt mid-batch (``learn_recurring_lines``) that the query above leaves out
        # still counts the pages it stood on then: count them now
        store.db.execute(
            """UPDATE recurring_lines SET documents = (SELECT COUNT(DISTINCT l.doc_id) FROM outlet_lines l
               WHERE l.outlet = recurring_lines.outlet AND l.line_key = recurring_lines.line_key)""")
    return store.db.execute("SELECT COUNT(*) FROM recurring_lines").fetchone()[0] - before


def learn_recurring_lines(store: Store, doc_ids: list[str]) -> int:
    """Mid-batch: record the lines of these documents that recur by now, so the articles after
    them are cleaned with them. Only lines that do not read as prose: whether a prose line is
    chrome depends on its share of the outlet's pages, known only at the end of the batch
    (``find_recurring_lines``), while a non-prose line that recurs now recurs then too. A line
    known to recur already is left alone: counting its pages again (an outlet's navigation is
    on every page) cost time in proportion to the corpus on every call, and the end of the
    batch counts them anyway."""
    if not doc_ids:
        return 0
    db = store.db
    before = db.execute("SELECT COUNT(*) FROM recurring_lines").fetchone()[0]
    with store.atomic():
        db.execute("CREATE TEMP TABLE IF NOT EXISTS learn_docs (doc_id TEXT PRIMARY KEY)")
        db.execute("DELETE FROM learn_docs")
        db.executemany("INSERT OR IGNORE INTO learn_docs VALUES (?)", [(d,) for d in doc_ids])
        db.execute(LEARN_SQL, (MIN_PAGES, MIN_PAGES))
    return db.execute("SELECT COUNT(*) FROM recurring_lines").fetchone()[0] - before


def recurring_keys(store: Store) -> dict[str, frozenset[str]]:
    """Per outlet, the keys of lines recurring across its pages."""
    keys: dict[str, set[str]] = {}
    for outlet, key in store.db.execute("SELECT outlet, line_key FROM recurring_lines"):
        keys.setdefault(outlet, set()).add(key)
    return {outlet: frozenset(k) for outlet, k in keys.items()}


def raw_ids_to_reclean(store: Store) -> list[str]:
    """Raw articles whose cleaned text still holds a line now known to recur."""
    return [r[0] for r in store.db.execute(
        """SELECT DISTINCT d.raw_id FROM outlet_lines l
           JOIN recurring_lines r ON r.outlet = l.outlet AND r.line_key = l.line_key
           JOIN documents d ON d.id = l.doc_id
           WHERE l.in_text = 1""")]


def reclean(store: Store, clean: Callable[[str], list[Document]],
            sketch: Callable[[Document], SketchRow] | None = None, find: bool = True) -> int:
    """Find recurring lines (unless ``find`` is False: the caller just did) and clean again the
    documents that kept them; returns how many raw articles were cleaned again. ``clean`` maps a
    raw article id to its new documents, ``sketch`` a document to its sketch for duplicate
    search (else it is sketched when linked)."""
    if find:
        find_recurring_lines(store)
    ids = raw_ids_to_reclean(store)
    # the new documents of RECLEAN_GROUP articles at a time are written together: their old rows
    # deleted and the new ones inserted with one statement per table (``Store.replace_many``)
    for at in range(0, len(ids), RECLEAN_GROUP):
        group = []
        for raw_id in ids[at:at + RECLEAN_GROUP]:
            docs = clean(raw_id)
            lines = [row for doc in docs for row in outlet_lines(doc)]
            group.append((raw_id, docs, lines, [sketch(d) for d in docs] if sketch else ()))
        store.replace_many(group)
    return len(ids)



def link_documents(store: Store) -> tuple[int, int]:
    """Find copies, rewrites and stories for the documents not linked yet (``dedup.linking``);
    returns the corpus's duplicate pairs and stories."""
    from sitrep.dedup.linking import link
    return link(store)
