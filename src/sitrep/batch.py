"""Ingest a batch: read files (the edge), map the per-document pipeline over them (in a process
pool with ``jobs`` > 1), write the articles (one writer; each article all or nothing, COMMIT_EVERY
articles per transaction), then run the cross-document reduce steps (lines recurring on an
outlet's pages, duplicates and stories of the new documents)."""
from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from sitrep import corpus
from sitrep.dedup.linking import sketch_row
from sitrep.ingest import FileResult, discover, read_file
from sitrep.model import Document, IngestProblem, IngestReport, RawArticle
from sitrep.pipeline import CleanContext, clean_raw_article
from sitrep.store import ArticleWriter, SketchRow, Store

ProgressFn = Callable[[str, int], None]     # (file just done, articles it held)
# articles per transaction; after each, the lines that recur by then are learnt, so that the
# articles after them are cleaned with them and few need cleaning again at the end
COMMIT_EVERY = 500
# with one process, the lines recurring by then are also learnt after the first LEARN_FIRST
# documents, then after twice as many more and so on up to COMMIT_EVERY: an outlet's chrome is
# known from its third page on, instead of from the first commit (fewer pages cleaned twice)
LEARN_FIRST = 25
# articles are queued and written many per statement, at most this many documents at a time (the
# queue holds their rows: texts, offset maps, sketches)
FLUSH_EVERY = 100


@dataclass(slots=True)
class Processed:
    """One file after the map step: its new articles, cleaned, and its problems."""

    path: str
    articles: list[tuple[RawArticle, list[Document]]] = field(default_factory=list)
    known: list[RawArticle] = field(default_factory=list)
    problems: list[IngestProblem] = field(default_factory=list)
    sketches: dict[str, SketchRow] = field(default_factory=dict)   # per document id


_worker_context = CleanContext()
_worker_store: Store | None = None


def _init_worker(db_path: str | None, recurring: dict[str, frozenset[str]]) -> None:
    global _worker_context, _worker_store
    _worker_context = CleanContext(recurring_lines=recurring)
    _worker_store = Store(db_path, readonly=True) if db_path and os.path.exists(db_path) else None


def clean_article(raw: RawArticle, context: CleanContext) -> list[Document]:
    """Clean one raw article; raises ValueError when nothing of it is article text."""
    docs = [d for d in clean_raw_article(raw, context) if d.text.strip()]
    if not docs:
        raise ValueError("no article text left after cleaning (every line is page chrome or metadata)")
    return docs


def process_file(path: str) -> Processed:
    """The map step for one file: read, skip what the store holds, clean the rest."""
    try:
        result: FileResult = read_file(path)
    except Exception as err:  # noqa: BLE001 - a reader bug on one file must never stop a batch
        return Processed(path, problems=[IngestProblem(path, f"internal error while reading: {err!r}")])
    out = Processed(path, problems=list(result.problems))
    for raw in result.articles:
        if _worker_store is not None and _worker_store.has_raw(raw.id):
            out.known.append(raw)
            continue
        try:
            docs = clean_article(raw, _worker_context)
            out.sketches.update((d.id, sketch_row(d.id, d.text)) for d in docs)
            out.articles.append((raw, docs))
        except ValueError as err:
            out.problems.append(IngestProblem(raw.source, str(err)))
        except Exception as err:  # noqa: BLE001 - one bad article must never stop a batch
            out.problems.append(IngestProblem(raw.source, f"internal error while cleaning: {err!r}"))
    return out


def _mapped(paths: list[str], db_path: str, recurring: dict[str, frozenset[str]], jobs: int) -> Iterator[Processed]:
    global _worker_store
    if jobs <= 1:
        _init_worker(db_path, recurring)
        try:
            for path in paths:
                yield process_file(path)
        finally:
            if _worker_store is not None:
                _worker_store.close()
                _worker_store = None
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(db_path, recurring)) as pool:
        yield from pool.map(process_file, paths, chunksize=8)


# the cyclic collector during a batch: a young generation of this many container objects (the
# default, 700, ran a collection every few hundred words of a page: 800 per 1,000 articles, 3% of
# the foundation's CPU), and the objects alive when the batch starts (knowledge, word lists)
# frozen out of the full collections. Cyclic garbage is still collected; restored afterwards
GC_YOUNG = 10_000


@contextmanager
def _collector_for_batch() -> Iterator[None]:
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def ingest(paths: Iterable[str], store: Store, jobs: int = 1,
           on_start: Callable[[int], None] | None = None, on_file: ProgressFn | None = None) -> IngestReport:
    """Ingest every article below ``paths`` into ``store``; returns what happened."""
    with _collector_for_batch():
        return _ingest(paths, store, jobs, on_start, on_file)


