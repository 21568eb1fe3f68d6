"""What event merging learns of each document from the store: copies point at their original,
rewrites at one representative of their group, partial overlaps at nothing."""
from __future__ import annotations

from sitrep.events.merge_basics import DocInfo
from sitrep.model import Document, Duplicate, RawArticle, Story
from sitrep.picture_reduce import _doc_infos
from sitrep.store import Store


def test_copies_and_rewrites_reach_event_merging(tmp_path):
    store = Store(tmp_path / "infos.db")
    docs = ("wire", "copy", "spin1", "spin2", "spin3", "excerpt")
    for doc in docs:
        raw = RawArticle(source=f"{doc}.txt", text=doc, fmt="txt")
        store.add_article(raw, [Document(id=doc, source=f"{doc}.txt", text=f"Report {doc}.", raw=doc, fmt="txt",
                                         published="2025-03-03", outlet=doc.title())])
    store.replace_links([Duplicate("wire", "copy", "copy", 0.97, "wire"),
                         Duplicate("spin2", "spin1", "rewrite", 0.71, None),
                         Duplicate("spin3", "spin2", "rewrite", 0.69, None),
                         Duplicate("wire", "excerpt", "partial", 0.4, "wire")],
                        [Story("s1", None, list(docs))])
    infos = _doc_infos(store, DocInfo)
    assert infos["copy"].copy_of == "wire" and infos["wire"].copy_of is None
    # one chain of rewrites is one text, whichever pair was found
    assert infos["spin2"].rewrite_of == infos["spin3"].rewrite_of == "spin1"
    assert infos["spin1"].rewrite_of is None
    assert infos["excerpt"].copy_of is None and infos["excerpt"].rewrite_of is None
    assert {i.story for i in infos.values()} == {"s1"}
