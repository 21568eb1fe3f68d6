"""Where the whole pipeline's CPU goes: a stdlib sampling profile of one `sitrep ingest`.

    PYTHONPATH=src /work/venv/bin/python bench/pipeline_profile.py CORPUS_DIR --out /tmp/prof [--interval 4]
    PYTHONPATH=src /work/venv/bin/python bench/pipeline_profile.py --report /tmp/prof.stacks [--top 40]

The ingest runs in this process (fresh database ``OUT.db``) while a CPU timer (``ITIMER_PROF``,
every ``--interval`` ms of process CPU) records the Python stack; the stacks are written collapsed
(``frame;frame;... count``, flame-graph input) to ``OUT.stacks`` and summarised: the share of
samples per leaf line (self) and per function on the stack (inclusive). Unlike cProfile it adds
little time (a few percent) and does not shift the split toward Python-heavy code; C work (regex,
str methods, SQLite) is counted in the Python line that called it.
"""
from __future__ import annotations

import argparse
import collections
import os
import signal
import sys
import time
from pathlib import Path


def profile(corpus: Path, out: Path, interval_ms: float) -> Path:
    """Ingest ``corpus`` into ``out``.db under the sampler; returns the collapsed stacks' path."""
    db = Path(f"{out}.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    stacks: collections.Counter[str] = collections.Counter()

    def sample(_sig, frame) -> None:
        names = []
        leaf = True
        while frame is not None:
            code = frame.f_code
            where = frame.f_lineno if leaf else code.co_firstlineno   # a leaf's line, a caller's function
            names.append(f"{code.co_filename.split('/src/')[-1]}:{code.co_name}:{where}")
            frame, leaf = frame.f_back, False
        stacks[";".join(reversed(names))] += 1

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, interval_ms / 1000, interval_ms / 1000)
    from sitrep.cli import main
    sys.argv = ["sitrep", "ingest", str(corpus), "--db", str(db), "--quiet", "--jobs", "1"]
    started = time.process_time()
    try:
        main()
    except SystemExit:
        pass
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"CPU s: {time.process_time() - started:.1f}", file=sys.stderr)
    path = Path(f"{out}.stacks")
    path.write_text("".join(f"{k} {v}\n" for k, v in stacks.most_common()))
    return path


def report(path: Path, top: int) -> None:
    """Self (leaf line) and inclusive (function anywhere on the stack) shares of the samples."""
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, n = line.rsplit(" ", 1)
        count = int(n)
        total += count
        frames = stack.split(";")
        own[frames[-1]] += count
        for fn in {f.rsplit(":", 1)[0] for f in frames}:
            inclusive[fn] += count
    print(f"samples: {total}")
    print("== self (leaf line)")
    for k, v in own.most_common(top):
        print(f"{100 * v / max(total, 1):5.1f}%  {k}")
    print("== inclusive (function)")
    for k, v in inclusive.most_common(2 * top):
        print(f"{100 * v / max(total, 1):5.1f}%  {k}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, nargs="?", help="folder of articles to ingest")
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "sitrep-profile")
    parser.add_argument("--interval", type=float, default=4.0, help="ms of CPU between samples (default 4)")
    parser.add_argument("--report", type=Path, help="summarise these collapsed stacks (no ingest)")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    if args.report:
        report(args.report, args.top)
    elif args.corpus:
        report(profile(args.corpus, args.out, args.interval), args.top)
    else:
        parser.error("a corpus folder or --report STACKS")


if __name__ == "__main__":
    main()
