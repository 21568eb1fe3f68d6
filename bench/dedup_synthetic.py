"""Duplicate detection at scale on a synthetic corpus with planted relations: time, memory,
precision and recall (issue 3).

A seeded generator writes N invented news pages (~5 KB .txt, scraped-page style) about many distinct
invented events, and plants, with their ground truth (``truth.json``):

- copies (~10%): wire syndication; the same body under another outlet's chrome, headline and byline,
  sometimes trimmed by a paragraph or with a few words edited
- rewrites (~10%): the same facts (names, numbers, places), sentences reordered locally, 30-60% of
  them paraphrased (another wording, synonyms, attribution moved), some dropped, some added
- partials (~5%): a new article about another event that embeds 3-6 consecutive paragraphs of an
  older one as background
- hard negatives (~15%): another event told from the same template: same actors and spokespeople,
  same sentence wording, different places, numbers and dates; must NOT be flagged. Every sentence
  template holds a place, a number or a date, so no sentence of a hard negative is a true copy.
- the rest (~60%): unrelated articles (each a distinct event), some of them sources of the above

Then, per size, a fresh database is filled by the ``sitrep ingest`` CLI in a subprocess under
``/usr/bin/time -v`` (whole process: wall time, CPU, peak RSS; the CLI runs the per-document
pipeline, the duplicate search and, when installed, the analysis stage; the stage times are taken
inside that process by wrapping ``sitrep.batch.ingest``, ``sitrep.dedup.linking.link`` and
``sitrep.picture.update_picture`` when they exist). A second subprocess times duplicate search alone
(``sitrep.dedup.find_duplicates`` on the stored cleaned texts, in memory), if its signature is the
expected one. The pairs stored by ingest (``Store.duplicates()``) are scored:

- recall per planted kind: planted (child, source) pairs found, under any kind / under the right kind
- precision: found pairs that are planted or implied by the planted groups (two copies of one
  source, a rewrite and a copy of one source ...; implied pairs count neither for nor against recall)
- hard-negative FP rate: hard-negative pairs (a hard negative vs its template source's group, and
  two hard negatives of one source) that were flagged; "unrelated FP": flagged pairs of unrelated
  articles
- original: of the found planted pairs with an ``original``, the share naming the planted source

Run (from the repo root):
    /work/venv/bin/python bench/dedup_synthetic.py --articles 1000 10000 --jobs 1 --runs 1 --json /tmp/dedup.json
    /work/venv/bin/python bench/dedup_synthetic.py --articles 100000 --keep /tmp/dedup-keep --no-dedup-only

Corpora are cached under /tmp/sitrep-dedup-synth/ by size, seed and generator version.
"""
from __future__ import annotations

import argparse
import inspect
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchlib import gnu_time_stats
from dedup_corpus import GEN_VERSION, KINDS, build_corpus
from dedup_score import score, story_score, stored

CACHE = Path(tempfile.gettempdir()) / "sitrep-dedup-synth"
SITREP = str(Path(sys.executable).with_name("sitrep"))
GNU_TIME = "/usr/bin/time"

# ----------------------------------------------------------------------------- measuring
# Runs the real CLI (``sitrep ingest``) in this wrapper, with timers around the stages it calls, so
# that one process gives both the whole-process figures and where the time went. A stage that is
# not installed is reported as such (the analysis stage is being added while this bench is written).
_CLI_WRAPPER = r"""
import atexit, importlib, json, sys, time
t0, out, stages = time.perf_counter(), sys.argv[1], {}
def wrap(module, attr, label):
    try:
        mod = importlib.import_module(module)
        fn = getattr(mod, attr)
    except Exception as err:
        stages[label] = f"not available: {err!r}"
        return
    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            prev = stages.get(label)
            stages[label] = (prev if isinstance(prev, float) else 0.0) + time.perf_counter() - t
    setattr(mod, attr, timed)
    stages.setdefault(label, "not called")
wrap("sitrep.dedup.linking", "link", "linking")      # first: modules importing it bind the timed one
wrap("sitrep.batch", "ingest", "ingest")
wrap("sitrep.picture", "update_picture", "analysis")
from sitrep.cli import main
imported = time.perf_counter() - t0
atexit.register(lambda: json.dump({"stages": stages, "startup_s": imported,
                                   "process_s": time.perf_counter() - t0}, open(out, "w")))
sys.argv = ["sitrep", *sys.argv[2:]]
main()
"""


