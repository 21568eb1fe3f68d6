"""Event coding on the PLOVER gold-standard records (CAMEO manual sentences, human-coded).

For every record the sentence goes through the real per-document path (sentences, mentions,
time expressions, ``find_events``) and the result is compared with the gold PLOVER category,
source and target. Gold uses PLOVER 0.5 names; they are mapped to our 16 categories the way the
CAMEO->PLOVER 2021 table does (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
FIGHT -> ASSAULT).

Mentions come from ``sitrep.actors.find_mentions`` with the default knowledge base when that stage
is importable, else from a crude capitalised-span finder in this file (the table says which).

Figures:
  coverage           records with at least one event
  category accuracy  of the covered records, those whose events include the gold category
  recall             records whose events include the gold category
  event precision    events whose category is the record's gold category (over all events)
  actor / target     of the records with the gold category found, those whose actor (target)
                     shares a word with the gold source (target) text
  ms per record      coder time only (mentions excluded)

Usage: python bench/events_plover.py [--json] [--show N] [--fallback] [--gold PATH]
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

from sitrep.events import find_events
from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "benchmarks" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
GOLD_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_CAP = re.compile(r"(?:[A-Z][\w'’.-]*|U\.S\.)(?:\s+(?:of\s+|the\s+|al-|bin\s+)?(?:[A-Z][\w'’.-]*))*")
_STOP = {"The", "A", "An", "In", "On", "At", "But", "And", "He", "She", "It", "They", "We", "This", "That",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Senior", "Thousands",
         "Tens", "About", "After", "Despite", "President", "Minister", "Prime", "Foreign", "Defence", "Defense"}


def _fallback_mentions(text: str) -> list[Mention]:
    """Capitalised spans as actors: the bench's stand-in when the actors stage is missing."""
    out, locals_ = [], {}
    for m in _CAP.finditer(text):
        words = m.group(0).split()
        while words and words[0] in _STOP:
            words = words[1:]
        if not words:
            continue
        surface = " ".join(words)
        start = m.start() + m.group(0).index(words[0])
        surface = surface.rstrip(".")
        if surface.endswith(("'s", "’s")):
            surface = surface[:-2]
        kind = "NORP" if len(words) == 1 and re.search(r"(?:an|ese|ish|i)$", surface) else "ORG"
        local = locals_.setdefault(surface.lower(), len(locals_))
        out.append(Mention(start, start + len(surface), surface, kind, "name:" + surface.lower(),
                           "bench-capitals", local=local))
    return out


def _stages(fallback: bool = False):
    try:
        if fallback:
            raise ImportError("fallback asked for")
        from sitrep.actors import find_mentions
        from sitrep.actors.kb import KnowledgeBase
        kb = KnowledgeBase.default()
        mentions = lambda text, sents: find_mentions(text, sents, kb)   # noqa: E731
        source = "sitrep.actors.find_mentions"
    except Exception:                                                   # the stage is not there yet
        mentions, source = (lambda text, sents: _fallback_mentions(text)), "capitalised-span fallback"
    try:
        from sitrep.timex import find_timexes
    except Exception:
        find_timexes = lambda text, published: []                      # noqa: E731
    return mentions, find_timexes, source


def _words(s: str) -> set[str]:
    return {w.lower().strip(".'’") for w in re.findall(r"[\w'’.-]+", s or "") if len(w) > 1}


def _gold_texts(field) -> list[str]:
    if not field or isinstance(field, str):
        return []
    return [a.get("actorText", "") for a in field if isinstance(a, dict)]


def run(gold_path: Path, show: int = 0, fallback: bool = False) -> dict:
    records = [r for r in json.loads(gold_path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    find_mentions, find_timexes, source = _stages(fallback)
    find_events("Warm-up: the lexicon compiles once per process.", [], [], [], None)
    n = covered = hit = ev_total = ev_right = 0
    actor_n = actor_ok = target_n = target_ok = 0
    per_cat: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])   # gold, found, events-of-cat
    confusions: collections.Counter = collections.Counter()
    misses: list[str] = []
    seconds = 0.0
    for r in records:
        text = r["text"]
        gold = GOLD_MAP.get(r["event"], r["event"])
        sents = split_sentences(text)
        mentions = find_mentions(text, sents)
        timexes = find_timexes(text, r.get("date"))
        t0 = time.perf_counter()
        events = find_events(text, sents, mentions, timexes, r.get("date"))
        seconds += time.perf_counter() - t0
        n += 1
        per_cat[gold][0] += 1
        by_local = {m.local: m.text for m in mentions}
        ev_total += len(events)
        ev_right += sum(e.action == gold for e in events)
        for e in events:
            per_cat[e.action][2] += 1
            if e.action != gold:
                confusions[(gold, e.action)] += 1
        if events:
            covered += 1
        right = [e for e in events if e.action == gold]
        if not right:
            if len(misses) < show:
                misses.append(f"{gold:9} got {[e.action for e in events]}: {text[:150]}")
            continue
        hit += 1
        per_cat[gold][1] += 1
        e = right[0]
        src, tar = _gold_texts(r.get("source")), _gold_texts(r.get("target"))
        if src:
            actor_n += 1
            name = by_local.get(e.actor) or e.actor_name or ""
            actor_ok += any(_words(name) & _words(g) for g in src)
        if tar:
            target_n += 1
            name = by_local.get(e.target) or e.target_name or ""
            target_ok += any(_words(name) & _words(g) for g in tar)
    ratio = lambda a, b: round(a / b, 3) if b else None                  # noqa: E731
    return {
        "mentions": source, "records": n,
        "coverage": ratio(covered, n), "category_accuracy": ratio(hit, covered), "recall": ratio(hit, n),
        "event_precision": ratio(ev_right, ev_total), "events": ev_total,
        "actor_accuracy": ratio(actor_ok, actor_n), "target_accuracy": ratio(target_ok, target_n),
        "ms_per_record": round(1000 * seconds / max(n, 1), 3),
        "per_category": {k: {"gold": v[0], "found": v[1], "events": v[2]} for k, v in sorted(per_cat.items())},
        "confusions": [[g, s, c] for (g, s), c in confusions.most_common(12)],
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--fallback", action="store_true", help="use the capitalised-span mentions even if the actors stage is there")
    ap.add_argument("--show", type=int, default=0, help="list this many missed records")
    a = ap.parse_args(argv)
    if not a.gold.is_file():
        print(f"gold file not found: {a.gold}", file=sys.stderr)
        return 2
    out = run(a.gold, a.show, a.fallback)
    if a.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"PLOVER gold records: {out['records']}   mentions from: {out['mentions']}")
    for k in ("coverage", "category_accuracy", "recall", "event_precision", "actor_accuracy",
              "target_accuracy", "ms_per_record"):
        print(f"  {k:18} {out[k]}")
    print(f"  {'category':10} {'gold':>5} {'found':>6} {'events':>7}")
    for k, v in out["per_category"].items():
        print(f"  {k:10} {v['gold']:5} {v['found']:6} {v['events']:7}")
    print("  most common confusions (gold -> coded):", ", ".join(f"{g}->{s} {c}" for g, s, c in out["confusions"]))
    for line in out["misses"]:
        print("  miss", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
