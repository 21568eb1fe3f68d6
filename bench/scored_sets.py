"""Quality on held-out scored sets: invented articles on other conflicts, with hand-made gold.

Each set under ``tests/fixtures/scored/<name>/`` holds ``raw/`` (scraped pages, as an outlet's page
would be saved) and ``gold.json`` (the same conventions as ``../shared/seeds-gold``). The gold was
written before the system's output was looked at, so the figures say how sitrep does on a conflict
and outlets it was not built on, the way the hidden sets judge it. The dev set (``../shared/seeds``)
is added as its own column when it is beside the repository.

Every set is ingested by `sitrep ingest` into a fresh database, exported, and scored by the shared
scorer (``../shared/tools/score.py``, read from there, never copied). The table has one row per
figure, one column per set and the mean over the held-out sets (the dev set is not in the mean).

Example:
  /work/venv/bin/python bench/scored_sets.py
  /work/venv/bin/python bench/scored_sets.py --sets drc haiti --verbose --json /tmp/scored.json
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "fixtures" / "scored"
SHARED = ROOT.parent / "shared"
DEV = ("dev", SHARED / "seeds", SHARED / "seeds-gold" / "gold.json")
SCORER = SHARED / "tools" / "score.py"
# the figures worth a row, in the scorer's order; others (doc.present, story.kept_apart) are kept in --json
ROWS = ["doc.title", "doc.published", "doc.authors", "doc.dateline", "doc.outlet",
        "clean.boilerplate_removed", "clean.body_kept", "clean.glue_fixed",
        "dup.recall", "dup.precision", "story.recall",
        "ent.recall", "ent.recall_other", "ent.precision", "ent.alias_merge", "ent.over_merged", "ent.type",
        "quote.recall", "quote.precision", "quote.speaker",
        "event.recall", "event.precision", "event.date", "event.merged",
        "claim.recall", "claim.precision", "spans.valid"]


def held_out_sets(names: list[str] | None = None) -> list[tuple[str, Path, Path]]:
    """(name, raw folder, gold file) of every scored set, or of those ``names``."""
    found = [(p.name, p / "raw", p / "gold.json") for p in sorted(SETS.iterdir())
             if (p / "raw").is_dir() and (p / "gold.json").is_file()] if SETS.is_dir() else []
    if names:
        missing = set(names) - {n for n, _, _ in found}
        if missing:
            sys.exit(f"no scored set named {', '.join(sorted(missing))} under {SETS}")
        found = [s for s in found if s[0] in names]
    return found


def score_set(raw: Path, gold: Path, scorer: Path, verbose: bool = False) -> dict[str, float | None]:
    """Ingest ``raw`` into a fresh database, export it and score the export against ``gold``."""
    exe = Path(sys.executable).with_name("sitrep")
    with tempfile.TemporaryDirectory() as tmp:
        db, export, figures = Path(tmp) / "s.db", Path(tmp) / "export.json", Path(tmp) / "scores.json"
        for cmd in ([str(exe), "ingest", str(raw), "--db", str(db), "-q"],
                    [str(exe), "export", "--db", str(db), "--format", "json", "-o", str(export)]):
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode not in (0, 1):       # 1: a file was rejected, which the score shows
                sys.exit(f"{' '.join(cmd[:2])} failed on {raw}: {done.stderr.strip()}")
        cmd = [sys.executable, str(scorer), str(export), str(gold), "--raw", str(raw), "--json", str(figures)]
        done = subprocess.run(cmd + (["-v"] if verbose else []), capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"the scorer failed on {gold}: {done.stderr.strip()}")
        if verbose:
            print(done.stdout)
        return json.loads(figures.read_text())


def _cell(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def table(results: dict[str, dict[str, float | None]], held_out: list[str]) -> str:
    """One row per figure, one column per set, then the mean over the held-out sets."""
    names = list(results)
    head = ["figure", *names, "mean"]
    rows = [head]
    for fig in ROWS:
        values = [results[n].get(fig) for n in held_out if results[n].get(fig) is not None]
        mean = sum(values) / len(values) if values else None
        rows.append([fig, *(_cell(results[n].get(fig)) for n in names), _cell(mean)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", metavar="NAME", help="only these held-out sets (default: all)")
    ap.add_argument("--no-dev", action="store_true", help="leave out the dev set column")
    ap.add_argument("--scorer", type=Path, default=SCORER, help=f"the scorer (default {SCORER})")
    ap.add_argument("--verbose", "-v", action="store_true", help="print the scorer's misses for every set")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write every figure of every set as JSON")
    args = ap.parse_args(argv)
    if not args.scorer.is_file():
        sys.exit(f"the scorer is not at {args.scorer} (it lives in ../shared/tools beside the repository)")
    sets = held_out_sets(args.sets)
    if not sets:
        sys.exit(f"no scored sets under {SETS}")
    runs = sets + ([DEV] if not args.no_dev and DEV[1].is_dir() and DEV[2].is_file() else [])
    results = {}
    for name, raw, gold in runs:
        print(f"scoring {name} ({sum(1 for p in raw.iterdir() if p.is_file())} files)", file=sys.stderr)
        results[name] = score_set(raw, gold, args.scorer, args.verbose)
    print(table(results, [n for n, _, _ in sets]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
