"""Build the situation picture: analyse what is new (a parallel map), date undated documents from
their stories, then the cross-document reduce (``picture_reduce``): one entity per actor, one
event per happening, relations, quotes and claims tied to entities.

``update_picture`` is what ``sitrep ingest`` runs after cleaning. What is incremental and what
is not:

* analysis: incremental. Only documents without an analysis of the current version (code,
  storage layout, knowledge, backend) are analysed, once each.
* dating: incremental. An undated document's date is inferred from its story after its analysis;
  when that date comes, changes or goes, only the parts of its analysis that depend on the date
  (time expressions, events, claims) are found again (``analysis.redate``), not its actors.
* entities and events: rebuilt over the whole corpus each run (a new document can join any two
  actors or happenings), from lean streamed inputs: mentions and event facts, not whole analyses.
  Entities are resolved once per run; events are merged again while the story links a merge
  makes join stories or date more undated documents (their dated parts change), up to
  ``MAX_ROUNDS``: one run reaches the picture a second run would leave unchanged.
* relations, quotes, claims: rewritten each run, streamed document by document into the picture
  tables; the picture is written once per run, in one transaction.
"""
from __future__ import annotations

import datetime as dt
import gc
import json
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from sitrep.analysis import (DATED_PARTS, analysis_to_blob, analyze_batch, blob_parts, knowledge_base,
                             load_analysis, parts_analysis, redate, version_of)
from sitrep.metadata.dates import nearest_year, yearless_month_day
from sitrep.model import TimeExpr
from sitrep.picture_prepared import PreparedParts
from sitrep.picture_reduce import Written, claim_quantity, merge_happenings, resolve_actors, write_picture
from sitrep.picture_stories import _undated_story_matches, link_stories_by_events, unknown_names
from sitrep.picture_store import PictureStore
from sitrep.store import Store

__all__ = ["PictureReport", "analyse_stale", "claim_quantity", "infer_dates", "kb_for",
           "link_stories_by_events", "redate_misdated", "update_picture", "_undated_story_matches"]

ProgressFn = Callable[[int, int], None]      # (documents analysed so far, total)

_CHUNK = 256            # documents read, analysed and stored together
_BATCH = 32             # documents a worker process analyses stage by stage (``analyze_batch``)
MAX_ROUNDS = 4          # of (date undated documents -> merge events -> join stories) per run


@dataclass(slots=True)
class PictureReport(Written):
    """What one update did: the picture's counts as written (``Written``), and the work behind them."""
    analysed: int = 0
    inferred_dates: int = 0
    seconds: float = 0.0
    redated: int = 0            # documents whose dated parts were found again for a new date
    # CPU seconds of this process per step: analysis, dates, entities, events, write
    cpu: dict[str, float] = field(default_factory=dict)


def kb_for(pictures: PictureStore):
    """The knowledge base with the entries users added to this database."""
    return knowledge_base(json.dumps(pictures.kb_entries(), sort_keys=True))


def _version(pictures: PictureStore, nlp: str | None) -> tuple[str, str]:
    """(user KB entries as JSON, analysis version): a backend's candidates make another
    analysis, so its name is part of the version."""
    extra = json.dumps(pictures.kb_entries(), sort_keys=True)
    return extra, version_of(knowledge_base(extra)) + (f"+{nlp}" if nlp else "")


def analyse_stale(store: Store, pictures: PictureStore, jobs: int = 1,
                  on_progress: ProgressFn | None = None, nlp: str | None = None,
                  prepared: PreparedParts | None = None) -> int:
    """Analyse every document without an analysis of the current version, in chunks (texts are
    read and results stored a chunk at a time, so memory does not grow with the corpus).

    ``prepared`` keeps the date-free parts of the undated documents analysed in this process,
    for their re-dating (``redate_misdated``)."""
    extra, version = _version(pictures, nlp)
    ids = pictures.outdated_documents(version)
    done = 0
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(ids) > 20 else None
    try:
        for i in range(0, len(ids), _CHUNK * (jobs if pool else 1)):
            docs = pictures.documents_to_analyse(ids[i:i + _CHUNK * (jobs if pool else 1)])
            tasks = [(doc_id, text, published, title, extra, nlp) for doc_id, text, published, title in docs]
            if pool:
                batches = [tasks[j:j + _BATCH] for j in range(0, len(tasks), _BATCH)]
                results = (r for batch in pool.map(analyze_batch, batches) for r in batch)
            else:
                results = analyze_batch(tasks, prepared.keep if prepared is not None else None)
            rows = []
            for doc_id, published, data in results:
                rows.append((doc_id, version, published, data))
                done += 1
                if on_progress:
                    on_progress(done, len(ids))
            pictures.save_analyses(rows)
    finally:
        if pool:
            pool.shutdown()
    return done


