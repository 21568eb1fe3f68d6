"""Planted glue by kind: lost spaces put into correctly spaced English article bodies.

    PYTHONPATH=src python bench/glue_planted.py [--show KIND] [--rounds 2] [--per-doc 4]

The bodies of the public benchmarks (fundus-news-body, zyte-article-body, naeb-news-metadata;
English ones only, as ``glue_quality.clean_corpus`` reads them) are correct text. In each document
a few word pairs, each of a different kind, lose the space between them, as a page that lost its
line breaks or spaces shows them; the repair is scored at the known sites. Kinds:

* punct: a word after punctuation ("2023,citing", "security.However")
* number+word, word+number: digits against letters ("150people", "in2019")
* hyphen: a hyphenated word on either side ("pro-governmentforces", "saidal-Sudani")
* rare+word, word+rare: a capitalised word wordfreq hardly lists, a non-English name mostly
  ("Barsaloghosaid", "inOuagadougou")
* acronym, word+acronym: capitals before or after a word ("UNforces", "ownedNTV")
* name+name, name+word, word+name: capitalised words ("GolanHeights", "Bidensaid", "northernBenin")
* function: a function word on either side ("itselfat"); content: two lower-case words
* three: three words, both spaces lost ("itselfatthe")

Recall per kind (a three-word site counts when both spaces come back), and false edits: edits at
no planted site in the planted documents (per 1,000 tokens), besides the untouched-text figure of
``glue_quality``. Sites are chosen at random with fixed seeds, so runs compare.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from wordfreq import zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parent))
from glue_quality import FUNCTION_WORDS, clean_corpus  # noqa: E402

from sitrep.clean.glue import find_glue_edits  # noqa: E402

KINDS = ("punct", "number+word", "word+number", "hyphen", "rare+word", "word+rare", "acronym", "word+acronym",
         "name+name", "name+word", "word+name", "function", "content", "three")
_PAIR = re.compile(r"(?<!\S)(\S+) (?=(\S+))")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CAP = re.compile(r"[A-Z][a-z]{2,}")
_RARE_Z = 2.0            # a capitalised word listed below this is a rare (mostly foreign) name


def _rare(w: str) -> bool:
    return bool(_CAP.fullmatch(w)) and zipf_frequency(w.lower(), "en") < _RARE_Z


def pair_kind(left: str, right: str, sentence_start: bool) -> str | None:
    """The kind of join that losing the space between ``left`` and ``right`` makes, or None."""
    if re.search(r"[A-Za-z0-9][,.;:]$", left) and re.match(r"[A-Za-z]{2,}", right) and \
            not re.search(r"\.[A-Za-z]\.$|\b[A-Z][a-z]?\.$", left):    # not "U.S." or "Mr."
        return "punct"
    if not re.match(r"[\w$£€-]+$", left) or not re.match(r"[\w-]+$", right):
        return None                                  # other punctuation: leave it
    if re.fullmatch(r"[$£€]?\d+%?", left) and _WORD.fullmatch(right) and right.islower():
        return "number+word"
    if _WORD.fullmatch(left) and re.fullmatch(r"\d+", right):
        return "word+number"
    if re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)+", left) and _WORD.fullmatch(right) or \
            _WORD.fullmatch(left) and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)+", right):
        return "hyphen"
    if not (_WORD.fullmatch(left) and _WORD.fullmatch(right)):
        return None
    if _rare(left) and right.islower() and not sentence_start:
        return "rare+word"
    if left.islower() and _rare(right):
        return "word+rare"
    if re.fullmatch(r"[A-Z]{2,5}", left) and right.islower():
        return "acronym"
    if left.islower() and left not in FUNCTION_WORDS and re.fullmatch(r"[A-Z]{2,5}", right):
        return "word+acronym"
    if _CAP.fullmatch(left) and _CAP.fullmatch(right) and not sentence_start:
        return "name+name"
    if _CAP.fullmatch(left) and right.islower() and not sentence_start and left.lower() not in FUNCTION_WORDS:
        return "name+word"
    if left.islower() and _CAP.fullmatch(right) and left not in FUNCTION_WORDS:
        return "word+name"
    if left.islower() and right.islower():
        return "function" if left in FUNCTION_WORDS or right in FUNCTION_WORDS else "content"
    return None


def candidates(line: str) -> dict[str, list[list[int]]]:
    """Per kind, the space offsets in ``line`` whose loss makes a join of that kind."""
    out: dict[str, list[list[int]]] = {}
    prev: tuple[int, str, bool] | None = None       # the previous pair: (space, kind, lower-case words)
    for m in _PAIR.finditer(line):
        left, right, space = m.group(1), m.group(2), m.end(1)
        start = m.start(1) == 0 or line[:m.start(1)].rstrip()[-1:] in ".!?:\"“"
        kind = pair_kind(left, right, start)
        if kind:
            out.setdefault(kind, []).append([space])
        plain = bool(re.fullmatch(r"[a-z]{2,}", left) and re.fullmatch(r"[a-z]{2,}", right))
        if prev and prev[2] and plain and space - prev[0] < 16:
            out.setdefault("three", []).append([prev[0], space])
        prev = (space, kind or "", plain)
    return out


def plant(doc: list[str], rng: random.Random, per_doc: int) -> tuple[list[str], list[tuple[int, str, list[int]]]]:
    """``doc`` with up to ``per_doc`` joins of different kinds; (line, kind, glued offsets)."""
    by_kind: dict[str, list[tuple[int, list[int]]]] = {}
    for li, line in enumerate(doc):
        for kind, sites in candidates(line).items():
            by_kind.setdefault(kind, []).extend((li, s) for s in sites)
    kinds = list(by_kind)
    rng.shuffle(kinds)
    chosen: list[tuple[int, str, list[int]]] = []
    for kind in kinds:
        if len(chosen) >= per_doc:
            break
        li, spaces = rng.choice(by_kind[kind])
        if any(l2 == li and abs(s2[0] - spaces[0]) < 40 for l2, _, s2 in chosen):
            continue                                # far from other plants: each is sparse glue
        chosen.append((li, kind, spaces))
    lines = list(doc)
    gold: list[tuple[int, str, list[int]]] = []
    for li in {c[0] for c in chosen}:
        here = sorted((c for c in chosen if c[0] == li), key=lambda c: c[2][0])
        all_spaces = sorted(s for c in here for s in c[2])
        line = lines[li]
        for s in reversed(all_spaces):
            line = line[:s] + line[s + 1:]
        lines[li] = line
        for _, kind, spaces in here:               # offsets after the deletions before each space
            gold.append((li, kind, [s - sum(1 for t in all_spaces if t < s) for s in spaces]))
    return lines, gold


def run(docs: list[list[str]], rounds: int, per_doc: int, show: str | None) -> None:
    tried = dict.fromkeys(KINDS, 0)
    hit = dict.fromkeys(KINDS, 0)
    false = tokens = 0
    shown = 0
    for r in range(rounds):
        rng = random.Random(1000 + r)
        for d in docs:
            lines, gold = plant(d, rng, per_doc)
            if not gold:
                continue
            tokens += sum(len(l.split()) for l in lines)
            edits = find_glue_edits(lines)
            got = {(li, e.start) for li, es in enumerate(edits) for e in es}
            want = set()
            for li, kind, sites in gold:
                ok = all((li, s) in got for s in sites)
                tried[kind] += 1
                hit[kind] += ok
                want.update((li, s) for s in sites)
                if show in (kind, "all") and not ok and shown < 80:
                    shown += 1
                    s = sites[0]
                    print(f"    {kind} missed: ...{lines[li][max(0, s - 30):s]}|{lines[li][s:s + 30]}...")
            for li, s in sorted(got - want):
                false += 1
                if show in ("false", "all"):
                    print(f"    false: ...{lines[li][max(0, s - 30):s]}|{lines[li][s:s + 30]}...")
    total, found = sum(tried.values()), sum(hit.values())
    print(f"planted glue ({rounds} rounds, up to {per_doc} kinds per document): recall {found}/{total} = "
          f"{found / max(total, 1):.3f}; false edits {false} = {1000 * false / max(tokens, 1):.2f} per 1,000 tokens")
    for k in KINDS:
        print(f"  {k:12s} {hit[k]:4d}/{tried[k]:4d} = {hit[k] / max(tried[k], 1):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--per-doc", type=int, default=4)
    ap.add_argument("--show", metavar="KIND", help="list misses of KIND ('all'), or 'false' edits")
    args = ap.parse_args()
    run(clean_corpus(args.shared), args.rounds, args.per_doc, args.show)


if __name__ == "__main__":
    main()
