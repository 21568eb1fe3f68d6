"""Build ``knowledge/event_intensity.json``: a Goldstein-style score per PLOVER category.

Method: every CAMEO code in the CAMEO->PLOVER conversion table (PLOVER manual draft 0.8,
``CAMEO2PLOVER-2021.txt``) names the PLOVER category it becomes; its Goldstein score comes from
the CAMEO codebook (ICEWS variant, ``cameo-codes.csv``, column ``goldstein``). A category's
intensity is the plain mean over its codes (each code counts once; a code listed twice counts
once). The scale is Goldstein's: -10 most hostile, +10 most cooperative.

Usage: python -m sitrep.events.build_intensity CAMEO2PLOVER.txt cameo-codes.csv [-o PATH]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import sys
from pathlib import Path

_LINE = re.compile(r"^\s*(\d{3,4}):\s*([A-Z]+)\s*,")


def plover_of_codes(table: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in table.splitlines():
        m = _LINE.match(line)
        if m:
            out.setdefault(m.group(1), m.group(2))
    return out


def goldstein_of_codes(csv_text: str) -> dict[str, float]:
    out = {}
    for row in csv.DictReader(csv_text.splitlines()):
        code, score = (row.get("code") or "").strip(), (row.get("goldstein") or "").strip()
        if code and score:
            out[code] = float(score)
    return out


def build(table: str, codebook: str) -> dict:
    plover, score = plover_of_codes(table), goldstein_of_codes(codebook)
    per: dict[str, list[float]] = {}
    codes: dict[str, list[str]] = {}
    for code, cat in sorted(plover.items()):
        if code in score:
            per.setdefault(cat, []).append(score[code])
            codes.setdefault(cat, []).append(code)
    entries = [{"action": cat, "intensity": round(statistics.fmean(v), 2), "codes": len(v),
                "min": min(v), "max": max(v)} for cat, v in sorted(per.items())]
    return {"version": "1", "about": [
        "Goldstein-style intensity per PLOVER category (-10 most hostile .. +10 most cooperative).",
        "Method: mean Goldstein score (CAMEO codebook, ICEWS variant: andybega/icews data-raw/cameo-codes.csv)",
        "of the CAMEO codes the CAMEO->PLOVER table (PLOVER manual draft 0.8, CAMEO2PLOVER-2021.txt) maps to",
        "the category; each code counted once. Built by python -m sitrep.events.build_intensity."],
        "entries": entries}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("table", type=Path)
    ap.add_argument("codebook", type=Path)
    ap.add_argument("-o", "--output", type=Path, default=Path(__file__).resolve().parent.parent / "knowledge" / "event_intensity.json")
    a = ap.parse_args(argv)
    data = build(a.table.read_text(encoding="utf-8"), a.codebook.read_text(encoding="cp1252"))
    a.output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(data['entries'])} categories to {a.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
