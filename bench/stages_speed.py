"""Speed of four per-document stages alone: relations, quotes, claims, timex.

    python bench/stages_speed.py [--runs 7] [--articles 120] [--profile STAGE] [--dump OUT.pkl]

Inputs are built once: the seed articles as the ingest pipeline cleans them (``../shared/seeds``),
deterministic synthetic 5 KB news texts dense in quotes, relations, figures and dates, and, when
present, texts of the PolNeAR and TempEval-3 benchmarks. Sentences, mentions
(``sitrep.actors.find_mentions``) and time expressions are computed once; then each stage is
timed alone, warm, as the median of ``--runs`` passes in milliseconds per 5 KB of text, by wall
clock and by process CPU time (the machine is shared: CPU time is the steadier figure).

``--dump`` pickles the inputs and every stage's output, so a change can be diffed against the
outputs of the code before it without depending on the actor stage staying the same.
"""
from __future__ import annotations

import argparse
import html
import pickle
import random
import re
import statistics
import sys
import time
from pathlib import Path

from benchlib import FIRST, LAST, ORG_HEAD, ORG_WORD, PLACES, cleaned_documents
from sitrep.nlp.sentences import split_sentences

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
POLNEAR = SHARED / "benchmarks" / "polnear" / "data" / "dev" / "text"
TEMPEVAL = SHARED / "benchmarks" / "tempeval3-tbaq" / "TBAQ-cleaned"

_COUNTRIES = ["Mali", "Ukraine", "Myanmar", "Sudan", "Iraq", "Syria", "Libya", "Yemen", "Russia", "Iran"]
_TITLES = ["Defence Minister", "Colonel", "spokesman", "Gen.", "President", "commander", "Prime Minister"]
_VERBS = ["said", "told reporters", "added", "warned", "claimed", "denied", "said in a statement"]
_MONTHS = ["January", "March", "May", "June", "August", "October", "December"]
_SENT = [
    "{T} {P} {V} that {O} fighters had attacked positions near {L} on {D}.",
    "At least {N} people were killed and {N2} wounded when a drone struck a market in {L}, local officials {V2}.",
    "\u201cWe will not allow {O2} to take {L},\u201d {P} {V}, speaking in {L2}.",
    "\u201cThe situation is dire. We need {N} tonnes of food every week,\u201d said {P}, a spokesman for the {O}.",
    "The {O} ({A}) denied responsibility, but {A} members were seen in the area, according to {M}.",
    "{K} condemned the attack and called on all parties to respect the ceasefire agreed on {MO} {DD}.",
    "Residents of {L} said {N} families had fled towards {L2} since the fighting began on {D}.",
    "{P}, a senior official of the {O}, told {M} that talks with {K} would resume next week.",
    "The {C}-backed {O} is part of the {O2}, which has about {N}00 fighters, {P} said.",
    "In a statement on {MO} {DD}, {Y}, the ministry of defence said its forces had repelled an assault on {L}.",
    "Analysts at the {O2} said the offensive was the largest since {Y}, when {K} sent troops.",
    "{C} Prime Minister {P} told a news conference in {L2} that the government was ready for negotiations.",
    "The road between {L} and {L2} was cut on {D}, and prices of fuel rose by {N} percent in two weeks.",
    "Two days later, the {O} said {N} of its members had been detained since early {MO}.",
    "The United Nations said it needed ${N} million to help {N}000 displaced people in {L} this year.",
    "{P} described the accusations as \u201cbaseless lies\u201d and said the {O} would respond.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def synthetic(n: int, kb, size: int = 5000, seed: int = 11) -> list[tuple[str, str]]:
    """``n`` invented (text, published) news articles of about ``size`` characters each."""
    rnd = random.Random(seed)
    known = sorted(e["name"] for e in kb.entries.values() if e.get("type") in ("ORG", "GPE", "PERSON")
                   and not e["id"].startswith("media-"))
    media = sorted(e["name"] for e in kb.entries.values() if e.get("type") == "MEDIA") or ["Reuters"]
    out = []
    for k in range(n):
        orgs = [f"{rnd.choice(ORG_WORD)} {rnd.choice(ORG_WORD)} {rnd.choice(ORG_HEAD)}" for _ in range(3)]
        people = [f"{rnd.choice(FIRST)} {rnd.choice(LAST)}" for _ in range(4)]
        paras, length = [], 0
        while length < size:
            sents = []
            for _ in range(rnd.randint(2, 4)):
                org = rnd.choice(orgs)
                sents.append(rnd.choice(_SENT).format(
                    T=rnd.choice(_TITLES), P=rnd.choice(people), V=rnd.choice(_VERBS),
                    V2=rnd.choice(_VERBS), O=org, O2=rnd.choice(orgs), A="".join(w[0] for w in org.split()),
                    L=rnd.choice(PLACES), L2=rnd.choice(PLACES), D=rnd.choice(_DAYS),
                    N=rnd.randint(2, 400), N2=rnd.randint(2, 90), K=rnd.choice(known), M=rnd.choice(media),
                    Y=rnd.randint(1990, 2023), C=rnd.choice(_COUNTRIES), MO=rnd.choice(_MONTHS),
                    DD=rnd.randint(1, 28)))
            p = " ".join(sents)
            paras.append(p)
            length += len(p) + 2
        out.append(("\n\n".join(paras)[:size], f"2024-{1 + k % 12:02d}-{1 + k % 27:02d}"))
    return out


def seed_docs(folder: Path) -> list[tuple[str, str | None]]:
    """(text, published) of the seed articles as the ingest pipeline cleans them."""
    return [(d["text"], d.get("published")) for d in cleaned_documents(folder)]


def polnear_docs(limit: int) -> list[tuple[str, str | None]]:
    if not POLNEAR.is_dir():
        return []
    return [(p.read_text(encoding="utf-8"), None) for p in sorted(POLNEAR.glob("*.txt"))[:limit]]


_TAG = re.compile(r"<[^>]+>")


def tempeval_docs(limit: int) -> list[tuple[str, str | None]]:
    out = []
    for p in sorted(TEMPEVAL.glob("*/*.tml"))[:limit]:
        raw = p.read_text(encoding="utf-8")
        dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw)
        inner = raw[raw.index("<TEXT>") + 6:raw.index("</TEXT>")]
        out.append((html.unescape(_TAG.sub("", inner)).strip(), dct.group(1)[:10] if dct else None))
    return out


