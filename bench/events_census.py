"""Census of event errors by cause, over many scored sets taken together.

Every visible scored set is ingested and exported (or an existing export folder is read), the
export is matched against the gold with the shared scorer's own rule (same category, a shared file,
actor or target names agreeing), and every miss and every spurious event is put in one class:

  missed gold event
    no trigger          no system event on the gold sentence, and no trigger of the gold category there
    unattributed        an event of the gold category on the sentence names no party (actor and target are
                        descriptions such as "soldiers", "gunmen", "the authorities"): exported apart
    trigger, dropped    a trigger of the gold category is in the sentence but no event came of it
                        (filtered as non-report / background / modality, or roles never found)
    roles wrong         an event of the gold category on the sentence, actor and target not the gold's
    category wrong      only events of other categories on the sentence
    merged elsewhere    the sentence's event was folded into an event that matched another gold event
    not located         the gold evidence string is not in the exported text (cleaning lost it)
  spurious system event (in the gold's files, matching no gold event)
    coded twice         the gold event on the same sentence is matched by another event (other category)
    split, same sentence  the gold event on the sentence is matched by another event of the same
                        category that has this sentence too (one happening, two events per sentence)
    split, other report the gold event on the sentence is matched by another event of the same category
                        from other reports only (the merge did not fold this report in)
    roles wrong         a gold event of the same category on the sentence, no event matched it
    category wrong      a gold event of another category on the sentence, no event matched it
    negated/denied, hypothetical/future, background, generic, reported/claimed, other
                        no gold event on the sentence; the sentence's wording decides (first that fits)

Usage:
  python bench/events_census.py --shared /work/shared [--exports DIR] [--sets a b] [--show CLASS]
The exports are written to (and, when present, read from) ``--exports``; pass ``--fresh`` to redo them.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "fixtures" / "scored"
HELD_OUT = {"syria", "ukraine", "somalia", "mozambique", "kashmir"}   # never run here

_NEG = re.compile(r"\b(?:not|no|never|n't|denied|denies|deny|denying|without|refused to|failed to|nor)\b", re.I)
_HYPO = re.compile(r"\b(?:will|would|could|may|might|should|if|unless|plans? to|planning|prepar\w+ to|threat\w*|"
                   r"vow\w*|warn\w*|intends?|aims? to|seeks? to|ready to|possible|likely|expected to|call\w* for|"
                   r"urg\w+|demand\w*)\b", re.I)
_BACK = re.compile(r"\b(?:since|in (?:19|20)\d\d|last year|years? ago|decades?|history|historically|previously|"
                   r"former|earlier (?:this|last) (?:year|decade)|first time|ever since|after (?:the|a) \w+ war)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|says|say|claimed|claims|according to|alleged\w*|accus\w+|reported\w*|told|blamed)\b", re.I)

MISSED = ["no trigger", "unattributed", "trigger, dropped", "roles wrong", "category wrong", "merged elsewhere", "not located"]
SPURIOUS = ["coded twice", "split, same sentence", "split, other report", "roles wrong", "category wrong", "negated/denied", "hypothetical/future",
            "background", "generic (no actor, no target)", "reported/claimed", "other"]


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("sitrep_shared_score", shared / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def export_set(name: str, out: Path) -> Path:
    """Ingest and export one scored set with the sitrep on this interpreter's path."""
    target = out / f"{name}.json"
    exe = Path(sys.executable).with_name("sitrep")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "s.db"
        for cmd in ([str(exe), "ingest", str(SETS / name / "raw"), "--db", str(db), "-q"],
                    [str(exe), "export", "--db", str(db), "--format", "json", "-o", str(target)]):
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode not in (0, 1):
                sys.exit(f"{' '.join(cmd[:2])} failed on {name}: {done.stderr.strip()}")
    return target


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def _locate(text: str, phrase: str) -> tuple[int, int] | None:
    """Where ``phrase`` is in ``text``, whitespace and case forgiven."""
    i = text.find(phrase)
    if i >= 0:
        return i, i + len(phrase)
    words = [re.escape(w) for w in phrase.split()[:40]]
    if not words:
        return None
    m = re.search(r"\s+".join(words), text, re.I)
    return (m.start(), m.end()) if m else None


