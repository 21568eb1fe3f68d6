"""Speed of the actor stage: ``find_mentions`` per article and ``resolve_entities`` per corpus.

    python bench/actors_speed.py [--runs 7] [--articles 200] [--seeds DIR] [--profile]
    python bench/actors_speed.py --corpus /tmp/s3/c1k [--corpus /tmp/bench/corpus10k_v2]
                                 [--resolve] [--cache DIR] [--runs 3]

Without ``--corpus``, two corpora:
- synthetic 5 KB news texts, made from templates with invented names, known actors (drawn from
  the knowledge base), places, numbers and quotes, so the matchers meet a realistic mix of known
  names, unknown capitalised runs, acronyms and prose;
- the seed articles (``../shared/seeds``), cleaned by the ingest pipeline into a temporary store,
  when that folder exists.

With ``--corpus DIR``: every file of DIR read and cleaned once by ``sitrep.pipeline.clean_raw_article``
(the cleaned texts are cached in ``--cache``), then ``find_mentions`` over them: CPU ms per
document on the first pass (caches cold for the corpus's words and names) and the best of
``--runs`` warm passes. ``--resolve`` then times ``resolve_entities`` over the corpus's mentions
(CPU seconds), which are computed once and cached too (delete the cache after changing the code).

Also reports the time to build the default knowledge base (cold, in this process).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import random
import tempfile
import statistics
import sys
import time
from pathlib import Path

from benchlib import FIRST, LAST, ORG_HEAD, ORG_WORD, PLACES, cleaned_documents
from sitrep.nlp.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

_TITLES = ["Defence Minister", "Colonel", "spokesman", "Gen.", "President", "commander", "Foreign Minister"]
_VERBS = ["said", "told reporters", "added", "warned", "claimed", "denied"]
_SENT = [
    "{T} {P} {V} that {O} fighters had attacked positions near {L} on {D}.",
    "At least {N} people were killed when a drone struck a market in {L}, local officials {V2}.",
    "\u201cWe will not allow {O2} to take {L},\u201d {P} {V}, speaking in {L2}.",
    "The {O} ({A}) denied responsibility, but {A} members were seen in the area, according to {M}.",
    "{K} condemned the attack and called on all parties to respect the ceasefire agreed in {L2}.",
    "Residents of {L} said {N} families had fled towards {L2} since the fighting began on {D}.",
    "{P}, a senior official of the {O}, told {M} that talks with {K} would resume next week.",
    "The United Nations said humanitarian access to {L} remained blocked for a third week.",
    "In a statement, the ministry of defence said its forces had repelled an assault on {L}.",
    "Analysts at the {O2} said the offensive was the largest since {Y}, when {K} sent troops.",
    "{P} later told a news conference in {L2} that the government was ready for negotiations.",
    "The road between {L} and {L2} was cut on {D}, and prices of fuel rose by {N} percent.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _kb_names(kb) -> list[str]:
    names = [e["name"] for e in kb.entries.values() if e.get("type") in ("ORG", "GPE", "PERSON")
             and not e["id"].startswith("media-")]
    return sorted(names)


def synthetic(n: int, kb, size: int = 5000, seed: int = 7) -> list[str]:
    """``n`` invented news texts of about ``size`` characters each."""
    rnd = random.Random(seed)
    known = _kb_names(kb)
    media = sorted(e["name"] for e in kb.entries.values() if e.get("type") == "MEDIA")
    out = []
    for _ in range(n):
        orgs = [f"{rnd.choice(ORG_WORD)} {rnd.choice(ORG_WORD)} {rnd.choice(ORG_HEAD)}" for _ in range(3)]
        people = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" for _ in range(4)]
        paras, length = [], 0
        while length < size:
            sents = []
            for _ in range(rnd.randint(2, 4)):
                org = rnd.choice(orgs)
                s = rnd.choice(_SENT).format(
                    T=rnd.choice(_TITLES), P=rnd.choice(people), V=rnd.choice(_VERBS),
                    V2=rnd.choice(_VERBS), O=org, O2=rnd.choice(orgs), A="".join(w[0] for w in org.split()),
                    L=rnd.choice(PLACES), L2=rnd.choice(PLACES), D=rnd.choice(_DAYS),
                    N=rnd.randint(2, 400), K=rnd.choice(known), M=rnd.choice(media), Y=rnd.randint(1990, 2023))
                sents.append(s)
            p = " ".join(sents)
            paras.append(p)
            length += len(p) + 2
        out.append("\n\n".join(paras)[:size])
    return out


def seed_texts(folder: Path) -> list[tuple[str, str | None]]:
    """(text, title) of the seed articles as the ingest pipeline cleans them."""
    return [(d["text"], d.get("title")) for d in cleaned_documents(folder)]


def time_corpus(docs: list[tuple[str, str | None]], kb, runs: int) -> tuple[float, float, float]:
    """(median ms per article, median ms per 5 KB, best ms per 5 KB) over ``runs`` warm passes.

    The best pass is the figure least disturbed by other processes on a shared machine."""
    from sitrep.actors import find_mentions
    prepared = [(t, split_sentences(t), ti) for t, ti in docs]
    for t, s, ti in prepared:                    # warm-up: caches, lazy word lists
        find_mentions(t, s, kb, title=ti)
    chars = sum(len(t) for t, _, _ in prepared)
    per = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for t, s, ti in prepared:
            find_mentions(t, s, kb, title=ti)
        per.append(time.perf_counter() - t0)
    med = statistics.median(per)
    return med / len(prepared) * 1000, med / chars * 5000 * 1000, min(per) / chars * 5000 * 1000


def corpus_texts(folder: Path, cache: Path) -> list[tuple[str, str, str | None]]:
    """(doc id, cleaned text, title) of every document of ``folder``, cleaned once and cached."""
    key = hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:10]
    path = cache / f"texts-{folder.name}-{key}.pickle"
    if path.exists():
        with open(path, "rb") as fh:
            return pickle.load(fh)
    from sitrep.ingest import read_file
    from sitrep.pipeline import clean_raw_article
    docs = []
    for p in sorted(folder.iterdir()):
        if p.is_file():
            for raw in read_file(str(p)).articles:
                docs += [(d.id, d.text, d.title) for d in clean_raw_article(raw) if d.text]
    cache.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump(docs, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return docs


def time_find(docs: list[tuple[str, str, str | None]], kb, runs: int) -> tuple[float, float, dict]:
    """(first-pass CPU ms per document, best warm pass, mentions by doc id)."""
    from sitrep.actors import find_mentions
    prepared = [(d, t, split_sentences(t), ti) for d, t, ti in docs]
    t0 = time.process_time()
    mentions = {d: find_mentions(t, s, kb, title=ti) for d, t, s, ti in prepared}
    first = time.process_time() - t0
    best = first
    for _ in range(runs):
        t0 = time.process_time()
        for _, t, s, ti in prepared:
            find_mentions(t, s, kb, title=ti)
        best = min(best, time.process_time() - t0)
    return first / len(prepared) * 1000, best / len(prepared) * 1000, mentions


def corpus_bench(folder: Path, kb, args) -> None:
    docs = corpus_texts(folder, args.cache)
    size_kb = sum(len(t) for _, t, _ in docs) / max(1, len(docs)) / 1000
    mpath = args.cache / f"mentions-{folder.name}-{len(docs)}.pickle"
    if args.resolve and mpath.exists() and args.runs == 0:
        with open(mpath, "rb") as fh:
            mentions = pickle.load(fh)
    else:
        first, best, mentions = time_find(docs, kb, args.runs)
        print(f"{folder.name}: {len(docs)} documents ({size_kb:.1f} KB each): find_mentions "
              f"{first:.2f} ms/doc CPU first pass, {best:.2f} warm")
        with open(mpath, "wb") as fh:
            pickle.dump(mentions, fh, protocol=pickle.HIGHEST_PROTOCOL)
    if args.resolve:
        from sitrep.actors.resolve import resolve_entities
        items = list(mentions.items())
        t0 = time.process_time()
        entities, _ = resolve_entities(items, kb)
        print(f"{folder.name}: resolve_entities over {len(items)} documents, "
              f"{sum(len(m) for _, m in items)} mentions: {time.process_time() - t0:.2f} s CPU, "
              f"{len(entities)} entities")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--profile", action="store_true", help="cProfile one pass over the synthetic texts")
    ap.add_argument("--corpus", type=Path, action="append", default=[],
                    help="a folder of raw articles: time the stage over its cleaned documents")
    ap.add_argument("--resolve", action="store_true", help="with --corpus: time resolve_entities too "
                    "(--runs 0 reuses the cached mentions)")
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("TMPDIR", tempfile.gettempdir()))
                    / "sitrep-actors-bench", help="where cleaned texts and mentions are cached")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    from sitrep.actors.kb import KnowledgeBase
    kb = KnowledgeBase.default()
    print(f"knowledge base: {time.perf_counter() - t0:.2f} s to load ({len(kb.entries)} entries, "
          f"{len(kb.places)} places)")
    if args.corpus:
        for folder in args.corpus:
            corpus_bench(folder, kb, args)
        return 0
    synth = [(t, None) for t in synthetic(args.articles, kb)]
    ms, ms5, best = time_corpus(synth, kb, args.runs)
    print(f"synthetic: {len(synth)} articles, {ms:.2f} ms/article, {ms5:.2f} ms per 5 KB "
          f"(best pass {best:.2f})")
    if args.seeds.is_dir():
        seeds = seed_texts(args.seeds)
        ms, ms5, best = time_corpus(seeds, kb, args.runs * 5)
        print(f"seeds: {len(seeds)} articles, {ms:.2f} ms/article, {ms5:.2f} ms per 5 KB "
              f"(best pass {best:.2f})")
    if args.profile:
        import cProfile
        import pstats
        from sitrep.actors import find_mentions
        prepared = [(t, split_sentences(t)) for t, _ in synth]
        pr = cProfile.Profile()
        pr.enable()
        for t, s in prepared:
            find_mentions(t, s, kb)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