def redate_misdated(store: Store, pictures: PictureStore, nlp: str | None = None,
                    undated: dict[str, list[TimeExpr]] | None = None,
                    prepared: PreparedParts | None = None) -> dict[str, list]:
    """Find the dated parts (time expressions, events, claims) again for every document whose
    analysis was made against another publication date than the one it has now.

    Returns {doc id: its new event facts}; ``undated`` (doc id -> time expressions) is updated.
    ``prepared``: the documents' date-free parts kept from their analysis (or an earlier
    re-dating), so only the dates are resolved again.
    """
    _, version = _version(pictures, nlp)
    todo = pictures.misdated_documents(version)
    out: dict[str, list] = {}
    for i in range(0, len(todo), _CHUNK):
        docs = {d: (text, published) for d, text, published, _ in
                pictures.documents_to_analyse([d for d, _ in todo[i:i + _CHUNK]])}
        rows = []
        for doc_id, data in list(pictures.analyses(docs)):
            text, published = docs[doc_id]
            if isinstance(data, str):           # an old JSON row: made again in full next run
                continue
            _, stored = blob_parts(data)
            parts = (prepared.get(doc_id) if prepared is not None else None) or {}
            analysis = redate(text, parts_analysis(doc_id, stored, ("sentences", "mentions", "quotes")), published,
                              parts)
            if prepared is not None:
                prepared.keep(doc_id, parts)
            keep = {k: v for k, v in stored.items() if k not in DATED_PARTS}
            rows.append((doc_id, version, published, analysis_to_blob(analysis, reuse=keep)))
            out[doc_id] = analysis.events
            if undated is not None and doc_id in undated:
                undated[doc_id] = analysis.timexes
        pictures.save_analyses(rows)
    return out


def undated_timexes(pictures: PictureStore) -> dict[str, list[TimeExpr]]:
    """Time expressions of every analysed document that states no publication date."""
    return {doc_id: load_analysis(data, ("timexes",)).timexes
            for doc_id, data in pictures.analyses(undated_only=True)}


def infer_dates(store: Store, timexes: Mapping[str, list[TimeExpr]],
                corpus: bool = False) -> dict[str, tuple[str, str]]:
    """Publication dates for undated documents (``timexes``: their time expressions), from their
    story-mates and their own wording; with ``corpus``, a document with no dated story-mate is
    dated from the corpus's stated dates when they make one news cycle (``corpus_candidates``)."""
    from sitrep.timex import infer_publication
    from sitrep.timex.infer import CORPUS, corpus_candidates
    published, yearless, stated = {}, {}, []
    for doc_id, date, basis in store.db.execute("SELECT id, published, published_basis FROM documents"):
        published[doc_id] = date
        stated.append((date, basis))
        if date is None and (month_day := yearless_month_day(basis)):
            yearless[doc_id] = month_day
    pool = corpus_candidates(stated) if corpus else []   # a lone undated page: its corpus's news cycle
    def wording(doc_id: str) -> str | None:
        # elapsed spans ("one week since January 16") need the wording: read one page at a time,
        # not every undated page's text at once
        row = store.db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    out: dict[str, tuple[str, str]] = {}
    for story in store.stories():
        mates = [(published[d], "story-mate published") for d in story.documents if published.get(d)]
        for doc_id in story.documents:
            if published.get(doc_id) or doc_id not in timexes:
                continue
            if doc_id in yearless:
                found = _dateline_year(store, yearless[doc_id], mates)
            elif mates or not pool:
                found = infer_publication(timexes[doc_id], mates, wording=wording(doc_id))
            else:
                found = infer_publication(timexes[doc_id], pool, whose=CORPUS, wording=wording(doc_id))
            if found[0]:
                out[doc_id] = found
    return out


