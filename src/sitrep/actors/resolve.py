"""The cross-document reduce: one entity per actor over the whole corpus.

Each document's mentions come grouped into doc-local actors (``Mention.local``). Those are joined
when they share a KB id or a folded name key; a bare surname joins the one full name in the
corpus with that surname (never when several people share it); and spelling variants join when
their folded keys are close word by word (Jaro-Winkler) and their types agree. Two different KB
ids never join. User decisions (``decisions``) apply last.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np
from rapidfuzz.distance import JaroWinkler
from rapidfuzz.process import cdist

from sitrep.model import Entity, Mention, content_id

from .decisions import Decision, apply_decisions
from .fold import light, name_key
from .kb import KnowledgeBase

WORD_SIMILARITY = 0.88       # each word of two variant spellings (folded)
NAME_SIMILARITY = 0.92       # the whole folded names
MIN_FUZZY_WORD = 4           # shorter words must fold to the same key


@dataclass(slots=True)
class _Actor:
    doc: str
    local: int
    kb_id: str | None
    type: str
    canonical: str
    key: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        return name_key(self.canonical).split()


def _type_class(t: str) -> str:
    return {"MEDIA": "ORG", "LOC": "GPE", "FAC": "GPE"}.get(t, t)


class _UF:
    def __init__(self, actors: list[_Actor]):
        self.p = list(range(len(actors)))
        self.kb = [a.kb_id for a in actors]

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ka, kb = self.kb[ra], self.kb[rb]
        if ka and kb and ka != kb:
            return False              # two known actors are never one
        lo, hi = min(ra, rb), max(ra, rb)
        self.p[hi] = lo
        self.kb[lo] = ka or kb
        return True


def _actors(items: Iterable[tuple[str, list[Mention]]]) -> list[_Actor]:
    out: list[_Actor] = []
    for doc, mentions in items:
        by_local: dict[int, _Actor] = {}
        for m in mentions:
            a = by_local.get(m.local)
            if a is None:
                a = by_local[m.local] = _Actor(doc, m.local, m.kb_id, m.type,
                                               m.canonical or m.text, m.key)
                out.append(a)
            a.mentions.append(m)
    return out


def _words_close(x: str, y: str) -> bool:
    if x == y:
        return True
    if any(c.isdigit() for c in x + y) or min(len(x), len(y)) < MIN_FUZZY_WORD or x[0] != y[0]:
        return False
    return JaroWinkler.similarity(x, y) >= WORD_SIMILARITY


# above this many distinct names in one block, names are compared only within finer blocks
BLOCK_SPLIT = 64


def _variants(actors: list[_Actor], uf: _UF) -> None:
    """Join spelling variants: same type class, same number of words, every word close.

    Every word of two variants starts with the same letter (``_words_close`` demands it), so
    names are blocked by type class, word count and initials; a crowded block is split further
    by the first two letters of the last word. That keeps the pairwise comparison near linear
    on corpora with many unknown names.
    """
    blocks: dict[tuple, list[tuple[int, tuple[str, ...], str]]] = defaultdict(list)
    seen: set[tuple] = set()
    for i, a in enumerate(actors):
        toks = tuple(a.tokens)
        sig = (_type_class(a.type), toks, a.kb_id)
        if not toks or sig in seen:
            continue
        seen.add(sig)
        blocks[(_type_class(a.type), len(toks), tuple(t[:1] for t in toks))].append((i, toks, " ".join(toks)))
    for members in list(blocks.values()):
        if len(members) > BLOCK_SPLIT:
            finer: dict[str, list[tuple[int, tuple[str, ...], str]]] = defaultdict(list)
            for m in members:
                finer[m[1][-1][:2]].append(m)
            groups = list(finer.values())
        else:
            groups = [members]
        for group in groups:
            for x, y in _similar_pairs([k for _, _, k in group]):
                (ix, tx, _), (iy, ty, _) = group[x], group[y]
                if uf.find(ix) != uf.find(iy) and all(_words_close(p, q) for p, q in zip(tx, ty)):
                    uf.union(ix, iy)


def _similar_pairs(names: list[str]) -> list[tuple[int, int]]:
    """Index pairs (x < y) of names whose Jaro-Winkler similarity reaches NAME_SIMILARITY,
    scored in C by rapidfuzz's cdist rather than pair by pair in Python."""
    pairs: list[tuple[int, int]] = []
    for start in range(0, len(names), 1024):          # row chunks keep the score matrix small
        scores = cdist(names[start:start + 1024], names, scorer=JaroWinkler.similarity,
                       score_cutoff=NAME_SIMILARITY, dtype=np.float32)
        xs, ys = np.nonzero(scores)
        pairs += [(x + start, y) for x, y in zip(xs.tolist(), ys.tolist()) if x + start < y]
    return pairs


