"""Incremental duplicate search over a store: sketches, LSH buckets, linking new documents only."""
from __future__ import annotations


import numpy as np
import pytest

from sitrep.dedup import find_duplicates
from sitrep.dedup.compare import compare
from sitrep.dedup.linking import link, sketch_row
from sitrep.dedup.lsh import band_keys
from sitrep.dedup.sketch import from_blob, sketch, to_blob
from sitrep.model import Document, RawArticle
from sitrep.store import Store

WIRE = """KARSTOVO (Reuters) - Two drones launched from the Trebin valley struck the Halvik fuel depot early on Monday, killing four soldiers and wounding 11, the Velorian defence ministry said.

The Karst Liberation Front said in a statement on its Telegram channel that it had targeted the depot because it supplied army units on the northern front.

Velorian air defences shot down three other drones over the port city of Pelagny, the ministry added.

The attack was the deepest strike inside Velorian territory since the fighting began in January."""

REPOST = WIRE.replace("KARSTOVO (Reuters) - ", "") + "\n\nShare this article"

OTHER = """The UN envoy for Veloria, Henrietta Lascombe, arrived in Andrevo for talks on a humanitarian pause.

She is due to meet Foreign Minister Pavel Ostrin and later travel to the Trebin valley to visit displaced families.

Aid agencies say more than 180,000 people have fled their homes since January."""


def test_sketch_survives_storage_and_compares_the_same():
    a, b = sketch(WIRE), sketch(REPOST)
    again = compare(from_blob(to_blob(a)), from_blob(to_blob(b)))
    direct = compare(a, b)
    assert (again.kind, again.similarity, again.passages()) == (direct.kind, direct.similarity, direct.passages())
    assert direct.kind == "copy"


def test_band_keys_meet_exactly_where_a_band_agrees():
    a, b = sketch(WIRE), sketch(OTHER)
    ka, kb = band_keys(a.wording, a.content), band_keys(b.wording, b.content)
    assert len(ka) == len(set(ka)) == 32 + 21
    assert band_keys(a.wording, a.content) == ka                 # stable
    assert not set(ka) & set(kb)
    mixed = b.wording.copy()
    mixed[:2] = a.wording[:2]                                    # the first wording band agrees
    assert set(band_keys(mixed, b.content)) & set(ka) == {ka[0]}


def _raw(name: str, text: str) -> RawArticle:
    return RawArticle(source=f"{name}.txt", text=text, fmt="txt")


def _add(store: Store, name: str, text: str) -> str:
    raw = _raw(name, text)
    doc = Document(id=raw.id, source=raw.source, text=text, raw=text, fmt="txt")
    assert store.add_article(raw, [doc], (), [sketch_row(doc.id, text)])
    return doc.id


def test_a_copy_ingested_later_is_linked_to_the_stored_original(tmp_path):
    with Store(tmp_path / "s.db") as store:
        wire, other = _add(store, "wire", WIRE), _add(store, "other", OTHER)
        assert link(store) == (0, 2)
        assert store.db.execute("SELECT COUNT(*) FROM doc_sketches WHERE linked = 0").fetchone()[0] == 0
        repost = _add(store, "repost", REPOST)
        pairs, stories = link(store)
        assert pairs == 1 and stories == 2
        (dup,) = store.duplicates()
        assert {dup.a, dup.b} == {wire, repost} and dup.kind == "copy"
        together = [s.documents for s in store.stories() if wire in s.documents]
        assert sorted(together[0]) == sorted([wire, repost])
        assert any(s.documents == [other] for s in store.stories())
        assert link(store) == (1, 2)                               # nothing new: nothing changes


def test_the_store_links_what_the_in_memory_search_finds(tmp_path):
    texts = {"w": WIRE, "r": REPOST, "o": OTHER}
    with Store(tmp_path / "s.db") as store:
        ids = {k: _add(store, k, t) for k, t in texts.items()}
        link(store)
        stored = {(d.a, d.b, d.kind) for d in store.duplicates()}
    docs = [Document(id=ids[k], source=k, text=t, raw=t, fmt="txt") for k, t in texts.items()]
    assert stored == {(d.a, d.b, d.kind) for d in find_duplicates(docs)}


def test_documents_stored_without_sketches_are_sketched_and_linked(tmp_path):
    with Store(tmp_path / "s.db") as store:
        for name, text in (("wire", WIRE), ("repost", REPOST)):
            raw = _raw(name, text)
            store.add_article(raw, [Document(id=raw.id, source=raw.source, text=text, raw=text, fmt="txt")])
        assert link(store)[0] == 1


