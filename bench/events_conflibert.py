"""Event coding on real news sentences with multi-rater CAMEO coding (CAMEO ConfliBERT rounds).

The annotator-training rounds of the CAMEO ConfliBERT project hold 200 headlines and lead sentences
from 35 outlets, each coded again and again: rounds 1-7 share one 100-sentence sample, rounds 8-10
another, and each round has up to 5 coders. Every (round, coder) pair that completed a sentence is
one rating: relevance, up to 4 actions with a CAMEO root code, and Source/Target/Action spans numbered
per action. Coders disagree, so the figures are tolerant:

  gold set            per sentence, the categories any rating gave
  majority category   the categories at least half the sentence's ratings gave (if any)
  sentence recall     sentences with a gold set where we code at least one of its categories
  majority recall     sentences with a majority category where we code one of them
  event precision     our events on relevant sentences (most ratings said relevant) whose category
                      is in the gold set, over our events on relevant sentences
  false events        our events on sentences most ratings marked not relevant
  ceiling             the same figures for one coder against the other coders (a coder's own other
                      rounds left out), averaged over the coders: what agreement real coders reach
  source / target     of our events with a gold category, those whose actor (target) shares a content
                      word with a Source (Target) span some rating gave for an action of that category

Each sentence goes through the real per-document path (sentences, mentions, time expressions,
``find_events``) exactly as ``bench/events_plover.py`` runs a record; its stage set-up and word
matcher are imported from there. CAMEO roots map to our 16 PLOVER categories the way the
CAMEO->PLOVER 2021 table does: 01 statement is no event; 02 appeal and 10 demand -> REQUEST;
03 -> AGREE; 04 -> CONSULT; 05 -> SUPPORT (COOPERATE also accepted); 06 -> COOPERATE; 07 -> AID;
08 -> CONCEDE or RETREAT; 09 and 11 -> ACCUSE; 12 -> REJECT; 13 -> THREATEN; 14 -> PROTEST;
15 -> MOBILIZE; 16 -> SANCTION; 17 -> COERCE; 18-20 -> ASSAULT.

Usage: python bench/events_conflibert.py [--json] [--show N] [--fallback] [--data DIR]
"""
from __future__ import annotations

import argparse
import ast
import collections
import csv
import json
import re
import sys
import time
from pathlib import Path

from events_plover import _stages, _words

from sitrep.events import find_events
from sitrep.nlp.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "benchmarks" / "cameo-conflibert-annotations" / "annotations"
# the export each round is read from: the latest re-export where upstream left several
ROUND_FILES = ("summary_v2.csv", "summary.csv", "summary_v1.csv")
ROOT_CATS: dict[int, tuple[str, ...]] = {
    2: ("REQUEST",), 3: ("AGREE",), 4: ("CONSULT",), 5: ("SUPPORT", "COOPERATE"), 6: ("COOPERATE",),
    7: ("AID",), 8: ("CONCEDE", "RETREAT"), 9: ("ACCUSE",), 10: ("REQUEST",), 11: ("ACCUSE",),
    12: ("REJECT",), 13: ("THREATEN",), 14: ("PROTEST",), 15: ("MOBILIZE",), 16: ("SANCTION",),
    17: ("COERCE",), 18: ("ASSAULT",), 19: ("ASSAULT",), 20: ("ASSAULT",)}
_CAMEO = re.compile(r"^\s*\d+-(\d+)\b")
_ACTION_COL = re.compile(r"^Action(\d)_CAMEO_(\d+)$")
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}
_STOP = {"the", "a", "an", "of", "in", "on", "and", "its", "his", "her", "their", "to", "for", "at", "by",
         "people", "government", "officials", "official", "forces", "police", "group"}


class Rating:
    """One (round, coder) judgement of a sentence: relevance, categories per action number, spans."""
    __slots__ = ("coder", "round", "relevant", "cats", "spans")

    def __init__(self, coder: str, round_: int, relevant: bool | None) -> None:
        self.coder, self.round, self.relevant = coder, round_, relevant
        self.cats: dict[int, tuple[str, ...]] = {}        # action number -> PLOVER categories
        self.spans: dict[str, list[str]] = collections.defaultdict(list)   # "Source-1" -> texts

    def categories(self) -> set[str]:
        return {c for cats in self.cats.values() for c in cats}