def _ingest(paths: Iterable[str], store: Store, jobs: int,
            on_start: Callable[[int], None] | None, on_file: ProgressFn | None) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport()
    files: list[str] = []
    for path, problem in discover(paths):
        if problem:
            report.rejected.append(IngestProblem(path, problem))
            store.log_problem(path, problem, True)
        else:
            files.append(path)
    report.files = len(files)
    if on_start:
        on_start(len(files))
    recurring = corpus.recurring_keys(store)
    pending: list[str] = []          # documents written since the last commit
    store.begin()
    try:
        _write(store, _mapped(files, store.path, recurring, jobs), report, pending, jobs, on_file)
    finally:
        store.commit()
    _learn(store, pending, jobs)
    # the lines this batch made recurring must be known before re-cleaning with them
    corpus.find_recurring_lines(store)
    context = CleanContext(recurring_lines=corpus.recurring_keys(store))
    # one transaction for the whole re-clean (each article still all or nothing inside it): a
    # commit per article cost more than writing it; a crash leaves the articles as first
    # cleaned, and the next ingest re-cleans them
    with store.batch():
        report.recleaned = corpus.reclean(store, lambda raw_id: _reclean_one(store, raw_id, context),
                                          lambda doc: sketch_row(doc.id, doc.text), find=False)
    report.duplicates, report.stories = corpus.link_documents(store)
    report.seconds = time.perf_counter() - started
    return report


def _write(store: Store, mapped: Iterable[Processed], report: IngestReport, pending: list[str], jobs: int,
           on_file: ProgressFn | None) -> None:
    """Store the map step's output: queued and written many per statement (FLUSH_EVERY
    documents), COMMIT_EVERY documents per transaction, recurring lines learnt after LEARN_FIRST,
    twice as many more, ... documents."""
    # bucket rows are written once per transaction, just before its commit (``ArticleWriter``)
    writer = store.writer(defer_buckets=True)
    try:
        _write_all(store, writer, mapped, report, pending, jobs, on_file)
    finally:
        writer.write_buckets()


def _write_all(store: Store, writer: ArticleWriter, mapped: Iterable[Processed], report: IngestReport,
               pending: list[str], jobs: int, on_file: ProgressFn | None) -> None:
    queued: dict[str, list[str]] = {}           # raw id -> its document ids, until written
    learn_at, since_commit = LEARN_FIRST if jobs <= 1 else COMMIT_EVERY, 0
    for done in mapped:
        for problem in done.problems:
            (report.rejected if problem.fatal else report.warnings).append(problem)
            store.log_problem(problem.source, problem.reason, problem.fatal)
        for raw in done.known:
            report.articles += 1
            report.already_stored += 1
            writer.note_source(raw.source, raw.id)
        for raw, docs in done.articles:
            report.articles += 1
            lines = [row for doc in docs for row in corpus.outlet_lines(doc)]
            if writer.add(raw, docs, lines, [done.sketches[d.id] for d in docs if d.id in done.sketches]):
                report.added += 1
                queued[raw.id] = [d.id for d in docs]
            else:
                report.already_stored += 1
                writer.note_source(raw.source, raw.id)
        if on_file:
            on_file(done.path, len(done.articles) + len(done.known))
        if sum(map(len, queued.values())) >= FLUSH_EVERY:
            _flush(store, writer, queued, report, pending)
        if len(pending) + sum(map(len, queued.values())) >= learn_at:
            since_commit += len(pending) + sum(map(len, queued.values()))
            _flush(store, writer, queued, report, pending)
            if since_commit >= COMMIT_EVERY:
                writer.write_buckets()
                store.commit()
                since_commit = 0
            _learn(store, pending, jobs)
            store.begin()
            learn_at = min(2 * learn_at, COMMIT_EVERY)
    _flush(store, writer, queued, report, pending)


def _flush(store: Store, writer: ArticleWriter, queued: dict[str, list[str]], report: IngestReport,
           pending: list[str]) -> None:
    for raw, err in writer.flush():
        # all or nothing: nothing of this article was stored; the batch goes on
        problem = IngestProblem(raw.source, f"cannot store: {err}")
        report.added -= 1
        report.rejected.append(problem)
        store.log_problem(problem.source, problem.reason, True)
        queued.pop(raw.id, None)
    for ids in queued.values():
        pending.extend(ids)
    queued.clear()


def _learn(store: Store, pending: list[str], jobs: int) -> None:
    """Learn the lines that recur by now, for the articles still to clean (in this process only:
    a pool's workers keep the lines known at the start, and the end of the batch re-cleans)."""
    global _worker_context
    if jobs <= 1 and corpus.learn_recurring_lines(store, pending):
        _worker_context = CleanContext(recurring_lines=corpus.recurring_keys(store),
                                       lexicon=_worker_context.lexicon)
    pending.clear()


def _reclean_one(store: Store, raw_id: str, context: CleanContext) -> list[Document]:
    try:
        return clean_article(store.raw_article(raw_id), context)
    except ValueError:
        # nothing but recurring lines left: keep the documents as they were stored
        return [store._document(row) for row in store.db.execute(
            "SELECT * FROM documents WHERE raw_id = ? ORDER BY rowid", (raw_id,))]