def _dateline_year(store: Store, month_day: tuple[int, int],
                   mates: list[tuple[str, str]]) -> tuple[str | None, str]:
    """A year-less dateline's date ("BANGKOK, Nov 14 -"): the month-day in the year that puts it
    nearest the story-mates' publication dates, else the corpus's stated dates (one conflict's
    reports cluster in time; the machine's clock says nothing of when a page was written)."""
    pool, whose = [d for d, _ in mates], "story-mates"
    if not pool:
        pool = [r[0] for r in store.db.execute(
            "SELECT published FROM documents WHERE published IS NOT NULL "
            "AND (published_basis IS NULL OR published_basis NOT LIKE 'inferred%')")]
        whose = "the corpus's dated documents"
    days = sorted(dt.date.fromisoformat(d[:10]) for d in pool if len(d) >= 10)
    if not days:
        return None, "dateline month-day without a year, and no dated document to take it from"
    anchor = days[(len(days) - 1) // 2]
    date = nearest_year(*month_day, anchor)
    if date is None:
        return None, "dateline month-day without a year"
    return date.isoformat(), (f"inferred: dateline month-day {month_day[0]:02d}-{month_day[1]:02d}, "
                              f"year of {whose} (median {anchor.isoformat()})")


def update_picture(store: Store, jobs: int = 1, on_progress: ProgressFn | None = None,
                   nlp: str | None = None) -> PictureReport:
    """Analyse what is new, date what is undated, then rebuild the cross-document picture."""
    started = time.perf_counter()
    clock = _Clock()
    pictures = PictureStore(store.db)
    report = PictureReport(cpu=clock.spent)
    prepared = PreparedParts()
    report.analysed = analyse_stale(store, pictures, jobs, on_progress, nlp, prepared)
    pictures.prune_analyses()
    clock.lap("analysis")
    # the reduce makes millions of small objects, none in a reference cycle worth collecting: the
    # cyclic collector would only scan them (and everything the analysis left) again and again
    collecting = gc.isenabled()
    gc.disable()
    try:
        _reduce(store, pictures, nlp, report, clock, prepared)
    finally:
        if collecting:
            gc.enable()
    report.seconds = time.perf_counter() - started
    return report


def _reduce(store: Store, pictures: PictureStore, nlp: str | None, report: PictureReport,
            clock: "_Clock", prepared: PreparedParts | None = None) -> None:
    """Date what is undated, then rebuild the cross-document picture (``update_picture``)."""
    # analyses made against a date that has since changed (an interrupted run) first: dating reads
    # the time expressions as they resolve under the current dates
    report.redated = len(redate_misdated(store, pictures, nlp, prepared=prepared))
    undated = undated_timexes(pictures)
    clock.lap("dates")
    actors = None
    dates = infer_dates(store, undated)
    # The reduce runs to its fixpoint in one run, so the picture does not depend on how many times
    # the job ran: merged events join stories, a story dates an undated document, its new date
    # re-dates its events, and those merge (and join stories) anew. Stories only ever join and a
    # document's date follows its story, so this settles within a few rounds; the bound is a guard.
    # Only once the stories have settled is a page still alone in its story dated from the corpus:
    # a guess made earlier would re-date its events before they had the chance to join a story
    # whose dates say more.
    settled = False
    for _round in range(MAX_ROUNDS):
        redated: dict[str, list] = {}
        if dates != pictures.inferred_dates():
            pictures.set_inferred_dates(dates)
            redated = redate_misdated(store, pictures, nlp, undated, prepared)
            report.redated += len(redated)
        report.inferred_dates = len(dates)
        clock.lap("dates")
        if actors is None:
            actors = resolve_actors(store, pictures, kb_for(pictures))
            clock.lap("entities")
        actors.facts.update(redated)     # same documents, same order: only their facts change
        events = merge_happenings(store, actors)
        joined = link_stories_by_events(store, events, unknown_names(actors.entities))
        clock.lap("events")
        again = infer_dates(store, undated, settled)  # the stories the events joined may date more
        clock.lap("dates")
        # the stories settle, or the rounds for them run out: the pages still alone are dated from
        # the corpus now, so that the last round applies those dates (a second run would otherwise)
        if not settled and ((_days(again) == _days(dates) and not joined) or _round == MAX_ROUNDS - 2):
            settled = True
            again = infer_dates(store, undated, settled)
        if _days(again) == _days(dates) and not joined:
            if again != dates:          # the same days, explained from the re-dated expressions
                pictures.set_inferred_dates(again)
            break
        dates = again
    written = write_picture(pictures, actors, events)
    clock.lap("write")
    report.entities, report.relations, report.quotes = written.entities, written.relations, written.quotes
    report.events, report.claims = written.events, written.claims


def _days(dates: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """doc id -> its inferred day, without the wording of how it was found."""
    return {doc: day for doc, (day, _basis) in dates.items()}


class _Clock:
    """CPU seconds of this process spent per step (workers of --jobs are not counted)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.last = time.process_time()

    def lap(self, step: str) -> None:
        now = time.process_time()
        self.spent[step] = self.spent.get(step, 0.0) + now - self.last
        self.last = now