def _mentions(text: str, sentences, kb, tries: int = 3):
    """Mentions from the actor stage, which a colleague may be editing: retry a failed import."""
    import importlib
    for k in range(tries):
        try:
            import sitrep.actors as actors
            if k:
                actors = importlib.reload(actors)
            return actors.find_mentions(text, sentences, kb)
        except Exception:                      # noqa: BLE001 - mid-edit module
            if k == tries - 1:
                raise
            time.sleep(2)


def prepare(docs: list[tuple[str, str | None]], kb) -> list[dict]:
    from sitrep.timex import find_timexes
    out = []
    for text, pub in docs:
        sents = split_sentences(text)
        out.append({"text": text, "published": pub, "sentences": sents,
                    "mentions": _mentions(text, sents, kb), "timexes": find_timexes(text, pub)})
    return out


def stages():
    from sitrep.claims import find_claims
    from sitrep.quotes import find_quotes
    from sitrep.relations import find_relations
    from sitrep.timex import find_timexes
    return {
        "relations": lambda d: find_relations(d["text"], d["sentences"], d["mentions"]),
        "quotes": lambda d: find_quotes(d["text"], d["sentences"], d["mentions"]),
        "claims": lambda d: find_claims(d["text"], d["sentences"], d["mentions"], d["timexes"],
                                        d["published"]),
        "timex": lambda d: find_timexes(d["text"], d["published"]),
    }


def time_stage(fn, prepared: list[dict], runs: int, fresh=None) -> tuple[float, float]:
    """(median wall ms, median CPU ms) per 5 KB over ``runs`` warm passes; ``fresh`` is called
    before each pass to forget what a stage remembers of texts it has seen (the same texts
    again and again would flatter such a cache)."""
    for d in prepared:
        fn(d)
    chars = sum(len(d["text"]) for d in prepared)
    wall, cpu = [], []
    for _ in range(runs):
        if fresh is not None:
            fresh()
        t0, c0 = time.perf_counter(), time.process_time()
        for d in prepared:
            fn(d)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    scale = 5000 * 1000 / chars
    return statistics.median(wall) * scale, statistics.median(cpu) * scale


def _forget(stage: str):
    if stage == "relations":
        from sitrep.relations import forget_seen_gaps
        return forget_seen_gaps
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--articles", type=int, default=120, help="synthetic articles")
    ap.add_argument("--extra", type=int, default=40, help="PolNeAR and TempEval texts, each")
    ap.add_argument("--stage", action="append", help="time only these stages")
    ap.add_argument("--profile", help="cProfile one stage over every corpus")
    ap.add_argument("--dump", type=Path, help="pickle the inputs and each stage's outputs here")
    ap.add_argument("--load", type=Path, help="read the inputs from a --dump file instead")
    args = ap.parse_args(argv)
    if args.load:
        corpora = pickle.loads(args.load.read_bytes())["inputs"]
    else:
        from sitrep.actors.kb import KnowledgeBase
        kb = KnowledgeBase.default()
        raw = {"seeds": seed_docs(SEEDS) if SEEDS.is_dir() else [],
               "synthetic": synthetic(args.articles, kb),
               "polnear": polnear_docs(args.extra), "tempeval": tempeval_docs(args.extra)}
        corpora = {name: prepare(docs, kb) for name, docs in raw.items() if docs}
    fns = stages()
    if args.dump:
        outputs = {st: {name: [fn(d) for d in docs] for name, docs in corpora.items()}
                   for st, fn in fns.items()}
        args.dump.write_bytes(pickle.dumps({"inputs": corpora, "outputs": outputs}))
    if args.profile:
        import cProfile
        import pstats
        fn = fns[args.profile]
        every = [d for docs in corpora.values() for d in docs]
        for d in every:
            fn(d)
        pr = cProfile.Profile()
        pr.enable()
        for _ in range(3):
            for d in every:
                fn(d)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(30)
        return 0
    print(f"{'stage':<10}" + "".join(f"{name:>22}" for name in corpora) + "   (ms per 5 KB: wall / cpu)")
    for st, fn in fns.items():
        if args.stage and st not in args.stage:
            continue
        cells = []
        for name, docs in corpora.items():
            runs = args.runs * (5 if name == "seeds" else 1)
            w, c = time_stage(fn, docs, runs, _forget(st))
            cells.append(f"{w:.3f} / {c:.3f}")
        print(f"{st:<10}" + "".join(f"{c:>22}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
