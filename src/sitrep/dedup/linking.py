"""Duplicate search over a stored corpus, incrementally: only the documents not yet linked are
compared, with the documents that share an LSH bucket with them (an index lookup), and only
their stories are rebuilt. Memory stays flat: a round holds one chunk of new documents, their
candidates' signatures and at most SKETCH_CACHE sketches (kept across rounds), and a large batch
at most ``bulk.MEMBER_BUDGET`` bucket members, never the corpus.

The same candidates and verdicts as ``find_duplicates`` over the whole corpus, with one
difference that makes it incremental: the cap of MAX_CANDIDATES verified pairs applies per new
document, to its most similar candidates (old or new).

Candidates of a chunk come from one query (its bucket keys in, the members of the buckets not
too full out) and are expanded, scored and ranked as numpy arrays: the cost per new document
does not grow with the corpus, which is what lets a million documents be linked in one run.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import chain

import numpy as np

from sitrep.dedup import MAX_CANDIDATES, MAX_UNSHARED, bulk, signature_cache, verify, worth_verifying_many
# bucket-sharing pairs and partner signatures: ``candidates`` (``_shared_buckets`` stays importable here)
from sitrep.dedup.candidates import _partner_signatures, _shared_buckets
from sitrep.dedup.pair_order import verification_order
from sitrep.dedup.lsh import MAX_BUCKET, band_key_array, figure_key_array, lead_keys, passage_key_array
from sitrep.dedup.sketch import (VERSION_PREFIX, Sketch, from_blob, sentence_keys, sketch, sorted_unique,
                                 specific_figures, to_blob)
from sitrep.dedup.same_story import same_story
from sitrep.dedup.story_groups import _IN, _chunks, relink_stories
from sitrep.dedup.through_copies import add_implied
from sitrep.model import Document, Duplicate, StoryLink
from sitrep.store import SketchRow, Store
from sitrep.store_writes import remove_sketches

CHUNK = 2000                # new documents linked per round (bounds memory per round)
SCORE_SLICE = 4_000         # candidate pairs whose signatures are compared at once (~8 MB of them)
# a cached sketch with its join tables is ~50 KB: 2,048 of them were most of linking's memory,
# for no measurable gain in time over 512 (a document is in a few pairs, mostly near each other)
VERIFY_SLICE = 128          # pairs whose sketches are read at once
SKETCH_CACHE = 512          # sketches in memory at most (those kept across slices and rounds, and a slice's)
# new documents whose candidates are ranked at once: a document's pairs (~500 at 2,000 documents,
# more as buckets fill) become ~10 arrays of 8 bytes each; a whole chunk's were 70 MB at 2,000
# and grew with the corpus. A document's ranking needs its own pairs only, so slices change nothing.
CANDIDATE_SLICE = 500
FIRST_SLICE = 50
SLICE_PAIRS = 150_000       # bucket-sharing pairs of a slice of new documents (~10 arrays of 8 bytes each)


def sketch_row(doc_id: str, text: str) -> SketchRow:
    """What the store keeps of a document for duplicate search (the map side)."""
    sk = sketch(text)
    signatures = np.concatenate([sk.wording, sk.content]).tobytes()
    # one conversion of all ~170 keys to Python ints (a SketchRow's keys are a list of them)
    keys = np.concatenate([band_key_array(sk.wording, sk.content), passage_key_array(sentence_keys(sk)),
                           figure_key_array(specific_figures(sk)),
                           lead_keys(text)])
    return doc_id, signatures, to_blob(sk), keys.tolist()


def backfill(store: Store) -> int:
    """Sketch the documents that have none (stored by an older sitrep, or cleaned again) or whose
    sketch another sketch version wrote: its signatures and bucket keys would not be comparable,
    so it is dropped and the document sketched and linked anew."""
    with store.atomic():
        remove_sketches(store.db, "s.format != ?", (VERSION_PREFIX,))
    done = 0
    while True:
        rows = store.db.execute(
            "SELECT d.id, d.text FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM doc_sketches s WHERE s.doc_id = d.id) ORDER BY d.rowid LIMIT ?", (CHUNK,)).fetchall()
        if not rows:
            return done
        store.add_sketches(sketch_row(r[0], r[1]) for r in rows)
        done += len(rows)


def _bucket_members(store: Store, keys: np.ndarray,
                    useful: np.ndarray | bulk.Members | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(bucket, sketch id) rows of the buckets ``keys`` that hold two to MAX_BUCKET sketches: a
    fuller bucket holds a boilerplate band, not evidence of copying. Most keys are alone in their
    bucket (a sentence or band no other document has): sizes first, one index probe per key
    (or a look-up in ``useful``, ``bulk.useful_keys``), then the members of the few buckets
    that matter (from memory for the keys ``bulk.Members`` holds)."""
    keys = sorted_unique(keys)
    held: tuple[np.ndarray, np.ndarray] | None = None
    if isinstance(useful, bulk.Members):
        held_buckets, held_sketches, wanted = useful.lookup(keys)
        held = held_buckets, held_sketches
    elif useful is not None:
        at = np.searchsorted(useful, keys)
        at[at == len(useful)] = 0
        wanted = keys[useful[at] == keys] if len(useful) else keys[:0]
    else:
        sizes = np.array([r[0] for r in store.db.execute(
            f"SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM lsh_buckets x WHERE x.bucket = w.value LIMIT {MAX_BUCKET + 1})) "
            f"FROM json_each(?) w ORDER BY w.key", (json.dumps(keys.tolist()),))], dtype=np.int64)
        wanted = keys[(sizes > 1) & (sizes <= MAX_BUCKET)]
    rows = store.db.execute("SELECT b.bucket, b.sketch FROM json_each(?) w JOIN lsh_buckets b ON b.bucket = w.value",
                            (json.dumps(wanted.tolist()),)) if len(wanted) else ()
    # from a flat iterator over the cursor: several times faster than numpy reading a list of
    # tuples, and no Python row object outlives its step (a list of them grew with the corpus)
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.int64).reshape(-1, 2)
    if held is not None:
        return np.concatenate([held[0], flat[:, 0]]), np.concatenate([held[1], flat[:, 1]])
    return flat[:, 0], flat[:, 1]


