"""event.date misses of the visible scored sets, by cause class, counted across sets.

For each set: ingest + export (into ``--out``, reused when the export is already there and
``--fresh`` is not given), then for each gold event the shared scorer matches (same rule as
``score.py``: same category, a shared file, actor or target names) whose date none of its matched
export events gets right, a cause class:

  other-act    no matched event is told in any of the gold's evidence sentences: the scorer matched
               another happening of the same category and names (the gold's own act was not
               extracted, or was coded otherwise), so the miss says nothing about dating
  undated      every matched event has no date
  recalled     gold puts the act months or years before its reports (a war of 2020, a coup of
               2009) and every matched event dates it into the reports' own weeks: a recalled past
               act read as news (a stated time of the paragraph, or a weekday, taken for it)
  report-day   a matched event took its report's publication day as a fallback (basis
               ``publication``: no time of its own was found) and gold says otherwise
  week-off     off by 6-8 days (a weekday read in the wrong week)
  days-off     off by 2-5 days (another weekday, "last week" vs a day...)
  month-off    another month (or a month vs a day outside it), within a year
  far          more than a year off (an old background date, a wrong year)

The classes say where to look; the listing (``-v``) shows the export's date text and basis beside
the gold's date text so a reader sees the mechanism, never to fit one sentence.

Example:
  PYTHONPATH=src /work/venv/bin/python bench/event_date_misses.py --out /tmp/dd-exp --sets drc haiti -v
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib.util
import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "fixtures" / "scored"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
if not SCORER.is_file():
    SCORER = Path("/work/shared/tools/score.py")
HELD_OUT = {"syria", "ukraine", "somalia", "mozambique", "kashmir"}
DEV = ROOT.parent / "shared" / "seeds"          # "dev": the seeds, beside the repository or in /work
if not DEV.is_dir():
    DEV = Path("/work/shared/seeds")


def _raw(name: str) -> Path:
    return DEV if name == "dev" else SETS / name / "raw"


def _gold(name: str) -> Path:
    return DEV.parent / "seeds-gold" / "gold.json" if name == "dev" else SETS / name / "gold.json"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def export(name: str, out: Path, fresh: bool) -> Path:
    """The set's export (made with this tree's sitrep)."""
    path = out / f"{name}.json"
    if path.exists() and not fresh:
        return path
    exe = Path(sys.executable).with_name("sitrep")
    db = out / f"{name}.db"
    for p in out.glob(f"{name}.db*"):
        p.unlink()
    subprocess.run([str(exe), "ingest", str(_raw(name)), "--db", str(db), "-q"], capture_output=True)
    subprocess.run([str(exe), "export", "--db", str(db), "--format", "json", "-o", str(path)], capture_output=True)
    for p in out.glob(f"{name}.db*"):
        p.unlink()
    return path


def _day(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(s)[:10]) if s and len(str(s)) >= 10 else None
    except ValueError:
        return None


# how far before its reports an act must lie to count as recalled, and how near them its export
# date must be to count as read for news (days)
_RECALLED, _NEWS = 180, 60


def _start(value: str) -> dt.date | None:
    """The first day of a day, month or year value."""
    v = value.split("/")[0]
    try:
        return dt.date.fromisoformat(v[:10] if len(v) >= 10 else v[:7] + "-01" if len(v) >= 7 else v[:4] + "-01-01")
    except ValueError:
        return None


def _end(value: str) -> dt.date | None:
    """The last day of a day, month or year value (of a range's end)."""
    v = value.split("/")[-1]
    first = _start(v)
    if first is None or len(v) >= 10:
        return first
    if len(v) >= 7:
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(first.year, 12, 31)


def cause(gold_date: str, sys_dates: list[str | None], pub_days: set[str],
          bases: list[str | None] | None = None) -> str:
    """The cause class of a miss (see the module's doc). ``bases``: the matched events' date
    bases, beside ``sys_dates`` (the fallback to the publication day is told by its basis, not by
    a date that happens to equal a publication day)."""
    dates = [d for d in sys_dates if d]
    if not dates:
        return "undated"
    g = gold_date.split("/")[0]
    # first: an act of months or years back dated into the news, whichever way (a fallback too)
    pubs = sorted(p for p in (_day(x) for x in pub_days) if p)
    g_end = _end(gold_date)
    if pubs and g_end is not None and (pubs[0] - g_end).days > _RECALLED and all(
            (s := _start(d)) is not None and abs((s - pubs[0]).days) <= _NEWS for d in dates):
        return "recalled"
    if bases is None:
        # no bases given: a date equal to a publication day (or month) stands for the fallback
        if any(d[:10] in pub_days or (len(d) == 7 and any(p.startswith(d) for p in pub_days)) for d in dates) \
                and not any(p.startswith(g) or g.startswith(p) for p in pub_days):
            return "report-day"
    elif any(b == "publication" and d for b, d in zip(bases, sys_dates)):
        return "report-day"
    gd, best = _day(g), None
    for d in dates:
        sd = _day(d)
        if gd and sd:
            gap = abs((gd - sd).days)
        else:                               # a month on one side: months apart, counted in days
            gm, sm = g[:7], d[:7]
            try:
                gap = abs((int(gm[:4]) * 12 + int(gm[5:7])) - (int(sm[:4]) * 12 + int(sm[5:7]))) * 30
            except ValueError:
                gap = 10 ** 4
        best = gap if best is None else min(best, gap)
    assert best is not None
    if best <= 5:
        return "days-off"
    if best <= 8:
        return "week-off"
    if best <= 366:
        return "month-off"
    return "far"


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", s.lower()).split())


def _tells(e: dict, g: dict, texts: dict[str, str], ex) -> bool:
    """Whether export event ``e`` is told in one of gold event ``g``'s evidence sentences (within
    200 characters of one of its spans); a gold event without evidence quotes counts as told."""
    quotes = [_norm(q)[:60] for q in g.get("evidence") or [] if len(_norm(q)) >= 20]
    if not quotes:
        return True
    for span in e.get("evidence") or []:
        t = texts.get(span.get("doc"), "")
        near = _norm(t[max(0, span["start"] - 200):span["end"] + 200])
        if any(q in near for q in quotes):
            return True
    return False


def misses(sc, ex_path: Path, gold_path: Path):
    """(gold event, matched export events, class) per missed date."""
    ex = sc.Export(json.loads(ex_path.read_text()))
    gold = sc.Gold(json.loads(gold_path.read_text()))
    pubs = {d["file"]: str(d.get("published") or "")[:10] for d in gold.data.get("documents", [])}
    sys_events = ex.data.get("events", [])
    texts = {d["id"]: d.get("text") or "" for d in ex.data.get("documents", [])}
    out, dated = [], 0
    for g in gold.data.get("events", []):
        gfiles = set(sc.files_of_gold(g))
        actor, target = gold.names_for(g.get("actor")), gold.names_for(g.get("target"))
        hits = [e for e in sys_events if e.get("action") == g.get("action") and ex.files_of(e.get("evidence")) & gfiles
                and (sc.names_match(ex.names_of(e.get("actor")), actor) or sc.names_match(ex.names_of(e.get("target")), target))]
        ok = [sc.date_ok(g.get("date"), e.get("date")) for e in hits]
        if not hits or all(o is None for o in ok):
            continue
        dated += 1
        if any(ok):
            continue
        pub_days = {pubs.get(f) for f in gfiles if pubs.get(f)}
        if not any(_tells(e, g, texts, ex) for e in hits):
            out.append((g, hits, "other-act", ex))
            continue
        out.append((g, hits, cause(str(g["date"]), [e.get("date") for e in hits], pub_days,
                                   [e.get("date_basis") for e in hits]), ex))
    return out, dated


def exported_sets(doc: str, argv: list[str] | None) -> tuple[argparse.Namespace, list[str], dict[str, Path]]:
    """The command line both miss reports share: the fix sets asked for (never a held-out one),
    each exported once into ``--out``."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True, help="folder for the exports (reused)")
    ap.add_argument("--sets", nargs="*")
    ap.add_argument("--fresh", action="store_true", help="re-export even when an export is there")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    names = a.sets or sorted(p.name for p in SETS.iterdir() if (p / "gold.json").is_file() and p.name not in HELD_OUT)
    if HELD_OUT & set(names):
        sys.exit("held-out sets are never measured here")
    a.out.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(a.jobs) as pool:
        paths = dict(zip(names, pool.map(lambda n: export(n, a.out, a.fresh), names)))
    return a, names, paths


def main(argv: list[str] | None = None) -> int:
    a, names, paths = exported_sets(__doc__, argv)
    sc = _scorer()
    total: collections.Counter = collections.Counter()
    sets_with: collections.Counter = collections.Counter()
    rates = []
    for n in names:
        found, dated = misses(sc, paths[n], _gold(n))
        rate = 1 - len(found) / dated if dated else None
        rates.append(rate)
        classes = collections.Counter(c for _, _, c, _ in found)
        total.update(classes)
        sets_with.update(classes.keys())
        print(f"{n:13s} {'-' if rate is None else f'{rate:.3f}'} ({dated - len(found)}/{dated})  "
              + " ".join(f"{c}={k}" for c, k in classes.most_common()))
        if a.verbose:
            for g, hits, c, ex in found:
                print(f"   [{c}] gold {g.get('date')} {g.get('action')} {str(g.get('actor'))[:30]!r} -> "
                      f"{str(g.get('target'))[:30]!r}  text={str(g.get('date_text'))[:70]!r}")
                for e in hits[:3]:
                    files = sorted(ex.files_of(e.get("evidence")))
                    print(f"      sys {e.get('date')} basis={e.get('date_basis')!r} text={e.get('date_text')!r} files={[f[:3] for f in files]}")
    got = [r for n, r in zip(names, rates) if r is not None and n != "dev"]
    print(f"mean {sum(got) / len(got):.3f} over {len(got)} sets (dev not in it)")
    print("classes (misses / sets): " + "  ".join(f"{c}={k}/{sets_with[c]}" for c, k in total.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
