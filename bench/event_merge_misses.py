"""event.merged misses of the visible scored sets, by cause class, counted across sets.

The exports are those of ``event_date_misses.py --out`` (the same folder; made here when missing).
For each gold event told by several files that the shared scorer finds (same rule as ``score.py``)
but no single matched export event spans two of its files, a cause class:

  split        every gold file has a matched export event, in different events (the reduce kept apart
               what two sources tell): the listing shows dates, roles and files of each
  role-off     a gold file has an event of that category whose actor and target names match neither
               gold role (another name or a generic actor: an entity or role matter, seen by merging)
  category     a gold file has no event of that category, but one of another category with a
               matching role (one happening coded in two categories)
  not-found    a gold file has no event with a matching role at all (extraction missed it there)

A miss counts under the first class that holds, in that order; ``-v`` lists each with its events.
A last line sorts the misses whose sources were kept apart (split, told-apart) by how the two
closest export events of different files relate: their roles (a role shared, one naming only the
actor and the other only the target, or other names) and their dates (the same day, the same
month, another date, or one or both taken from the publication day as a fallback).

Example:
  PYTHONPATH=src /work/venv/bin/python bench/event_merge_misses.py --out /tmp/dd-exp --sets drc haiti -v
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_date_misses import _gold, _scorer, exported_sets  # noqa: E402


def _matches(sc, ex, e, actor, target) -> bool:
    return sc.names_match(ex.names_of(e.get("actor")), actor) or sc.names_match(ex.names_of(e.get("target")), target)


def misses(sc, ex_path: Path, gold_path: Path):
    """(gold event, matched events, per-file events of note, class) per merged miss; and the count."""
    ex = sc.Export(json.loads(ex_path.read_text()))
    gold = sc.Gold(json.loads(gold_path.read_text()))
    sys_events = ex.data.get("events", [])
    out, multi = [], 0
    for g in gold.data.get("events", []):
        gfiles = set(sc.files_of_gold(g))
        if len(gfiles) < 2:
            continue
        actor, target = gold.names_for(g.get("actor")), gold.names_for(g.get("target"))
        hits = [e for e in sys_events if e.get("action") == g.get("action")
                and ex.files_of(e.get("evidence")) & gfiles and _matches(sc, ex, e, actor, target)]
        if not hits:
            continue
        multi += 1
        if any(len(ex.files_of(e.get("evidence")) & gfiles) > 1 for e in hits):
            continue
        covered = set().union(*(ex.files_of(e.get("evidence")) for e in hits)) & gfiles
        lacking = gfiles - covered
        same_cat = {f: [e for e in sys_events if e.get("action") == g.get("action") and f in ex.files_of(e.get("evidence"))]
                    for f in lacking}
        other_cat = {f: [e for e in sys_events if e.get("action") != g.get("action")
                         and f in ex.files_of(e.get("evidence")) and _matches(sc, ex, e, actor, target)] for f in lacking}
        if not lacking:
            cls = "split"
        elif any(same_cat[f] for f in lacking):
            cls = "role-off"
        elif any(other_cat[f] for f in lacking):
            cls = "category"
        else:
            cls = "not-found"
        # the gold's own sentences coded in its category in two files, in different events: the
        # reduce kept apart what the sources tell (roles or dates disagree), whatever the names
        told = {f: told_events(ex, g, f) for f in gfiles}
        if sum(1 for v in told.values() if v) >= 2 and cls != "split":
            cls += "+told-apart"
        elif cls == "split" and sum(1 for v in told.values() if v) < 2:
            cls = "split-other-sentence"
        shown = {f: same_cat[f] or other_cat[f] for f in lacking}
        if cls.endswith("told-apart"):
            shown = {f"told {f}": v for f, v in told.items() if v}
        out.append((g, hits, shown, cls, ex))
    return out, multi


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", s.lower()).split())


def told_events(ex, g: dict, f: str) -> list[dict]:
    """The export's events of ``g``'s category whose evidence in file ``f`` holds one of the gold's
    evidence quotes (the sentence the gold event is told in), whatever their roles."""
    quotes = [_norm(q)[:60] for q in g.get("evidence") or [] if len(_norm(q)) >= 20]
    if not quotes:
        return []
    texts = {d["id"]: d.get("text") or "" for d in ex.data.get("documents", [])}
    out = []
    for e in ex.data.get("events", []):
        if e.get("action") != g.get("action"):
            continue
        for s in e.get("evidence") or []:
            if ex.file_of.get(s.get("doc"), s.get("doc")) != f:
                continue
            t = texts.get(s.get("doc"), "")
            told = _norm(t[max(0, s["start"] - 200):s["end"] + 200])
            if any(q in told for q in quotes):
                out.append(e)
                break
    return out


def _show(ex, e) -> str:
    names = lambda r: (sorted(ex.names_of(r)) or ["-"])[0][:28]  # noqa: E731
    files = sorted(f[:10] for f in ex.files_of(e.get("evidence")))
    return (f"{e.get('date')} {e.get('action')} {names(e.get('actor'))!r} -> {names(e.get('target'))!r} "
            f"basis={e.get('date_basis')!r} text={str(e.get('date_text'))[:30]!r} files={files}")


def main(argv: list[str] | None = None) -> int:
    a, names, paths = exported_sets(__doc__, argv)
    sc = _scorer()
    total: collections.Counter = collections.Counter()
    sets_with: collections.Counter = collections.Counter()
    apart: collections.Counter = collections.Counter()
    for n in names:
        found, multi = misses(sc, paths[n], _gold(n))
        classes = collections.Counter(c for *_, c, _ in found)
        for g, hits, shown, c, ex in found:
            if c.startswith("split") or c.endswith("told-apart"):
                apart.update(f"{k}" for k in kept_apart(ex, hits if c.startswith("split") else
                                                          [e for v in shown.values() for e in v]))
        total.update(classes)
        sets_with.update(classes.keys())
        rate = "-" if not multi else f"{1 - len(found) / multi:.3f}"
        print(f"{n:13s} {rate} ({multi - len(found)}/{multi})  " + " ".join(f"{c}={k}" for c, k in classes.most_common()))
        if a.verbose:
            for g, hits, lacking, c, ex in found:
                print(f"   [{c}] gold {g.get('id')} {g.get('date')} {g.get('action')} {str(g.get('actor'))[:30]!r} -> "
                      f"{str(g.get('target'))[:30]!r} files={sorted(f[:10] for f in sc.files_of_gold(g))}")
                for e in hits[:5]:
                    print(f"      hit {_show(ex, e)}")
                for f, evs in lacking.items():
                    print(f"      {f[:10]}: " + ("; ".join(_show(ex, e) for e in evs[:3]) if evs else "nothing"))
    print("classes (misses / sets): " + "  ".join(f"{c}={k}/{sets_with[c]}" for c, k in total.most_common()))
    print("kept apart, by roles and dates: " + "  ".join(f"{c}={k}" for c, k in sorted(apart.items())))
    return 0


_WEAK = frozenset({"publication", "period"})


def _relation(a: dict, b: dict) -> tuple[str, str]:
    """(roles, dates) of two export events (see the module's doc)."""
    if (a.get("actor") and a.get("actor") == b.get("actor")) or (a.get("target") and a.get("target") == b.get("target")):
        roles = "shared-role"
    elif any(x.get("actor") and not x.get("target") and y.get("target") and not y.get("actor")
             for x, y in ((a, b), (b, a))):
        roles = "complement"
    else:
        roles = "other-names"
    weak = (a.get("date_basis") in _WEAK) + (b.get("date_basis") in _WEAK)
    da, db = str(a.get("date") or ""), str(b.get("date") or "")
    if weak:
        dates = "both-publication" if weak == 2 else "one-publication"
    elif da and da == db:
        dates = "same-date"
    elif da and db and da[:7] == db[:7]:
        dates = "same-month"
    else:
        dates = "other-date"
    return roles, dates


def kept_apart(ex, events: list[dict]) -> tuple[str, str]:
    """("roles:...", "dates:...") of the closest pair of ``events`` told in different files
    (a pair sharing a role first), or ("roles:no-pair", "dates:-")."""
    seen = {e.get("id"): e for e in events}
    evs, best = list(seen.values()), None
    for i, a in enumerate(evs):
        for b in evs[i + 1:]:
            fa, fb = ex.files_of(a.get("evidence")), ex.files_of(b.get("evidence"))
            if fa - fb and fb - fa:
                r = _relation(a, b)
                if best is None or (r[0] == "shared-role") > (best[0] == "shared-role"):
                    best = r
    return ("roles:" + best[0], "dates:" + best[1]) if best else ("roles:no-pair", "dates:-")


if __name__ == "__main__":
    raise SystemExit(main())
