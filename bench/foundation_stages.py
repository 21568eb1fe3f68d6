"""Where the foundation's time goes: CPU milliseconds per article in each stage of one
``sitrep.batch.ingest`` run (read, clean and its parts, sketch, store, learn, re-clean, link).

    PYTHONPATH=src /work/venv/bin/python bench/foundation_stages.py -n 2000 --corpus /tmp/bench/c10k

The stages are timed by wrapping the functions the batch calls (process CPU time around each
call, no profiler: cProfile's overhead doubled the run and distorted the split between Python-heavy
and C-heavy stages). Nested stages are shown indented and are part of their parent's figure;
"startup" is importing sitrep and loading its knowledge before the first article (word list,
chrome rules), counted apart from the per-article figures. Use ``ingest_speed.py --foundation``
for whole-process figures (wall, CPU, peak RSS); this one says which stage to work on.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# (module, attribute, label): a label "a.b" is part of stage "a"
STAGES = [
    ("sitrep.batch", "read_file", "read"),
    ("sitrep.batch", "clean_raw_article", "clean"),
    ("sitrep.pipeline", "split_lines", "clean.split_lines"),
    ("sitrep.pipeline", "mark_chrome", "clean.chrome"),
    ("sitrep.pipeline", "mark_metadata", "clean.mark_metadata"),
    ("sitrep.pipeline", "mark_headline", "clean.headline"),
    ("sitrep.pipeline", "build_text", "clean.build_text"),
    ("sitrep.clean.text", "glue_sites", "clean.build_text.glue"),
    ("sitrep.pipeline", "extract_metadata", "clean.extract_metadata"),
    ("sitrep.batch", "sketch_row", "sketch"),
    ("sitrep.dedup.linking", "sketch", "sketch.sketch"),
    ("sitrep.dedup.sketch", "_split", "sketch.sketch.split"),
    ("sitrep.batch", "_flush", "store"),
    ("sitrep.batch", "_learn", "learn"),
    ("sitrep.corpus", "find_recurring_lines", "recurring"),
    ("sitrep.corpus", "reclean", "reclean"),
    ("sitrep.corpus", "link_documents", "link"),
]


def _wrap(totals: dict[str, float], label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    clock = time.process_time

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            totals[label] = totals.get(label, 0.0) + clock() - start
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--articles", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/bench/c10k"),
                        help="folder of .txt articles (bench/ingest_speed.py builds one)")
    parser.add_argument("--json", type=Path, metavar="OUT")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))[:args.articles]
    if not files:
        sys.exit(f"no .txt files in {args.corpus}")
    start = time.process_time()
    import importlib

    from sitrep.clean.chrome import _chrome_table
    from sitrep.clean.lexicon import Lexicon
    Lexicon.default()
    _chrome_table()
    startup = time.process_time() - start
    totals: dict[str, float] = {}
    for module, name, label in STAGES:
        mod = importlib.import_module(module)
        setattr(mod, name, _wrap(totals, label, getattr(mod, name)))
    from sitrep.batch import ingest
    from sitrep.store import Store
    with tempfile.TemporaryDirectory(prefix="sitrep-stages-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for f in files:
            (folder / f.name).symlink_to(f.resolve())
        start = time.process_time()
        with Store(Path(tmp) / "stages.db") as store:
            report = ingest([str(folder)], store)
        cpu = time.process_time() - start
    n = len(files)
    figures = {"articles": n, "recleaned": report.recleaned, "startup_s": round(startup, 3),
               "ingest_cpu_s": round(cpu, 3), "ms_per_article": round(1000 * cpu / n, 3),
               "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
               "stages_ms_per_article": {label: round(1000 * totals.get(label, 0.0) / n, 3) for _, _, label in STAGES}}
    print(f"{n} articles ({report.recleaned} cleaned again): ingest {cpu:.2f} CPU s = {figures['ms_per_article']:.2f} ms "
          f"per article (startup {startup:.2f} s apart); peak RSS {figures['peak_rss_mb']:.0f} MB")
    for _, _, label in STAGES:
        depth = label.count(".")
        print(f"  {'  ' * depth}{label.rsplit('.', 1)[-1]:<{24 - 2 * depth}} {figures['stages_ms_per_article'][label]:7.2f} ms")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
