"""Over-merges and alias links on invented adversarial corpora (``entities_adversarial_cases``).

    python bench/entities_adversarial.py [--verbose] [--json OUT]

Each case is a tiny corpus: every article goes through ``find_mentions`` (default knowledge base)
and the corpus through ``resolve_entities``, as the picture stage does. A gold actor's surface form
is found by the mentions inside its occurrences (exactly it, or a shorter part of it). Figures:

- over-merged cases: "split" cases where one entity holds mentions of two gold actors (and, as
  the scorer counts, where one entity's aliases are exact names of two gold actors);
- wrong merges: such (entity, actor pair) counts over all cases;
- alias: over the gold actors with two or more surface forms, the share of form pairs (both found)
  that ended in one entity; missing: surface forms no mention had.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from entities_adversarial_cases import CASES  # noqa: E402

from sitrep.actors import find_mentions  # noqa: E402
from sitrep.actors.kbcache import default  # noqa: E402
from sitrep.actors.resolve import resolve_entities  # noqa: E402
from sitrep.nlp.sentences import split_sentences  # noqa: E402


def run_case(case: dict, kb) -> dict:
    items = []
    for n, text in enumerate(case["docs"]):
        items.append((f"d{n}", find_mentions(text, split_sentences(text), kb)))
    entities, _ = resolve_entities(items, kb)
    # a gold form is matched by the mentions inside one of its occurrences ("Kandor" of "Kandor
    # city" too: a shorter mention merged with another actor's is still an over-merge)
    spans: dict[str, list[tuple[str, int, int]]] = {}
    for n, text in enumerate(case["docs"]):
        for _label, forms in case["gold"]:
            for f in forms:
                for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text):
                    spans.setdefault(f, []).append((f"d{n}", m.start(), m.end()))
    where: dict[str, set[str]] = {}         # gold form -> entity ids of the mentions inside it
    for e in entities:
        for doc, s, t, _text in e.mentions:
            for f, occ in spans.items():
                if any(d == doc and a <= s and t <= b for d, a, b in occ):
                    where.setdefault(f, set()).add(e.id)
    actor_ents = {label: set().union(*(where.get(f, set()) for f in forms)) for label, forms in case["gold"]}
    wrong = []
    for (a, ea), (b, eb) in itertools.combinations(actor_ents.items(), 2):
        if ea & eb:
            wrong.append((a, b))
    # the scorer's way: an entity whose aliases hold the exact names of two gold actors
    owners: dict[str, set[str]] = {}
    for e in entities:
        for label, forms in case["gold"]:
            if set(e.aliases) & set(forms):
                owners.setdefault(e.id, set()).add(label)
    exact = sum(len(v) > 1 for v in owners.values())
    pairs = joined = 0
    missing = []
    for label, forms in case["gold"]:
        missing += [f for f in forms if f not in where]
        for f, g in itertools.combinations([f for f in forms if f in where], 2):
            pairs += 1
            joined += bool(where[f] & where[g])
    names = {e.id: (e.name, e.type) for e in entities}
    return {"name": case["name"], "kind": case["kind"], "wrong": wrong, "exact": exact, "pairs": pairs,
            "joined": joined, "missing": missing,
            "entities": {t: sorted(names[i] for i in ids) for t, ids in where.items()
                         if any(t in forms for _, forms in case["gold"])}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", "-v", action="store_true", help="print every case's entities")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    kb = default()
    results = [run_case(c, kb) for c in CASES]
    split = [r for r in results if r["kind"] == "split"]
    over = [r for r in split if r["wrong"]]
    pairs = sum(r["pairs"] for r in results if r["kind"] == "alias")
    joined = sum(r["joined"] for r in results if r["kind"] == "alias")
    missing = sum(len(r["missing"]) for r in results)
    forms = sum(len(f) for c in CASES for _, f in c["gold"])
    for r in results:
        bad = r["wrong"] or (r["kind"] == "alias" and r["joined"] < r["pairs"]) or r["missing"]
        if bad or args.verbose:
            print(f"{r['kind']:5} {r['name']:28} wrong={r['wrong']} alias={r['joined']}/{r['pairs']} "
                  f"missing={r['missing']}")
            for t, ents in r["entities"].items():
                print(f"        {t!r:40} -> {ents}")
    print(f"over-merged cases {len(over)}/{len(split)} (by exact names, as the scorer: "
          f"{sum(bool(r['exact']) for r in split)}); wrong merges {sum(len(r['wrong']) for r in split)}; "
          f"alias {joined}/{pairs} = {joined / max(pairs, 1):.3f}; forms missed {missing}/{forms}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
