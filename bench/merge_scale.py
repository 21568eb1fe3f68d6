"""Scale of the cross-document event merge (``sitrep.events.merge.merge_events``) alone.

Target: the event facts of 100k documents (about 10 each) merged in well under a minute on one
core. Inputs are synthetic and seeded: a year of invented happenings between ~400 actors (a Zipf
mix, so a few actors are in most happenings, as in real coverage; a fifth of them state organs or
members of a larger group, known to ``family_of``) at ~2000 places. Each document is published on
a day and reports ~10 facts: most are happenings of the previous three days, some background from
earlier months, some its own. Every report varies as real ones do: dated to the day (60%), to the
month (10%) or not at all (30%); actor or target missing, or named at another granularity (the state
for its army); neither named but a place or a toll given (5%); tolls with bounds ("at least").
4% of documents are undated (their undated facts have no time at all), 8% copy another document
(same facts, one story with it).

Each size runs in its own process: the time of ``merge_events`` (facts built beforehand), and the
process's peak RSS before and after it (``resource``), or with ``--tracemalloc`` the peak of
Python allocations during the merge (slower).

    python bench/merge_scale.py [--docs 1000 10000 100000] [--seed 7] [--tracemalloc] [--json OUT]
"""
from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

ACTIONS = ["ASSAULT"] * 5 + ["COERCE", "THREATEN", "ACCUSE", "REQUEST", "CONSULT", "PROTEST", "MOBILIZE"]
N_ENTITIES, N_PLACES, N_STATES = 400, 2000, 40
START = dt.date(2024, 1, 1)
DAYS = 365


def _zipf(rng: random.Random, cum: list[float]) -> int:
    return bisect.bisect_left(cum, rng.random() * cum[-1])


def _cum(n: int, s: float = 1.1) -> list[float]:
    out, total = [], 0.0
    for k in range(1, n + 1):
        total += 1 / k ** s
        out.append(total)
    return out


def family_table(rng: random.Random) -> dict[str, frozenset[str]]:
    fam: dict[str, frozenset[str]] = {}
    for i in range(N_ENTITIES):
        if i < N_STATES:
            fam[f"e{i}"] = frozenset({f"state:s{i}"})            # the state itself
        elif i < 120:
            fam[f"e{i}"] = frozenset({f"e{i % N_STATES}", f"state:s{i % N_STATES}"})   # its army, police
        elif i < 160:
            fam[f"e{i}"] = frozenset({f"e{200 + i % 20}"})         # a member of a coalition
    return fam


