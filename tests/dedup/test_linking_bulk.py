"""Linking a large batch: bucket sizes from one read of every sketch's keys (``dedup.bulk``) give
the same candidates as probing the bucket index; pairs sharing no passage key are capped."""
from __future__ import annotations

import numpy as np

import sitrep.dedup as dedup
import sitrep.dedup.linking as linking
from sitrep.dedup import bulk
from sitrep.dedup.linking import link, sketch_row
from sitrep.model import Document, RawArticle
from sitrep.store import Store

BASE = """GAROVO (AFP) - Shelling hit a market in the river town of Osk on Friday, killing {n} civilians and wounding {w}, the regional governor said.

The Northern Coalition blamed army artillery positioned on the Vessel ridge, a charge the defence ministry denied.

Medical teams from the Red Crescent evacuated the wounded to the provincial hospital in Garovo.

Residents said the market had been crowded with families buying food before the holiday."""

TEXTS = {
    "a": BASE.format(n=7, w=19),
    "b": BASE.format(n=7, w=19).replace("GAROVO (AFP) - ", "") + "\n\nRead more",
    "c": BASE.format(n=7, w=19).split("\n\n", 2)[2],                       # the last two paragraphs
    "d": """Talks between the Northern Coalition and the government resumed in Lessa on Tuesday.

Mediators from the regional bloc said both sides had agreed to exchange prisoners before the holiday.

A previous round collapsed in March after shelling near the Vessel ridge.""",
}


def _store(path, texts: dict[str, str]) -> Store:
    store = Store(path)
    for key, text in texts.items():
        raw = RawArticle(source=f"{key}.txt", text=text, fmt="txt")
        doc = Document(id=raw.id + "#0", source=raw.source, text=text, raw=text, fmt="txt")
        store.add_article(raw, [doc], sketches=[sketch_row(doc.id, text)])
    return store


def _all_keys(store: Store) -> np.ndarray:
    return np.frombuffer(b"".join(r[0] for r in store.db.execute("SELECT buckets FROM doc_sketches")), dtype=np.int64)


def test_useful_keys_are_the_keys_of_buckets_of_two_to_max_bucket(tmp_path, monkeypatch):
    with _store(tmp_path / "s.db", TEXTS) as store:
        probed = linking._bucket_members(store, _all_keys(store))
        useful = bulk.useful_keys(store.db)
        assert len(useful) and set(useful.tolist()) == set(probed[0].tolist())
        for got, want in zip(linking._bucket_members(store, _all_keys(store), useful), probed):
            assert got.tolist() == want.tolist()
        # several passes over the key space (bounded memory) find the same keys
        monkeypatch.setattr(bulk, "PASS_KEYS", 40)
        monkeypatch.setattr(bulk, "READ_ROWS", 1)
        assert bulk.useful_keys(store.db).tolist() == useful.tolist()
        monkeypatch.setattr(bulk, "MAX_BUCKET", 1)
        assert len(bulk.useful_keys(store.db)) == 0


def test_useful_keys_keep_a_bucket_of_exactly_max_bucket_and_drop_one_more(tmp_path, monkeypatch):
    # a, b and c share the keys of the last two paragraphs: buckets of three
    with _store(tmp_path / "m.db", TEXTS) as store:
        keys = _all_keys(store)
        values, sizes = np.unique(keys, return_counts=True)
        assert (sizes == 3).any() and (sizes == 2).any()
        for cap in (2, 3):
            monkeypatch.setattr(bulk, "MAX_BUCKET", cap)
            monkeypatch.setattr(linking, "MAX_BUCKET", cap)
            want = values[(sizes > 1) & (sizes <= cap)]
            assert bulk.useful_keys(store.db).tolist() == want.tolist()
            assert set(linking._bucket_members(store, keys)[0].tolist()) == set(want.tolist())


def test_linking_in_bulk_finds_what_probing_finds(tmp_path, monkeypatch):
    found = []
    for forced in (False, True):
        monkeypatch.setattr(linking, "CHUNK", 1)
        monkeypatch.setattr(bulk, "worth_it", lambda db, unlinked, forced=forced: forced)
        with _store(tmp_path / f"{forced}.db", TEXTS) as store:
            counts = link(store)
            found.append((counts, sorted((d.a, d.b, d.kind) for d in store.duplicates())))
    assert found[0] == found[1]
    assert found[0][0][0] == 3          # a-b copy, a-c and b-c partial copies; d unrelated


