"""The data model: every record the pipeline reads or writes.

One module on purpose: the store, the exporters and every stage agree on these shapes.
Every extracted record carries provenance: a document id and a character span into that
document's cleaned text (``Document.text``), Python ``str`` indexing, end exclusive.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from sitrep.ids import content_id   # also importable from here, as before

SCHEMA = "sitrep/1"


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
    # text already extracted from markup (HTML, feed): the scraped-page zone heuristics do not apply
    extracted: bool = False
    # input lines the main-text extractor left out (chrome, live-blog stamps), in page order: removed
    dropped: list[str] = field(default_factory=list)

    # the id with the fields it was hashed from: a batch asks an article's id some eight times
    # (clean, store, link), each a SHA-256 of the whole text; the fields may still change
    # (a reader sets ``url`` late), so the id is reused only while they are equal
    _id_memo: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def id(self) -> str:
        parts = (self.text, self.url, self.title, self.published, self.outlet, "|".join(self.authors))
        memo = self._id_memo
        if memo is not None and memo[0] == parts:       # identical strings compare at once
            return memo[1]
        found = content_id(*parts)
        self._id_memo = (parts, found)
        return found


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
    # the site that carries a wire's story under its own masthead ("Yahoo News" over a copy the
    # byline credits to Reuters): the page's publisher, while ``outlet`` stays the source that
    # wrote it (duplicates, corroboration and per-outlet chrome read the source)
    publisher: str | None = None
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
            "id": self.id, "source": self.source, "outlet": self.publisher or self.outlet, "title": self.title,
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
class StoryLink:
    """Two documents that report the same happening in their own words (``dedup.same_story``):
    one story, but independent reports, not copies."""

    a: str
    b: str
    similarity: float                          # estimated Jaccard similarity of content words
    figures: int                               # specific figures both report


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


# ----------------------------------------------------------------------------- analysis (per document)
#
# The analysis map turns one Document into a DocumentAnalysis: pure, per document. Records inside
# one analysis refer to actors by ``local`` number (the doc-local actor a mention belongs to); the
# cross-document reduce (actors.resolve) turns local numbers into corpus entity ids.

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WEAPON", "MEDIA", "LAW", "EVENT")
PLOVER_ACTIONS = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                  "COERCE", "ASSAULT")


@dataclass(slots=True)
class Mention:
    """One naming of an actor in a document's cleaned text."""

    start: int
    end: int
    text: str                                  # exactly text[start:end]
    type: str                                  # one of ENTITY_TYPES
    key: str                                   # merge key: "kb:<id>" or "name:<folded name>"
    source: str                                # how it was found: kb, gazetteer, person-cue, ...
    local: int = -1                            # doc-local actor number (same actor, same number)
    kb_id: str | None = None
    canonical: str | None = None               # the KB's canonical name, or the fullest form seen

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "key": self.key, "source": self.source, "local": self.local,
                "kb_id": self.kb_id, "canonical": self.canonical}


@dataclass(slots=True)
class RelationFact:
    """A relation stated in one document between two doc-local actors."""

    subject: int                               # local actor number
    predicate: str                             # member_of, part_of, backed_by, spokesperson_of, ...
    object: int
    start: int                                 # evidence span
    end: int
    office: str | None = None                  # for holds_office: "Prime Minister"


@dataclass(slots=True)
class QuoteFact:
    """A direct quotation and who said it."""

    start: int                                 # the quoted words, without the marks
    end: int
    text: str
    speaker: int | None = None                 # local actor number, when the speaker is named
    speaker_name: str | None = None            # the speaker as the text names or describes them
    cue: str | None = None                     # "said", "told Rudaw", "said in a statement"
    speaker_start: int | None = None           # where the speaker is named (for provenance)
    speaker_end: int | None = None


@dataclass(slots=True)
class TimeExpr:
    """A time expression resolved against the publication date."""

    start: int
    end: int
    text: str
    value: str | None                          # "YYYY-MM-DD", "YYYY-MM", "YYYY", or None
    granularity: str | None                    # day, week, month, year, range
    end_value: str | None = None               # for ranges ("since October 2023" -> end)
    basis: str = ""                            # how it was resolved: "absolute", "weekday", ...


