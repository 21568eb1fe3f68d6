"""Speed of the per-document event coder (``sitrep.events.find_events``) alone.

Budget: <= 1 ms per ~5 KB article on one core, warm (lexicon compiled, caches filled). Inputs:
synthetic ~5 KB conflict-news texts assembled from invented sentences (several settings, dense in
triggers, dates, casualty figures and quotations) and, when present, the dev seeds. Mentions come
from ``sitrep.actors.find_mentions`` and time expressions from ``sitrep.timex.find_timexes``; only
``find_events`` is timed. Prints the median over several runs of ms/article.

    python bench/events_speed.py [--seeds DIR] [--runs 7] [--articles 200] [--profile]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from sitrep.events import find_events
from sitrep.nlp.sentences import split_sentences

SENTENCES = [
    "Government forces shelled rebel positions near Kidal on Tuesday, killing at least 12 fighters, a local official said.",
    "The RSF said it had launched a drone attack on the army's headquarters in El Fasher, wounding 24 soldiers.",
    "Ecowas called on Mali to release the detained ministers and urged the junta to hold elections by March.",
    "Azerbaijan accused Armenia of violating the ceasefire, while Yerevan denied the claims as a pretext.",
    "Russia threatened to retaliate after Ukraine struck an oil depot in the Belgorod region overnight.",
    "The Arakan Army seized a police outpost in Rakhine state last week, according to residents.",
    "“We will not negotiate under fire,” the spokesman told Reuters, adding that talks with Khartoum had stalled.",
    "Thousands protested in Bamako on Friday against the presence of foreign troops.",
    "Turkey condemned the attack and offered to mediate between the two sides.",
    "No one was hurt in the blast, police said, but two vehicles were destroyed.",
    "The minister met his Chadian counterpart in N'Djamena on Monday to discuss border security.",
    "Militants ambushed a convoy on the road to Gao, and the army said three soldiers died.",
    "The United Nations imposed sanctions on two commanders accused of abuses against civilians.",
    "Officials said the group has carried out more than 40 attacks since January, most of them with rockets.",
    "In a phone call on May 5 between the two presidents, both sides agreed to reopen the crossing.",
    "The opposition rejected the proposal, calling it an attempt to delay the vote until next year.",
    "Iran-backed militias fired rockets at a base hosting coalition troops in eastern Syria on Sunday.",
    "The Kremlin said it was ready for talks, but Kyiv dismissed the offer as a ploy.",
    "Witnesses said the gunmen abducted 15 villagers and burned the market before fleeing.",
    "The Security Council will meet on Thursday to consider a resolution calling for a truce.",
]


def synthetic(n: int, size: int = 5000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts, length = [], 0
        while length < size:
            s = rng.choice(SENTENCES)
            parts.append(s)
            length += len(s) + 1
            if rng.random() < 0.2:
                parts.append("\n\n")
        out.append(" ".join(parts))
    return out


def prepare(texts: list[str], published: str = "2024-05-10"):
    from sitrep.actors import find_mentions
    from sitrep.actors.kb import KnowledgeBase
    from sitrep.timex import find_timexes
    kb = KnowledgeBase.default()
    docs = []
    for t in texts:
        sents = split_sentences(t)
        docs.append((t, sents, find_mentions(t, sents, kb), find_timexes(t, published), published))
    return docs


def time_docs(docs, runs: int) -> tuple[float, float]:
    for d in docs[:5]:
        find_events(*d)                                  # warm: lexicon, regex caches
    per_run = []
    chars = sum(len(d[0]) for d in docs)
    for _ in range(runs):
        t0 = time.process_time()
        for d in docs:
            find_events(*d)
        per_run.append((time.process_time() - t0) * 1000)
    med = statistics.median(per_run)
    return med / len(docs), med / (chars / 5000)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "seeds")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--profile", action="store_true", help="profile the synthetic run (cProfile, top 25)")
    a = ap.parse_args(argv)
    docs = prepare(synthetic(a.articles))
    per_doc, per_5k = time_docs(docs, a.runs)
    print(f"synthetic   {len(docs):4} articles  {per_doc:.3f} ms/article  {per_5k:.3f} ms/5KB")
    seeds = sorted(a.seeds.glob("*.txt")) if a.seeds.is_dir() else []
    if seeds:
        sdocs = prepare([p.read_text(encoding="utf-8", errors="replace") for p in seeds], "2024-11-20")
        per_doc, per_5k = time_docs(sdocs, a.runs * 20)
        print(f"seeds       {len(sdocs):4} articles  {per_doc:.3f} ms/article  {per_5k:.3f} ms/5KB")
    if a.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            find_events(*d)
        prof.disable()
        pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
