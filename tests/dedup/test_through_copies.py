"""Rewrites implied through copies: a retelling of a wire story rewrites every copy of it."""
from __future__ import annotations

from sitrep.dedup.linking import _heads, sketch_row
from sitrep.dedup.through_copies import add_implied, implied_rewrites, with_implied
from sitrep.model import Document, Duplicate, RawArticle
from sitrep.store import Store


def test_a_copy_of_one_side_of_a_rewrite_rewrites_the_other():
    links = [("wire", "repost", "copy", 0.97, []), ("wire", "retold", "rewrite", 0.41, [])]
    assert implied_rewrites(links) == [("repost", "retold", 0.41)]


def test_the_copy_may_be_on_either_side_and_either_column():
    links = [("retold", "wire", "rewrite", 0.5, []), ("repost", "retold", "copy", 0.9, [])]
    assert implied_rewrites(links) == [("repost", "wire", 0.5)]   # (a, b) in name order


def test_nothing_is_implied_where_a_link_exists_or_by_partial_copies_and_rewrites_alone():
    assert implied_rewrites([("w", "p", "copy", 1.0, []), ("w", "r", "rewrite", 0.4, []), ("p", "r", "partial", 0.3, [])]) == []
    assert implied_rewrites([("w", "p", "partial", 0.6, []), ("w", "r", "rewrite", 0.4, [])]) == []


def test_two_retellings_of_the_same_part_of_a_text_rewrite_each_other():
    # w's sentences 0-300 retold by r1 and 0-250 by r2: r1~r2; r3 retells w's other part (600-900)
    links = [("w", "r1", "rewrite", 0.5, [(0, 100, 0, 90), (120, 300, 95, 260)]),
             ("w", "r2", "rewrite", 0.4, [(0, 250, 10, 240)]),
             ("r3", "w", "rewrite", 0.6, [(0, 200, 600, 900)])]
    assert implied_rewrites(links) == [("r1", "r2", 0.4)]


def test_two_rewrites_of_one_pair_give_the_stronger_similarity():
    links = [("w", "p", "copy", 1.0, []), ("w", "r", "rewrite", 0.4, []), ("p", "q", "copy", 1.0, []), ("q", "r", "rewrite", 0.6, [])]
    # p~r follows from w~r (0.4) and from q~r (0.6); w~q (a copy of a copy) is no rewrite
    assert implied_rewrites(links) == [("p", "r", 0.6)]


def test_with_implied_names_the_original():
    found = [Duplicate("w", "p", "copy", 1.0, "w"), Duplicate("w", "r", "rewrite", 0.4, "w")]
    out = with_implied(found, lambda a, b: "p" if "p" in (a, b) else None)
    assert out[:2] == found
    assert [(d.a, d.b, d.kind, d.original, d.passages) for d in out[2:]] == [("p", "r", "rewrite", "p", [])]


def _add(store: Store, name: str, text: str, published: str) -> str:
    raw = RawArticle(source=f"{name}.txt", text=text, fmt="txt")
    doc = Document(id=raw.id, source=raw.source, text=text, raw=text, fmt="txt", published=published)
    assert store.add_article(raw, [doc], (), [sketch_row(doc.id, text)])
    return doc.id


def test_stored_links_gain_the_implied_rewrite_once(tmp_path):
    store = Store(tmp_path / "s.db")
    wire = _add(store, "wire", "Drones hit the Halvik depot on Monday, killing four soldiers.", "2025-03-03")
    repost = _add(store, "repost", "Drones hit the Halvik depot on Monday, killing four.", "2025-03-04")
    retold = _add(store, "retold", "Four soldiers died when the Halvik depot was struck by drones.", "2025-03-05")
    store.add_duplicates([Duplicate(wire, repost, "copy", 0.95, wire), Duplicate(retold, wire, "rewrite", 0.45, wire)])
    heads = lambda ids: _heads(store, ids)  # noqa: E731
    assert add_implied(store, [retold], heads) == 1
    got = {frozenset((d.a, d.b)): d for d in store.duplicates()}
    implied = got[frozenset((repost, retold))]
    assert (implied.kind, implied.similarity, implied.original) == ("rewrite", 0.45, repost)
    assert add_implied(store, [repost, wire, retold], heads) == 0      # already there: nothing new
    assert len(store.duplicates()) == 3
