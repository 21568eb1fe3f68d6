"""Speed of ``sitrep.actors.find_mentions``: milliseconds per article, warm, median of several runs.

    python bench/actors_speed.py [--runs 7] [--articles 200] [--seeds DIR] [--profile]

Two corpora:
- synthetic 5 KB news texts, made from templates with invented names, known actors (drawn from
  the knowledge base), places, numbers and quotes, so the matchers meet a realistic mix of known
  names, unknown capitalised runs, acronyms and prose;
- the seed articles (``../shared/seeds``), cleaned by the ingest pipeline into a temporary store,
  when that folder exists.

Also reports the time to build the default knowledge base (cold, in this process).
"""
from __future__ import annotations

import argparse
import random
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--profile", action="store_true", help="cProfile one pass over the synthetic texts")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    from sitrep.actors.kb import KnowledgeBase
    kb = KnowledgeBase.default()
    print(f"knowledge base: {time.perf_counter() - t0:.2f} s to load ({len(kb.entries)} entries, "
          f"{len(kb.places)} places)")
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
