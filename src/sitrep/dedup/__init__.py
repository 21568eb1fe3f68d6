"""Copies, rewrites and stories across documents (a reduce step over the whole corpus).

1. ``fingerprint``: per document, MinHash signatures of wording and of content (the map side)
2. ``lsh``: candidate pairs from signature bands, so that not every pair is compared
3. ``compare``: each candidate verified by 5-gram containment and sentence alignment
4. here: which document is the original, and stories as groups of linked documents
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep.dedup.compare import compare
from sitrep.dedup.fingerprint import fingerprint
from sitrep.dedup.lsh import candidate_pairs
from sitrep.model import Document, Duplicate, Span, Story, content_id


def credits(doc: Document, other: Document) -> bool:
    """Whether ``doc`` names ``other``'s outlet as its source ("(Reuters)", "Anadolu Agency reports")."""
    name = other.outlet
    if not name or name == doc.outlet:
        return False
    head = doc.text[:600]
    pattern = rf"\(\s*{re.escape(name)}\s*\)|\b{re.escape(name)}\s+(?:reports?|reported|said|says)\b|" \
              rf"\b(?:according to|via|source:)\s+{re.escape(name)}\b"
    return re.search(pattern, head, re.I) is not None


def original_of(a: Document, b: Document) -> str | None:
    """The earlier document, or the one the other credits; None when nothing tells."""
    if a.published and b.published and a.published != b.published:
        return a.id if a.published < b.published else b.id
    if credits(b, a) and not credits(a, b):
        return a.id
    if credits(a, b) and not credits(b, a):
        return b.id
    return None


def find_duplicates(docs: Iterable[Document]) -> list[Duplicate]:
    """Every pair of documents that copy, rewrite or partly copy each other."""
    by_id: dict[str, Document] = {}
    signatures = []
    for doc in docs:
        by_id[doc.id] = doc
        fp = fingerprint(doc.id, doc.text)
        signatures.append((doc.id, fp.shingle_sig, fp.content_sig))
    found = []
    for a_id, b_id in sorted(candidate_pairs(signatures)):
        a, b = by_id[a_id], by_id[b_id]
        verdict = compare(a.text, b.text)
        if verdict.kind is None:
            continue
        passages = [(Span(a.id, x0, x1), Span(b.id, y0, y1)) for x0, x1, y0, y1 in verdict.passages()]
        found.append(Duplicate(a.id, b.id, verdict.kind, verdict.similarity, original_of(a, b), passages))
    return found


def group_stories(docs: Iterable[Document], duplicates: Iterable[Duplicate]) -> list[Story]:
    """Stories as connected groups of documents linked by copying or rewriting."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order: list[Document] = []
    for doc in docs:
        root(doc.id)
        order.append(doc)
    for d in duplicates:
        parent[root(d.a)] = root(d.b)
    groups: dict[str, list[Document]] = {}
    for doc in order:
        groups.setdefault(root(doc.id), []).append(doc)
    stories = []
    for members in groups.values():
        members.sort(key=lambda d: (d.published or "9999", d.id))
        title = next((d.title for d in members if d.title), None)
        ids = [d.id for d in members]
        stories.append(Story(content_id(*sorted(ids)), title, ids))
    return stories
