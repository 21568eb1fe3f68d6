"""Entity mentions and alias links on re3d (Dstl: Syria/Iraq conflict documents, 2016-2017).

    python bench/entities_re3d.py [--source NAME] [--json OUT] [--errors N]

Runs ``sitrep.actors.find_mentions`` with the default knowledge base over every re3d document and
compares its mentions with the annotated entity spans. re3d types map to ours:

    Person -> PERSON; Organisation -> ORG or MEDIA; Location -> GPE, LOC or FAC;
    Nationality -> NORP; Weapon -> WEAPON

(re3d's other types - dates, quantities, vehicles, platforms, references, money - are not actors
and are left out, as are our LAW and EVENT mentions). re3d sometimes gives one span two types
(a country as Location and as Organisation); a mention matching either counts as right.

- strict: the same span (after dropping a leading "the" and a trailing possessive on both sides)
  and a compatible type;
- lenient: overlapping spans and a compatible type;
- per type: precision over our mentions of that (mapped) type, recall over re3d spans of it;
- alias links: re3d IsSynonymOf relations whose two ends both overlap one of our mentions: the
  share whose two mentions got the same doc-local actor (``Mention.local``).
- ``--causes``: the missed gold spans per type by shape, to tell convention differences from real
  misses. re3d marks pronouns ("he", "I"), lowercase descriptions ("a spokesman", "the army") and
  offices ("the Foreign Secretary") as Person or Organisation; sitrep's contract (the dev gold)
  names actors by proper names only, so most of the Person and Organisation gap is of that kind.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "re3d"
TYPES = {"Person": "Person", "Organisation": "Organisation", "Location": "Location",
         "Nationality": "Nationality", "Weapon": "Weapon"}
OURS = {"PERSON": "Person", "ORG": "Organisation", "MEDIA": "Organisation", "GPE": "Location",
        "LOC": "Location", "FAC": "Location", "NORP": "Nationality", "WEAPON": "Weapon"}
_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_PRONOUNS = frozenset("i me my myself he him his himself she her hers herself they them their themselves "
                      "we us our you it its who whom whose mine".split())
_DESCRIPTION = re.compile(r"^(?:A|An|One|Another|Some|Many|Most|His|Her|Their|Our|Its)\b")


def miss_shape(span: str, overlapped_type: str | None) -> str:
    """The shape of a missed gold span: why a proper-name extractor would or would not find it."""
    if overlapped_type:
        return "found with another type (" + overlapped_type + ")"
    if span.lower() in _PRONOUNS:
        return "pronoun"
    if not any(ch.isupper() for ch in span):
        return "lowercase description"
    if _DESCRIPTION.match(span) or span[:1].islower():
        return "description with a capital"
    if len(span) > 1 and span.isupper():
        return "all-caps"
    return "capitalised, one word" if len(span.split()) == 1 else "capitalised, several words"
_POSS = re.compile(r"['’]s?$")


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Span without a leading "the" or a trailing possessive."""
    piece = text[s:e]
    m = _LEAD.match(piece)
    if m:
        s += m.end()
    piece = text[s:e]
    m = _POSS.search(piece)
    if m and m.start() > 0:
        e = s + m.start()
    return s, e