def test_sketches_of_another_sketch_version_are_redone_not_misread(tmp_path):
    from sitrep.dedup.sketch import VERSION_PREFIX
    with Store(tmp_path / "s.db") as store:
        wire, repost = _add(store, "wire", WIRE), _add(store, "repost", REPOST)
        with store.atomic():       # as an older sitrep would have left it: another version's blob
            store.db.execute("UPDATE sketch_blobs SET sketch = ? || substr(sketch, ?) WHERE id = "
                             "(SELECT id FROM doc_sketches WHERE doc_id = ?)",
                             (b"\xff\xff\xff\x7f", len(VERSION_PREFIX) + 1, wire))
            store.db.execute("UPDATE doc_sketches SET format = ? WHERE doc_id = ?", (b"\xff\xff\xff\x7f", wire))
        assert link(store)[0] == 1
        blobs = [r[0] for r in store.db.execute("SELECT b.sketch FROM doc_sketches s JOIN sketch_blobs b "
                                                "ON b.id = s.id WHERE s.doc_id IN (?, ?)", (wire, repost))]
        formats = [r[0] for r in store.db.execute("SELECT format FROM doc_sketches")]
        assert formats == [VERSION_PREFIX] * 2
    assert len(blobs) == 2 and all(b.startswith(VERSION_PREFIX) for b in blobs)


def test_one_failing_article_in_a_batch_leaves_the_others(tmp_path):
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            _add(store, "wire", WIRE)
            raw = _raw("bad", OTHER)
            bad = Document(id=raw.id, source=raw.source, text=OTHER, raw=OTHER, fmt="txt")
            with pytest.raises(Exception):
                store.add_article(raw, [bad, bad])               # the same document twice: refused
            _add(store, "repost", REPOST)
        assert store.stats()["raw_articles"] == 2
        assert not store.has_raw(raw.id)


def test_linking_in_chunks_of_one_finds_the_same_pairs_and_stories(tmp_path, monkeypatch):
    import sitrep.dedup.linking as linking
    texts = {"w": WIRE, "r": REPOST, "o": OTHER, "t": WIRE.replace("four soldiers", "four soldiers and a medic")}
    found = []
    # also: sketches read for one pair at a time, and a cache that keeps only two of them
    for chunk, verify_slice, cache in ((linking.CHUNK, linking.VERIFY_SLICE, linking.SKETCH_CACHE), (1, 1, 1)):
        monkeypatch.setattr(linking, "CHUNK", chunk)
        monkeypatch.setattr(linking, "VERIFY_SLICE", verify_slice)
        monkeypatch.setattr(linking, "SKETCH_CACHE", cache)
        with Store(tmp_path / f"c{chunk}.db") as store:
            for k, t in texts.items():
                _add(store, k, t)
            counts = link(store)
            found.append((counts, {(d.a, d.b, d.kind) for d in store.duplicates()},
                          [(s.id, s.documents) for s in store.stories()]))
    assert found[0] == found[1]
    assert found[0][0] == (3, 2)


def test_a_bucket_fuller_than_max_bucket_yields_no_candidates(tmp_path, monkeypatch):
    import sitrep.dedup.linking as linking
    with Store(tmp_path / "s.db") as store:
        wire, repost = _add(store, "wire", WIRE), _add(store, "repost", REPOST)
        pairs = linking._candidates(store, store.db.execute("SELECT id, doc_id, buckets FROM doc_sketches").fetchall())
        assert pairs == [tuple(sorted((wire, repost)))]
        monkeypatch.setattr(linking, "MAX_BUCKET", 1)        # every shared bucket now counts as boilerplate
        assert linking._candidates(store, store.db.execute("SELECT id, doc_id, buckets FROM doc_sketches").fetchall()) == []


def test_a_pair_found_again_from_its_later_side_is_verified_once(tmp_path, monkeypatch):
    import sitrep.dedup.linking as linking
    texts = {"w": WIRE, "r": REPOST, "o": OTHER, "t": WIRE.replace("four soldiers", "four soldiers and a medic")}
    verified = []

    def counting(a, b, sa, sb):
        verified.append((a.id, b.id))
        return linking.verify.__wrapped__(a, b, sa, sb)
    counting.__wrapped__ = linking.verify
    monkeypatch.setattr(linking, "verify", counting)
    runs = []
    for chunk in (linking.CHUNK, 1):
        monkeypatch.setattr(linking, "CHUNK", chunk)
        verified.clear()
        with Store(tmp_path / f"v{chunk}.db") as store:
            for k, t in texts.items():
                _add(store, k, t)
            link(store)
            runs.append((sorted(verified), {(d.a, d.b, d.kind) for d in store.duplicates()}))
    # in rounds of one document, each pair is a candidate from both sides: verified from the first
    assert runs[1] == runs[0]
    assert len(runs[0][0]) == len(set(runs[0][0])) >= 3