def _sentence(text: str, a: int, b: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a))
    hi_dot, hi_nl = text.find(". ", b), text.find("\n", b)
    his = [h for h in (hi_dot, hi_nl) if h >= 0]
    return (lo + 1 if lo >= 0 else 0), (min(his) if his else len(text))


def census(name: str, export: Path, sc, lex) -> dict:
    """The classified misses and spurious events of one set."""
    ex = sc.Export(json.loads(export.read_text(encoding="utf-8")))
    gold = sc.Gold(json.loads((SETS / name / "gold.json").read_text(encoding="utf-8")))
    events = ex.data.get("events", [])
    gold_files = {d["file"] for d in gold.data.get("documents", [])}
    # (doc id, start, end) of every event's evidence
    spans = [[(s["doc"], s["start"], s["end"]) for s in e.get("evidence") or [] if isinstance(s, dict)] for e in events]
    loose = ex.data.get("unattributed_events", [])
    loose_spans = [[(s["doc"], s["start"], s["end"]) for s in e.get("evidence") or [] if isinstance(s, dict)] for e in loose]
    matched_by: dict[int, set[int]] = collections.defaultdict(set)     # sys event -> gold indexes
    gevs = gold.data.get("events", [])
    g_hits: list[list[int]] = []
    g_ranges: list[list[tuple[str, int, int]]] = []                     # (doc, start, end) of gold sentences
    for gi, g in enumerate(gevs):
        gfiles = set(sc.files_of_gold(g))
        actor, target = gold.names_for(g.get("actor")), gold.names_for(g.get("target"))
        hits = [i for i, e in enumerate(events) if e.get("action") == g.get("action")
                and ex.files_of(e.get("evidence")) & gfiles
                and (sc.names_match(ex.names_of(e.get("actor")), actor) or sc.names_match(ex.names_of(e.get("target")), target))]
        g_hits.append(hits)
        for i in hits:
            matched_by[i].add(gi)
        ranges = []
        for f in gfiles:
            for d in ex.docs_by_file.get(f, []):
                text = d.get("text") or ""
                for phrase in g.get("evidence") or []:
                    loc = _locate(text, phrase)
                    if loc:
                        ranges.append((d["id"], *_sentence(text, *loc)))
        g_ranges.append(ranges)

    def touching(ranges) -> list[int]:
        return [i for i, sp in enumerate(spans)
                if any(d == gd and a < gb and ga < b for d, a, b in sp for gd, ga, gb in ranges)]

    def text_of(doc: str, a: int, b: int) -> str:
        return (ex.docs.get(doc) or {}).get("text", "")[a:b]

    out = {"missed": [], "spurious": [], "gold": len(gevs), "found": sum(1 for h in g_hits if h)}
    for gi, g in enumerate(gevs):
        if g_hits[gi]:
            continue
        ranges = g_ranges[gi]
        near = touching(ranges)
        same = [i for i in near if events[i].get("action") == g.get("action")]
        sent = " | ".join(_squash(text_of(*r))[:220] for r in ranges[:1])
        if not ranges:
            cls = "not located"
        elif same:
            cls = "roles wrong"
        elif any(matched_by.get(i) for i in near):
            cls = "merged elsewhere"
        elif near:
            cls = "category wrong"
        elif any(loose[i].get("action") == g.get("action") and any(d == gd and a < gb and ga < b for d, a, b in sp
                                                                  for gd, ga, gb in ranges)
                 for i, sp in enumerate(loose_spans)):
            cls = "unattributed"
        else:
            trig = any(sp.action == g.get("action") for r in ranges for h in lex.find(text_of(*r).lower()) for sp in h[3])
            cls = "trigger, dropped" if trig else "no trigger"
        out["missed"].append({"class": cls, "id": g.get("id"), "action": g.get("action"), "actor": g.get("actor"),
                              "target": g.get("target"), "sentence": sent,
                              "near": [(events[i].get("action"), events[i].get("actor"), events[i].get("target")) for i in near]})
    for i, e in enumerate(events):
        if i in matched_by or not ex.files_of(e.get("evidence")) & gold_files:
            continue
        over = [gi for gi, r in enumerate(g_ranges) if any(d == gd and a < gb and ga < b for d, a, b in spans[i] for gd, ga, gb in r)]
        same = [gi for gi in over if gevs[gi].get("action") == e.get("action")]
        other = [gi for gi in over if gi not in same]
        text = " ".join(text_of(*sp) for sp in spans[i][:1])
        if same and any(g_hits[gi] for gi in same):
            # one sentence coded into several events of one category, or one report not merged with the others
            twin = any(j != i and events[j].get("action") == e.get("action") and matched_by.get(j)
                       and any(d == d2 and a < b2 and a2 < b for d, a, b in spans[i] for d2, a2, b2 in spans[j])
                       for j in range(len(events)))
            cls = "split, same sentence" if twin else "split, other report"
        elif other and any(g_hits[gi] for gi in other):
            cls = "coded twice"
        elif same:
            cls = "roles wrong"
        elif other:
            cls = "category wrong"
        elif _NEG.search(text):
            cls = "negated/denied"
        elif _HYPO.search(text):
            cls = "hypothetical/future"
        elif _BACK.search(text):
            cls = "background"
        elif not e.get("actor") and not e.get("target") and not e.get("actor_name") and not e.get("target_name"):
            cls = "generic (no actor, no target)"
        elif _REPORTED.search(text):
            cls = "reported/claimed"
        else:
            cls = "other"
        out["spurious"].append({"class": cls, "action": e.get("action"), "actor": e.get("actor") or e.get("actor_name"),
                                "target": e.get("target") or e.get("target_name"), "date": e.get("date"),
                                "sentence": _squash(text)[:260],
                                "gold_here": [(gevs[gi].get("id"), gevs[gi].get("action")) for gi in over]})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (tools/score.py)")
    ap.add_argument("--exports", type=Path, default=Path(tempfile.gettempdir()) / "sitrep-census")
    ap.add_argument("--fresh", action="store_true", help="export every set again")
    ap.add_argument("--sets", nargs="+", metavar="NAME")
    ap.add_argument("--show", metavar="CLASS", help="print every item of this class (missed:X or spurious:X)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write every classified item as JSON")
    args = ap.parse_args(argv)
    sc = load_scorer(args.shared)
    from sitrep.events.lexicon import lexicon
    lex = lexicon()
    names = args.sets or sorted(p.name for p in SETS.iterdir() if (p / "gold.json").is_file())
    names = [n for n in names if n not in HELD_OUT]
    args.exports.mkdir(parents=True, exist_ok=True)
    results = {}
    for n in names:
        path = args.exports / f"{n}.json"
        if args.fresh or not path.is_file():
            print(f"exporting {n}", file=sys.stderr)
            export_set(n, args.exports)
        results[n] = census(n, path, sc, lex)
    for kind, classes in (("missed", MISSED), ("spurious", SPURIOUS)):
        total = collections.Counter(x["class"] for r in results.values() for x in r[kind])
        sets_with = collections.Counter(c for r in results.values() for c in {x["class"] for x in r[kind]})
        print(f"{kind}: {sum(total.values())}")
        for c in classes:
            print(f"  {c:32s} {total[c]:4d}  in {sets_with[c]:2d} sets")
    gold = sum(r["gold"] for r in results.values())
    print(f"gold events {gold}, found {sum(r['found'] for r in results.values())}")
    if args.show:
        kind, cls = args.show.split(":", 1)
        for n, r in results.items():
            for x in r[kind]:
                if x["class"] == cls:
                    print(n, json.dumps({k: v for k, v in x.items() if k != "class"}, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
