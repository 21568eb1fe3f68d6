"""Stories as the connected groups of linked documents (copies, rewrites and story links),
rebuilt only around the documents a run touched: every other story stays as it is."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from sitrep.disjoint import DisjointSets
from sitrep.model import content_id
from sitrep.store import Store

STORY_BLOCK = 2000          # documents whose stories are rebuilt at once
_IN = "(SELECT value FROM json_each(?))"


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _components(store: Store, seeds: list[str]) -> list[list[str]]:
    """The connected groups of linked documents that hold ``seeds``, each sorted, in the order of
    the first seed of each."""
    sets: DisjointSets[str] = DisjointSets()
    nodes, frontier = set(seeds), list(seeds)
    while frontier:
        reached: list[str] = []
        for part in _chunks(frontier, 20_000):
            arg = json.dumps(part)
            # copies and rewrites, and independent reports of one happening (story links)
            for a, b in store.db.execute(f"SELECT a, b FROM duplicates WHERE a IN {_IN} "
                                         f"UNION SELECT a, b FROM duplicates WHERE b IN {_IN} "
                                         f"UNION SELECT a, b FROM story_links WHERE a IN {_IN} "
                                         f"UNION SELECT a, b FROM story_links WHERE b IN {_IN}", (arg, arg, arg, arg)):
                sets.union(a, b)
                reached += [x for x in (a, b) if x not in nodes]
                nodes.update((a, b))
        frontier = reached
    groups: dict[str, list[str]] = {sets.find(x): [] for x in seeds}     # in the order of the seeds
    for x in nodes:
        groups[sets.find(x)].append(x)
    return [sorted(g) for g in groups.values()]


def relink_stories(store: Store, touched: Iterable[str]) -> None:
    """Rebuild the stories (connected groups of linked documents) that hold ``touched``
    documents or documents without a story; every other story stays as it is."""
    db = store.db
    seeds = list(dict.fromkeys(list(touched) + [r[0] for r in db.execute(
        "SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM story_documents s WHERE s.doc_id = d.id) "
        "ORDER BY d.rowid")]))
    seen: set[str] = set()          # documents of groups of more than one, already rebuilt
    with store.atomic():
        for block in _chunks(seeds, STORY_BLOCK):
            groups = _components(store, [s for s in block if s not in seen])
            members = [x for g in groups for x in g]
            seen.update(x for g in groups if len(g) > 1 for x in g)
            rows: dict[str, tuple] = {}
            for part in _chunks(members, 20_000):
                arg = json.dumps(part)
                rows.update((r[0], tuple(r)) for r in db.execute(
                    f"SELECT id, published, title FROM documents WHERE id IN {_IN}", (arg,)))
                db.execute(f"DELETE FROM stories WHERE id IN (SELECT story_id FROM story_documents "
                           f"WHERE doc_id IN {_IN})", (arg,))
            stories, placed = [], []
            for group in groups:
                ordered = sorted((rows[x] for x in group if x in rows), key=lambda r: (r[1] or "9999", r[0]))
                story_id = content_id(*group)
                stories.append((story_id, next((r[2] for r in ordered if r[2]), None)))
                placed += [(story_id, r[0], i) for i, r in enumerate(ordered)]
            db.executemany("INSERT OR REPLACE INTO stories VALUES (?, ?)", stories)
            db.executemany("INSERT INTO story_documents VALUES (?, ?, ?)", placed)
