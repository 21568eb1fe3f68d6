"""Scoring the duplicate pairs a store holds against the planted truth (``dedup_corpus``)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from dedup_corpus import KINDS, NEGATIVES
from dedup_hard import STORY_ONLY


def stored(db: Path, members: dict[str, int] | None = None) -> tuple[dict[str, str], list[list], int]:
    """Document id -> file name, the duplicate pairs stored by ingest, and the stories of more than one
    document (public Store API). ``members``, when given, is filled with file name -> story number."""
    from sitrep.store import Store
    store = Store(str(db))
    try:
        files = {row[0]: Path(row[1].split("#")[0]).name for row in store.db.execute("SELECT id, source FROM documents")}
        pairs = [[d.a, d.b, d.kind, d.original] for d in store.duplicates()]
        stories = 0
        for i, s in enumerate(store.stories()):
            stories += len(s.documents) > 1
            if members is not None:
                members.update((files[d], i) for d in s.documents if d in files)
    finally:
        store.close()
    return files, pairs, stories


def story_score(truth: dict[str, Any], members: dict[str, int]) -> dict[str, Any]:
    """Per planted kind, the share of (child, source) pairs in one story: recall for the relations
    (copies ... live blogs: a partial copy or a live blog is an article about something else, so its
    share is shown but not a target), "kept apart" for the look-alikes (hard negatives, same-place
    template events; a follow-up is the next day's news of one developing story: shown only). A
    recap (an analysis of the source's story) is no duplicate but the same story: its share in one
    story with the source is shown among the recalls (a story link or the analysis stage puts it
    there; duplicate linking alone need not)."""
    out: dict[str, Any] = {}
    for kind in KINDS + NEGATIVES:
        pairs = [(f, d["source"]) for f, d in truth["docs"].items() if d["kind"] == kind]
        same = sum(1 for a, b in pairs if a in members and members.get(a) == members.get(b))
        together = kind in KINDS or kind in STORY_ONLY
        if pairs:
            out[kind] = round((same if together else len(pairs) - same) / len(pairs), 4)
    return {"recall": {k: v for k, v in out.items() if k in KINDS or k in STORY_ONLY},
            "kept_apart": {k: v for k, v in out.items() if k in NEGATIVES and k not in STORY_ONLY}}


def score(truth: dict[str, Any], files: dict[str, str], pairs: list[list]) -> dict[str, Any]:
    """Found pairs against the planted ones (see the module docstring for each figure)."""
    docs = truth["docs"]
    root = {f: (f if d["kind"] == "base" else d["source"]) for f, d in docs.items() if d["kind"] not in NEGATIVES}
    planted = {frozenset((f, d["source"])): d["kind"] for f, d in docs.items() if d["kind"] in KINDS}
    groups: dict[str, set[str]] = {}
    for f, r in root.items():
        groups.setdefault(r, set()).add(f)
    negs: dict[str, list[str]] = {}
    for f, d in docs.items():
        if d["kind"] in NEGATIVES:
            negs.setdefault(d["source"], []).append(f)
    n_hard = sum(len(h) * len(groups[s]) + len(h) * (len(h) - 1) // 2 for s, h in negs.items())
    # per look-alike kind: against its source's group only (the figure each trap is about)
    n_by_neg = Counter(docs[f]["kind"] for h in negs.values() for f in h)
    n_by_neg_pairs = Counter()
    for s, h in negs.items():
        for f in h:
            n_by_neg_pairs[docs[f]["kind"]] += len(groups[s])

    def hard(a: str, b: str) -> str | None:
        """The look-alike kind of a pair of a planted negative and its source's group (or two
        negatives of one source), else None."""
        da, db_ = docs[a], docs[b]
        if da["kind"] in NEGATIVES and db_["kind"] in NEGATIVES:
            return da["kind"] if da["source"] == db_["source"] else None
        if db_["kind"] in NEGATIVES:
            a, b, da, db_ = b, a, db_, da
        return da["kind"] if da["kind"] in NEGATIVES and root.get(b) == da["source"] else None

    found: dict[frozenset, tuple[str, str | None]] = {}
    for a, b, kind, original in pairs:
        fa, fb = files.get(a), files.get(b)
        if fa and fb and fa != fb:
            found.setdefault(frozenset((fa, fb)), (kind, files.get(original)))
    confusion = {k: Counter() for k in KINDS}
    fp_kinds: dict[str, Counter] = {"hardneg": Counter(), "unrelated": Counter()}
    examples: dict[str, list] = {"hardneg": [], "unrelated": [], "missed": []}
    original_ok = original_given = 0
    for pair, kind in planted.items():
        got = found.get(pair)
        confusion[kind][got[0] if got else "missed"] += 1
        if not got and len(examples["missed"]) < 8:
            examples["missed"].append([*sorted(pair), kind])
        if got and got[1]:
            original_given += 1
            child = next(f for f in pair if docs[f]["kind"] == kind)
            original_ok += got[1] == docs[child]["source"]
    tp = fp_hard = fp_other = implied = 0
    fp_by_neg: Counter = Counter()
    by_kind = {k: Counter() for k in KINDS}
    for pair, (kind, _) in found.items():
        a, b = sorted(pair)
        related = a in root and b in root and root[a] == root[b]
        tp += related
        implied += related and pair not in planted
        if not related:
            neg = hard(a, b)
            fp_by_neg[neg] += neg is not None
            what = "hardneg" if neg else "unrelated"
            fp_hard, fp_other = fp_hard + (what == "hardneg"), fp_other + (what == "unrelated")
            fp_kinds[what][kind] += 1
            if len(examples[what]) < 8:
                examples[what].append([a, b, kind, docs[a]["kind"], docs[b]["kind"]])
        by_kind.setdefault(kind, Counter())["tp" if related else "fp"] += 1
    n_planted = len(planted)
    recall_any = sum(sum(c.values()) - c["missed"] for c in confusion.values())
    return {
        "planted_pairs": n_planted, "found_pairs": len(found),
        "precision": round(tp / len(found), 4) if found else None,
        "recall": round(recall_any / n_planted, 4) if n_planted else None,
        "recall_by_kind": {k: round((sum(c.values()) - c["missed"]) / max(1, sum(c.values())), 4) for k, c in confusion.items()},
        "recall_right_kind": {k: round(c[k] / max(1, sum(c.values())), 4) for k, c in confusion.items()},
        "precision_by_found_kind": {k: round(c["tp"] / max(1, c["tp"] + c["fp"]), 4) for k, c in by_kind.items()},
        "confusion": {k: dict(c) for k, c in confusion.items()},
        "implied_pairs_found": implied, "hardneg_pairs": n_hard, "hardneg_fp": fp_hard,
        "hardneg_fp_rate": round(fp_hard / n_hard, 4) if n_hard else None, "unrelated_fp": fp_other,
        "negative_fp": {k: f"{fp_by_neg[k]}/{n_by_neg_pairs[k]}" for k in n_by_neg},
        "original_right": round(original_ok / original_given, 4) if original_given else None,
        "original_given": original_given, "fp_kinds": {k: dict(c) for k, c in fp_kinds.items()}, "examples": examples,
    }
