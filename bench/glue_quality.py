"""Glue repair quality and speed: seed 003 recall, edits on clean text, synthetic glue, timing.

    PYTHONPATH=src python bench/glue_quality.py [--show] [--shared /work/shared]

* fixed x/N: glued words of seed 003 (gold kind "missing space ...") whose repaired line contains
  the fixed form as whole words and no longer contains the glued form (a dev measure: no word
  list in the module or in lexicon_extra.txt holds words taken from the seeds).
* edits on the clean seeds 000, 001, 002, 004 (should be 0).
* false edits per 1,000 tokens on correctly spaced English gold text (fundus-news-body paragraphs,
  zyte-article-body and naeb-news-metadata bodies, English ones only): every edit there is a false
  split (a few hit real glue in the gold text itself; --show lists them).
* synthetic line-wrap glue: the same text wrapped at 60-90 columns and joined without the line
  breaks; recall and precision of the repair at the known join sites.
* sparse glue: three adjacent word pairs per clean document joined (a lost space, as real pages
  show it: "heavyweapons", "northernBenin"); recall per kind of join and precision. Line-wrap glue
  makes a document dense with evidence; a page with two or three glued words has none.
* time per 5 KB of clean text (best and median of several passes over the benchmark documents).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import textwrap
import time
from pathlib import Path

from sitrep.clean.glue import Lexicon, find_glue_edits


def apply(line: str, edits) -> str:
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        line = line[:e.start] + e.replacement + line[e.end:]
    return line


def whole(s: str, text: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(s) + r"(?![\w])", text) is not None


def seed_figures(shared: Path, show: bool) -> None:
    gold = json.loads((shared / "seeds-gold/gold.json").read_text(encoding="utf-8"))
    by_file = {d["file"]: d for d in gold["documents"]}
    for path in sorted((shared / "seeds").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        edits = find_glue_edits(lines)
        fixed_lines = [apply(l, e) for l, e in zip(lines, edits)]
        n_edits = sum(map(len, edits))
        glued = [g for g in by_file[path.name].get("glued_words", [])
                 if "missing space" in g.get("kind", "")]
        if not glued:
            print(f"{path.name}: {n_edits} edits (clean seed, want 0)")
            if show:
                for li, es in enumerate(edits):
                    for e in es:
                        print(f"    L{li + 1}: ...{lines[li][max(0, e.start - 25):e.start]}|{lines[li][e.start:e.start + 25]}...")
            continue
        ok = 0
        for g in glued:
            text = fixed_lines[g["line"] - 1]
            good = whole(g["fixed"], text) and not whole(g["glued"], text)
            ok += good
            if show and not good:
                print(f"    missed L{g['line']}: {g['glued']!r} -> want {g['fixed']!r}")
        gold_sites = sum(len(g["fixed"]) - len(g["glued"]) for g in glued)
        print(f"{path.name}: fixed {ok}/{len(glued)} glued words ({ok / len(glued):.3f}); "
              f"{n_edits} edits for {gold_sites} missing spaces")
        if show:
            golds = {(g["line"], g["glued"]) for g in glued}
            for li, es in enumerate(edits):
                for e in es:
                    tok = re.search(r"\S*$", lines[li][:e.start]).group() + re.match(r"\S*", lines[li][e.start:]).group()
                    if not any(gl == li + 1 and gg in tok for gl, gg in golds):
                        print(f"    extra edit L{li + 1}: {tok!r}")


ENGLISH_FUNCTION = frozenset("the and of to a in is that for on with as it was by at from".split())


def is_english(text: str) -> bool:
    """Common English function words make up a good share of English text (and little else)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and sum(w in ENGLISH_FUNCTION for w in words) / len(words) >= 0.15


def clean_corpus(shared: Path) -> list[list[str]]:
    """Correctly spaced English article bodies, as lists of lines."""
    docs: list[list[str]] = []
    fundus = json.loads((shared / "benchmarks/fundus-news-body/ground_truth.json").read_text(encoding="utf-8"))
    for rec in fundus.values():
        docs.append([p for p in rec["body"] if p.strip()])
    zyte = json.loads((shared / "benchmarks/zyte-article-body/ground-truth.json").read_text(encoding="utf-8"))
    for rec in zyte.values():
        docs.append(rec["articleBody"].split("\n"))
    naeb = json.loads((shared / "benchmarks/naeb-news-metadata/articles-sample.json").read_text(encoding="utf-8"))
    for rec in naeb.values():
        docs.append((rec.get("articleBody") or "").split("\n"))
    return [d for d in docs if is_english("\n".join(d))]


def clean_figures(shared: Path, show: bool) -> list[list[str]]:
    docs = clean_corpus(shared)
    tokens = sum(len(l.split()) for d in docs for l in d)
    n_edits = 0
    for d in docs:
        for li, es in enumerate(find_glue_edits(d)):
            n_edits += len(es)
            if show:
                for e in es:
                    line = d[li]
                    print(f"    false: ...{line[max(0, e.start - 30):e.start]}|{line[e.start:e.start + 30]}...")
    print(f"benchmark gold text: {len(docs)} docs, {tokens} tokens, {n_edits} edits "
          f"= {1000 * n_edits / tokens:.2f} false edits per 1,000 tokens")
    return docs


