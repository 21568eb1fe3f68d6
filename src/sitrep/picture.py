"""Build the situation picture: analyse what is new (a parallel map), then the cross-document
reduce: one entity per actor, one event per happening, relations, quotes and claims tied to
entities, and publication dates inferred for undated documents.

``update_picture`` is what ``sitrep ingest`` runs after cleaning; it only analyses documents whose
stored analysis is missing or stale, and rebuilds the (cheap) reduce every time.
"""
from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from sitrep.analysis import analysis_from_json, analyze_task, knowledge_base, version_of
from sitrep.model import DocumentAnalysis, Entity
from sitrep.picture_store import PictureStore
from sitrep.store import Store

ProgressFn = Callable[[int, int], None]      # (documents analysed so far, total)


@dataclass(slots=True)
class PictureReport:
    analysed: int = 0
    entities: int = 0
    quotes: int = 0
    events: int = 0
    claims: int = 0
    relations: int = 0
    inferred_dates: int = 0
    seconds: float = 0.0


def kb_for(pictures: PictureStore):
    """The knowledge base with the entries users added to this database."""
    return knowledge_base(json.dumps(pictures.kb_entries(), sort_keys=True))


def analyse_stale(store: Store, pictures: PictureStore, jobs: int = 1,
                  on_progress: ProgressFn | None = None) -> int:
    """Analyse every document whose stored analysis is missing or out of date."""
    extra = json.dumps(pictures.kb_entries(), sort_keys=True)
    version = version_of(knowledge_base(extra))
    stale = pictures.stale_documents(version)
    if not stale:
        return 0
    tasks = [(doc_id, text, published, title, extra) for doc_id, text, published, title in stale]
    rows: list[tuple[str, str, str | None, str]] = []
    done = 0

    def collect(result: tuple[str, str | None, str]) -> None:
        nonlocal done
        doc_id, published, data = result
        rows.append((doc_id, version, published, data))
        done += 1
        if len(rows) >= 500:
            pictures.save_analyses(rows)
            rows.clear()
        if on_progress:
            on_progress(done, len(tasks))

    if jobs > 1 and len(tasks) > 20:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for result in pool.map(analyze_task, tasks, chunksize=16):
                collect(result)
    else:
        for task in tasks:
            collect(analyze_task(task))
    pictures.save_analyses(rows)
    return len(tasks)


def infer_dates(store: Store, pictures: PictureStore,
                analyses: dict[str, DocumentAnalysis]) -> dict[str, tuple[str, str]]:
    """Publication dates for undated documents, from their story-mates and their own wording."""
    try:
        from sitrep.timex import infer_publication
    except ImportError:     # TEMPORARY while the stages land in parallel
        return {}
    published = {r[0]: r[1] for r in store.db.execute("SELECT id, published FROM documents")}
    out: dict[str, tuple[str, str]] = {}
    for story in store.stories():
        mates = [(published[d], "story-mate published") for d in story.documents if published.get(d)]
        for doc_id in story.documents:
            if published.get(doc_id) or doc_id not in analyses:
                continue
            date, basis = infer_publication(analyses[doc_id].timexes, mates)
            if date:
                out[doc_id] = (date, basis)
    return out


def update_picture(store: Store, jobs: int = 1, on_progress: ProgressFn | None = None) -> PictureReport:
    """Analyse what is new, then rebuild the cross-document picture."""
    started = time.perf_counter()
    pictures = PictureStore(store.db)
    report = PictureReport()
    report.analysed = analyse_stale(store, pictures, jobs, on_progress)
    analyses = {doc_id: analysis_from_json(data) for doc_id, data in pictures.analyses()}
    dates = infer_dates(store, pictures, analyses)
    if dates != pictures.inferred_dates():
        # time expressions of undated documents resolve against the inferred date: redo them
        pictures.set_inferred_dates(dates)
        report.analysed += analyse_stale(store, pictures, jobs, on_progress)
        analyses = {doc_id: analysis_from_json(data) for doc_id, data in pictures.analyses()}
    report.inferred_dates = len(dates)
    picture = reduce_picture(store, pictures, analyses)
    pictures.replace_picture(**picture)
    report.entities = len(picture["entities"])
    report.relations = len(picture["relations"])
    report.quotes = len(picture["quotes"])
    report.events = len(picture["events"])
    report.claims = len(picture["claims"])
    report.seconds = time.perf_counter() - started
    return report


