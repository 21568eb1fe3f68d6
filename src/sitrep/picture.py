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
from sitrep.disjoint import DisjointSets
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
                  on_progress: ProgressFn | None = None, nlp: str | None = None) -> int:
    """Analyse every document whose stored analysis is missing or out of date."""
    extra = json.dumps(pictures.kb_entries(), sort_keys=True)
    # a backend's candidates make another analysis: its name is part of the version
    version = version_of(knowledge_base(extra)) + (f"+{nlp}" if nlp else "")
    stale = pictures.stale_documents(version)
    if not stale:
        return 0
    tasks = [(doc_id, text, published, title, extra, nlp) for doc_id, text, published, title in stale]
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
    from sitrep.timex import infer_publication
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


def update_picture(store: Store, jobs: int = 1, on_progress: ProgressFn | None = None,
                   nlp: str | None = None) -> PictureReport:
    """Analyse what is new, then rebuild the cross-document picture."""
    started = time.perf_counter()
    pictures = PictureStore(store.db)
    report = PictureReport()
    report.analysed = analyse_stale(store, pictures, jobs, on_progress, nlp)
    # Two rounds at most: an undated document may join a story only once events are merged, and
    # its date (inferred from that story) changes how its own time expressions resolve.
    for _ in range(2):
        analyses = {doc_id: analysis_from_json(data) for doc_id, data in pictures.analyses()}
        dates = infer_dates(store, pictures, analyses)
        if dates != pictures.inferred_dates():
            # time expressions of undated documents resolve against the inferred date: redo them
            pictures.set_inferred_dates(dates)
            report.analysed += analyse_stale(store, pictures, jobs, on_progress, nlp)
            analyses = {doc_id: analysis_from_json(data) for doc_id, data in pictures.analyses()}
        report.inferred_dates = len(dates)
        picture = reduce_picture(store, pictures, analyses)
        pictures.replace_picture(**picture)
        link_stories_by_events(store, picture["events"])
        if infer_dates(store, pictures, analyses) == dates:
            break
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
    from sitrep.actors.decisions import Decision
    from sitrep.actors.resolve import resolve_entities
    from sitrep.events.merge import DocInfo, merge_events

    kb = kb_for(pictures)
    decisions = [Decision(kind, a, b) for kind, a, b in pictures.decisions()]
    entities, entity_of = resolve_entities(
        ((doc_id, a.mentions) for doc_id, a in analyses.items()), kb, decisions)
    by_id: dict[str, Entity] = {e.id: e for e in entities}
    by_kb: dict[str, str] = {e.kb_id: e.id for e in entities if e.kb_id}

    def government_of(entity_id: str) -> str | None:
        """The actor a capital or country stands for, among the actors the corpus names: its
        government if named, else (for a capital) its country."""
        entity = by_id.get(entity_id)
        if not entity or not entity.kb_id:
            return None
        gov = kb.government_of(entity.kb_id)
        if gov and gov in by_kb:
            return by_kb[gov]
        country = (kb.entry(entity.kb_id) or {}).get("capital_of")
        return by_kb.get(country) if country else None

    _add_credited_people(store, entities)

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
            claims.append({"quantity": claim_quantity(c.quantity, c.qualifier), "value": c.quantity,
                           "qualifier": c.qualifier, "unit": c.unit, "period": c.period,
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


# how a qualified figure is written in the export: comparisons as symbols, estimates as words
_QUALIFIER_FORMS = {"more than": ">{}", "at least": ">={}", "fewer than": "<{}", "up to": "<={}"}


def claim_quantity(quantity: float | int | str, qualifier: str | None) -> float | int | str:
    """The contract's ``quantity``: a plain number when the text gives it exactly; a string
    keeping the qualifier otherwise (">20" for "more than 20", "about 5"), so an approximate
    figure is never passed off as an exact one. The bare number stays in ``value``."""
    if not qualifier or isinstance(quantity, str):
        return quantity
    return _QUALIFIER_FORMS.get(qualifier, qualifier + " {}").format(quantity)


def _add_credited_people(store: Store, entities: list[Entity]) -> None:
    """Reporters, editors and photographers credited in bylines and captions, as PERSON actors
    without spans (their names are not in the cleaned text). A credited name that the text also
    names joins that entity."""
    from sitrep.credits import credited_people
    from sitrep.model import content_id
    by_name = {a.casefold(): e for e in entities if e.type == "PERSON" for a in [e.name, *e.aliases]}
    removed: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in store.db.execute("SELECT doc_id, reason, text FROM removed_lines ORDER BY doc_id, position"):
        removed[r[0]].append((r[1], r[2]))
    for r in store.db.execute("SELECT id, authors FROM documents"):
        for name, _role in credited_people(removed.get(r[0], []), json.loads(r[1] or "[]")):
            if name.casefold() in by_name:
                continue
            person = Entity(id="x-credit-" + content_id(name.casefold()), name=name, type="PERSON",
                            aliases=[name])
            entities.append(person)
            by_name[name.casefold()] = person


NEWS_DAYS = 3       # an event this close to a document's date is what the document reports


def _publication_dates(store: Store) -> dict[str, str | None]:
    inferred = PictureStore(store.db).inferred_dates()
    return {r[0]: r[1] or (inferred.get(r[0]) or (None,))[0]
            for r in store.db.execute("SELECT id, published FROM documents")}


def _days_apart(a: str | None, b: str | None) -> int:
    import datetime as dt
    if not a or not b:
        return 10**6
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 10**6


UNDATED_SHARED_EVENTS = 2   # an undated document joins a story it shares this many happenings with


def _undated_story_matches(events: list[dict[str, Any]], story_of: dict[str, str],
                           published: dict[str, str | None]) -> dict[str, str]:
    """Undated documents (no date stated, none inferred yet) and the story they belong to.

    Without a date the same-day rule cannot apply, so an undated document joins the story of
    dated documents with which it shares several merged happenings (same category, compatible
    actors and targets), and only when one story clearly wins.
    """
    from collections import Counter
    shared: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        docs = {r["doc"] for r in e.get("reports", [])}
        undated = {d for d in docs if not published.get(d) and d in story_of}
        dated_stories = {story_of[d] for d in docs - undated if d in story_of}
        for doc in undated:
            for story in dated_stories - {story_of[doc]}:
                shared[doc][story] += 1
    out: dict[str, str] = {}
    for doc, counts in shared.items():
        ranked = counts.most_common(2)
        if ranked[0][1] >= UNDATED_SHARED_EVENTS and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            out[doc] = ranked[0][0]
    return out


def link_stories_by_events(store: Store, events: list[dict[str, Any]]) -> int:
    """Join stories whose documents report the same dated happening.

    Copying links documents into stories; independent reports of one incident (the same event,
    dated to the day, reported by several documents) belong together too, and so do the parts
    of one page. Events dated only to a month or a range (campaigns, background) link nothing:
    sharing a topic is not a story.
    Returns how many stories were joined into others.
    """
    from sitrep.model import Story, content_id
    stories = store.stories()
    sets: DisjointSets[str] = DisjointSets()
    root = sets.find
    parent = sets.parent

    story_of = {doc: s.id for s in stories for doc in s.documents}
    published = _publication_dates(store)
    for e in events:
        if not e.get("date") or len(e["date"]) != 10:
            continue
        # only documents for which the happening is news, not background recalled weeks later
        linked = {story_of[r["doc"]] for r in e.get("reports", [])
                  if r["doc"] in story_of and _days_apart(e["date"], published.get(r["doc"])) <= NEWS_DAYS}
        first, *rest = sorted(linked) or [None]
        for other in rest:
            parent[root(other)] = root(first)
    for doc, story in _undated_story_matches(events, story_of, published).items():
        parent[root(story_of[doc])] = root(story)
    # the parts of one page (PATH#1, PATH#2) were put together by whoever made the page
    pages: dict[str, str] = {}
    for doc_id, source in store.db.execute("SELECT id, source FROM documents WHERE source LIKE '%#%'"):
        page = source.rsplit("#", 1)[0]
        if doc_id in story_of:
            if page in pages:
                parent[root(story_of[doc_id])] = root(pages[page])
            else:
                pages[page] = story_of[doc_id]
    groups: dict[str, list[Story]] = defaultdict(list)
    for st in stories:
        groups[root(st.id)].append(st)
    if all(len(g) == 1 for g in groups.values()):
        return 0
    joined: list[Story] = []
    for group in groups.values():
        if len(group) == 1:
            joined.append(group[0])
            continue
        docs = sorted({d for st in group for d in st.documents}, key=lambda d: (published.get(d) or "9999", d))
        title = next((st.title for st in sorted(group, key=lambda st: published.get(st.documents[0]) or "9999")
                      if st.title), None)
        joined.append(Story(content_id(*sorted(docs)), title, docs))
    with store.db:
        store.db.execute("DELETE FROM stories")
        store.db.executemany("INSERT INTO stories VALUES (?, ?)", [(st.id, st.title) for st in joined])
        store.db.executemany("INSERT INTO story_documents VALUES (?, ?, ?)",
                             [(st.id, d, i) for st in joined for i, d in enumerate(st.documents)])
    return len(stories) - len(joined)


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
