"""Whole-process speed and memory of `sitrep ingest` on ~5 KB plain-text articles.

Requirement: 10,000 articles of ~5 KB at >= 500 articles/s on ONE core, SQLite writes included,
with peak memory flat as the corpus grows. Each run is a fresh `sitrep ingest` process into a fresh
database (startup and the end-of-batch reduce steps count), measured by `/usr/bin/time -v`.
``--foundation`` runs the foundation only (read, clean, store, recurring lines, duplicates and
stories: ``sitrep.batch.ingest``) in a fresh process, without the analysis (picture) stage.

How to run (the corpus is generated once into --corpus and reused; median of --runs):
  /work/venv/bin/python bench/ingest_speed.py --foundation --scaling --corpus /tmp/bench/c10k
  /work/venv/bin/python bench/ingest_speed.py -n 2500 --runs 1          # whole `sitrep ingest`
--scaling adds runs on the first N/4 and N/2 articles: peak RSS should stay flat across sizes.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_GLOBS = ("tests/fixtures/articles/*.txt", "examples/corpus/*.txt")
SITREP = str(Path(sys.executable).with_name("sitrep"))
GNU_TIME = "/usr/bin/time"
TARGET_RATE, ARTICLE_BYTES = 500.0, 5000
console = Console(stderr=True)

# Text diversity matters: sitrep's reduce steps (lines recurring on an outlet's pages, MinHash-LSH
# duplicate search) react to text shared across pages, so a few fixed templates or hundreds of
# near-copies of one fixture would benchmark a pathological corpus. Every clause has a variable
# slot every few words; names and places are built from syllables. Everything is fictional.
SYL = "kar sto vel ma ra dun rek ash pol mi ro dan tes ka la or vin bal grad sen ku lir nau zhel tre bin dol se nik".split()
FIRST = "Jane John Amira Yusuf Olena Dmitri Sara Tomas Leila Karim Maria Pavel Nadia Omar Ines Viktor Lidia Aleksa".split()
POOLS = {k: tuple(v.split("|")) for k, v in {
    "wire": "Reuters|AP|AFP", "org": "defence ministry|governor's office|emergency service|border guard|health "
    "ministry|general staff|UN refugee agency|local council|Red Cross|interior ministry|energy company|police",
    "role": "spokesperson|commander|deputy mayor|analyst|doctor|official|volunteer|lawmaker|engineer",
    "unit": "drones|missiles|shells|vehicles|rockets|tanks|trucks|boats|helicopters|mortar rounds",
    "verbed": "shot down|intercepted|destroyed|seen|fired|captured|damaged|recovered|deployed|spotted",
    "target": "power station|grain depot|railway bridge|school|hospital|fuel depot|dam|airfield|market|port",
    "weapon": "a drone|a guided bomb|artillery fire|a ballistic missile|rocket fire|a cruise missile",
    "when": "overnight|on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|at dawn|late on Sunday|this week",
    "verb": "said|told reporters|warned|confirmed|claimed|wrote on Telegram|told AFP|said in a statement",
    "adj": "tense|stable|critical|calm|unclear|dire|quiet|volatile", "month": "January|March|May|July|October",
}.items()}
# nouns; build_corpus adds the lower-case words of the fixtures (the project's own domain words)
POOLS["thing"] = tuple("""ceasefire truce corridor evacuation convoy checkpoint curfew blackout shortage offensive
withdrawal prisoner exchange sanctions reconstruction shipment pipeline reservoir frontline airspace shelter
mobilisation referendum blockade mediation inquiry tribunal amnesty budget harvest fuel supply water network
power grid rail link border crossing airport demining programme monitoring mission humanitarian pause
ammunition depot drone production air defence""".split())
CLAUSES = ("{n} {unit} were {verbed} near {place} {when}", "{weapon} hit a {target} in {place} {when}, wounding {n} people",
           "talks on the {thing} would resume in {place} within {n} days", "about {big} people had fled {place} since {month} {day}",
           "the {target} near {place} was {verbed} {n} times {when}", "{org} units moved {n} kilometres toward {place} {when}",
           "the {thing} in {place} remained {adj} after {n} {unit} were {verbed}",
           "{n} civilians, including {k} children, were hurt in {place} {when}",
           "the {thing} and the {thing2} would be settled by {month} {day}", "{person} visited {place} to discuss the {thing} with the {org}")
FORMS = ("{Subject} {verb} that {clause}.", "\"{Clause},\" {person} {verb}.", "{Clause}, the {org} said.",
         "In {place}, {clause}.", "According to {person}, a {role} in {place}, {clause}.")
SUBJECTS = ("the {org}", "{person}, a {role} for the {org},", "officials in {place}", "residents of {place}")


class _Slots(dict):
    """Slot values drawn on first use, so each sentence gets its own names and numbers."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> str:
        r, base = self.rng, key.rstrip("0123456789")      # person2: a second, different person
        if base in POOLS:
            value = r.choice(POOLS[base])
        elif base in ("place", "person"):
            word = "".join(r.choice(SYL) for _ in range(r.randint(2, 3))).capitalize()
            value = word if base == "place" else f"{r.choice(FIRST)} {word}{r.choice(('', 'ov', 'enko', 'ic'))}"
        elif key in ("subject", "clause"):
            value = r.choice(SUBJECTS if key == "subject" else CLAUSES).format_map(_Slots(r))
        elif key[0].isupper():
            value = self[key.lower()]
            value = value[0].upper() + value[1:]
        else:
            value = {"n": str(r.randint(2, 480)), "k": str(r.randint(2, 40)), "day": str(r.randint(1, 28)),
                     "big": f"{r.randint(2, 90)},{r.randint(0, 999):03d}"}[key]
        self[key] = value
        return value


