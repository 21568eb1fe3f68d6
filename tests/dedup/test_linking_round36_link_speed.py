"""Partner signatures read a block of rows at a time, and kept across slices in one fixed matrix:
any block size, any capacity and sketch ids the store lacks give what reading them one row at a
time gave."""
from __future__ import annotations

import numpy as np

import sitrep.dedup.candidates as candidates
from sitrep.dedup import signature_cache
from sitrep.dedup.linking import link, sketch_row
from sitrep.dedup.signature_cache import SignatureCache
from sitrep.model import Document, RawArticle
from sitrep.store import Store

BASE = """KHARTOUM (Reuters) - Shelling hit the central market on Tuesday, killing {n} traders and wounding {w}, a medical source said.

The paramilitary forces denied responsibility and blamed an army drone launched from the airstrip.

Residents said the market had reopened only a week earlier after months of fighting around the city."""


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "s.db")
    for n in range(2, 9):
        text = BASE.format(n=n, w=20 + n) + f"\n\nStory number {n} of the desk."
        raw = RawArticle(source=f"v{n}.txt", text=text, fmt="txt")
        doc = Document(id=raw.id, source=raw.source, text=text, raw=text, fmt="txt")
        assert store.add_article(raw, [doc], (), [sketch_row(doc.id, text)])
    return store


def _stored(store: Store) -> np.ndarray:
    return np.array(sorted(r[0] for r in store.db.execute("SELECT id FROM doc_sketches")), dtype=np.int64)


def _one_by_one(store: Store, wanted: np.ndarray) -> tuple[list[int], list[str], np.ndarray]:
    rows = {i: (d, np.frombuffer(s, dtype=np.uint64))
            for i, d, s in store.db.execute("SELECT id, doc_id, signatures FROM doc_sketches")}
    ids = [i for i in wanted.tolist() if i in rows]
    return ids, [rows[i][0] for i in ids], (np.stack([rows[i][1] for i in ids]) if ids else np.empty((0, 0)))


def test_blocks_of_any_size_read_the_same_signatures(tmp_path, monkeypatch):
    with _store(tmp_path) as store:
        stored = _stored(store)
        for wanted in (stored, stored[1::2], np.sort(np.r_[stored, [10**6, 10**6 + 1]])):
            expected = _one_by_one(store, wanted)
            for block in (1, 2, 3, 10**6):
                monkeypatch.setattr(candidates, "SIGNATURE_BLOCK", block)
                ids, doc_ids, sigs = candidates._partner_signatures(store, wanted)
                assert ids.tolist() == expected[0] and doc_ids == expected[1]
                assert np.array_equal(sigs, expected[2])


def test_no_stored_sketch_reads_nothing(tmp_path):
    with _store(tmp_path) as store:
        ids, doc_ids, sigs = candidates._partner_signatures(store, np.array([10**6], dtype=np.int64))
        assert len(ids) == 0 and doc_ids == [] and sigs.shape == (0, 0)


def test_kept_rows_hold_what_the_store_does(tmp_path, monkeypatch):
    with _store(tmp_path) as store:
        stored = _stored(store)
        pool = np.r_[stored, [10**6, 10**6 + 3]]
        rng = np.random.default_rng(7)
        for capacity in (1, 2, 3, 5, 100):
            monkeypatch.setattr(candidates, "SIGNATURE_BLOCK", int(rng.integers(1, 4)))
            cache = SignatureCache(capacity)
            for _ in range(40):
                wanted = np.unique(rng.choice(pool, size=rng.integers(0, len(pool) + 1), replace=True))
                got = cache.resident(store, wanted)
                expected = _one_by_one(store, wanted)
                if len(wanted) > cache.limit:
                    assert got is None and cache.rows is None and len(cache.keys) == 0
                    continue
                ids, doc_ids, slots = got
                assert ids.tolist() == expected[0] and doc_ids == expected[1]
                if len(ids):
                    assert np.array_equal(cache.rows[slots], expected[2])
                assert len(set(slots.tolist())) == len(slots)
                assert len(cache.keys) <= cache.capacity <= capacity and len(np.unique(cache.slot_of)) == len(cache.keys)
                assert cache.capacity >= len(wanted) and (not len(cache.slot_of) or cache.slot_of.max() < cache.capacity)
                # every kept id's row is its signature
                if len(cache.keys):
                    kept = _one_by_one(store, cache.keys)
                    assert np.array_equal(cache.rows[cache.slot_of], kept[2])


def test_linking_keeps_signatures_only_while_it_links(tmp_path):
    with _store(tmp_path) as store:
        assert link(store)[0] >= 0
        assert signature_cache.active() is None


def test_linking_finds_the_same_pairs_whatever_the_capacity(tmp_path, monkeypatch):
    found = []
    for capacity in (signature_cache.LIMIT, 2):
        monkeypatch.setattr(signature_cache, "LIMIT", capacity)
        (tmp_path / str(capacity)).mkdir()
        with _store(tmp_path / str(capacity)) as store:
            link(store)
            found.append(sorted((d.a, d.b, d.kind) for d in store.duplicates()))
    assert found[0] == found[1]


def test_verification_order_is_a_permutation_with_partners_near():
    from sitrep.dedup.pair_order import verification_order
    rng = np.random.default_rng(3)
    ids = rng.permutation(200)[:60].tolist()
    pairs = sorted({(f"d{min(x, y)}", f"d{max(x, y)}", min(x, y), max(x, y))
                    for x, y in rng.choice(ids, size=(150, 2)).tolist() if x != y})
    ordered = verification_order(pairs)
    assert sorted(ordered) == pairs and len(ordered) == len(pairs)
    assert verification_order([]) == []
    # a star's pairs come together whatever the ids of its other members
    star = [("a", f"z{k}", 1, 1000 - k) for k in range(5)] + [("b", "c", 2, 3)]
    assert verification_order(star)[:5] == sorted(star[:5], key=lambda p: p[3])
