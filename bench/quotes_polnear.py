"""Quote detection and speaker attribution on PolNeAR (political news attribution relations).

    python bench/quotes_polnear.py [--split dev|test|both] [--mentions auto|actors|crude] [--json OUT]

PolNeAR marks every attribution (direct and indirect) with Source, Cue and Content spans. sitrep
finds direct quotations only, so the gold units are the attributions whose Content holds a double
quotation mark (a mark up to two characters outside the span counts: annotators differ on
whether the marks belong to it). Scoring:

- recall: gold direct attributions overlapped by a sitrep quote (at least half of the quote's
  characters inside the Content spans);
- precision: sitrep quotes lying (by the same test) inside any attribution's Content; quoted
  terms and scare quotes that nobody is quoted as saying count against it;
- speaker: for matched quotes whose gold Source is a name or a description, the speaker is right
  when its name shares tokens with the Source (token F1 >= 0.5) or its span overlaps the Source
  span. Gold pronoun sources ("he said") cannot be checked without the corpus's coreference, so
  they are only counted (and how often sitrep resolved them to a name).

Mentions for speakers come from ``sitrep.actors.find_mentions`` when that stage is installed
(--mentions auto/actors); otherwise (or with --mentions crude) from a small self-contained finder
of capitalised name sequences, so the bench runs without the actor stage. When several
annotators annotated one article, the first annotation file (by name) is used.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences
from sitrep.quotes import find_quotes

ROOT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "polnear" / "data"
PRONOUNS = frozenset("he she they it i we you him her them his its their this that".split())
_DOUBLE = re.compile(r"[“”\"]")
_TOKENS = re.compile(r"[\w']+")


# ----------------------------------------------------------------------------- gold

def read_ann(path: Path) -> list[dict]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, middle, text = (line.split("\t") + ["", ""])[:3]
            label, _, offsets = middle.partition(" ")
            parts = [tuple(int(x) for x in seg.split()) for seg in offsets.split(";")]
            spans[tid] = (label, [(a, b) for a, b in parts], text)
        elif line.startswith("E"):
            roles = dict(r.split(":", 1) for r in line.split("\t")[1].split() if ":" in r)
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        source = spans.get(roles.get("Source", ""))
        out.append({"content": content[1], "source": source[1] if source else None,
                    "source_text": source[2] if source else None})
    return out


def articles(split: str) -> list[tuple[str, str, list[dict]]]:
    splits = ["dev", "test"] if split == "both" else [split]
    out = []
    for sp in splits:
        folder = ROOT / sp
        anns = sorted((folder / "attributions").glob("*.ann"))
        chosen: dict[str, Path] = {}
        for ann in anns:
            stem = ann.stem.rsplit("_", 1)[0]
            chosen.setdefault(stem, ann)
        for stem, ann in sorted(chosen.items()):
            text_path = folder / "text" / f"{stem}.txt"
            if text_path.exists():
                out.append((stem, text_path.read_text(encoding="utf-8"), read_ann(ann)))
    return out


# ----------------------------------------------------------------------------- mentions

_NAME = re.compile(r"\b(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.|de|van|von|al-\w+))*")
_LEAD = frozenset("The A An In On At But And If When While As After Before For From To Of By With "
                  "Mr. Mrs. Ms. Dr. Sen. Rep. Gov. President Senator Secretary This That It He She They "
                  "We I Democratic Republican GOP Former Vice".split())
_ORG = frozenset("Post Times News Journal Party Committee Department House Campaign University "
                 "Association Council Institute Center Centre Court Congress Senate FBI CNN Fox NBC ABC "
                 "CBS Network Foundation Agency Administration Commission Group Inc Corp Press Street "
                 "Tribune Globe Herald Service Bureau Office Club Union Democrats Republicans".split())


def crude_mentions(text: str) -> list[Mention]:
    """Capitalised name sequences as PERSON (ORG when an organisation word is in them); a lone
    surname seen before as the last word of a full name is the same actor."""
    out: list[Mention] = []
    by_last: dict[str, int] = {}
    local = 0
    for m in _NAME.finditer(text):
        words = m.group().split()
        start = m.start()
        while words and words[0] in _LEAD:
            start += len(words[0])
            start += len(text[start:]) - len(text[start:].lstrip())
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        end = start + len(text[start:m.end()])
        typ = "ORG" if any(w in _ORG for w in words) else "PERSON"
        if len(words) == 1:
            if words[0] not in by_last:
                continue
            n = by_last[words[0]]
        else:
            n = by_last.get(words[-1], local)
            if n == local:
                local += 1
            if typ == "PERSON":
                by_last[words[-1]] = n
        out.append(Mention(start, end, text[start:end], typ, "name:" + name.lower(), "crude", n,
                           None, name))
    return out


def mention_finder(kind: str):
    if kind in ("auto", "actors"):
        try:
            from sitrep.actors import find_mentions
            from sitrep.analysis import knowledge_base
            kb = knowledge_base()
            return "actors", lambda text, sents: find_mentions(text, sents, kb)
        except ImportError:
            if kind == "actors":
                raise
    return "crude", lambda text, sents: crude_mentions(text)


# ----------------------------------------------------------------------------- scoring

def _inside(a: int, b: int, spans: list[tuple[int, int]], slack: int = 2) -> bool:
    covered = sum(max(0, min(b, e + slack) - max(a, s - slack)) for s, e in spans)
    return covered * 2 >= (b - a)


def _direct(text: str, spans: list[tuple[int, int]]) -> bool:
    return any(_DOUBLE.search(text, max(0, s - 2), min(len(text), e + 2)) for s, e in spans)


def _token_f1(a: str, b: str) -> float:
    ta = collections.Counter(t.lower() for t in _TOKENS.findall(a))
    tb = collections.Counter(t.lower() for t in _TOKENS.findall(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def _ctx(text: str, a: int, b: int, pad: int = 80) -> str:
    return (text[max(0, a - pad):a] + "[[" + text[a:b] + "]]" + text[b:b + pad]).replace("\n", " / ")


def score(split: str, mentions_kind: str, misses: list | None = None) -> dict:
    """Figures for one split; with ``misses`` a list, every missed gold quote, every speaker error
    and every quote outside any attribution is appended to it (as dicts) for inspection."""
    used, find = mention_finder(mentions_kind)
    find_quotes("“We stay,” he said.", [(0, 19)], [])       # compile the patterns outside the clock
    c = collections.Counter()
    seconds = 0.0
    for stem, text, gold in articles(split):
        sents = split_sentences(text)
        ms = find(text, sents)
        t0 = time.process_time()         # CPU time: other processes do not inflate it
        quotes = find_quotes(text, sents, ms)
        seconds += time.process_time() - t0
        c["docs"] += 1
        c["chars"] += len(text)
        c["sys"] += len(quotes)
        direct = [g for g in gold if _direct(text, g["content"])]
        c["gold"] += len(direct)
        for q in quotes:
            if any(_inside(q.start, q.end, g["content"]) for g in gold):
                c["sys_ok"] += 1
            elif misses is not None:
                misses.append({"kind": "false_quote", "doc": stem, "context": _ctx(text, q.start, q.end)})
        for g in direct:
            hits = [q for q in quotes if _inside(q.start, q.end, g["content"])]
            if not hits:
                if misses is not None:
                    a, b = g["content"][0][0], g["content"][-1][1]
                    misses.append({"kind": "missed", "doc": stem, "source": g["source_text"],
                                   "context": _ctx(text, a, b, 160)})
                continue
            c["found"] += 1
            src = g["source_text"]
            if not src:
                continue
            q = hits[0]
            if src.lower() in PRONOUNS:
                c["pron"] += 1
                c["pron_named"] += q.speaker is not None
                continue
            c["spk"] += 1
            name = q.speaker_name or ""
            span_text = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else ""
            overlap = q.speaker_start is not None and any(
                q.speaker_start < e and s < q.speaker_end for s, e in g["source"])
            ok = overlap or max(_token_f1(src, name), _token_f1(src, span_text)) >= 0.5
            c["spk_ok"] += ok
            if not ok and misses is not None:
                misses.append({"kind": "speaker", "doc": stem, "gold": src, "got": q.speaker_name,
                               "got_span": span_text, "context": _ctx(text, q.start, q.end, 200)})
    p = c["sys_ok"] / c["sys"] if c["sys"] else 0.0
    r = c["found"] / c["gold"] if c["gold"] else 0.0
    return {
        "split": split, "mentions": used, "documents": c["docs"], "gold_direct": c["gold"],
        "system_quotes": c["sys"], "precision": round(p, 4), "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "speaker_accuracy": round(c["spk_ok"] / c["spk"], 4) if c["spk"] else None,
        "speaker_checked": c["spk"], "pronoun_sources": c["pron"],
        "pronoun_resolved_to_name": round(c["pron_named"] / c["pron"], 4) if c["pron"] else None,
        "ms_per_5kb": round(seconds * 1000 / (c["chars"] / 5000), 4) if c["chars"] else None,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["dev", "test", "both"], default="both")
    ap.add_argument("--mentions", choices=["auto", "actors", "crude"], default="auto")
    ap.add_argument("--json", help="write the figures to this file ('-' for stdout)")
    ap.add_argument("--misses", help="write every miss (missed quote, wrong speaker, quote outside "
                    "any attribution) to this JSON-lines file ('-' for stdout)")
    a = ap.parse_args(argv)
    if not ROOT.exists():
        print(f"PolNeAR not found at {ROOT}", file=sys.stderr)
        return 2
    splits = ["dev", "test"] if a.split == "both" else [a.split]
    misses: list | None = [] if a.misses else None
    rows = [score(s, a.mentions, misses) for s in splits]
    cols = ["split", "mentions", "documents", "gold_direct", "system_quotes", "precision", "recall",
            "f1", "speaker_accuracy", "speaker_checked", "pronoun_sources", "pronoun_resolved_to_name",
            "ms_per_5kb"]
    widths = [max(len(col), *(len(str(r[col])) for r in rows)) for col in cols]
    print("  ".join(col.ljust(w) for col, w in zip(cols, widths)))
    for r in rows:
        print("  ".join(str(r[col]).ljust(w) for col, w in zip(cols, widths)))
    if misses is not None:
        lines = "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses)
        if a.misses == "-":
            print(lines, end="")
        else:
            Path(a.misses).write_text(lines, encoding="utf-8")
    if a.json:
        payload = json.dumps(rows, indent=1)
        if a.json == "-":
            print(payload)
        else:
            Path(a.json).write_text(payload + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
