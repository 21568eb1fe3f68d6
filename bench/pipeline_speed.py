"""Whole-pipeline speed and memory of `sitrep ingest` (every stage) on ~5 KB plain-text articles.

Requirement: the whole pipeline (read, clean, store, duplicates, then the analysis of every
document and the cross-document reduce: entities, quotes, events, claims) at >= 150 articles/s on
ONE core, memory flat as the corpus grows. Each run is a fresh `sitrep ingest` process into a
fresh database under `/usr/bin/time -v`; a wrapper around the real CLI also times the stages
inside that process:

  ingest    sitrep.batch.ingest (read, clean, store, re-clean, duplicates, stories)
  analysis  the per-document map (actors, relations, quotes, time expressions, events, claims)
  reduce    dates inferred for undated documents, entity resolution, event merging, picture
            writes (the steps of PictureReport.cpu: dates, entities, events, write)

How to run (median of --runs at N; --scaling adds N/10, N/4 and N/2: 1k, 2.5k, 5k for 10k):
  /work/venv/bin/python bench/pipeline_speed.py -n 1000 --runs 3
  /work/venv/bin/python bench/pipeline_speed.py -n 10000 --runs 1 --scaling --json /tmp/pipeline.json
The corpus is /tmp/bench/corpus10k_v2 when it exists (else --corpus, generated there once with
bench/ingest_speed.py's generator); the first N files (sorted) are ingested.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from benchlib import gnu_time_stats
from ingest_speed import GNU_TIME, ROOT, build_corpus, prefix_dir

TARGET_RATE = 150.0
DEFAULT_CORPUS = Path("/tmp/bench/corpus10k_v2")
console = Console(stderr=True)

# The real CLI with timers around the stages it calls; figures go to a JSON file at exit.
_CLI_WRAPPER = r"""
import atexit, json, sys, time
out, marks = sys.argv[1], {}
def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) // 1024
def timed(module, attr, label):
    mod = __import__(module, fromlist=[attr])
    fn = getattr(mod, attr)
    def run(*a, **k):
        w, c = time.perf_counter(), time.process_time()
        try:
            result = fn(*a, **k)
        finally:
            marks[label] = {"wall_s": time.perf_counter() - w, "cpu_s": time.process_time() - c,
                            "rss_mb": status("VmRSS"), "peak_rss_mb": status("VmHWM")}
        if hasattr(result, "cpu"):
            marks[label]["steps_cpu_s"] = dict(result.cpu)
        return result
    setattr(mod, attr, run)