def load(source: str | None):
    docs, ents, syn = {}, collections.defaultdict(dict), collections.defaultdict(list)
    for folder in sorted(p for p in ROOT.iterdir() if p.is_dir()):
        if source and folder.name != source:
            continue
        for d in read_jsonl(folder / "documents.json"):
            docs[d["_id"]] = d
        for e in read_jsonl(folder / "entities.json"):
            t = TYPES.get(e["type"])
            if t and e["documentId"] in docs:
                text = docs[e["documentId"]]["text"]
                span = trim(text, e["begin"], e["end"])
                ents[e["documentId"]].setdefault(span, set()).add(t)
        for r in read_jsonl(folder / "relations.json"):
            if r["type"] == "IsSynonymOf":
                syn[r["documentId"]].append(((r["sourceBegin"], r["sourceEnd"]),
                                             (r["targetBegin"], r["targetEnd"])))
    return docs, ents, syn


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", help="one re3d folder, e.g. 'BBC Online'")
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("--errors", type=int, default=0, help="print this many misses and spurious spans")
    ap.add_argument("--causes", action="store_true", help="count the misses of each type by shape")
    args = ap.parse_args(argv)
    if not ROOT.exists():
        print(f"re3d not found at {ROOT}", file=sys.stderr)
        return 2
    docs, gold, syn = load(args.source)
    kb = KnowledgeBase.default()
    tp_s = collections.Counter()
    tp_l = collections.Counter()
    n_sys = collections.Counter()
    n_gold = collections.Counter()
    found_l = collections.Counter()
    links_n = links_ok = 0
    misses, spurious = [], []
    causes: collections.Counter = collections.Counter()
    chars = 0
    t0 = time.perf_counter()
    results = {}
    for doc_id, d in docs.items():
        text = d["text"]
        chars += len(text)
        results[doc_id] = find_mentions(text, split_sentences(text), kb, title=d.get("title"))
    seconds = time.perf_counter() - t0
    for doc_id, d in docs.items():
        text = d["text"]
        g = gold.get(doc_id, {})
        for span, types in g.items():
            for t in types:
                n_gold[t] += 1
        mine = [((m.start, m.end), OURS[m.type], m) for m in results[doc_id] if m.type in OURS]
        for span, t, m in mine:
            n_sys[t] += 1
            if t in g.get(span, ()):
                tp_s[t] += 1
            if any(t in ts and overlaps(span, gs) for gs, ts in g.items()):
                tp_l[t] += 1
            elif args.errors and len(spurious) < args.errors:
                spurious.append(f"{t:12} {m.text!r} ({m.source})")
        for gs, ts in g.items():
            for t in ts:
                if any(t == mt and overlaps(gs, ms) for ms, mt, _ in mine):
                    found_l[t] += 1
                    continue
                if args.causes:
                    other = next((m.type for ms, _, m in mine if overlaps(gs, ms)), None)
                    causes[t, miss_shape(text[gs[0]:gs[1]], other)] += 1
                if args.errors and len(misses) < args.errors:
                    misses.append(f"{t:12} {text[gs[0]:gs[1]]!r}")
        for a, b in syn.get(doc_id, ()):
            ma = [m for s, _, m in mine if overlaps(s, a)]
            mb = [m for s, _, m in mine if overlaps(s, b)]
            if ma and mb and ma[0] is not mb[0]:
                links_n += 1
                links_ok += ma[0].local == mb[0].local
    rows = {}
    for t in sorted(set(n_gold) | set(n_sys)):
        p_s = tp_s[t] / n_sys[t] if n_sys[t] else 0.0
        r_s = tp_s[t] / n_gold[t] if n_gold[t] else 0.0
        p_l = tp_l[t] / n_sys[t] if n_sys[t] else 0.0
        r_l = found_l[t] / n_gold[t] if n_gold[t] else 0.0
        rows[t] = {"gold": n_gold[t], "ours": n_sys[t],
                   "strict": {"p": p_s, "r": r_s, "f1": 2 * p_s * r_s / (p_s + r_s) if p_s + r_s else 0.0},
                   "lenient": {"p": p_l, "r": r_l, "f1": 2 * p_l * r_l / (p_l + r_l) if p_l + r_l else 0.0}}
    all_gold, all_sys = sum(n_gold.values()), sum(n_sys.values())
    micro = {"strict": {"p": sum(tp_s.values()) / all_sys if all_sys else 0.0,
                        "r": sum(tp_s.values()) / all_gold if all_gold else 0.0},
             "lenient": {"p": sum(tp_l.values()) / all_sys if all_sys else 0.0,
                         "r": sum(found_l.values()) / all_gold if all_gold else 0.0}}
    for v in micro.values():
        v["f1"] = 2 * v["p"] * v["r"] / (v["p"] + v["r"]) if v["p"] + v["r"] else 0.0
    out = {"documents": len(docs), "types": rows, "micro": micro,
           "alias_links": {"pairs": links_n, "same_actor": links_ok,
                           "rate": links_ok / links_n if links_n else None},
           "ms_per_5kb": seconds / max(chars, 1) * 5000 * 1000}
    print(f"re3d: {len(docs)} documents, {all_gold} typed gold spans, {all_sys} mentions "
          f"({out['ms_per_5kb']:.2f} ms per 5 KB incl. first-call warm-up)")
    print(f"{'type':14}{'gold':>6}{'ours':>6}   strict P    R    F1   lenient P    R    F1")
    for t, r in list(rows.items()) + [("micro", {"gold": all_gold, "ours": all_sys, **micro})]:
        s, l = r["strict"], r["lenient"]
        print(f"{t:14}{r['gold']:>6}{r['ours']:>6}   {s['p']:8.3f} {s['r']:.3f} {s['f1']:.3f}"
              f"   {l['p']:9.3f} {l['r']:.3f} {l['f1']:.3f}")
    if links_n:
        print(f"alias links (IsSynonymOf, both ends found): {links_ok}/{links_n} "
              f"= {links_ok / links_n:.3f} share one actor")
    if causes:
        print("misses by shape (type, shape, count):")
        for (t, shape), k in sorted(causes.items(), key=lambda kv: (kv[0][0], -kv[1])):
            print(f"  {t:14}{shape:36}{k:5}")
        out["miss_shapes"] = {f"{t}|{shape}": k for (t, shape), k in causes.items()}
    for line in misses:
        print("  missed  ", line)
    for line in spurious:
        print("  spurious", line)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