def _candidates(store: Store, chunk: list[tuple[int, str, bytes]],
                useful: np.ndarray | bulk.Members | None = None) -> list[tuple[str, str]]:
    """``_candidate_rows``, as pairs of document ids only."""
    return [(a, b) for a, b, _, _ in _candidate_rows(store, chunk, useful)]


# a candidate pair: (doc id, doc id, sketch id of the first, of the second), doc ids in order
Candidate = tuple[str, str, int, int]


def _candidate_rows(store: Store, chunk: list[tuple[int, str, bytes]],
                    useful: np.ndarray | bulk.Members | None = None) -> list[Candidate]:
    """``_candidate_slice`` over slices of ``chunk`` (bounded memory): at most CANDIDATE_SLICE
    documents, and as many as SLICE_PAIRS bucket-sharing pairs allow at the previous slice's
    rate. A document's pairs grow with the corpus (its buckets fill up), so a fixed number of
    documents made the slice's arrays and partner signatures grow with it."""
    pairs: set[Candidate] = set()
    # a small first slice measures the rate (a whole CANDIDATE_SLICE could be the largest one)
    lo, size = 0, FIRST_SLICE
    while lo < len(chunk):
        part = chunk[lo:lo + size]
        found, shared = _slice_pairs(store, part, useful)
        pairs.update(found)
        lo += len(part)
        size = CANDIDATE_SLICE if not shared else max(1, min(CANDIDATE_SLICE, SLICE_PAIRS * len(part) // shared))
    return sorted(pairs)


def _candidate_slice(store: Store, chunk: list[tuple[int, str, bytes]],
                     useful: np.ndarray | bulk.Members | None = None) -> list[Candidate]:
    """``_slice_pairs``' pairs alone."""
    return _slice_pairs(store, chunk, useful)[0]


def _slice_pairs(store: Store, chunk: list[tuple[int, str, bytes]],
                 useful: np.ndarray | bulk.Members | None = None) -> tuple[list[Candidate], int]:
    """Pairs to verify for a chunk of unlinked sketches (id, doc id, bucket keys): for each, its
    MAX_CANDIDATES most similar documents among those sharing a bucket (not too full), linked or
    not. A partner linked in a later chunk meets this one again from its own side, within its
    own cap; leaving the pair to that side alone would drop it whenever the partner's cap is
    full, which makes the pairs found depend on the order of linking. Also returns how many
    bucket-sharing pairs were scored (the slice's memory grows with them)."""
    keys = np.frombuffer(b"".join(c[2] for c in chunk), dtype=np.int64)
    if not len(keys):
        return [], 0
    new = np.array([c[0] for c in chunk], dtype=np.int64)
    a, b, shares = _shared_buckets(*_bucket_members(store, keys, useful), new)
    if not len(a):
        return [], 0
    wanted, kept = sorted_unique(np.concatenate([a, b])), signature_cache.active()
    # partners' rows: in the kept matrix (``signature_cache``) when they fit, else read for this slice
    held = kept.resident(store, wanted) if kept is not None else None
    if held is not None:
        ids, doc_ids, slots = held
        sigs = kept.rows if kept.rows is not None else np.empty((0, 0), dtype=np.uint64)
    else:
        ids, doc_ids, sigs = _partner_signatures(store, wanted)
        slots = None
    # the rank of each doc id breaks ties between equal scores as sorting the ids would (distinct
    # ids: numpy's fixed-width strings sort as Python's str does, several times faster than objects)
    half, width = sigs.shape[1] // 2, sigs.shape[1]
    name_rank = np.argsort(np.argsort(np.array(doc_ids, dtype=str)))
    present = np.isin(a, ids) & np.isin(b, ids)
    ra, rb, shares = np.searchsorted(ids, a[present]), np.searchsorted(ids, b[present]), shares[present]
    scores = np.empty(len(ra))
    for s in range(0, len(ra), SCORE_SLICE):
        xa, xb = ra[s:s + SCORE_SLICE], rb[s:s + SCORE_SLICE]
        if slots is not None:
            xa, xb = slots[xa], slots[xb]
        agree = sigs[xa] == sigs[xb]
        # agreeing positions counted, then divided: exactly the mean, without a float pass
        scores[s:s + SCORE_SLICE] = worth_verifying_many(np.count_nonzero(agree[:, :half], axis=1) / half,
                                                         np.count_nonzero(agree[:, half:], axis=1) / (width - half),
                                                         shares[s:s + SCORE_SLICE])
    order = np.lexsort((name_rank[rb], -scores, ra))
    ra, rb, scores = ra[order], rb[order], scores[order]
    first = np.flatnonzero(np.r_[True, ra[1:] != ra[:-1]])
    rank = np.arange(len(ra)) - np.repeat(first, np.diff(np.r_[first, len(ra)]))
    # passage-sharing pairs (scores above 1) come first in each document's ranks, so the rank of
    # a pair sharing none among those sharing none is its rank less the document's sharing pairs
    sharing = np.add.reduceat((scores >= 1.0).astype(np.intp), first) if len(first) else np.zeros(0, dtype=np.intp)
    unshared_rank = rank - np.repeat(sharing, np.diff(np.r_[first, len(ra)]))
    take = (rank < MAX_CANDIDATES) & (scores > 0) & ((scores >= 1.0) | (unshared_rank < MAX_UNSHARED))
    pairs = {(doc_ids[x], doc_ids[y], int(ids[x]), int(ids[y])) if doc_ids[x] < doc_ids[y]
             else (doc_ids[y], doc_ids[x], int(ids[y]), int(ids[x]))
             for x, y in zip(ra[take].tolist(), rb[take].tolist())}
    return sorted(pairs), len(a)


def _heads(store: Store, ids: Iterable[str]) -> dict[str, Document]:
    """What deciding the original needs of each document: outlet, date, the head of its text."""
    out = {}
    for part in _chunks(sorted(set(ids)), 20_000):
        for r in store.db.execute(f"SELECT id, substr(text, 1, 1200), outlet, published FROM documents "
                                  f"WHERE id IN {_IN}", (json.dumps(part),)):
            out[r[0]] = Document(id=r[0], source="", text=r[1], raw="", fmt="", outlet=r[2], published=r[3])
    return out


class _Sketches:
    """Sketches read from the store as pairs need them (the misses of VERIFY_SLICE pairs in one
    query), with their join tables, kept across slices and rounds up to SKETCH_CACHE of them:
    reading a sketch and deriving its tables cost as much as verifying a pair, and a document
    meets its partners in several rounds (its own and theirs).

    Which pairs of the round come next is known, and which sketches the next round links (its
    documents are in most of its pairs), so beyond the cap the ones wanted least soon go first:
    those neither this round nor the next wants (least recently used first), then the next
    round's (the last ones it links first), then this round's, the ones wanted last first."""

    def __init__(self, store: Store) -> None:
        self.store, self.cache = store, dict[str, Sketch]()
        self.ids: dict[str, int] = {}           # sketch id of each cached document
        self.upcoming = (0, 0)                  # sketch ids (lo, hi] the next round links

    def load(self, wanted: Iterable[tuple[str, int]]) -> None:
        """Read the sketches of (doc id, sketch id) pairs not in the cache, by sketch id (the
        blob's own key: no look-up of the document's sketch row first)."""
        cache = self.cache
        missing = {sketch_id: doc_id for doc_id, sketch_id in wanted if doc_id not in cache}
        if not missing:
            return
        for sketch_id, blob in self.store.db.execute(f"SELECT id, sketch FROM sketch_blobs WHERE id IN {_IN}",
                                                     (json.dumps(sorted(missing)),)):
            doc_id = missing[sketch_id]
            cache[doc_id] = from_blob(blob)
            self.ids[doc_id] = sketch_id

    def used(self, doc_ids: Iterable[str]) -> None:
        """Mark sketches as just used (the cache's order is least recently used first)."""
        cache = self.cache
        for doc_id in doc_ids:
            cache[doc_id] = cache.pop(doc_id)

    def keep(self, uses: dict[str, list[int]]) -> None:
        """Drop sketches beyond the cap (leaving room for the next slice's), the ones wanted
        least soon first (``uses``: the positions of each document's pairs still to verify in
        this round, the next one last)."""
        cache, ids = self.cache, self.ids
        cap = max(SKETCH_CACHE - 2 * VERIFY_SLICE, 0)
        excess = len(cache) - cap
        if excess <= 0:
            return
        lo, hi = self.upcoming
        idle = [d for d in cache if d not in uses]
        victims = [d for d in idle if not lo < ids[d] <= hi]
        if len(victims) < excess:
            victims += sorted((d for d in idle if lo < ids[d] <= hi), key=ids.__getitem__, reverse=True)
        if len(victims) < excess:
            victims += sorted((d for d in cache if d in uses), key=lambda d: uses[d][-1], reverse=True)
        for doc_id in victims[:excess]:
            del cache[doc_id], ids[doc_id]


def _verify_all(store: Store, pairs: list[Candidate], sketches: _Sketches) -> tuple[list[Duplicate], list[StoryLink]]:
    """The duplicates among ``pairs`` (sketches read for VERIFY_SLICE pairs at a time), verified
    in an order that brings a document's pairs close together (``pair_order``); and the story
    links among the others (``same_story``)."""
    heads = _heads(store, (x for pair in pairs for x in pair[:2]))
    ordered = verification_order(pairs)
    uses: dict[str, list[int]] = {}
    for at, (a, b, _, _) in enumerate(ordered):
        uses.setdefault(a, []).append(at)
        uses.setdefault(b, []).append(at)
    for positions in uses.values():
        positions.reverse()         # the next use last: popped as pairs are done
    found: list[Duplicate] = []
    links: list[StoryLink] = []
    for lo in range(0, len(ordered), VERIFY_SLICE):
        part = ordered[lo:lo + VERIFY_SLICE]
        sketches.load(chain.from_iterable(((a, sa), (b, sb)) for a, b, sa, sb in part))
        cache = sketches.cache
        for a, b, _, _ in part:
            dup = verify(heads[a], heads[b], cache[a], cache[b])
            if dup is not None:
                found.append(dup)
            else:
                link = same_story(heads[a], heads[b], cache[a], cache[b])
                if link is not None:
                    links.append(link)
        done = lo + len(part)
        touched = {x for pair in part for x in pair[:2]}
        for doc_id in touched:
            positions = uses[doc_id]
            while positions and positions[-1] < done:
                positions.pop()
            if not positions:
                del uses[doc_id]
        sketches.used(touched)
        sketches.keep(uses)
    sketches.keep({})
    found.sort(key=lambda d: (d.a, d.b))
    links.sort(key=lambda x: (x.a, x.b))
    return found, links


def link_new(store: Store) -> list[str]:
    """Verify the candidates of every unlinked document and store the duplicates found; returns
    the ids of the documents linked."""
    backfill(store)
    sketches = _Sketches(store)
    done: list[str] = []
    # a large batch: which buckets matter, from one read of every sketch's keys (linking adds
    # no sketch, so bucket sizes do not change on the way). A first ingest of one round's worth
    # of documents is such a batch too: probing each of its keys' bucket sizes cost ~1.5 ms per
    # document, reading every sketch's keys a few microseconds (``bulk.worth_it`` weighs them)
    unlinked = store.db.execute("SELECT COUNT(*) FROM doc_sketches WHERE linked = 0").fetchone()[0]
    useful = bulk.members(store.db) if unlinked and bulk.worth_it(store.db, unlinked) else None
    # pairs verified with a partner of a later round (as sketch id pairs, sorted): that round
    # finds many of them again from the partner's side, and the verdict would be the same
    ahead = np.zeros(0, dtype=np.int64)
    unlinked_after = lambda after: store.db.execute(  # noqa: E731
        "SELECT id, doc_id, buckets FROM doc_sketches WHERE linked = 0 AND id > ? ORDER BY id LIMIT ?",
        (after, CHUNK)).fetchall()
    chunk = unlinked_after(-1)
    while chunk:
        last = chunk[-1][0]
        # the next round's documents (read now: linking this round changes none of them)
        upcoming = unlinked_after(last)
        sketches.upcoming = (last, upcoming[-1][0] if upcoming else last)
        # partner signatures kept across the round's slices (``signature_cache``), freed before
        # its pairs are verified
        with signature_cache.kept_signatures():
            pairs = _candidate_rows(store, [(c[0], c[1], c[2]) for c in chunk], useful)
        keys = np.array([(min(p[2], p[3]) << 32) | max(p[2], p[3]) for p in pairs], dtype=np.int64)
        if len(ahead) and len(keys):
            seen = np.isin(keys, ahead)
            pairs = [p for p, old in zip(pairs, seen.tolist()) if not old]
            keys = keys[~seen]
        found, links = _verify_all(store, pairs, sketches)
        # sketch ids are far below 2**31: the low half of a key is the pair's later sketch
        ahead = sorted_unique(np.concatenate([ahead[(ahead & 0xFFFFFFFF) > last], keys[(keys & 0xFFFFFFFF) > last]]))
        with store.atomic():
            store.add_duplicates(found)
            store.add_story_links(links)
            store.db.executemany("UPDATE doc_sketches SET linked = 1 WHERE id = ?", [(c[0],) for c in chunk])
        done.extend(c[1] for c in chunk)
        chunk = upcoming
    return done


def link(store: Store) -> tuple[int, int]:
    """Link what is new in the store; returns the corpus's duplicate pairs and stories."""
    done = link_new(store)
    with store.atomic():
        add_implied(store, done, lambda ids: _heads(store, ids))
    # stories are rebuilt in the order of the ids (the order they have always been stored in)
    relink_stories(store, sorted(done))
    one = lambda sql: store.db.execute(sql).fetchone()[0]  # noqa: E731
    return one("SELECT COUNT(*) FROM duplicates"), one("SELECT COUNT(*) FROM stories")
