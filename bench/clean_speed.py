"""Speed of the per-article cleaning map (``sitrep.pipeline.clean_raw_article``) alone.

    python bench/clean_speed.py [--runs 7] [--corpus DIR] [--limit 300] [--profile]

Inputs: the dev seeds (``../shared/seeds/*.txt`` read via ``sitrep.ingest.read_file``), the
invented fixtures (``tests/fixtures/articles/*.txt``) and, when present, the first ``--limit``
files of a synthetic corpus (default ``/tmp/bench/corpus10k_v2``; ``bench/dedup_synthetic.py``
builds such corpora). Each set is cleaned once to warm the caches (knowledge, wordfreq), then
timed as the median of ``--runs`` passes of process CPU time, in ms per article and per 5 KB;
the warm-up pass is reported too ("first pass": names and odd tokens are analysed when first
seen and remembered, so a corpus read once costs between the two).
``--profile`` prints a cProfile of one pass over all inputs.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time
from pathlib import Path

from sitrep.clean.glue import Lexicon
from sitrep.ingest import read_file
from sitrep.model import RawArticle
from sitrep.pipeline import clean_raw_article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def _read(paths: list[Path]) -> list[RawArticle]:
    raws: list[RawArticle] = []
    for path in paths:
        raws += read_file(str(path)).articles
    return raws


def load_sets(corpus: Path, limit: int) -> dict[str, list[RawArticle]]:
    sets = {"seeds": _read(sorted(SEEDS.glob("*.txt"))),
            "fixtures": [RawArticle(source=p.name, text=p.read_text(encoding="utf-8"), fmt="txt")
                         for p in sorted(FIXTURES.glob("*.txt"))]}
    if corpus.is_dir():
        sets[f"synthetic({limit})"] = _read(sorted(corpus.glob("*.txt"))[:limit])
    return {name: raws for name, raws in sets.items() if raws}


def time_set(raws: list[RawArticle], runs: int) -> tuple[float, float, float]:
    """Median CPU ms per article and per 5 KB of raw text over ``runs`` warm passes, and the
    first pass per 5 KB (the documents unseen: every new name is analysed once)."""
    t0 = time.process_time()
    for raw in raws:
        clean_raw_article(raw)
    first = (time.process_time() - t0) * 1000
    passes = []
    for _ in range(runs):
        t0 = time.process_time()
        for raw in raws:
            clean_raw_article(raw)
        passes.append(time.process_time() - t0)
    med = statistics.median(passes) * 1000
    size = sum(len(raw.text) for raw in raws)
    return med / len(raws), med / (size / 5000), first / (size / 5000)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/bench/corpus10k_v2"))
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    sets = load_sets(args.corpus, args.limit)
    Lexicon.default()                       # loaded once per process: not part of any pass
    clean_raw_article(RawArticle(source="warm-up", text="Warm-up page.\nIts only line.", fmt="txt"))
    print(f"{'set':<18}{'articles':>9}{'KB/art':>8}{'ms/article':>12}{'ms/5KB':>9}{'first pass ms/5KB':>19}")
    for name, raws in sets.items():
        per_art, per_5k, first = time_set(raws, args.runs)
        kb = sum(len(r.text) for r in raws) / len(raws) / 1000
        print(f"{name:<18}{len(raws):>9}{kb:>8.1f}{per_art:>12.3f}{per_5k:>9.3f}{first:>19.3f}")
    if args.profile:
        everything = [raw for raws in sets.values() for raw in raws]
        prof = cProfile.Profile()
        prof.enable()
        for raw in everything:
            clean_raw_article(raw)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
