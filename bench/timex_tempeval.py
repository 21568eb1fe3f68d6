"""Time expressions against TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT, TimeML TIMEX3).

Each document's creation time (DCT) is the publication date. We score:

* extent: precision/recall/F1 of our spans against the TIMEX3 spans of the text, strict (same
  start and end) and relaxed (any overlap, one-to-one). Two gold sets: every TIMEX3 type, and
  DATE+TIME only; for the latter, a prediction overlapping a DURATION or SET tag is neither right
  nor wrong (we do not aim at durations such as "16-hour" or sets such as "every Tuesday").
* value: for our expressions matched (relaxed) to a DATE or TIME tag, is our value the gold value?
  TIME values count at their date part ("1998-10-24T20:00" -> "1998-10-24"). Gold values we never
  produce are counted apart as "not comparable": PAST_REF/PRESENT_REF/FUTURE_REF, anything with
  X ("XXXX-10", "199X"), seasons ("1998-SU"), quarters ("1989-Q3"), half years, weekends
  ("1998-W10-WE") and durations written in DATE tags ("P1W"). For our ranges the start value is
  compared. "lenient" also accepts a value that is a prefix of the gold value or the reverse
  (our month "1998-10" for gold "1998-10-24"): a granularity mismatch, not a wrong date.

Run: python bench/timex_tempeval.py [--data DIR] [--json]
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from pathlib import Path

from sitrep.timex import find_timexes

DEFAULT = Path(__file__).resolve().parents[2] / "shared/benchmarks/tempeval3-tbaq/TBAQ-cleaned"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_NOT_COMPARABLE = re.compile(r"_REF$|X|-(?:SU|FA|WI|SP|Q\d|H\d)$|-WE$|^P")


def parse(path: Path) -> tuple[str, str, list[dict]]:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw).group(1)[:10]
    inner = raw[raw.index("<TEXT>") + 6:raw.index("</TEXT>")]
    parts: list[str] = []
    n = 0
    open_tx: dict | None = None
    gold: list[dict] = []
    pos = 0
    for m in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos:m.start()])
        parts.append(chunk)
        n += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "":
            open_tx = dict(_ATTR.findall(m.group(3)))
            open_tx["start"] = n
        elif open_tx is not None:
            open_tx["end"] = n
            gold.append(open_tx)
            open_tx = None
    parts.append(html.unescape(inner[pos:]))
    return "".join(parts), dct, gold


def _prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "tp": tp, "pred": npred, "gold": ngold}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(preds: list, gold: list[dict]) -> dict[int, int]:
    """One-to-one relaxed matching: prediction index -> gold index (exact spans first)."""
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for exact in (True, False):
        for i, p in enumerate(preds):
            if i in pairs:
                continue
            for j, g in enumerate(gold):
                if j in taken:
                    continue
                if (p.start, p.end) == (g["start"], g["end"]) if exact else \
                        _overlap((p.start, p.end), (g["start"], g["end"])):
                    pairs[i] = j
                    taken.add(j)
                    break
    return pairs


def run(data: Path) -> dict:
    files = sorted(data.glob("*/*.tml"))
    c = {k: 0 for k in ("pred", "gold_all", "gold_dt", "strict_all", "relaxed_all", "strict_dt",
                        "relaxed_dt", "pred_dt", "val_cmp", "val_ok", "val_lenient", "val_nc")}
    wrong: list[tuple[str, str, str, str]] = []
    chars = 0
    seconds = 0.0
    for f in files:
        text, dct, gold = parse(f)
        chars += len(text)
        find_timexes("warm-up: Nov. 5", dct)            # compile the grammar outside the timing
        t0 = time.perf_counter()
        preds = find_timexes(text, dct)
        seconds += time.perf_counter() - t0
        c["pred"] += len(preds)
        c["gold_all"] += len(gold)
        pairs = _match(preds, gold)
        c["relaxed_all"] += len(pairs)
        c["strict_all"] += sum(1 for i, j in pairs.items()
                               if (preds[i].start, preds[i].end) == (gold[j]["start"], gold[j]["end"]))
        dt_gold = [g for g in gold if g.get("type") in ("DATE", "TIME")]
        other = [g for g in gold if g.get("type") not in ("DATE", "TIME")]
        c["gold_dt"] += len(dt_gold)
        dt_preds = [p for p in preds if not any(_overlap((p.start, p.end), (g["start"], g["end"]))
                                                for g in other)
                    or any(_overlap((p.start, p.end), (g["start"], g["end"])) for g in dt_gold)]
        c["pred_dt"] += len(dt_preds)
        dpairs = _match(dt_preds, dt_gold)
        c["relaxed_dt"] += len(dpairs)
        for i, j in dpairs.items():
            p, g = dt_preds[i], dt_gold[j]
            if (p.start, p.end) == (g["start"], g["end"]):
                c["strict_dt"] += 1
            gv = g.get("value", "").split("T")[0]
            gv = re.sub(r"-W(\d)$", r"-W0\1", gv)           # the gold writes "2000-W7"
            if _NOT_COMPARABLE.search(gv) or not gv:
                c["val_nc"] += 1
                continue
            c["val_cmp"] += 1
            ours = p.value or ""
            if ours == gv:
                c["val_ok"] += 1
                c["val_lenient"] += 1
            else:
                if ours and (gv.startswith(ours) or ours.startswith(gv)):
                    c["val_lenient"] += 1
                wrong.append((f.name, p.text, ours or "None", gv))
    return {
        "documents": len(files),
        "extent_all_types": {"strict": _prf(c["strict_all"], c["pred"], c["gold_all"]),
                             "relaxed": _prf(c["relaxed_all"], c["pred"], c["gold_all"])},
        "extent_date_time": {"strict": _prf(c["strict_dt"], c["pred_dt"], c["gold_dt"]),
                             "relaxed": _prf(c["relaxed_dt"], c["pred_dt"], c["gold_dt"])},
        "value": {"comparable": c["val_cmp"], "exact": c["val_ok"],
                  "accuracy": round(c["val_ok"] / c["val_cmp"], 3) if c["val_cmp"] else 0.0,
                  "lenient_accuracy": round(c["val_lenient"] / c["val_cmp"], 3) if c["val_cmp"] else 0.0,
                  "not_comparable": c["val_nc"]},
        "speed_ms_per_5kb": round(seconds * 1000 / (chars / 5000), 3) if chars else 0.0,
        "value_errors_sample": wrong[:40],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print a sample of value errors")
    args = ap.parse_args(argv)
    res = run(args.data)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"TempEval-3 TBAQ-cleaned: {res['documents']} documents")
    print(f"{'extent':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'pred':>7}{'gold':>7}")
    for key, label in (("extent_all_types", "all types"), ("extent_date_time", "DATE+TIME")):
        for mode in ("strict", "relaxed"):
            s = res[key][mode]
            print(f"{label + ' ' + mode:<22}{s['P']:>7.3f}{s['R']:>7.3f}{s['F1']:>7.3f}"
                  f"{s['tp']:>7}{s['pred']:>7}{s['gold']:>7}")
    v = res["value"]
    print(f"value accuracy (matched DATE/TIME, comparable {v['comparable']}): exact {v['accuracy']:.3f}, "
          f"lenient {v['lenient_accuracy']:.3f}; not comparable (REF/X/season/quarter): {v['not_comparable']}")
    print(f"speed: {res['speed_ms_per_5kb']} ms per 5 KB")
    if args.errors:
        for row in res["value_errors_sample"]:
            print("  ", *row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