def corpus(n_docs: int, seed: int):
    rng = random.Random(seed)
    ents, places = _cum(N_ENTITIES), _cum(N_PLACES, 0.9)
    n_happenings = n_docs * 4
    happenings = []
    for _ in range(n_happenings):
        actor = _zipf(rng, ents)
        target = _zipf(rng, ents)
        dead = rng.choice([None, None, None, 1, 2, 3, 4, 5, 7, 10, 12, 20, 35, 60])
        happenings.append((rng.choice(ACTIONS), f"e{actor}", f"e{target}" if target != actor else None,
                           f"p{_zipf(rng, places)}", rng.randrange(DAYS), dead))
    happenings.sort(key=lambda h: h[4])
    by_day = [h[4] for h in happenings]
    fam = family_table(rng)
    docs: dict[str, DocInfo] = {}
    facts: list[tuple[str, EventFact]] = []
    entity_of: dict[tuple[str, int], str] = {}
    per_doc: dict[str, list[EventFact]] = {}
    for i in range(n_docs):
        doc = f"d{i}"
        pub = rng.randrange(3, DAYS)
        undated_doc = rng.random() < 0.04
        if i and rng.random() < 0.08:                               # a copy of an earlier document
            src = f"d{rng.randrange(i)}"
            story = f"s{src}"
            docs[src] = DocInfo(docs[src].outlet, docs[src].published, docs[src].copy_of, story)
            docs[doc] = DocInfo(f"outlet{rng.randrange(60)}", docs[src].published, src, story)
            per_doc[doc] = per_doc[src]
            facts.extend((doc, f) for f in per_doc[src])
            for k in range(len(per_doc[src]) * 3):
                if (src, k) in entity_of:
                    entity_of[(doc, k)] = entity_of[(src, k)]
            continue
        docs[doc] = DocInfo(f"outlet{rng.randrange(60)}", None if undated_doc else (START + dt.timedelta(days=pub)).isoformat())
        locals_: dict[str, int] = {}

        def local(e: str | None) -> int | None:
            if e is None:
                return None
            if e not in locals_:
                locals_[e] = len(locals_)
                entity_of[(doc, locals_[e])] = e
            return locals_[e]

        lo, hi = bisect.bisect_left(by_day, pub - 3), bisect.bisect_right(by_day, pub)
        for k in range(rng.randrange(6, 15)):
            r = rng.random()
            if r < 0.7 and hi > lo:
                h = happenings[rng.randrange(lo, hi)]
            elif r < 0.9:
                h = happenings[rng.randrange(max(1, lo))]
            else:
                h = (rng.choice(ACTIONS), f"e{_zipf(rng, ents)}", f"e{_zipf(rng, ents)}", f"p{rng.randrange(N_PLACES)}",
                     pub - rng.randrange(3), rng.choice([None, 2, 9]))
            action, actor, target, place, when, dead = h
            r = rng.random()
            date = ((START + dt.timedelta(days=when)).isoformat() if r < 0.6 else
                    (START + dt.timedelta(days=when)).isoformat()[:7] if r < 0.7 else None)
            r = rng.random()
            if r < 0.05:
                actor = target = None                              # "a drone hit a base in ..."
            elif r < 0.2:
                actor = None
            elif r < 0.3:
                target = None
            elif r < 0.4 and any(not x.startswith("state:") for x in fam.get(actor, ())):
                # the state for its army, the coalition for its member
                actor = min(x for x in fam[actor] if not x.startswith("state:"))
            bound = rng.choice([None, None, "exact", "min", "approx"])
            shown = dead if dead is not None and rng.random() < 0.6 else None
            per_doc.setdefault(doc, []).append(EventFact(
                action=action, start=k * 300, end=k * 300 + 200, actor=local(actor), target=local(target),
                location=local(place) if rng.random() < 0.6 else None, date=date,
                fatalities=shown, fatalities_bound=bound if shown is not None else None))
        facts.extend((doc, f) for f in per_doc.get(doc, ()))
    return facts, entity_of, docs, fam


def run_one(n_docs: int, seed: int, use_tracemalloc: bool) -> dict:
    facts, entity_of, docs, fam = corpus(n_docs, seed)
    family = lambda e: fam.get(e, frozenset())  # noqa: E731
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if use_tracemalloc:
        import tracemalloc
        tracemalloc.start()
    t0 = time.perf_counter()
    events = merge_events(facts, entity_of, docs, family_of=family)
    seconds = time.perf_counter() - t0
    out = {"docs": n_docs, "facts": len(facts), "events": len(events),
           "multi_doc_events": sum(1 for e in events if len({r.doc for r in e.reports}) > 1),
           "seconds": round(seconds, 2), "peak_rss_mb_before": rss_before // 1024,
           "peak_rss_mb_after": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}
    if use_tracemalloc:
        out["merge_peak_alloc_mb"] = round(tracemalloc.get_traced_memory()[1] / 2 ** 20, 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--tracemalloc", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.seed, args.tracemalloc)))
        return
    rows = []
    for n in args.docs:
        cmd = [sys.executable, __file__, "--child", str(n), "--seed", str(args.seed)]
        cmd += ["--tracemalloc"] if args.tracemalloc else []
        row = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
        rows.append(row)
        print(" ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(rows, fh, indent=1)


if __name__ == "__main__":
    main()