def timed_run(cmd: list[str], stats: Path, timeout: float) -> dict[str, Any]:
    """``cmd`` under GNU time (or without it: wall time only); wall, CPU, peak RSS, exit status."""
    wrap = [GNU_TIME, "-v", "-o", str(stats)] if os.access(GNU_TIME, os.X_OK) else []
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(wrap + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              timeout=timeout)
        res: dict[str, Any] = {"rc": proc.returncode, "timed_out": False, "stderr": proc.stderr[-800:]}
    except subprocess.TimeoutExpired:
        res = {"rc": None, "timed_out": True, "stderr": ""}
    res["wall_s"] = round(time.perf_counter() - t0, 3)
    if wrap and stats.exists() and not res["timed_out"]:
        res.update(gnu_time_stats(stats))
        res["cpu_pct"] = round(100 * (res["user_s"] + res["sys_s"]) / res["wall_s"], 1)
    return res


def ingest_run(corpus: Path, db: Path, jobs: int, timeout: float, with_analysis: bool = False) -> dict[str, Any]:
    """One `sitrep ingest` of the corpus into a fresh database."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    stage_file = db.with_suffix(".stages.json")
    stage_file.unlink(missing_ok=True)
    cmd = [sys.executable, "-c", _CLI_WRAPPER, str(stage_file), "ingest", str(corpus), "--db", str(db), "--quiet",
           "--jobs", str(jobs)] + ([] if with_analysis else ["--skip-analysis"])
    res = timed_run(cmd, db.with_suffix(".time"), timeout)
    if stage_file.exists():
        res.update(json.loads(stage_file.read_text()))
    return res


def dedup_only_run(db: Path, timeout: float) -> dict[str, Any]:
    """``sitrep.dedup.find_duplicates`` alone on the stored cleaned texts, in a process of its own."""
    out = db.with_suffix(".dedup.json")
    out.unlink(missing_ok=True)
    res = timed_run([sys.executable, __file__, "--dedup-only", str(db), str(out)], db.with_suffix(".dtime"), timeout)
    if out.exists():
        res.update(json.loads(out.read_text()))
    elif not res.get("error"):
        res["error"] = f"no result (exit {res['rc']}): {res['stderr'][-300:]}"
    return res


def dedup_only(db: str, out: str) -> None:
    """The child side of ``dedup_only_run``: loads documents, calls find_duplicates, writes JSON."""
    from sitrep import dedup
    from sitrep.store import Store
    result: dict[str, Any] = {}
    fn = getattr(dedup, "find_duplicates", None)
    params = [] if fn is None else [p for p in inspect.signature(fn).parameters.values()
                                    if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if fn is None or len(params) != 1:
        result["error"] = ("sitrep.dedup.find_duplicates is gone" if fn is None else
                           f"find_duplicates{inspect.signature(fn)} no longer takes just the documents: skipped")
        Path(out).write_text(json.dumps(result))
        return
    store = Store(db)
    t0 = time.perf_counter()
    docs = list(store.light_documents() if hasattr(store, "light_documents") else store.documents())
    t1 = time.perf_counter()
    found = fn(docs)
    t2 = time.perf_counter()
    result.update(signature=f"find_duplicates{inspect.signature(fn)}", load_s=round(t1 - t0, 3),
                  find_s=round(t2 - t1, 3), pairs=[[d.a, d.b, d.kind, d.original] for d in found])
    Path(out).write_text(json.dumps(result))


# ----------------------------------------------------------------------------- the runner
def run_size(n: int, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    folder = CACHE / f"n{n}-s{args.seed}-v{GEN_VERSION}"
    t0 = time.perf_counter()
    truth = build_corpus(folder, n, args.seed)
    print(f"[{n}] corpus {folder} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr, flush=True)
    db = work / f"n{n}.db"
    runs = []
    for i in range(args.runs):
        runs.append(ingest_run(folder / "corpus", db, args.jobs, args.timeout, args.with_analysis))
        print(f"[{n}] ingest run {i + 1}/{args.runs}: {runs[-1]['wall_s']:.1f} s", file=sys.stderr, flush=True)
    run = sorted(runs, key=lambda x: x["wall_s"])[len(runs) // 2]
    res: dict[str, Any] = {"articles": n, "corpus": str(folder), "ingest": run, "ingest_runs": [r["wall_s"] for r in runs]}
    if run["timed_out"]:
        return res
    res["articles_per_s"] = round(n / run["wall_s"], 1)
    members: dict[str, int] = {}
    files, pairs, stories = stored(db, members)
    planted_groups = len({d["source"] for d in truth["docs"].values() if d["kind"] in KINDS})
    res.update(documents=len(files), stories=stories, planted_stories=planted_groups,
               quality=score(truth, files, pairs), story_quality=story_score(truth, members))
    if not args.no_dedup_only:
        only = dedup_only_run(db, args.timeout)
        if "pairs" in only:
            only["quality"] = score(truth, files, only.pop("pairs"))
        res["dedup_only"] = only
        print(f"[{n}] dedup only: {only.get('find_s', only.get('error'))}", file=sys.stderr, flush=True)
    return res


def _stage(run: dict[str, Any], label: str) -> str:
    value = run.get("stages", {}).get(label)
    return f"{value:.1f}" if isinstance(value, float) else "-"


def report(results: list[dict[str, Any]], jobs: int) -> None:
    from rich.console import Console
    from rich.table import Table
    out = Console(width=max(Console().width, 140))
    t = Table(title=f"sitrep ingest of the synthetic corpus (jobs {jobs}; whole process under GNU time)")
    for col in ("articles", "docs", "wall s", "art/s", "CPU s", "art/CPU s", "CPU %", "peak RSS MB", "ingest s", "linking s", "analysis s",
                "dedup-only s", "dedup-only RSS MB"):
        t.add_column(col, justify="right")
    for r in results:
        i, d = r["ingest"], r.get("dedup_only", {})
        if i["timed_out"]:
            t.add_row(str(r["articles"]), "-", f">{i['wall_s']:.0f} (timeout)", *["-"] * 10)
            continue
        cpu = i.get("user_s", 0) + i.get("sys_s", 0)
        t.add_row(str(r["articles"]), str(r["documents"]), f"{i['wall_s']:.1f}" + ("!" if i.get("rc") else ""),
                  f"{r['articles_per_s']:.0f}",
                  f"{cpu:.1f}", f"{r['articles'] / cpu:.0f}" if cpu else "-",
                  f"{i.get('cpu_pct', 0):.0f}", f"{i.get('max_rss_mb', 0):.0f}", _stage(i, "ingest"), _stage(i, "linking"),
                  _stage(i, "analysis"), f"{d['find_s']:.1f}" if "find_s" in d else "-",
                  f"{d.get('max_rss_mb', 0):.0f}" if "find_s" in d else "-")
    out.print(t)
    q = Table(title="duplicates found vs planted (P: precision, R: recall found under any kind / right kind)")
    for col in ("articles", "by", "found", "P", "R", "R copy", "R rewrite", "R partial", "hard-neg FP rate",
                "unrelated FP", "original right", "stories (planted)"):
        q.add_column(col, justify="right")
    for r in results:
        for label, qual in (("ingest", r.get("quality")), ("dedup only", r.get("dedup_only", {}).get("quality"))):
            if not qual:
                continue
            rk = lambda k: f"{qual['recall_by_kind'][k]:.3f} / {qual['recall_right_kind'][k]:.3f}"  # noqa: E731
            q.add_row(str(r["articles"]), label, str(qual["found_pairs"]), f"{qual['precision']:.3f}" if qual["precision"] is not None else "-",
                      f"{qual['recall']:.3f}", rk("copy"), rk("rewrite"), rk("partial"),
                      f"{qual['hardneg_fp_rate']:.4f} ({qual['hardneg_fp']}/{qual['hardneg_pairs']})",
                      str(qual["unrelated_fp"]), f"{qual['original_right']:.3f}" if qual["original_right"] is not None else "-",
                      f"{r['stories']} ({r['planted_stories']})" if label == "ingest" else "")
    out.print(q)
    for r in results:
        if r.get("quality"):
            qual = r["quality"]
            out.print(f"[{r['articles']}] planted kind -> kind found: {qual['confusion']}", highlight=False)
            out.print(f"[{r['articles']}] recall by kind (any): {qual['recall_by_kind']}", highlight=False)
            out.print(f"[{r['articles']}] look-alikes flagged (vs their source's group): {qual['negative_fp']}",
                      highlight=False)
        if r.get("story_quality"):
            sq = r["story_quality"]
            out.print(f"[{r['articles']}] stories: same story with the source {sq['recall']}; "
                      f"kept apart {sq['kept_apart']}", highlight=False)
        stages = r["ingest"].get("stages", {})
        missing = {k: v for k, v in stages.items() if not isinstance(v, float)}
        if missing:
            out.print(f"[{r['articles']}] stages not timed: {missing}", highlight=False)
        if "error" in r.get("dedup_only", {}):
            out.print(f"[{r['articles']}] dedup only: {r['dedup_only']['error']}", highlight=False)
        if r["ingest"].get("rc"):
            out.print(f"[{r['articles']}] sitrep ingest exited {r['ingest']['rc']}: {r['ingest']['stderr'][-300:]}")
    if any(r["ingest"].get("rc") for r in results):
        out.print("! sitrep ingest exited non-zero (see above): stages after the failure are missing from the wall time")
    _projection(out, [r for r in results if not r["ingest"]["timed_out"]])


def _projection(out: Any, done: list[dict[str, Any]], n: int = 100_000) -> None:
    """The cost of n articles from the two largest runs: per stage, wall ~ articles^k."""
    if len(done) < 2 or done[-1]["articles"] >= n:
        return
    a, b = done[-2], done[-1]
    for label in ("ingest", "linking"):
        ta, tb = a["ingest"].get("stages", {}).get(label), b["ingest"].get("stages", {}).get(label)
        if isinstance(ta, float) and isinstance(tb, float) and ta > 0:
            k = math.log(tb / ta) / math.log(b["articles"] / a["articles"])
            out.print(f"{label} stage {a['articles']} -> {b['articles']}: ~ n^{k:.2f}; projected {n}: "
                      f"~{tb * (n / b['articles']) ** k / 60:.0f} min (linear: {tb * n / b['articles'] / 60:.0f} min)",
                      highlight=False)
    rates = [r["articles"] / r["ingest"]["stages"]["analysis"] for r in done
             if isinstance(r["ingest"].get("stages", {}).get("analysis"), float) and not r["ingest"].get("rc")]
    if rates:
        out.print(f"analysis stage: {rates[-1]:.0f} articles/s; projected {n}: ~{n / rates[-1] / 60:.0f} min more",
                  highlight=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add = parser.add_argument
    add("--articles", type=int, nargs="+", default=[1000, 10_000], help="corpus sizes (default 1000 10000)")
    add("--jobs", type=int, default=1, help="sitrep ingest --jobs (default 1)")
    add("--runs", type=int, default=1, help="ingest runs per size, fresh db each; the median is reported")
    add("--seed", type=int, default=20250301, help="generator seed")
    add("--timeout", type=float, default=3600, help="kill a run after this many seconds")
    add("--no-dedup-only", action="store_true", help="skip the find_duplicates-only timing")
    add("--with-analysis", action="store_true",
        help="time the whole `sitrep ingest` (entities, events...); default: --skip-analysis, the duplicate side only")
    add("--json", type=Path, metavar="OUT", help="write the figures as JSON")
    add("--keep", type=Path, metavar="DIR", help="keep the databases in DIR (default: a temporary folder)")
    add("--dedup-only", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dedup_only:
        dedup_only(*args.dedup_only)
        return
    if not os.access(GNU_TIME, os.X_OK):
        print(f"{GNU_TIME} missing (apt-get install -y time): wall time only, no CPU or peak RSS", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="sitrep-dedup-bench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = [run_size(n, args, work) for n in args.articles]
    report(results, args.jobs)
    if args.json:
        git = subprocess.run(["git", "-C", str(Path(__file__).resolve().parent.parent), "describe", "--always", "--dirty"],
                             capture_output=True, text=True).stdout.strip()
        args.json.write_text(json.dumps({"git": git, "jobs": args.jobs, "seed": args.seed, "generator": GEN_VERSION,
                                         "results": results}, indent=2))
        print(f"wrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