def _surnames(actors: list[_Actor], uf: _UF) -> None:
    """A bare surname joins the full name that has it, when exactly one entity does."""
    full: dict[str, set[int]] = defaultdict(set)
    for i, a in enumerate(actors):
        if a.type == "PERSON" and len(a.tokens) >= 2:
            full[a.tokens[-1]].add(i)
    for i, a in enumerate(actors):
        if a.type != "PERSON" or len(a.tokens) != 1 or a.kb_id:
            continue
        roots = {uf.find(j) for j in full.get(a.tokens[0], ())}
        if len(roots) == 1:
            uf.union(i, roots.pop())


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", light(s)).strip("-")[:40] or "x"


def resolve_entities(items: Iterable[tuple[str, list[Mention]]], kb: KnowledgeBase,
                     decisions: Sequence[Decision] = ()
                     ) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    """Corpus entities from per-document mentions, and (doc id, local) -> entity id."""
    actors = _actors(items)
    uf = _UF(actors)
    first: dict[tuple[str, str], int] = {}
    for i, a in enumerate(actors):
        k = (a.key, "" if a.key.startswith("kb:") else _type_class(a.type))
        if k in first:
            uf.union(first[k], i)
        else:
            first[k] = i
    _surnames(actors, uf)
    _variants(actors, uf)
    groups: dict[int, list[_Actor]] = defaultdict(list)
    for i, a in enumerate(actors):
        groups[uf.find(i)].append(a)
    entities: list[Entity] = []
    mapping: dict[tuple[str, int], str] = {}
    used: set[str] = set()
    for root in sorted(groups):
        members = groups[root]
        entity = _entity(members, kb, used)
        entities.append(entity)
        for a in members:
            mapping[(a.doc, a.local)] = entity.id
    if decisions:
        forms = {(a.doc, a.local): [m.text for m in a.mentions] for a in actors}
        entities = apply_decisions(entities, mapping, decisions, forms)
    return entities, mapping


def _entity(members: list[_Actor], kb: KnowledgeBase, used: set[str]) -> Entity:
    kb_ids = [a.kb_id for a in members if a.kb_id]
    kb_id = Counter(kb_ids).most_common(1)[0][0] if kb_ids else None
    entry = kb.entry(kb_id) if kb_id else None
    mentions = sorted((a.doc, m.start, m.end, m.text) for a in members for m in a.mentions)
    if entry:
        name, typ = entry["name"], entry["type"]
        eid = kb_id
    else:
        names = Counter(a.canonical for a in members)
        name = max(names, key=lambda n: (len(name_key(n).split()), names[n], n))
        types = Counter(a.type for a in members for _ in a.mentions)
        typ = types.most_common(1)[0][0]
        eid = f"x-{_slug(name)}-{content_id(typ, name_key(name))[:6]}"
    base, n = eid, 2
    while eid in used:
        eid = f"{base}-{n}"
        n += 1
    used.add(eid)
    aliases = list(dict.fromkeys(m[3] for m in mentions))
    return Entity(id=eid, name=name, type=typ, aliases=aliases, mentions=mentions, kb_id=kb_id,
                  reviewed=entry is not None, qid=(entry or {}).get("qid"))