def sentence(rng: random.Random, form: str | None = None) -> str:
    return re.sub(r"\b([Aa]) (?=[aeiou])", r"\1n ", (form or rng.choice(FORMS)).format_map(_Slots(rng)))


def paragraphs(rng: random.Random, budget: int) -> list[str]:
    """Paragraphs of 2-4 sentences until ``budget`` characters are used (at least one)."""
    out: list[str] = []
    while budget > 0:
        text = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        if rng.random() < 0.15:     # a lost space glues a function word to the next ("theborder")
            text = re.sub(r"\b(the|of|to|in) (\w{4,})", r"\1\2", text, count=1)
        if rng.random() < 0.1:      # a hard-wrapped paragraph: short lines the joiner must re-join
            text = "\n".join(re.findall(rf".{{1,{rng.randint(60, 90)}}}(?:\s|$)", text)).replace(" \n", "\n").strip()
        out.append(text)
        budget -= len(text) + 2
    return out


def generated_article(rng: random.Random, serial: int) -> str:
    """A scraped page: headline, UI words, byline, stamp, photo caption, dateline, body, chrome."""
    s = _Slots(rng)
    head = [sentence(rng, "{N} {unit} {verbed} near {place} as {org} warns of {thing}"), "close", "",
            sentence(rng, "By {person} and {person2}"), f"Published {s['month']} {s['day']}, 202{rng.randint(2, 5)}",
            "", f"Smoke rises over the {s['target']} in {s['place']} ({s['wire']} Photo/{s['person']})", ""]
    # the serial guarantees distinct content even if two random draws ever coincide
    lead = f"{s['place'].upper()} ({s['wire']}) - {paragraphs(rng, 1)[0]} Officials logged it as incident {serial}."
    tail = [rng.choice(("Advertisement", "Share", sentence(rng, "Related: {Clause}"))), "READ FULL ARTICLE"]
    body = paragraphs(rng, ARTICLE_BYTES - sum(map(len, head)) - len(lead) - 60)
    return "\n".join(head + ["\n\n".join([lead, *body]), "", *tail]) + "\n"


_PROSE = re.compile(r"(?:\S+\s+){11,}\S*[.!?\"”’)]$")   # 12+ words ending like a sentence
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:, [A-Z][a-z]+\.? \d{1,2})? \([^()]{2,40}\) [-–—] ")