def _round_file(folder: Path) -> Path | None:
    return next((folder / n for n in ROUND_FILES if (folder / n).is_file()), None)


def load(data: Path) -> dict[str, list[Rating]]:
    """Sentence text -> its ratings over every round."""
    out: dict[str, list[Rating]] = collections.defaultdict(list)
    for folder in sorted(data.glob("training_round_*"), key=lambda p: int(p.name.rsplit("_", 1)[1])):
        path = _round_file(folder)
        if path is None:
            continue
        round_ = int(folder.name.rsplit("_", 1)[1])
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                text = " ".join((row.get("sentences") or "").split())
                if text:
                    out[text].extend(_ratings(row, round_))
    return out


def _ratings(row: dict, round_: int) -> list[Rating]:
    coders = sorted({c.rsplit("_", 1)[1] for c in row if c.startswith("anncomplete_")}, key=int)
    out = []
    for k in coders:
        if (row.get(f"anncomplete_{k}") or "").strip().lower() not in _TRUE:
            continue
        rel = (row.get(f"1_Relevant_{k}") or "").strip().lower()
        r = Rating(k, round_, True if rel in _TRUE else False if rel in _FALSE else None)
        for col, val in row.items():
            m = _ACTION_COL.match(col)
            if m and m.group(2) == k and val:
                code = _CAMEO.match(val)
                cats = ROOT_CATS.get(int(code.group(1))) if code else None
                if cats:
                    r.cats[int(m.group(1))] = cats
        try:
            for ent in ast.literal_eval(row.get(f"entities_{k}") or "[]"):
                r.spans[ent[0]].append(ent[1])
        except (ValueError, SyntaxError):
            pass
        out.append(r)
    return out


def _majority(ratings: list[Rating]) -> str | None:
    """The categories at least half the ratings gave, joined with "/" (ties kept, sorted), or None."""
    votes = collections.Counter(c for r in ratings for c in r.categories())
    top = sorted(c for c, n in votes.items() if 2 * n >= len(ratings))
    return "/".join(top) or None


def _relevance(ratings: list[Rating]) -> int:
    """1 when most ratings that decided say relevant, -1 when most say not, 0 otherwise."""
    yes = sum(r.relevant is True for r in ratings)
    no = sum(r.relevant is False for r in ratings)
    return 1 if yes > no else -1 if no > yes else 0


def _content(s: str) -> set[str]:
    return {w for w in _words(s) if w not in _STOP}


def _role_texts(ratings: list[Rating], cat: str, role: str) -> list[str]:
    return [t for r in ratings for n, cats in r.cats.items() if cat in cats
            for t in r.spans.get(f"{role}-{n}", [])]


def _ceiling(items: list[tuple[str, list[Rating], int]]) -> dict:
    """One coder against the union of the other coders, pooled over coders and sentences."""
    rec_n = rec_ok = pre_n = pre_ok = 0
    for _, ratings, rel in items:
        for r in ratings:
            others = set().union(*(o.categories() for o in ratings if o.coder != r.coder)) if ratings else set()
            mine = r.categories()
            if others:
                rec_n += 1
                rec_ok += bool(mine & others)
            if rel > 0:
                pre_n += len(mine)
                pre_ok += len(mine & others)
    ratio = lambda a, b: round(a / b, 3) if b else None                  # noqa: E731
    return {"sentence_recall": ratio(rec_ok, rec_n), "event_precision": ratio(pre_ok, pre_n)}