def synthetic_figures(docs: list[list[str]], show: bool) -> None:
    """Lose the line breaks of text wrapped at 60-90 columns; score the repair of each join.

    Every join site is known, so this measures recall and precision on glue in many more
    (and more varied) words than seed 003, without looking at the seeds.
    """
    rng = random.Random(7)
    tp = fp = n_gold = 0
    shown = 0
    for d in docs:
        lines, gold = [], []
        for para in d:
            wrapped = textwrap.wrap(para, width=rng.randint(60, 90), break_long_words=False,
                                    break_on_hyphens=False)
            joined, cuts = "", set()
            for k, piece in enumerate(wrapped):
                if k:
                    cuts.add(len(joined))
                joined += piece
            lines.append(joined)
            gold.append(cuts)
        for li, es in enumerate(find_glue_edits(lines)):
            got = {e.start for e in es}
            tp += len(got & gold[li])
            fp += len(got - gold[li])
            n_gold += len(gold[li])
            if show and shown < 40:
                for p in sorted(got - gold[li]):
                    shown += 1
                    print(f"    synthetic false: ...{lines[li][max(0, p - 25):p]}|{lines[li][p:p + 25]}...")
    print(f"synthetic line-wrap glue on the same text: recall {tp}/{n_gold} = {tp / max(n_gold, 1):.3f}, "
          f"precision {tp}/{tp + fp} = {tp / max(tp + fp, 1):.3f}")


def sparse_figures(docs: list[list[str]], show: bool, per_doc: int = 3) -> None:
    """A few glued word pairs in an otherwise clean document, as a lost space leaves them.

    Line-wrap glue makes a document dense with sites; real pages often hold two or three glued
    words only ("heavyweapons", "northernBenin"), which the document-level evidence cannot vouch
    for. Recall per kind of join: a function word in it, two lower-case content words, a
    lower-case word before a capitalised one.
    """
    rng = random.Random(11)
    kinds = ("function", "content", "camel")
    hit = dict.fromkeys(kinds, 0)
    tried = dict.fromkeys(kinds, 0)
    fp = tp = 0
    shown = 0
    for d in docs:
        lines = list(d)
        spots = [(li, m) for li, line in enumerate(lines)
                 for m in re.finditer(r"(?<![\w'’@#/.-])([^\W\d_]{2,}) ([^\W\d_]{2,})(?![\w'’-])", line)]
        rng.shuffle(spots)
        chosen: dict[int, list[tuple[int, str]]] = {}
        for li, m in spots[:per_doc]:
            if any(abs(p - m.end(1)) < 30 for p, _ in chosen.get(li, [])):
                continue
            left, right = m.group(1), m.group(2)
            kind = ("function" if left.lower() in FUNCTION_WORDS or right.lower() in FUNCTION_WORDS
                    else "camel" if left.islower() and right[0].isupper() else
                    "content" if left.islower() and right.islower() else None)
            if kind is None:
                continue
            chosen.setdefault(li, []).append((m.end(1), kind))
        for li in chosen:                     # delete the spaces right to left: offsets hold
            for p, _ in sorted(chosen[li], reverse=True):
                lines[li] = lines[li][:p] + lines[li][p + 1:]
        gold = {li: {p - sum(1 for q, _ in chosen[li] if q < p): k for p, k in chosen[li]} for li in chosen}
        for li, es in enumerate(find_glue_edits(lines)):
            got = {e.start for e in es}
            want = gold.get(li, {})
            for p, k in want.items():
                tried[k] += 1
                hit[k] += p in got
            tp += len(got & set(want))
            fp += len(got - set(want))
            if show and shown < 40:
                for p in sorted(set(want) - got):
                    shown += 1
                    print(f"    sparse missed: ...{lines[li][max(0, p - 25):p]}|{lines[li][p:p + 25]}...")
    total = sum(tried.values())
    per = ", ".join(f"{k} {hit[k]}/{tried[k]} = {hit[k] / max(tried[k], 1):.3f}" for k in kinds)
    print(f"sparse glue ({per_doc} per document): recall {sum(hit.values())}/{total} = "
          f"{sum(hit.values()) / max(total, 1):.3f} ({per}); precision {tp}/{tp + fp} = {tp / max(tp + fp, 1):.3f}")


FUNCTION_WORDS = frozenset("""the a an and or but of to in on at by for with from as is was are were be been
that this these those it its he she they we his her their our not no has have had will would can
could should may might than then there here who which what when where while after before about
into over under said""".split())


def timing(docs: list[list[str]]) -> None:
    """Best and median of several passes: the machine may be shared, the best pass is the cost."""
    Lexicon.default()
    chars = sum(len(l) + 1 for d in docs for l in d)
    runs = []
    for _ in range(9):
        t = time.perf_counter()
        for d in docs:
            find_glue_edits(d)
        runs.append(time.perf_counter() - t)
    best, med = (x / chars * 5000 * 1000 for x in (min(runs), statistics.median(runs)))
    print(f"speed: {best:.3f} ms per 5 KB of clean text (best of 9; median {med:.3f}; "
          f"{chars / 1e6:.2f} MB, {len(docs)} docs)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--show", action="store_true", help="list misses and false edits")
    args = ap.parse_args()
    t = time.perf_counter()
    Lexicon.default()
    print(f"lexicon load: {time.perf_counter() - t:.2f} s")
    seed_figures(args.shared, args.show)
    docs = clean_figures(args.shared, args.show)
    synthetic_figures(docs, args.show)
    sparse_figures(docs, args.show)
    timing(docs)


if __name__ == "__main__":
    main()