def fixture_article(rng: random.Random, serial: int, base: str) -> str:
    """A fixture page as a skeleton: its chrome, header and metadata lines kept as they are (an
    outlet's chrome does recur), its prose replaced by generated paragraphs (a dateline kept),
    padded to ~5 KB after the last prose paragraph."""
    out, last = [], 0
    for line in base.rstrip("\n").split("\n")[:200]:
        if _PROSE.match(line.strip()):
            m = _DATELINE.match(line)
            out.append((m.group() if m else "") + paragraphs(rng, 1)[0])
            last = len(out)
        else:
            out.append(line)
    pad = paragraphs(rng, ARTICLE_BYTES - sum(len(x) + 1 for x in out)) + [f"Officials logged it as incident {serial}."]
    return "\n".join(out[:last] + ["", "\n\n".join(pad)] + out[last:]) + "\n"


def build_corpus(folder: Path, n: int, seed: int, use_fixtures: bool) -> str:
    """Write n distinct articles as 00000.txt ... (unless folder holds n already); says from what."""
    fixtures = [t for g in FIXTURE_GLOBS for p in sorted(ROOT.glob(g)) if use_fixtures and (t := p.read_text(errors="replace")).strip()]
    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.glob("*.txt"))) >= n:
        return f"existing files in {folder}"
    rng = random.Random(seed)
    POOLS["thing"] += tuple(sorted({w for f in fixtures for w in re.findall(r"\b[a-z]{5,}\b", f)}))
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(f"corpus ({'fixtures' if fixtures else 'generated'})", total=n)
        for i in range(n):
            text = fixture_article(rng, i, fixtures[i % len(fixtures)]) if fixtures else generated_article(rng, i)
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
            progress.advance(task)
    return f"{len(fixtures)} fixture pages as skeletons" if fixtures else "built-in generator"


def prefix_dir(corpus: Path, work: Path, k: int) -> Path:
    """A folder of symlinks to the first k articles, so `sitrep ingest` sees exactly k files."""
    files = sorted(corpus.glob("*.txt"))
    out = corpus if k >= len(files) else work / f"prefix_{k}"
    if not out.exists():
        out.mkdir()
        for f in files[:k]:
            (out / f.name).symlink_to(f.resolve())
    return out


# Fallback without GNU time: a wrapper process whose RUSAGE_CHILDREN holds exactly one ingest
# (in this process it would accumulate the maximum over every earlier run).
_RUSAGE_WRAPPER = """import json, resource, subprocess, sys
subprocess.run(sys.argv[2:])
r = resource.getrusage(resource.RUSAGE_CHILDREN)
json.dump({"user_s": r.ru_utime, "sys_s": r.ru_stime, "max_rss_kb": r.ru_maxrss}, open(sys.argv[1], "w"))"""


def _group_usage(pgid: int) -> dict[str, float]:
    """CPU seconds and peak RSS of a still-running process group (an ingest about to be killed)."""
    tick, user, system, rss = os.sysconf("SC_CLK_TCK"), 0.0, 0.0, 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid:
                user, system = user + int(fields[11]) / tick, system + int(fields[12]) / tick
                rss = max(rss, int(re.search(r"VmHWM:\s+(\d+)", stat.with_name("status").read_text()).group(1)))
        except (OSError, IndexError, ValueError, AttributeError):
            continue                # exited meanwhile, or a kernel thread without VmHWM
    return {"user_s": user, "sys_s": system, "max_rss_kb": rss}


# the foundation alone, as a fresh process: what `sitrep ingest` runs before the analysis stage
_FOUNDATION = """import sys
from sitrep.batch import ingest
from sitrep.store import Store
with Store(sys.argv[2]) as store:
    report = ingest([sys.argv[1]], store, jobs=int(sys.argv[3]))
sys.exit(0 if report.ok else 1)"""