def run(data: Path, show: int = 0, fallback: bool = False) -> dict:
    sentences = load(data)
    find_mentions, find_timexes, source = _stages(fallback)
    find_events("Warm-up: the lexicon compiles once per process.", [], [], [], None)
    items = [(text, ratings, _relevance(ratings)) for text, ratings in sentences.items() if ratings]
    n_gold = rec = n_major = major_ok = 0
    ev_rel = ev_rel_ok = ev_irrel = irrel_sents = n_irrel = 0
    src_n = src_ok = tar_n = tar_ok = 0
    confusion: collections.Counter = collections.Counter()
    misses, falses = [], []
    seconds = 0.0
    for text, ratings, rel in items:
        gold = set().union(*(r.categories() for r in ratings))
        major = _majority(ratings)
        sents = split_sentences(text)
        mentions = find_mentions(text, sents)
        timexes = find_timexes(text, None)
        t0 = time.perf_counter()
        events = find_events(text, sents, mentions, timexes, None)
        seconds += time.perf_counter() - t0
        ours = {e.action for e in events}
        by_local = {m.local: m.text for m in mentions}
        confusion[(major or "-", "/".join(sorted(ours)) or "-")] += 1
        if gold:
            n_gold += 1
            if ours & gold:
                rec += 1
            elif len(misses) < show:
                misses.append(f"{'/'.join(sorted(gold)):24} got {sorted(ours)}: {text[:170]}")
        if major:
            n_major += 1
            major_ok += bool(ours & set(major.split("/")))
        if rel > 0:
            ev_rel += len(events)
            ok = [e for e in events if e.action in gold]
            ev_rel_ok += len(ok)
            for e in events:
                if e.action not in gold and len(falses) < show:
                    falses.append(f"{e.action:9} gold {sorted(gold)}: {text[:170]}")
        elif rel < 0:
            n_irrel += 1
            ev_irrel += len(events)
            irrel_sents += bool(events)
            for e in events:
                if len(falses) < show:
                    falses.append(f"{e.action:9} NOT RELEVANT: {text[:170]}")
        for e in events:
            if e.action not in gold:
                continue
            srcs, tars = _role_texts(ratings, e.action, "Source"), _role_texts(ratings, e.action, "Target")
            if srcs:
                src_n += 1
                src_ok += any(_content(by_local.get(e.actor) or e.actor_name or "") & _content(g) for g in srcs)
            if tars:
                tar_n += 1
                tar_ok += any(_content(by_local.get(e.target) or e.target_name or "") & _content(g) for g in tars)
    ratio = lambda a, b: round(a / b, 3) if b else None                  # noqa: E731
    return {
        "mentions": source, "sentences": len(items),
        "ratings": sum(len(r) for _, r, _ in items),
        "relevant": sum(rel > 0 for *_, rel in items), "not_relevant": n_irrel,
        "with_gold_category": n_gold, "with_majority": n_major,
        "sentence_recall": ratio(rec, n_gold), "majority_recall": ratio(major_ok, n_major),
        "event_precision": ratio(ev_rel_ok, ev_rel), "events_on_relevant": ev_rel,
        "false_events_not_relevant": ev_irrel, "false_sentences_not_relevant": irrel_sents,
        "source_agreement": ratio(src_ok, src_n), "target_agreement": ratio(tar_ok, tar_n),
        "ceiling": _ceiling(items),
        "ms_per_sentence": round(1000 * seconds / max(len(items), 1), 3),
        "confusion": [[g, s, c] for (g, s), c in sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))],
        "misses": misses, "false_events": falses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--fallback", action="store_true", help="use capitalised-span mentions even if the actors stage is there")
    ap.add_argument("--show", type=int, default=0, help="list this many misses and this many false events")
    a = ap.parse_args(argv)
    if not a.data.is_dir():
        print(f"annotations not found: {a.data}", file=sys.stderr)
        return 2
    out = run(a.data, a.show, a.fallback)
    if a.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"CAMEO ConfliBERT sentences: {out['sentences']} ({out['ratings']} ratings)   mentions from: {out['mentions']}")
    for k in ("relevant", "not_relevant", "with_gold_category", "with_majority", "sentence_recall",
              "majority_recall", "event_precision", "events_on_relevant", "false_events_not_relevant",
              "false_sentences_not_relevant", "source_agreement", "target_agreement", "ms_per_sentence"):
        print(f"  {k:30} {out[k]}")
    print(f"  {'ceiling (coder vs coders)':30} {out['ceiling']}")
    print("  confusion (majority category -> our categories: sentences):")
    for g, s, c in out["confusion"]:
        print(f"    {g:10} -> {s:28} {c}")
    for line in out["misses"]:
        print("  miss ", line)
    for line in out["false_events"]:
        print("  false", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
