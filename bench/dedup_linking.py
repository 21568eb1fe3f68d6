"""Duplicate linking alone at scale (issue 3: a million documents compared in minutes, with bounded
memory): time, peak RSS, precision and recall of ``sitrep.dedup.linking.link`` over a stored corpus.

The corpus is the synthetic one of ``dedup_synthetic`` (copies, rewrites, partial copies, hard
negatives; ``dedup_corpus``), generated in blocks of --block documents (relations are planted
within a block; a pair found across blocks counts as a false positive) and stored once, by the
product's own map side and writer: each article's cleaned text (the generator's paragraphs, no
page chrome: cleaning is not what this measures) sketched by ``linking.sketch_row`` and written
through ``Store.writer()``, with documents holding the head of their text (all that linking reads
of it). Building takes a while (generating and sketching ~3 ms per document, in --workers
processes); the store is cached under /tmp/sitrep-dedup-synth/ by size, seed, generator and a hash
of the sketch and LSH code, so a rerun measures linking only.

The measured run is a fresh process (under /usr/bin/time -v) that marks every sketch unlinked,
clears the duplicates and stories, and calls ``link(store)``: the whole corpus linked in one
go, the worst case for an incremental ingest.

    /work/venv/bin/python bench/dedup_linking.py --documents 1000000 --workers 2 --json /tmp/link1m.json
    /work/venv/bin/python bench/dedup_linking.py --documents 20000      # a quick check
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from benchlib import gnu_time_stats
from dedup_corpus import GEN_VERSION, generate
from dedup_score import score

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / "sitrep-dedup-synth"
GNU_TIME = "/usr/bin/time"
HEAD = 600          # characters of each text stored (linking reads the head only, for credits)


def code_hash() -> str:
    """The sketch and bucket code a stored corpus was built with: other code, other store."""
    files = sorted((ROOT / "src/sitrep/dedup").glob("*.py")) + [ROOT / "src/sitrep/store_schema.py"]
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.read_bytes() if f.name != "linking.py" else _map_side(f))
    return digest.hexdigest()[:10]


def _map_side(path: Path) -> bytes:
    """Only ``sketch_row`` of linking.py decides what is stored: the rest may change freely."""
    text = path.read_text()
    m = re.search(r"def sketch_row\(.*?(?=\n\ndef )", text, re.S)
    return (m.group() if m else text).encode()


def build_block(args: tuple[int, int, int]) -> tuple[list[tuple], dict[str, Any]]:
    """One block, generated and sketched (in a worker process)."""
    from sitrep.dedup.linking import sketch_row
    from sitrep.model import RawArticle
    block, size, seed = args
    pages, truth = generate(size, seed + block, bodies=True)
    out = []
    for name, text in pages.items():
        key = f"b{block:04d}/{name}"
        raw = RawArticle(source=key, text=text[:HEAD], fmt="txt", url=f"synthetic://{key}")
        out.append((raw, truth["docs"][name]["published"], sketch_row(raw.id, text)))
    docs = {f"b{block:04d}/{k}": {**d, "source": d["source"] and f"b{block:04d}/{d['source']}"}
            for k, d in truth["docs"].items()}
    return out, docs


def build(db: Path, n: int, block: int, seed: int, workers: int) -> dict[str, Any]:
    """Store n sketched documents in ``db`` (unless it is complete); returns the merged truth."""
    from sitrep.model import Document
    from sitrep.store import Store
    truth_path = db.with_suffix(".truth.json")
    if truth_path.exists() and db.exists():
        return json.loads(truth_path.read_text())
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    docs: dict[str, Any] = {}
    t0 = time.perf_counter()
    jobs = [(k, min(block, n - k * block), seed) for k in range((n + block - 1) // block)]
    with Store(db) as store, ProcessPoolExecutor(max_workers=workers) as pool:
        # a window of blocks in flight, so that finished blocks never pile up in memory
        window = [pool.submit(build_block, job) for job in jobs[:workers + 1]]
        for k in range(len(jobs)):
            rows, block_truth = window.pop(0).result()
            if k + len(window) + 1 < len(jobs):
                window.append(pool.submit(build_block, jobs[k + len(window) + 1]))
            writer = store.writer()
            with store.batch():
                for raw, published, sketch in rows:
                    doc = Document(id=raw.id, source=raw.source, text=raw.text, raw=raw.text, fmt="txt",
                                   published=published)
                    writer.add(raw, [doc], (), [sketch])
                failed = writer.flush()
            assert not failed, failed[:3]
            docs.update(block_truth)
            done = (k + 1) * block
            print(f"built {min(done, n)}/{n} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    truth = {"generator": GEN_VERSION, "seed": seed, "articles": n, "docs": docs}
    truth_path.write_text(json.dumps(truth))
    return truth


_LINK = """import json, sys, time
from sitrep.dedup.linking import link
from sitrep.store import Store
with Store(sys.argv[1]) as store:
    with store.batch():
        store.db.execute("UPDATE doc_sketches SET linked = 0")
        store.db.execute("DELETE FROM duplicates")
        store.db.execute("DELETE FROM stories")
    t0, c0 = time.perf_counter(), time.process_time()
    pairs, stories = link(store)
    out = {"link_wall_s": time.perf_counter() - t0, "link_cpu_s": time.process_time() - c0,
           "pairs": pairs, "stories": stories}
