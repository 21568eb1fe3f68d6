"""The per-document analysis map: actors, relations, quotes, time expressions, events and claims.

``analyze_document`` is a pure function of one cleaned document and the knowledge base, so it runs
in worker processes (or on Dask) and its result is stored per document. Everything that needs
several documents (one entity per actor, one event per happening) is the reduce in ``picture``.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import pickle
from collections.abc import Callable, Iterable
from functools import lru_cache
from operator import attrgetter
from typing import Any

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.claims import find_claims
from sitrep.events import find_events
from sitrep.nlp.sentences import split_sentences
from sitrep.quotes import find_quotes
from sitrep.relations import find_relations
from sitrep.timex import find_timexes
from sitrep.model import (ClaimFact, DocumentAnalysis, EventFact, Mention, QuoteFact, RelationFact,
                          TimeExpr)

# bump when a stage changes what it extracts, so stored analyses are redone
ANALYSIS_VERSION = "6"

_RECORDS = {"mentions": Mention, "relations": RelationFact, "quotes": QuoteFact,
            "timexes": TimeExpr, "events": EventFact, "claims": ClaimFact}


@lru_cache(maxsize=4)
def knowledge_base(extra: str = "[]") -> KnowledgeBase:
    """The knowledge base of this process (shipped, user files, and entries added with ``kb add``).

    ``extra`` is the JSON text of user-added entries, so the cache keys on their content.
    """
    entries = json.loads(extra)
    return KnowledgeBase.build(entries) if entries else KnowledgeBase.default()


def version_of(kb: KnowledgeBase) -> str:
    """The version stored with an analysis: code version, storage layout (the record fields, in
    order) and the knowledge it was made with: the actor base and every rule or word file."""
    from sitrep.knowledge import fingerprint
    return hashlib.sha1(f"{ANALYSIS_VERSION}|{STORAGE_FORMAT}|{_FIELDS}|{kb.version}|{fingerprint()}".encode()
                        ).hexdigest()[:12]


def analyze_text(doc_id: str, text: str, published: str | None, title: str | None,
                 kb: KnowledgeBase, nlp: str | None = None, prepared: dict | None = None) -> DocumentAnalysis:
    """Run every per-document stage over one cleaned text.

    ``nlp`` names an optional trained backend ("spacy:en_core_web_md") whose named entities are
    added as candidates where the rules found nothing; the default needs no model. ``prepared``:
    a dict that receives the date-free parts of the dated stages (``redate``)."""
    return _analyse([(doc_id, text, published, title, kb, nlp)], [prepared])[0]


def _analyse(rows: list[tuple], prepared: list[dict | None]) -> list[DocumentAnalysis]:
    """Every stage over ``rows`` (doc id, text, published, title, kb, nlp backend), one stage at
    a time over all of them: each stage's caches and automata then stay in the processor's
    caches instead of being pushed out by the other stages between two documents."""
    sentences = [split_sentences(r[1]) for r in rows]
    analyses = []
    for (doc_id, text, _, title, kb, nlp), sents in zip(rows, sentences):
        mentions = find_mentions(text, sents, kb, title=title)
        analyses.append(DocumentAnalysis(doc_id=doc_id, sentences=sents,
                                         mentions=_with_backend(text, mentions, nlp) if nlp else mentions))
    for r, a in zip(rows, analyses):
        a.quotes = find_quotes(r[1], a.sentences, a.mentions, title=r[3])
    for r, a in zip(rows, analyses):
        a.relations = find_relations(r[1], a.sentences, a.mentions)
    return _redate([r[1] for r in rows], analyses, [r[2] for r in rows], prepared)


# the parts of an analysis that depend on the publication date; the others (sentences, mentions,
# relations, quotes) are read from the text alone
DATED_PARTS = ("timexes", "events", "claims")


def redate(text: str, analysis: DocumentAnalysis, published: str | None,
           prepared: dict | None = None) -> DocumentAnalysis:
    """``analysis`` with its time expressions, events and claims found again against
    ``published``: what a full analysis would give, without finding actors and quotes again
    (an undated document's date is inferred only after its analysis).

    ``prepared``: the stages' date-free parts of this text (triggers, roles, figures), filled on
    the first call and reused by the next: re-dating then only resolves dates, about a fifth of
    the work. The stages check that the parts were made from this text."""
    return _redate([text], [analysis], [published], [prepared])[0]


def _redate(texts: list[str], analyses: list[DocumentAnalysis], published: list[str | None],
            prepared: list[dict | None]) -> list[DocumentAnalysis]:
    """``redate`` over several documents, one stage at a time."""
    for text, a, pub, parts in zip(texts, analyses, published, prepared):
        a.timexes = find_timexes(text, pub, prepared=parts)
    # statements are events too: threats, rejections and demands are mostly quoted
    for text, a, pub, parts in zip(texts, analyses, published, prepared):
        a.events = find_events(text, a.sentences, a.mentions, a.timexes, pub, quotes=a.quotes, prepared=parts)
    for text, a, pub, parts in zip(texts, analyses, published, prepared):
        a.claims = find_claims(text, a.sentences, a.mentions, a.timexes, pub, prepared=parts)
    return analyses


# field names per record type, in declaration order: records are stored as rows, not dicts,
# because dataclasses.asdict was the most expensive step of storing an analysis
_FIELDS = {key: tuple(f.name for f in dataclasses.fields(cls)) for key, cls in _RECORDS.items()}


def _with_backend(text: str, mentions: list[Mention], nlp: str) -> list[Mention]:
    kind, _, name = nlp.partition(":")
    if kind != "spacy" or not name:
        raise ValueError(f"unknown NLP backend {nlp!r}; use spacy:PIPELINE, e.g. spacy:en_core_web_md")
    from sitrep.actors import spacy_backend
    return spacy_backend.merge(mentions, spacy_backend.candidates(text, name))


# ----------------------------------------------------------------------------- storage
#
# A stored analysis is a pickle (protocol 5) of (STORAGE_FORMAT, {part: pickled rows}): each part
# (sentences, mentions, ...) is pickled on its own, so a reduce step unpickles only the parts it
# reads, and re-dating a document re-pickles only its dated parts. Rows are tuples of builtin
# values in _FIELDS order, read with an unpickler that refuses every class: a database file from
# elsewhere cannot run code. Loading is about five times faster than the JSON rows it replaced.

STORAGE_FORMAT = "sitrep-analysis/p5.1"
PARTS = ("sentences", *_RECORDS)
_ROW = {key: attrgetter(*names) for key, names in _FIELDS.items()}


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"a stored analysis holds plain values only, not {module}.{name}")


def _loads(data: bytes) -> Any:
    return _PlainUnpickler(io.BytesIO(data)).load()


def _dump_part(analysis: DocumentAnalysis, key: str) -> bytes:
    if key == "sentences":
        rows: list = analysis.sentences
    else:
        get = _ROW[key]
        rows = [get(r) for r in getattr(analysis, key)]
    return pickle.dumps(rows, protocol=5)


def analysis_to_blob(analysis: DocumentAnalysis, reuse: dict[str, bytes] | None = None) -> bytes:
    """The stored form of ``analysis``. ``reuse``: parts already pickled (from ``blob_parts``)
    that did not change."""
    parts = {key: (reuse or {}).get(key) or _dump_part(analysis, key) for key in PARTS}
    return pickle.dumps((STORAGE_FORMAT, analysis.doc_id, parts), protocol=5)


def blob_parts(data: bytes) -> tuple[str, dict[str, bytes]]:
    """(doc id, {part: pickled rows}) of a stored analysis, nothing unpickled yet."""
    fmt, doc_id, parts = _loads(data)
    if fmt != STORAGE_FORMAT:
        raise ValueError(f"stored analysis in format {fmt!r}, expected {STORAGE_FORMAT!r}")
    return doc_id, parts


def load_analysis(data: bytes | str, parts: Iterable[str] = PARTS) -> DocumentAnalysis:
    """A stored analysis (blob, or the JSON of earlier versions) with the named parts filled in;
    the others are left empty, so a reduce step builds only the records it reads."""
    if isinstance(data, str):
        full = analysis_from_json(data)
        return DocumentAnalysis(full.doc_id, **{k: getattr(full, k) for k in parts})
    doc_id, stored = blob_parts(data)
    return parts_analysis(doc_id, stored, parts)


def parts_analysis(doc_id: str, stored: dict[str, bytes], parts: Iterable[str] = PARTS) -> DocumentAnalysis:
    """The analysis of ``doc_id`` from its pickled parts (``blob_parts``), the named ones only."""
    out = DocumentAnalysis(doc_id)
    for key in parts:
        rows = _loads(stored[key])
        if key == "sentences":
            out.sentences = rows
        else:
            cls = _RECORDS[key]
            setattr(out, key, [cls(*row) for row in rows])
    return out


def analysis_to_json(analysis: DocumentAnalysis) -> str:
    data: dict[str, Any] = {"doc_id": analysis.doc_id, "sentences": analysis.sentences}
    for key, names in _FIELDS.items():
        data[key] = {"fields": names,
                     "rows": [[getattr(r, n) for n in names] for r in getattr(analysis, key)]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def analysis_from_json(data: str | dict[str, Any]) -> DocumentAnalysis:
    raw = json.loads(data) if isinstance(data, str) else data
    out = DocumentAnalysis(doc_id=raw["doc_id"],
                           sentences=[tuple(s) for s in raw.get("sentences", [])])
    for key, cls in _RECORDS.items():
        table = raw.get(key) or {"fields": [], "rows": []}
        if isinstance(table, list):          # records written as objects
            table = {"fields": list(table[0]) if table else [], "rows": [list(r.values()) for r in table]}
        known = set(_FIELDS[key])
        wanted = [i for i, n in enumerate(table["fields"]) if n in known]
        names = [table["fields"][i] for i in wanted]
        if names == list(_FIELDS[key]):
            setattr(out, key, [cls(*row) for row in table["rows"]])
        else:
            setattr(out, key, [cls(**{n: row[i] for n, i in zip(names, wanted)}) for row in table["rows"]])
    return out


def analyze_batch(tasks: list[tuple], keep: Callable[[str, dict], None] | None = None
                  ) -> list[tuple[str, str | None, bytes]]:
    """``analyze_task`` over several documents, one stage at a time (``_analyse``): the same
    results with less CPU. ``keep(doc id, parts)``: receives the date-free parts of each undated
    document (``redate``)."""
    rows = [(doc_id, text, published, title, knowledge_base(extra), rest[0] if rest else None)
            for doc_id, text, published, title, extra, *rest in tasks]
    parts: list[dict | None] = [{} if keep is not None and r[2] is None else None for r in rows]
    out = []
    for r, p, analysis in zip(rows, parts, _analyse(rows, parts)):
        if p is not None:
            keep(r[0], p)
        out.append((r[0], r[2], analysis_to_blob(analysis)))
    return out


def analyze_task(task: tuple, prepared: dict | None = None) -> tuple[str, str | None, bytes]:
    """Worker entry point: (doc id, text, published, title, extra KB JSON[, nlp backend]) ->
    (doc id, published, stored analysis).

    Takes and returns plain strings and bytes so it pickles cheaply across processes.
    ``prepared``: receives the date-free parts of the dated stages (``redate``).
    """
    doc_id, text, published, title, extra, *rest = task
    analysis = analyze_text(doc_id, text, published, title, knowledge_base(extra), nlp=rest[0] if rest else None,
                            prepared=prepared)
    return doc_id, published, analysis_to_blob(analysis)