def reduce_picture(store: Store, pictures: PictureStore,
                   analyses: dict[str, DocumentAnalysis]) -> dict[str, list[dict[str, Any]]]:
    """The cross-document reduce over every stored analysis."""
    try:
        from sitrep.actors.decisions import Decision
        from sitrep.actors.resolve import resolve_entities
        from sitrep.events.merge import DocInfo, merge_events
    except ImportError:     # TEMPORARY while the stages land in parallel
        return {"entities": [], "relations": [], "quotes": [], "events": [], "claims": []}

    kb = kb_for(pictures)
    decisions = [Decision(kind, a, b) for kind, a, b in pictures.decisions()]
    entities, entity_of = resolve_entities(
        ((doc_id, a.mentions) for doc_id, a in analyses.items()), kb, decisions)
    by_id: dict[str, Entity] = {e.id: e for e in entities}
    by_kb: dict[str, str] = {e.kb_id: e.id for e in entities if e.kb_id}

    def government_of(entity_id: str) -> str | None:
        entity = by_id.get(entity_id)
        gov_kb = kb.government_of(entity.kb_id) if entity and entity.kb_id else None
        if not gov_kb:
            return None
        if gov_kb not in by_kb:
            # the government is named only through its capital: it still is an actor
            entry = kb.entry(gov_kb) or {"name": gov_kb, "type": "ORG"}
            gov = Entity(id=f"kb-{gov_kb}", name=entry["name"], type=entry.get("type", "ORG"),
                         aliases=[entry["name"]], kb_id=gov_kb, reviewed=True, qid=entry.get("qid"))
            by_id[gov.id] = gov
            by_kb[gov_kb] = gov.id
            entities.append(gov)
        return by_kb[gov_kb]

    def ent(doc_id: str, local: int | None) -> str | None:
        return None if local is None else entity_of.get((doc_id, local))

    relations: dict[tuple[str, str, str], dict[str, Any]] = {}
    quotes: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    facts = []
    for doc_id, a in analyses.items():
        for r in a.relations:
            s, o = ent(doc_id, r.subject), ent(doc_id, r.object)
            if not s or not o or s == o:
                continue
            rel = relations.setdefault((s, r.predicate, o), {"subject": s, "predicate": r.predicate,
                                                              "object": o, "office": r.office, "evidence": []})
            rel["evidence"].append({"doc": doc_id, "start": r.start, "end": r.end})
        for q in a.quotes:
            quotes.append({"doc": doc_id, "start": q.start, "end": q.end, "text": q.text,
                           "speaker": ent(doc_id, q.speaker), "speaker_name": q.speaker_name, "cue": q.cue})
        for c in a.claims:
            claims.append({"quantity": c.quantity, "unit": c.unit, "period": c.period,
                           "claimant": ent(doc_id, c.claimant), "claimant_name": c.claimant_name,
                           "text": c.text, "evidence": {"doc": doc_id, "start": c.start, "end": c.end}})
        facts.extend((doc_id, e) for e in a.events)

    docs = _doc_infos(store, DocInfo)
    events = merge_events(facts, entity_of, docs, government_of=government_of)
    return {"entities": [_entity_dict(e) for e in entities],
            "relations": list(relations.values()), "quotes": quotes,
            "events": [e.contract_dict() | {"reports": [_report_dict(r) for r in e.reports],
                                            "disputes": list(e.disputes)} for e in events],
            "claims": claims}


def _entity_dict(e: Entity) -> dict[str, Any]:
    return e.contract_dict() | {"kb_id": e.kb_id, "reviewed": e.reviewed, "qid": e.qid}


def _report_dict(r) -> dict[str, Any]:
    return {"doc": r.doc, "start": r.start, "end": r.end, "outlet": r.outlet,
            "fatalities": r.fatalities, "injuries": r.injuries, "date": r.date, "copy_of": r.copy_of}


def _doc_infos(store: Store, doc_info: type) -> dict[str, Any]:
    """What event merging needs to know of each document: outlet, date, copy and story."""
    copy_of: dict[str, str] = {}
    for d in store.duplicates():
        if d.kind == "copy" and d.original:
            copy_of[d.b if d.original == d.a else d.a] = d.original
    story_of = {doc: s.id for s in store.stories() for doc in s.documents}
    inferred = PictureStore(store.db).inferred_dates()
    out: dict[str, Any] = {}
    for r in store.db.execute("SELECT id, outlet, published FROM documents"):
        published = r["published"] or (inferred.get(r["id"]) or (None,))[0]
        out[r["id"]] = doc_info(outlet=r["outlet"], published=published,
                                copy_of=copy_of.get(r["id"]), story=story_of.get(r["id"]))
    return out


def by_doc(records: list[dict[str, Any]], key: str = "doc") -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        out[r[key]].append(r)
    return out
