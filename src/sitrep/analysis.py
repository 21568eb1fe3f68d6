"""The per-document analysis map: actors, relations, quotes, time expressions, events and claims.

``analyze_document`` is a pure function of one cleaned document and the knowledge base, so it runs
in worker processes (or on Dask) and its result is stored per document. Everything that needs
several documents (one entity per actor, one event per happening) is the reduce in ``picture``.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from functools import lru_cache
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
ANALYSIS_VERSION = "3"

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
    """The version stored with an analysis: code version plus the knowledge it was made with."""
    return hashlib.sha1(f"{ANALYSIS_VERSION}|{kb.version}".encode()).hexdigest()[:12]


def analyze_text(doc_id: str, text: str, published: str | None, title: str | None,
                 kb: KnowledgeBase, nlp: str | None = None) -> DocumentAnalysis:
    """Run every per-document stage over one cleaned text.

    ``nlp`` names an optional trained backend ("spacy:en_core_web_md") whose named entities are
    added as candidates where the rules found nothing; the default needs no model."""
    sentences = split_sentences(text)
    mentions = find_mentions(text, sentences, kb, title=title)
    if nlp:
        mentions = _with_backend(text, mentions, nlp)
    timexes = find_timexes(text, published)
    quotes = find_quotes(text, sentences, mentions)
    return DocumentAnalysis(
        doc_id=doc_id, sentences=sentences, mentions=mentions,
        relations=find_relations(text, sentences, mentions),
        quotes=quotes,
        timexes=timexes,
        # statements are events too: threats, rejections and demands are mostly quoted
        events=find_events(text, sentences, mentions, timexes, published, quotes=quotes),
        claims=find_claims(text, sentences, mentions, timexes, published),
    )


# field names per record type, in declaration order: records are stored as rows, not dicts,
# because dataclasses.asdict was the most expensive step of storing an analysis
_FIELDS = {key: tuple(f.name for f in dataclasses.fields(cls)) for key, cls in _RECORDS.items()}


def _with_backend(text: str, mentions: list[Mention], nlp: str) -> list[Mention]:
    kind, _, name = nlp.partition(":")
    if kind != "spacy" or not name:
        raise ValueError(f"unknown NLP backend {nlp!r}; use spacy:PIPELINE, e.g. spacy:en_core_web_md")
    from sitrep.actors import spacy_backend
    return spacy_backend.merge(mentions, spacy_backend.candidates(text, name))


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


def analyze_task(task: tuple) -> tuple[str, str | None, str]:
    """Worker entry point: (doc id, text, published, title, extra KB JSON[, nlp backend]) ->
    (doc id, published, JSON).

    Takes and returns plain strings so it pickles cheaply across processes.
    """
    doc_id, text, published, title, extra, *rest = task
    analysis = analyze_text(doc_id, text, published, title, knowledge_base(extra), nlp=rest[0] if rest else None)
    return doc_id, published, analysis_to_json(analysis)
