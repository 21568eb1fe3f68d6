"""Content addresses: the ids of articles, stories and entities are hashes of what they hold, so
ingesting the same content twice, in any order, gives the same ids. A helper of the data model
(``sitrep.model`` re-exports it), kept out of that module, which holds only the records.
"""
from __future__ import annotations

import hashlib


def content_id(*parts: str | None) -> str:
    """A stable content address: the same content always gets the same id."""
    h = hashlib.sha256()
    for p in parts:
        h.update((p or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:16]