def measure(paths: Path, db: Path, jobs: int, cpu: int | None, gnu: bool, timeout: float,
            foundation: bool = False) -> dict[str, Any]:
    """One whole-process ingest into a fresh database: wall, CPU, peak RSS, stored counts."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cmd = [SITREP, "ingest", str(paths), "--db", str(db), "--quiet", "--jobs", str(jobs)]
    if foundation:
        cmd = [sys.executable, "-c", _FOUNDATION, str(paths), str(db), str(jobs)]
    if cpu is not None:          # one core means one core: the OS may not spread the work
        cmd = ["taskset", "-c", str(cpu), *cmd]
    stats = db.with_suffix(".time")
    wrap = [GNU_TIME, "-v", "-o", str(stats)] if gnu else [sys.executable, "-c", _RUSAGE_WRAPPER, str(stats)]
    t0 = time.perf_counter()
    # a session of its own, so that a timeout kills sitrep too and not only the timer around it
    proc = subprocess.Popen(wrap + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        err, res = proc.communicate(timeout=timeout)[1], {"timed_out": False}
        if gnu:
            grab = lambda label: float(re.search(rf"{re.escape(label)}: ([\d.]+)", stats.read_text()).group(1))  # noqa: E731
            res.update(user_s=grab("User time (seconds)"), sys_s=grab("System time (seconds)"),
                       max_rss_kb=int(grab("Maximum resident set size (kbytes)")))
        else:
            res.update(json.loads(stats.read_text()))
    except subprocess.TimeoutExpired:
        res = {"timed_out": True, **_group_usage(proc.pid)}
        os.killpg(proc.pid, signal.SIGKILL)
        err = proc.communicate()[1]
    wall = time.perf_counter() - t0
    with sqlite3.connect(db) as con:     # what was stored (for a killed run: how far it got)
        res["raw_articles"], res["documents"] = con.execute(
            "SELECT (SELECT COUNT(*) FROM raw_articles), (SELECT COUNT(*) FROM documents)").fetchone()
    cpu_s = res["user_s"] + res["sys_s"]
    res.update(rc=proc.returncode, wall_s=round(wall, 3), cpu_pct=round(100 * cpu_s / wall, 1),
               articles_per_s=round(res["raw_articles"] / wall, 1), per_cpu_s=round(res["raw_articles"] / max(cpu_s, 1e-9), 1),
               db_mb=round(sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6, 1))
    if proc.returncode and not res["timed_out"]:     # rejected files skew the figures: say why
        console.print(f"[yellow]sitrep exited {proc.returncode}[/yellow]: {err[-600:]}")
    return res


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__ + "\nExample:\n"
                                     "  /work/venv/bin/python bench/ingest_speed.py --scaling --json /tmp/ingest.json\n"
                                     "  /work/venv/bin/python bench/ingest_speed.py -n 2000 --runs 1 --jobs 2",
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    add = parser.add_argument
    add("-n", "--articles", type=int, default=10_000, help="corpus size (default 10000)")
    add("--runs", type=int, default=3, help="timed runs, fresh db each (default 3)")
    add("--jobs", type=int, default=1, help="sitrep ingest --jobs (default 1)")
    add("--corpus", type=Path, help="corpus folder; reused if it holds >= N .txt files")
    add("--scaling", action="store_true", help="also ingest N/4 and N/2 prefixes: peak RSS per size")
    add("--timeout", type=float, default=900, help="kill a run after this many seconds (default 900)")
    add("--no-pin", action="store_true", help="with --jobs 1, do not pin to one CPU (taskset)")
    add("--no-fixtures", action="store_true", help="built-in generator even if fixtures exist")
    add("--seed", type=int, default=20241121, help="corpus generator seed")
    add("--json", type=Path, metavar="OUT", help="write the figures as JSON")
    add("--foundation", action="store_true", help="time sitrep.batch.ingest only (no analysis stage)")
    args = parser.parse_args()

    gnu = os.access(GNU_TIME, os.X_OK)
    if not gnu:
        console.print(f"[yellow]{GNU_TIME} missing (apt-get install -y time); using getrusage[/yellow]")
    cpu = None if args.jobs > 1 or args.no_pin or not shutil.which("taskset") else min(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        work = Path(tmp)
        corpus = args.corpus or work / "corpus"
        source = build_corpus(corpus, args.articles, args.seed, not args.no_fixtures)
        files = sorted(corpus.glob("*.txt"))[:args.articles]
        n, mean_kb = len(files), sum(f.stat().st_size for f in files) / len(files) / 1024

        def run(k: int, label: str) -> dict[str, Any]:
            console.print(f"{label}: {k} articles, jobs {args.jobs}", highlight=False)
            return {"articles": k, **measure(prefix_dir(corpus, work, k), work / "run.db", args.jobs, cpu, gnu, args.timeout,
                                             args.foundation)}

        runs = [run(n, f"run {r + 1}/{args.runs}") for r in range(args.runs)]
        median = sorted(runs, key=lambda x: x["wall_s"])[len(runs) // 2]
        scaling = [run(k, "scaling") for k in sorted({max(1, n // 4), max(1, n // 2)} - {n})] + [median] if args.scaling else []

    git = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True)
    figures = {"git": git.stdout.strip(), "foundation_only": args.foundation, "articles": n, "mean_kb": round(mean_kb, 2), "corpus": source, "jobs": args.jobs,
               "pinned_cpu": cpu, "timer": "GNU time -v" if gnu else "getrusage(RUSAGE_CHILDREN)",
               "target_articles_per_s": TARGET_RATE, "median_articles_per_s": median["articles_per_s"],
               "meets_target": median["articles_per_s"] >= TARGET_RATE and args.jobs == 1 and not median["timed_out"],
               "median": median, "runs": runs, "scaling": scaling}
    out = Console(width=max(Console().width, 112))     # the table is unreadable folded at 80 columns
    table = Table(title=f"sitrep ingest {figures['git']}: {n} x {mean_kb:.1f} KB .txt ({source}), jobs {args.jobs}, "
                        f"{'CPU ' + str(cpu) if cpu is not None else 'unpinned'}, {figures['timer']}")
    for col in ("run", "articles", "stored", "wall s", "articles/s", "per CPU s", "user s", "sys s", "CPU %", "peak RSS MB", "db MB"):
        table.add_column(col, justify="right")
    for label, r in [(f"#{i + 1}", r) for i, r in enumerate(runs)] + [("median", median)] + [("scale", s) for s in scaling]:
        table.add_row(label, str(r["articles"]), str(r["raw_articles"]), f"{r['wall_s']:.2f}" + ("*" if r["timed_out"] else ""),
                      f"{r['articles_per_s']:.0f}", f"{r['per_cpu_s']:.0f}", f"{r['user_s']:.2f}", f"{r['sys_s']:.2f}",
                      f"{r['cpu_pct']:.0f}", f"{r['max_rss_kb'] / 1024:.0f}", f"{r['db_mb']:.0f}", style="bold" if label == "median" else None)
    out.print(table)
    out.print(f"median {median['articles_per_s']:.0f} articles/s: {'meets' if figures['meets_target'] else 'MISSES'} "
              f"the {TARGET_RATE:.0f}/s one-core target")
    if len(scaling) > 1:
        a, b = scaling[0], scaling[-1]   # the slope leaves out the fixed startup cost
        figures["marginal_articles_per_s"] = round((b["articles"] - a["articles"]) / (b["wall_s"] - a["wall_s"]), 1)
        growth = b["max_rss_kb"] / a["max_rss_kb"] - 1
        out.print(f"marginal rate {a['articles']} -> {b['articles']} articles (startup excluded): "
                  f"{figures['marginal_articles_per_s']:.0f}/s; peak RSS {growth:+.0%} "
                  f"({'flat' if abs(growth) < 0.10 else 'GROWS with corpus size'})")
    if any(r["timed_out"] for r in runs + scaling):
        out.print(f"* killed after --timeout {args.timeout:.0f} s: CPU and RSS as read from /proc just before")
    if any(r["raw_articles"] != r["articles"] for r in runs + scaling):
        out.print("[red]stored raw articles != files: a kill, dedupe or rejections skew the rate[/red]")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
        console.print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