@dataclass(slots=True)
class EventFact:
    """One coded event as one document reports it."""

    action: str                                # a PLOVER root category
    start: int                                 # evidence: the sentence (or clause) stating it
    end: int
    actor: int | None = None                   # local actor numbers
    target: int | None = None
    location: int | None = None
    date: str | None = None                    # "YYYY-MM-DD" or "YYYY-MM"
    date_text: str | None = None
    mode: str | None = None                    # drone, missile, letter, phone call, ...
    fatalities: int | None = None
    injuries: int | None = None
    trigger: str | None = None                 # the matched pattern text
    actor_name: str | None = None              # descriptions when no actor is named
    target_name: str | None = None
    fatalities_bound: str | None = None        # exact, min ("at least"), max ("up to"), approx
    injuries_bound: str | None = None
    date_basis: str | None = None              # how ``date`` was found (``sitrep.events.dating``)
    # "YYYY-Www" for a week ("last week"): ``date`` holds its month, the week bounds merging
    date_week: str | None = None
    # the death toll is a later count ("the toll rose to nine"): it supersedes lower, earlier ones
    toll_update: bool = False


@dataclass(slots=True)
class ClaimFact:
    """A numeric claim: a quantity of something over a period, and who claims it."""

    quantity: float | int | str                # a number, or a vague count kept as words
    unit: str                                  # what is counted: "drone attacks", "soldiers killed"
    start: int                                 # evidence span
    end: int
    period: str | None = None                  # "2024-10", "since 2024-11", ...
    claimant: int | None = None                # local actor number
    claimant_name: str | None = None
    text: str = ""                             # the number as written
    qualifier: str | None = None               # "at least", "more than", "about", "up to", ...


@dataclass(slots=True)
class DocumentAnalysis:
    """Everything the per-document map found in one document."""

    doc_id: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationFact] = field(default_factory=list)
    quotes: list[QuoteFact] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    claims: list[ClaimFact] = field(default_factory=list)


# ----------------------------------------------------------------------------- the picture (cross-document)


@dataclass(slots=True)
class Entity:
    """One actor across the corpus: every alias and mention merged."""

    id: str
    name: str                                  # canonical name
    type: str
    aliases: list[str] = field(default_factory=list)          # every surface form, as spelled
    mentions: list[tuple[str, int, int, str]] = field(default_factory=list)   # (doc, start, end, text)
    kb_id: str | None = None
    reviewed: bool = False                     # True when the knowledge base or a user vouches for it
    qid: str | None = None                     # Wikidata id, when the knowledge base has one

    def contract_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases),
                "mentions": [{"doc": d, "start": s, "end": e, "text": t} for d, s, e, t in self.mentions]}


@dataclass(slots=True)
class Report:
    """One document's account of an event: the figures it gives, so sources can be compared."""

    doc: str
    start: int
    end: int
    outlet: str | None = None
    fatalities: int | None = None
    injuries: int | None = None
    date: str | None = None
    copy_of: str | None = None                 # the document this one copies (counts as one source)


@dataclass(slots=True)
class Event:
    """One happening, merged over every document that reports it."""

    id: str
    action: str
    date: str | None
    date_text: str | None
    actor: str | None                          # entity ids
    target: str | None
    location: str | None
    fatalities: int | None
    injuries: int | None
    mode: str | None = None
    reports: list[Report] = field(default_factory=list)
    corroboration: str = "single source"       # "corroborated", "disputed", "single source"
    disputes: list[str] = field(default_factory=list)   # human-readable notes on disagreeing figures
    date_basis: str | None = None              # how the date was found (see EventFact.date_basis)
    actor_name: str | None = None              # with no actor named: how most reports describe it
    target_name: str | None = None

    def contract_dict(self) -> dict[str, Any]:
        return {"id": self.id, "date": self.date, "date_text": self.date_text, "action": self.action,
                "actor": self.actor, "target": self.target, "location": self.location,
                "actor_name": self.actor_name, "target_name": self.target_name,
                "fatalities": self.fatalities, "injuries": self.injuries, "mode": self.mode,
                "corroboration": self.corroboration, "date_basis": self.date_basis,
                "evidence": [{"doc": r.doc, "start": r.start, "end": r.end} for r in self.reports]}
