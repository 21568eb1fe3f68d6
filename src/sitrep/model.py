"""The data model: every record the pipeline reads or writes.

One module on purpose: the store, the exporters and every stage agree on these shapes.
Every extracted record carries provenance: a document id and a character span into that
document's cleaned text (``Document.text``), Python ``str`` indexing, end exclusive.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "sitrep/1"


def content_id(*parts: str | None) -> str:
    """A stable content address: the same content always gets the same id."""
    h = hashlib.sha256()
    for p in parts:
        h.update((p or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:16]


@dataclass(slots=True, frozen=True)
class Span:
    """A stretch of a document's cleaned text."""

    doc: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end}


@dataclass(slots=True)
class RawArticle:
    """One article as an ingest reader found it, before any cleaning.

    ``text`` is scraped page text (or text extracted from HTML); the hint fields hold what a
    structured input (JSON, a feed, HTML metadata) stated outright, and win over guesses.
    """

    source: str
    text: str
    fmt: str                                  # "txt", "html", "json", "jsonl", "feed"
    url: str | None = None
    title: str | None = None
    published: str | None = None              # as the input gave it; parsed by the metadata stage
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # where the hints came from, e.g. {"title": "html <title>", "published": "json field"}
    hint_basis: dict[str, str] = field(default_factory=dict)
    # the main text was already extracted from markup (HTML, feed content): page-zone heuristics
    # for scraped text (navigation above the headline, link lists below the text) do not apply
    extracted: bool = False

    @property
    def id(self) -> str:
        return content_id(self.text, self.url, self.title, self.published, self.outlet,
                          "|".join(self.authors))


@dataclass(slots=True)
class Edit:
    """Replace ``text[start:end]`` of one raw line with ``replacement`` (a cleaning repair)."""

    start: int
    end: int
    replacement: str
    reason: str


@dataclass(slots=True)
class RemovedLine:
    """A raw line left out of the cleaned text, and why."""

    text: str
    reason: str                 # e.g. "ui word", "repeated headline", "byline"
    raw_start: int
    raw_end: int

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "raw_start": self.raw_start,
                "raw_end": self.raw_end}


@dataclass(slots=True)
class OffsetMap:
    """Maps offsets in the cleaned text back to offsets in the raw text.

    The cleaned text is a sequence of segments. A *copied* segment is raw text verbatim, so
    offsets inside it map one to one; a *replaced* segment (a repair, an inserted separator)
    maps every offset inside it to the start of the raw stretch it stands for.
    """

    clean_starts: list[int] = field(default_factory=list)
    raw_starts: list[int] = field(default_factory=list)
    copied: list[bool] = field(default_factory=list)

    def add(self, clean_start: int, raw_start: int, copied: bool) -> None:
        self.clean_starts.append(clean_start)
        self.raw_starts.append(raw_start)
        self.copied.append(copied)

    def to_raw(self, clean_offset: int) -> int:
        if not self.clean_starts:
            return clean_offset
        i = max(0, bisect.bisect_right(self.clean_starts, clean_offset) - 1)
        if self.copied[i]:
            return self.raw_starts[i] + (clean_offset - self.clean_starts[i])
        return self.raw_starts[i]

    def as_dict(self) -> dict[str, list]:
        return {"clean": self.clean_starts, "raw": self.raw_starts,
                "copied": [int(c) for c in self.copied]}

    @classmethod
    def from_dict(cls, d: dict[str, list]) -> "OffsetMap":
        return cls(list(d["clean"]), list(d["raw"]), [bool(c) for c in d["copied"]])


@dataclass(slots=True)
class Field:
    """A metadata value with how it was found (and where, when it stands in the text)."""

    value: Any
    basis: str
    span: Span | None = None


@dataclass(slots=True)
class Document:
    """A cleaned article: the unit every later stage works on."""

    id: str
    source: str
    text: str
    raw: str                                   # the raw text the offset map points into
    fmt: str
    url: str | None = None
    outlet: str | None = None
    outlet_basis: str | None = None
    title: str | None = None
    published: str | None = None               # YYYY-MM-DD
    published_basis: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_basis: str | None = None
    dateline: str | None = None
    dateline_span: Span | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    offsets: OffsetMap = field(default_factory=OffsetMap)
    warnings: list[str] = field(default_factory=list)
    repairs: int = 0                           # glue and mojibake repairs made

    def contract_dict(self) -> dict[str, Any]:
        """The document as the export contract (``sitrep/1``) spells it."""
        return {
            "id": self.id, "source": self.source, "outlet": self.outlet, "title": self.title,
            "published": self.published, "published_basis": self.published_basis,
            "authors": list(self.authors), "dateline": self.dateline, "text": self.text,
            "removed": [r.text for r in self.removed],
        }


@dataclass(slots=True)
class Duplicate:
    """Two documents of which one copies or rewrites the other, with the passages they share."""

    a: str
    b: str
    kind: str                                  # "copy", "rewrite" or "partial"
    similarity: float
    original: str | None                       # the document the other copies, when known
    passages: list[tuple[Span, Span]] = field(default_factory=list)

    def contract_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "kind": self.kind, "similarity": self.similarity,
                "original": self.original}


@dataclass(slots=True)
class Story:
    """Documents that report the same developing story."""

    id: str
    title: str | None
    documents: list[str]

    def contract_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "documents": list(self.documents)}


@dataclass(slots=True)
class IngestProblem:
    """A file (or part of one) that could not be ingested, and why."""

    source: str
    reason: str
    fatal: bool = True          # False: ingested, but with a warning (e.g. bad bytes replaced)


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did: the summary the CLI prints."""

    files: int = 0
    articles: int = 0
    added: int = 0
    already_stored: int = 0
    rejected: list[IngestProblem] = field(default_factory=list)
    warnings: list[IngestProblem] = field(default_factory=list)
    recleaned: int = 0
    duplicates: int = 0          # copy/rewrite pairs in the corpus after this run
    stories: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected
