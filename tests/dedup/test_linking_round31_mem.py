"""Candidate slices sized by their pairs: any slicing of a chunk yields the same candidates."""
from __future__ import annotations

import sitrep.dedup.linking as linking
from sitrep.dedup.linking import sketch_row
from sitrep.model import Document, RawArticle
from sitrep.store import Store

BASE = """NYALA (AFP) - Shelling hit the Dereig market in southern Darfur on Tuesday, killing nine traders and wounding 23, a local medical source said.

The Rapid Support Forces denied responsibility and blamed an army drone launched from the El Daein airstrip.

Residents said the market had reopened only a week earlier after months of fighting around the city.

Aid groups warned that food prices in the district had tripled since the spring."""


def _add(store: Store, name: str, text: str) -> str:
    raw = RawArticle(source=f"{name}.txt", text=text, fmt="txt")
    doc = Document(id=raw.id, source=raw.source, text=text, raw=text, fmt="txt")
    assert store.add_article(raw, [doc], (), [sketch_row(doc.id, text)])
    return doc.id


def _variants() -> list[str]:
    return [BASE.replace("nine traders", f"{n} traders").replace("23", str(20 + n)) for n in range(2, 9)] + [BASE]


def test_slices_of_any_size_yield_the_candidates_of_one_slice(tmp_path, monkeypatch):
    with Store(tmp_path / "s.db") as store:
        for i, text in enumerate(_variants()):
            _add(store, f"v{i}", text)
        chunk = store.db.execute("SELECT id, doc_id, buckets FROM doc_sketches ORDER BY id").fetchall()
        whole = linking._candidate_rows(store, chunk)
        assert len(whole) > 3
        for first, budget in ((1, 1), (2, 5), (3, 10**9)):
            monkeypatch.setattr(linking, "FIRST_SLICE", first)
            monkeypatch.setattr(linking, "SLICE_PAIRS", budget)
            assert linking._candidate_rows(store, chunk) == whole


def test_slice_size_follows_the_pairs_of_the_last_slice(tmp_path, monkeypatch):
    sizes: list[int] = []
    real = linking._slice_pairs

    def spy(store, chunk, useful=None):
        sizes.append(len(chunk))
        return real(store, chunk, useful)

    with Store(tmp_path / "s.db") as store:
        for i, text in enumerate(_variants()):
            _add(store, f"v{i}", text)
        chunk = store.db.execute("SELECT id, doc_id, buckets FROM doc_sketches ORDER BY id").fetchall()
        monkeypatch.setattr(linking, "_slice_pairs", spy)
        monkeypatch.setattr(linking, "FIRST_SLICE", 2)
        monkeypatch.setattr(linking, "SLICE_PAIRS", 1)      # fewer pairs than any document has: one at a time
        linking._candidate_rows(store, chunk)
    assert sizes[0] == 2 and set(sizes[1:]) == {1} and sum(sizes) == len(chunk)