timed("sitrep.batch", "ingest", "ingest")
timed("sitrep.picture", "update_picture", "picture")
from sitrep.cli import main
marks["startup_cpu_s"] = time.process_time()
atexit.register(lambda: json.dump(marks, open(out, "w")))
sys.argv = ["sitrep", *sys.argv[2:]]
main()
"""


def measure(paths: Path, work: Path, k: int, jobs: int, cpu: int | None, timeout: float) -> dict[str, Any]:
    """One fresh `sitrep ingest` of ``paths``: whole-process and per-stage figures."""
    db = work / "run.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    stages, stats = work / "stages.json", work / "run.time"
    stages.unlink(missing_ok=True)
    cmd = [sys.executable, "-c", _CLI_WRAPPER, str(stages), "ingest", str(paths), "--db", str(db),
           "--quiet", "--jobs", str(jobs)]
    if cpu is not None:          # one core means one core: the OS may not spread the work
        cmd = ["taskset", "-c", str(cpu), *cmd]
    t0 = time.perf_counter()
    proc = subprocess.run([GNU_TIME, "-v", "-o", str(stats), *cmd], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=timeout)
    wall = time.perf_counter() - t0
    if proc.returncode:
        console.print(f"[yellow]sitrep exited {proc.returncode}[/yellow]: {proc.stderr[-600:]}")
    res: dict[str, Any] = {"articles": k, "rc": proc.returncode, "wall_s": round(wall, 2), **gnu_time_stats(stats, "peak_rss_mb")}
    marks = json.loads(stages.read_text()) if stages.exists() else {}
    cpu_s = res["user_s"] + res["sys_s"]
    ingest, picture = marks.get("ingest", {}), marks.get("picture", {})
    steps = picture.get("steps_cpu_s", {})
    reduce_cpu = sum(v for s, v in steps.items() if s != "analysis")
    res.update(articles_per_s=round(k / wall, 1), articles_per_cpu_s=round(k / max(cpu_s, 1e-9), 1),
               startup_cpu_s=round(marks.get("startup_cpu_s", 0.0), 2),
               ingest_cpu_s=round(ingest.get("cpu_s", 0.0), 2), ingest_wall_s=round(ingest.get("wall_s", 0.0), 2),
               ingest_peak_rss_mb=ingest.get("peak_rss_mb"),
               picture_cpu_s=round(picture.get("cpu_s", 0.0), 2), picture_wall_s=round(picture.get("wall_s", 0.0), 2),
               analysis_cpu_s=round(steps.get("analysis", 0.0), 2), reduce_cpu_s=round(reduce_cpu, 2),
               steps_cpu_s={s: round(v, 2) for s, v in steps.items()})
    with __import__("sqlite3").connect(db) as con:
        res["documents"] = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    return res


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add = parser.add_argument
    add("-n", "--articles", type=int, default=10_000, help="corpus size (default 10000)")
    add("--runs", type=int, default=3, help="timed runs at N, fresh database each; the median is shown (default 3)")
    add("--scaling", action="store_true", help="also run N/10, N/4 and N/2 once: peak RSS and rate per size")
    add("--jobs", type=int, default=1, help="sitrep ingest --jobs (default 1; workers' CPU is not in the stage times)")
    add("--corpus", type=Path, default=None, help=f"corpus folder (default {DEFAULT_CORPUS} if present)")
    add("--seed", type=int, default=20241121, help="generator seed when the corpus is generated")
    add("--timeout", type=float, default=3600, help="seconds per run (default 3600)")
    add("--no-pin", action="store_true", help="with --jobs 1, do not pin to one CPU (taskset)")
    add("--json", type=Path, metavar="OUT", help="write the figures as JSON")
    args = parser.parse_args()
    if not os.access(GNU_TIME, os.X_OK):
        sys.exit(f"{GNU_TIME} is needed (apt-get install -y time)")
    cpu = None if args.jobs > 1 or args.no_pin or not shutil.which("taskset") else min(os.sched_getaffinity(0))
    corpus = args.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else Path(tempfile.gettempdir()) / "sitrep-pipeline-corpus")
    if corpus == DEFAULT_CORPUS and len(list(corpus.glob("*.txt"))) < args.articles:
        sys.exit(f"{corpus} holds fewer than {args.articles} articles: pass --corpus DIR to generate them")
    source = build_corpus(corpus, args.articles, args.seed, use_fixtures=False)
    n = min(args.articles, len(list(corpus.glob("*.txt"))))
    with tempfile.TemporaryDirectory(prefix="sitrep-pipeline-") as tmp:
        work = Path(tmp)

        def run(k: int, label: str) -> dict[str, Any]:
            console.print(f"{label}: {k} articles, jobs {args.jobs}", highlight=False)
            return measure(prefix_dir(corpus, work, k), work, k, args.jobs, cpu, args.timeout)

        runs = [run(n, f"run {r + 1}/{args.runs}") for r in range(args.runs)]
        median = sorted(runs, key=lambda r: r["user_s"] + r["sys_s"])[len(runs) // 2]
        sizes = sorted({max(1, n // 10), max(1, n // 4), max(1, n // 2)} - {n}) if args.scaling else []
        scaling = [run(k, "scaling") for k in sizes] + ([median] if sizes else [])

    git = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True)
    figures = {"git": git.stdout.strip(), "corpus": str(corpus), "source": source, "jobs": args.jobs,
               "pinned_cpu": cpu, "target_articles_per_s": TARGET_RATE, "median": median, "runs": runs,
               "scaling": scaling}
    out = Console(width=max(Console().width, 170))
    table = Table(title=f"sitrep ingest (whole pipeline) {figures['git']}: {corpus}, jobs {args.jobs}, "
                        f"{'CPU ' + str(cpu) if cpu is not None else 'unpinned'}; ingest..write: CPU ms per article; "
                        "MB@ingest: peak RSS when ingest ended")
    for col in ("run", "articles", "docs", "wall s", "art/s", "art/CPU s", "CPU s", "peak MB", "MB@ingest",
                "start s", "ingest", "analysis", "reduce", "dates", "entities", "events", "write"):
        table.add_column(col, justify="right")
    for label, r in [(f"#{i + 1}", r) for i, r in enumerate(runs)] + [("median", median)] + [("scale", s) for s in scaling]:
        per = lambda s: f"{1000 * s / r['articles']:.1f}"  # noqa: E731
        steps = r["steps_cpu_s"]
        table.add_row(label, str(r["articles"]), str(r["documents"]), f"{r['wall_s']:.1f}", f"{r['articles_per_s']:.0f}",
                      f"{r['articles_per_cpu_s']:.0f}", f"{r['user_s'] + r['sys_s']:.1f}", f"{r['peak_rss_mb']:.0f}",
                      str(r["ingest_peak_rss_mb"]), f"{r['startup_cpu_s']:.2f}", per(r["ingest_cpu_s"]),
                      per(r["analysis_cpu_s"]), per(r["reduce_cpu_s"]),
                      *(per(steps.get(s, 0.0)) for s in ("dates", "entities", "events", "write")),
                      style="bold" if label == "median" else None)
    out.print(table)
    rate = median["articles_per_cpu_s"]
    out.print(f"median {rate:.0f} articles per CPU second: {'meets' if rate >= TARGET_RATE else 'MISSES'} the "
              f"{TARGET_RATE:.0f}/s one-core target (wall rate {median['articles_per_s']:.0f}/s on a shared machine)")
    if len(scaling) > 1:
        a, b = scaling[0], scaling[-1]
        growth = b["peak_rss_mb"] / a["peak_rss_mb"] - 1
        out.print(f"peak RSS {a['articles']} -> {b['articles']} articles: {a['peak_rss_mb']:.0f} -> "
                  f"{b['peak_rss_mb']:.0f} MB ({growth:+.0%}, {'flat' if abs(growth) < 0.10 else 'GROWS with the corpus'})")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
        console.print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