json.dump(out, open(sys.argv[2], "w"))"""


def measure(db: Path, timeout: float) -> dict[str, Any]:
    out, stats = db.with_suffix(".link.json"), db.with_suffix(".link.time")
    out.unlink(missing_ok=True)
    wrap = [GNU_TIME, "-v", "-o", str(stats)] if os.access(GNU_TIME, os.X_OK) else []
    t0 = time.perf_counter()
    proc = subprocess.run(wrap + [sys.executable, "-c", _LINK, str(db), str(out)], stderr=subprocess.PIPE,
                          text=True, timeout=timeout)
    res: dict[str, Any] = {"rc": proc.returncode, "process_wall_s": round(time.perf_counter() - t0, 1)}
    if proc.returncode:
        res["stderr"] = proc.stderr[-800:]
    if wrap and stats.exists():
        res.update(gnu_time_stats(stats))
    if out.exists():
        res.update(json.loads(out.read_text()))
    return res


def found_pairs(db: Path) -> tuple[dict[str, str], list[list]]:
    from sitrep.store import Store
    with Store(db, readonly=True) as store:
        files = {r[0]: r[1] for r in store.db.execute("SELECT id, source FROM documents")}
        return files, [[d.a, d.b, d.kind, d.original] for d in store.duplicates()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add = parser.add_argument
    add("--documents", type=int, default=1_000_000, help="corpus size (default 1000000)")
    add("--block", type=int, default=10_000, help="documents per generated block (default 10000)")
    add("--workers", type=int, default=2, help="processes that generate and sketch (default 2)")
    add("--seed", type=int, default=20250301)
    add("--timeout", type=float, default=7200, help="kill the linking run after this many seconds")
    add("--db", type=Path, help="the stored corpus (default: cached under /tmp/sitrep-dedup-synth/)")
    add("--json", type=Path, metavar="OUT", help="write the figures as JSON")
    add("--build-only", action="store_true", help="build (or find) the stored corpus, measure nothing")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    db = args.db or CACHE / f"link-n{args.documents}-b{args.block}-s{args.seed}-v{GEN_VERSION}-{code_hash()}.db"
    t0 = time.perf_counter()
    truth = build(db, args.documents, args.block, args.seed, args.workers)
    print(f"corpus {db} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    if args.build_only:
        return
    res = measure(db, args.timeout)
    files, pairs = found_pairs(db)
    quality = score(truth, files, pairs)
    cpu = res.get("user_s", 0) + res.get("sys_s", 0)
    print(f"{args.documents} documents: link {res.get('link_wall_s', 0):.1f} s wall, {res.get('link_cpu_s', 0):.1f} s CPU "
          f"(process {res['process_wall_s']} s wall, {cpu:.1f} s CPU, peak RSS {res.get('max_rss_mb', '-')} MB); "
          f"{res.get('pairs')} pairs, {res.get('stories')} stories")
    print(f"P {quality['precision']} R {quality['recall']} by kind {quality['recall_by_kind']}; hard-negative FP "
          f"{quality['hardneg_fp']}/{quality['hardneg_pairs']}; unrelated FP {quality['unrelated_fp']}")
    if res.get("rc"):
        print(f"linking exited {res['rc']}: {res.get('stderr')}")
    if args.json:
        args.json.write_text(json.dumps({"documents": args.documents, "db": str(db), "run": res, "quality": quality},
                                        indent=2))


if __name__ == "__main__":
    main()
