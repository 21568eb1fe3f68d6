"""Score sitrep's HTML extraction on two public benchmarks, beside trafilatura's figures.

    PYTHONPATH=src python bench/html_extraction.py [--set trafilatura|zyte|all] [--limit N]

Systems scored on the same pages:
  read_html        sitrep.ingest.html.read_html, the reader's text
  read_html+clean  the joined .text of sitrep.pipeline.clean_raw_article(raw), when that exists
  trafilatura      trafilatura as installed, with its benchmark's own settings (comments off,
                   tables on, no formatting; default, i.e. extensive, date search): a local
                   reference, since the published figures come from other versions/page sets

Metrics:
  zyte-article-body (gold: the whole article body)
    token P/R/F1 - bag of words (\\w+ tokens, case kept): micro = summed over all pages,
                   mean = average of per-page F1
    shingle F1   - upstream evaluate.py: 4-gram shingles, per-page counts normalised, mean
                   P and mean R over pages, F1 of those means; comparable with the published
                   figure (scrapinghub/article-extraction-benchmark README)
  trafilatura-eval-en (gold: per page up to 6 segments that must appear, up to 6 that must
    not; there is no full gold body, so a bag-of-words F1 cannot be computed)
    segment P/R/F1 - upstream tests/eval_common.py: whitespace-normalised substring match,
                   counts summed over pages ("micro"); mean = average of per-page F1.
                   The published figure covers all 990 upstream pages (many languages);
                   this folder holds the 165 English ones, so only the local trafilatura row
                   is strictly comparable.
  published date (trafilatura-eval-en, 122 pages with a gold date): right / wrong / none.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1] / "src"))   # run from a checkout without installing

DEFAULT_BENCH = HERE.parents[2] / "shared" / "benchmarks"

# Published figures, as recorded in each benchmark folder's README.md.
PUBLISHED = {
    "trafilatura": ("trafilatura 2.2.0 standard: segment P 0.906 R 0.943 F1 0.924 "
                    "(990 pages, all languages; upstream docs/evaluation.rst, 2026-08-04)"),
    "zyte": ("trafilatura 2.0.0: shingle P 0.938 R 0.978 F1 0.958 "
             "(181 pages; scrapinghub/article-extraction-benchmark README)"),
}

_TOKEN = re.compile(r"\w+")


# ---------------------------------------------------------------- tasks

def load_tasks(bench: Path, which: str, limit: int | None) -> list[dict[str, Any]]:
    tasks: list[dict[str, Any]] = []
    if which in ("trafilatura", "all"):
        folder = bench / "trafilatura-eval-en"
        gold = json.loads((folder / "evaldata-en.json").read_text(encoding="utf-8"))
        items = [(url, item) for url, item in gold.items()
                 if (folder / "html" / f"{item['file']}.gz").exists()]
        for url, item in items[:limit]:
            tasks.append({"set": "trafilatura", "key": url, "url": url,
                          "path": str(folder / "html" / f"{item['file']}.gz"),
                          "with": item["with"], "without": item["without"],
                          "date": item.get("date")})
    if which in ("zyte", "all"):
        folder = bench / "zyte-article-body"
        gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        items = [(key, item) for key, item in gold.items()
                 if (folder / "html" / f"{key}.html.gz").exists()]
        for key, item in items[:limit]:
            tasks.append({"set": "zyte", "key": key, "url": item.get("url"),
                          "path": str(folder / "html" / f"{key}.html.gz"),
                          "body": item.get("articleBody") or ""})
    return tasks


def run_task(task: dict[str, Any]) -> dict[str, Any]:
    """Extract one page with every system (runs in a worker process)."""
    from trafilatura import bare_extraction
    from trafilatura.utils import decode_file

    from sitrep.ingest.errors import IngestError
    from sitrep.ingest.html import read_html

    try:
        from sitrep.pipeline import clean_raw_article  # another engineer's stage
    except (ImportError, AttributeError):
        clean_raw_article = None

    html = decode_file(gzip.decompress(Path(task["path"]).read_bytes()))
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    out: dict[str, Any] = {"task": task, "texts": {}, "errors": {}, "seconds": {},
                           "dates": {}}

    t0 = time.perf_counter()
    raw = None
    try:
        raw = read_html(task["path"], html, url=task.get("url"))
        out["texts"]["read_html"] = raw.text
        out["dates"]["read_html"] = raw.published
    except IngestError as err:
        out["texts"]["read_html"] = ""
        out["errors"]["read_html"] = str(err)
    out["seconds"]["read_html"] = time.perf_counter() - t0

    if clean_raw_article is not None:
        t0 = time.perf_counter()
        try:
            docs = clean_raw_article(raw) if raw is not None else []
            out["texts"]["read_html+clean"] = "\n\n".join(d.text for d in docs)
        except Exception as err:   # a crash scores as a miss, as upstream does
            out["texts"]["read_html+clean"] = ""
            out["errors"]["read_html+clean"] = f"{type(err).__name__}: {err}"
        out["seconds"]["read_html+clean"] = (time.perf_counter() - t0
                                             + out["seconds"]["read_html"])

    t0 = time.perf_counter()
    try:
        doc = bare_extraction(html, url=task.get("url"), with_metadata=True,
                              include_comments=False, include_tables=True,
                              include_formatting=False)
        out["texts"]["trafilatura"] = (doc.text or "") if doc is not None else ""
        out["dates"]["trafilatura"] = doc.date if doc is not None else None
    except Exception as err:
        out["texts"]["trafilatura"] = ""
        out["errors"]["trafilatura"] = f"{type(err).__name__}: {err}"
    out["seconds"]["trafilatura"] = time.perf_counter() - t0
    return out


def _warm_up() -> None:
    """Pay the imports before timing starts, so the first page of each worker is not
    charged for them."""
    import trafilatura  # noqa: F401

    import sitrep.ingest.html  # noqa: F401


# ---------------------------------------------------------------- metrics

def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bag_counts(gold: str, pred: str) -> tuple[int, int, int]:
    g, p = Counter(_TOKEN.findall(gold)), Counter(_TOKEN.findall(pred))
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def shingle_counts(gold: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Upstream zyte evaluate.py string_shingle_matching, counts normalised per page."""
    def shingles(text: str) -> Counter:
        toks = _TOKEN.findall(text or "")
        return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1))
                       if toks[i:i + n])
    g, p = shingles(gold), shingles(pred)
    tp = float(sum((g & p).values()))
    fp, fn = sum(p.values()) - tp, sum(g.values()) - tp
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def shingle_score(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def prec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def rec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)
    ps = [prec(*c) for c in counts if c[0] + c[1] > 0]
    rs = [rec(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def segment_counts(task: dict[str, Any], pred: str) -> tuple[int, int, int, int]:
    """Upstream trafilatura eval_common.count_item: (tp, fp, fn, tn)."""
    res = _norm(pred)
    tp = sum(1 for w in task["with"] if _norm(w) in res)
    fp = sum(1 for w in task["without"] if _norm(w) in res)
    return tp, fp, len(task["with"]) - tp, len(task["without"]) - fp


# ---------------------------------------------------------------- report

def report(results: list[dict[str, Any]], console: Any) -> None:
    from rich.table import Table

    systems = list(dict.fromkeys(s for r in results for s in r["texts"]))
    for name in ("trafilatura", "zyte"):
        rows = [r for r in results if r["task"]["set"] == name]
        if not rows:
            continue
        table = Table(title=f"{name} ({len(rows)} pages)")
        table.add_column("system")
        if name == "zyte":
            for col in ("token P", "token R", "token F1 micro", "token F1 mean",
                        "shingle F1 (upstream)"):
                table.add_column(col, justify="right")
        else:
            for col in ("segment P", "segment R", "segment F1", "F1 mean/page", "accuracy",
                        "date right/wrong/none"):
                table.add_column(col, justify="right")
        table.add_column("errors", justify="right")
        table.add_column("s/page", justify="right")
        for system in systems:
            texts = [r["texts"].get(system, "") for r in rows]
            errors = sum(1 for r in rows if system in r["errors"])
            secs = sum(r["seconds"].get(system, 0.0) for r in rows) / len(rows)
            if name == "zyte":
                bags = [bag_counts(r["task"]["body"], t) for r, t in zip(rows, texts)]
                p, rc, f = _prf(*(sum(c[i] for c in bags) for i in range(3)))
                mean_f = sum(_prf(*c)[2] for c in bags) / len(bags)
                sf = shingle_score([shingle_counts(r["task"]["body"], t)
                                    for r, t in zip(rows, texts)])[2]
                cells = [f"{p:.3f}", f"{rc:.3f}", f"{f:.3f}", f"{mean_f:.3f}", f"{sf:.3f}"]
            else:
                segs = [segment_counts(r["task"], t) for r, t in zip(rows, texts)]
                tp, fp, fn, tn = (sum(c[i] for c in segs) for i in range(4))
                p, rc, f = _prf(tp, fp, fn)
                mean_f = sum(_prf(c[0], c[1], c[2])[2] for c in segs) / len(segs)
                acc = (tp + tn) / (tp + fp + fn + tn) if segs else 0.0
                dated = [r for r in rows if r["task"].get("date")]
                if system in ("read_html", "trafilatura"):
                    got = [r["dates"].get(system) for r in dated]
                    right = sum(1 for r, g in zip(dated, got) if g == r["task"]["date"])
                    none = sum(1 for g in got if not g)
                    date_cell = f"{right}/{len(dated) - right - none}/{none}"
                else:
                    date_cell = "-"
                cells = [f"{p:.3f}", f"{rc:.3f}", f"{f:.3f}", f"{mean_f:.3f}", f"{acc:.3f}",
                         date_cell]
            table.add_row(system, *cells, str(errors), f"{secs:.3f}")
        console.print(table)
        console.print(f"  published: {PUBLISHED[name]}\n")


def main(argv: list[str] | None = None) -> int:
    from rich.console import Console
    from rich.progress import Progress

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("trafilatura", "zyte", "all"), default="all")
    ap.add_argument("--limit", type=int, default=None, help="pages per benchmark")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes")
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH,
                    help="folder holding trafilatura-eval-en/ and zyte-article-body/")
    ap.add_argument("--json", type=Path, help="also write per-page texts and scores here")
    args = ap.parse_args(argv)

    # rich assumes 80 columns when piped, which folds the tables into unreadable cells
    console = Console(width=None if sys.stdout.isatty() else 150)
    tasks = load_tasks(args.bench, args.set, args.limit)
    if not tasks:
        console.print(f"no benchmark pages found under {args.bench}")
        return 1
    results: list[dict[str, Any]] = []
    start = time.perf_counter()
    with Progress(console=console) as progress, Pool(max(1, args.jobs), initializer=_warm_up) as pool:
        bar = progress.add_task("extracting", total=len(tasks))
        # big pages first so one slow page does not end up alone at the tail
        tasks.sort(key=lambda t: -Path(t["path"]).stat().st_size)
        for res in pool.imap_unordered(run_task, tasks, chunksize=2):
            results.append(res)
            progress.advance(bar)
    results.sort(key=lambda r: (r["task"]["set"], r["task"]["key"]))
    console.print(f"{len(tasks)} pages in {time.perf_counter() - start:.0f} s "
                  f"({args.jobs} processes)\n")
    if not any("read_html+clean" in r["texts"] for r in results):
        console.print("sitrep.pipeline.clean_raw_article not found: scoring the reader only\n")
    report(results, console)
    if args.json:
        args.json.write_text(json.dumps(
            [{"set": r["task"]["set"], "key": r["task"]["key"], "texts": r["texts"],
              "errors": r["errors"], "dates": r["dates"]} for r in results],
            ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