def test_a_first_batch_of_one_round_reads_bucket_sizes_in_bulk(tmp_path, monkeypatch):
    # fewer unlinked documents than a round (CHUNK) but all of the store: one read of every
    # sketch's keys, not a probe per key, and the same duplicates as probing finds
    calls = []
    real = bulk.members
    monkeypatch.setattr(bulk, "members", lambda db, budget=None: calls.append(1) or real(db, budget))
    with _store(tmp_path / "one.db", TEXTS) as store:
        assert store.db.execute("SELECT COUNT(*) FROM doc_sketches").fetchone()[0] < linking.CHUNK
        counts = link(store)
    assert calls == [1] and counts[0] == 3


def _clique(n: int, seed: int = 3) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """n documents whose signatures all agree on about half of their values (one topic)."""
    rng = np.random.default_rng(seed)
    base = rng.integers(1, 2**63, size=128, dtype=np.uint64)
    sigs = {}
    for i in range(n):
        sig = base.copy()
        noise = rng.random(128) < 0.5
        sig[noise] = rng.integers(1, 2**63, size=int(noise.sum()), dtype=np.uint64)
        sigs[f"d{i}"] = (sig[:64], sig[64:])
    return sigs


def test_pairs_sharing_no_passage_are_capped_per_document():
    sigs = _clique(8)
    pairs = [(a, b) for a in sigs for b in sigs if a < b]
    unshared = dedup._best_candidates(pairs, sigs)
    per_doc = {k: sum(k in p for p in unshared) for k in sigs}
    # each document verifies its MAX_UNSHARED best; a pair stays when either side keeps it
    assert len(unshared) < len(pairs)
    assert min(per_doc.values()) >= dedup.MAX_UNSHARED
    assert len(unshared) <= len(sigs) * dedup.MAX_UNSHARED
    # sharing a passage key: the wider cap only (8 documents: every pair)
    assert dedup._best_candidates(pairs, sigs, set(pairs)) == sorted(pairs)


def test_members_held_in_memory_are_the_bucket_index_rows_whatever_the_budget(tmp_path, monkeypatch):
    # the members of the lowest useful keys that fit the budget are held, the rest read from the
    # store: every split gives the rows probing the index gives
    with _store(tmp_path / "h.db", TEXTS) as store:
        keys = _all_keys(store)
        probed = linking._bucket_members(store, keys)
        want = sorted(zip(*(x.tolist() for x in probed)))
        total = len(want)
        assert total > 4
        for budget in (0, 1, total // 2, total, total * 10):
            held = bulk.members(store.db, budget)
            assert held.covered <= len(held.useful) and len(held.ids) <= budget
            got = linking._bucket_members(store, keys, held)
            assert sorted(zip(*(x.tolist() for x in got))) == want
        # all of it held: the store is not asked at all
        held = bulk.members(store.db, total)
        assert held.covered == len(held.useful)
        bucket, sketch, rest = held.lookup(np.unique(keys))
        assert len(rest) == 0 and sorted(zip(bucket.tolist(), sketch.tolist())) == want
        # several read slices give the same arrays
        monkeypatch.setattr(bulk, "READ_ROWS", 1)
        again = bulk.members(store.db, total)
        assert again.ids.tolist() == held.ids.tolist() and again.offsets.tolist() == held.offsets.tolist()


def test_sketches_kept_across_rounds_are_read_once_and_change_no_verdict(tmp_path, monkeypatch):
    # rounds of one document: each document meets its partners in their rounds too; a cache that
    # outlives the round reads each sketch once, and finds the same pairs as one that keeps none
    reads: list[int] = []
    real = linking.from_blob
    monkeypatch.setattr(linking, "from_blob", lambda blob: reads.append(1) or real(blob))
    monkeypatch.setattr(linking, "CHUNK", 1)
    found = []
    for cache, verify_slice in ((linking.SKETCH_CACHE, linking.VERIFY_SLICE), (1, 1)):
        monkeypatch.setattr(linking, "SKETCH_CACHE", cache)
        monkeypatch.setattr(linking, "VERIFY_SLICE", verify_slice)
        reads.clear()
        with _store(tmp_path / f"k{cache}.db", TEXTS) as store:
            counts = link(store)
            found.append((counts, sorted((d.a, d.b, d.kind, d.similarity) for d in store.duplicates()), len(reads)))
    (kept_counts, kept_pairs, kept_reads), (none_counts, none_pairs, none_reads) = found
    assert (kept_counts, kept_pairs) == (none_counts, none_pairs) and kept_counts[0] == 3
    assert kept_reads == 3 < none_reads         # a, b, c: each read once (d has no candidate)
