"""event.date on the invented dating pages (``tests/fixtures/dating``): the dates a human gives.

Five pages in several outlets' styles (a wire lead with a dateline, a local page published on a
Monday, a live blog with timestamps, a weekly analysis, a page stamped late at night), each event
with the date a reader resolves from the page (``gold.json``: a day, a month, a range or a year).
The pages are ingested and exported by this tree's sitrep and the events scored by the shared
scorer's event rule; ``-v`` lists each gold event with the dates of the export events it matched.

Example:
  PYTHONPATH=src /work/venv/bin/python bench/dating_fixtures.py -v
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_date_misses import _scorer  # noqa: E402  (the scorer, beside the repository or in /work)

HERE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "dating"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    sc = _scorer()
    exe = Path(sys.executable).with_name("sitrep")
    with tempfile.TemporaryDirectory() as tmp:
        db, out = Path(tmp) / "d.db", Path(tmp) / "d.json"
        subprocess.run([str(exe), "ingest", str(HERE / "raw"), "--db", str(db), "-q"], capture_output=True)
        subprocess.run([str(exe), "export", "--db", str(db), "--format", "json", "-o", str(out)], capture_output=True)
        ex = sc.Export(json.loads(out.read_text()))
    gold = sc.Gold(json.loads((HERE / "gold.json").read_text()))
    found = dated = right = 0
    for g in gold.data["events"]:
        gfiles = set(sc.files_of_gold(g))
        actor, target = gold.names_for(g.get("actor")), gold.names_for(g.get("target"))
        hits = [e for e in ex.data.get("events", []) if e.get("action") == g["action"] and ex.files_of(e.get("evidence")) & gfiles
                and (sc.names_match(ex.names_of(e.get("actor")), actor) or sc.names_match(ex.names_of(e.get("target")), target))]
        ok = any(sc.date_ok(g["date"], e.get("date")) for e in hits)
        found += bool(hits)
        dated += bool(hits)
        right += ok
        if a.verbose:
            mark = "ok " if ok else ("-- " if hits else "?? ")
            print(f"{mark}{g['id']} {g['action']:8s} gold {g['date']:24s} {g['date_text']}")
            for e in hits[:4]:
                print(f"       sys {e.get('date')} basis={e.get('date_basis')} text={e.get('date_text')!r}")
    n = len(gold.data["events"])
    print(f"dating fixtures: events found {found}/{n}, date right {right}/{dated}"
          f" ({right / dated:.3f})" if dated else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
