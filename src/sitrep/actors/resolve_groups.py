"""The entities' members and summaries in numpy, for the crowded entities of a large corpus.

Entity resolution ends with every doc-local actor's set (``resolve._UF``) and, per entity, its
most common KB id, name, type, its aliases in the order of their first spans, and its counts
(``resolve._entity``). A large corpus has entities of hundreds of thousands of actors: walking
them in Python several times each was a third of resolution. Here the sets are found by pointer
jumping over the whole parent array, and a crowded entity is summarised per distinct name
record (few) and per surface form (by one sort), giving exactly what ``_entity`` gives.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

BULK = 64       # entities of at least this many actors are summarised here


def groups(parents: Sequence[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(the roots ascending, every actor ordered by root then number, where each root's actors
    start in that order) of a union-find parent array: the sets ``find`` gives, all at once."""
    p = np.asarray(parents, dtype=np.int64)
    while True:
        up = p[p]
        if np.array_equal(up, p):
            break
        p = up
    order = np.argsort(p, kind="stable")
    roots, starts = np.unique(p[order], return_index=True)
    return roots, order, starts


def _first_most_common(totals: dict, first: dict):
    """Counter.most_common(1)'s pick: the highest total, the first met among equals."""
    return max(totals, key=lambda k: (totals[k], -first[k]))


def summary(actors, members: np.ndarray, name_col: np.ndarray, count_col: np.ndarray,
            doc_col: np.ndarray, doc_rank: np.ndarray, text_col: np.ndarray, start_col: np.ndarray,
            end_col: np.ndarray) -> tuple[str | None, str, tuple[str, ...], str, list[str], int, int]:
    """(most common KB id, name by ``_entity``'s rule (without an entry), the name's words, most
    common type by mentions, aliases, mention count, document count) of one entity's actors
    (ascending)."""
    names = actors.names
    recs = name_col[members]
    uniq, first_at, per_rec = np.unique(recs, return_index=True, return_counts=True)
    last_at = len(recs) - 1 - np.unique(recs[::-1], return_index=True)[1]
    mentions = np.bincount(np.searchsorted(uniq, recs), weights=count_col[members], minlength=len(uniq))
    kb_tot: dict[str, int] = {}
    kb_first: dict[str, int] = {}
    canon: dict[str, int] = {}
    words_at: dict[str, tuple[int, tuple[str, ...]]] = {}
    type_tot: dict[str, float] = {}
    type_first: dict[str, int] = {}
    for r, f, last, k, m in zip(uniq.tolist(), first_at.tolist(), last_at.tolist(), per_rec.tolist(),
                                mentions.tolist()):
        kb = names.kb_id[r]
        if kb:
            kb_tot[kb] = kb_tot.get(kb, 0) + k
            kb_first[kb] = min(kb_first.get(kb, f), f)
        c = names.canonical[r]
        canon[c] = canon.get(c, 0) + k
        if c not in words_at or words_at[c][0] < last:      # the last member's words, as a dict keeps
            words_at[c] = (last, names.tokens[r])
        t = names.type[r]
        type_tot[t] = type_tot.get(t, 0) + m
        type_first[t] = min(type_first.get(t, f), f)
    kb_id = _first_most_common(kb_tot, kb_first) if kb_tot else None
    words = {c: w for c, (_, w) in words_at.items()}
    name = max(canon, key=lambda n: (len(words[n]), canon[n], n))
    typ = _first_most_common(type_tot, type_first)
    # each surface form's first span (doc, start, end), by one sort of the members' first forms
    texts = text_col[members]
    order = np.lexsort((end_col[members], start_col[members], doc_rank[doc_col[members]], texts))
    head = np.ones(len(order), dtype=bool)
    head[1:] = texts[order][1:] != texts[order][:-1]
    firsts = members[order[head]]
    docs, all_texts = actors.docs, actors.texts
    best = {all_texts[t]: (docs[d], s, e) for t, d, s, e in zip(
        text_col[firsts].tolist(), doc_col[firsts].tolist(), start_col[firsts].tolist(), end_col[firsts].tolist())}
    more = actors.more
    if more:
        for a in members[np.isin(members, np.fromiter(more, dtype=np.int64, count=len(more)))].tolist():
            doc = docs[int(doc_col[a])]
            for t, (s, e) in more[a].items():
                seen = best.get(t)
                if seen is None or (doc, s, e) < seen:
                    best[t] = (doc, s, e)
    aliases = sorted(best, key=lambda t: (*best[t], t))
    return (kb_id, name, words[name], typ, aliases, int(count_col[members].sum()),
            len(np.unique(doc_col[members])))
