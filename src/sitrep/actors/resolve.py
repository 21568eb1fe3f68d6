"""The cross-document reduce: one entity per actor over the whole corpus.

Each document's mentions come grouped into doc-local actors (``Mention.local``). Those are joined
when they share a KB id or a folded name key; a bare surname joins the one full name in the
corpus with that surname (never when several people share it); and spelling variants join when
their folded keys are close word by word (Jaro-Winkler) and their types agree. Two different KB
ids never join. User decisions (``decisions``) apply last.
"""
from __future__ import annotations

import gc
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from sitrep.model import Entity, Mention, content_id

from .decisions import Decision, apply_decisions
from .fold import light, name_key
from .kb import KnowledgeBase
from .variants import join_variants

# above this many distinct names in one block, names are compared only within finer blocks
BLOCK_SPLIT = 64


@dataclass(slots=True)
class _Actor:
    doc: str
    local: int
    kb_id: str | None
    type: str
    canonical: str
    key: str
    # (doc, start, end, text) of its mentions: made while each mention is at hand, since a
    # second pass over a million mentions costs as much again
    mentions: list[tuple[str, int, int, str]] = field(default_factory=list)
    tokens: tuple[str, ...] = ()          # the folded words of the canonical name


_TYPE_CLASS = {"MEDIA": "ORG", "LOC": "GPE", "FAC": "GPE"}


def _type_class(t: str) -> str:
    return _TYPE_CLASS.get(t, t)


class _UF:
    def __init__(self, actors: list[_Actor]):
        self.p = list(range(len(actors)))
        self.kb = [a.kb_id for a in actors]

    def find(self, x: int) -> int:
        p = self.p
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
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
    tokens: dict[str, tuple[str, ...]] = {}       # canonical -> folded words, once per name
    for doc, mentions in items:
        by_local: dict[int, _Actor] = {}
        for m in mentions:
            a = by_local.get(m.local)
            if a is None:
                canonical = m.canonical or m.text
                # a name key is "name:" + name_key(canonical) already: no folding again
                src = m.key if m.key.startswith("name:") else canonical
                toks = tokens.get(src)
                if toks is None:
                    toks = tokens[src] = tuple((src[5:] if src is m.key else name_key(canonical)).split())
                a = by_local[m.local] = _Actor(doc, m.local, m.kb_id, m.type, canonical, m.key,
                                               [], toks)
                out.append(a)
            a.mentions.append((doc, m.start, m.end, m.text))
    return out


def _variants(actors: list[_Actor], uf: _UF) -> None:
    """Join spelling variants: same type class, same number of words, every word close.

    Every word of two variants starts with the same letter (``words_close`` demands it), so
    distinct names are blocked by type class, word count and initials; a crowded block is split
    further by the first two letters of the last word. Pairs are met in row order and their words
    tested only while the two are still apart.
    """
    blocks: dict[tuple, list[tuple[int, tuple[str, ...], str]]] = defaultdict(list)
    seen: set[tuple] = set()
    shapes: dict[tuple[str, ...], tuple[tuple, str]] = {}    # words -> (initials, name), once
    for i, a in enumerate(actors):
        toks = a.tokens
        if not toks:
            continue
        sig = (_TYPE_CLASS.get(a.type, a.type), toks, a.kb_id)
        if sig in seen:
            continue
        seen.add(sig)
        shape = shapes.get(toks)
        if shape is None:
            shape = shapes[toks] = ((len(toks), *(t[:1] for t in toks)), " ".join(toks))
        blocks[(sig[0], shape[0])].append((i, toks, shape[1]))
    for members in list(blocks.values()):
        if len(members) > BLOCK_SPLIT:
            finer: dict[str, list[tuple[int, tuple[str, ...], str]]] = defaultdict(list)
            for m in members:
                finer[m[1][-1][:2]].append(m)
            groups = list(finer.values())
        else:
            groups = [members]
        for group in groups:
            join_variants(group, uf.find, uf.union)


def _surnames(actors: list[_Actor], uf: _UF) -> None:
    """A bare surname joins the full name that has it, when exactly one entity does."""
    full: dict[str, list[int]] = defaultdict(list)
    bare: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(actors):
        if a.type != "PERSON":
            continue
        if len(a.tokens) >= 2:
            full[a.tokens[-1]].append(i)
        elif len(a.tokens) == 1 and not a.kb_id:
            bare[a.tokens[0]].append(i)
    # the full names of different surnames are never joined here, so each surname's candidates
    # are counted once, however many bare mentions it has
    for tok, singles in bare.items():
        roots = {uf.find(j) for j in full.get(tok, ())}
        if len(roots) == 1:
            root = roots.pop()
            for i in singles:
                uf.union(i, root)


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", light(s)).strip("-")[:40] or "x"


def resolve_entities(items: Iterable[tuple[str, list[Mention]]], kb: KnowledgeBase,
                     decisions: Sequence[Decision] = ()
                     ) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    """Corpus entities from per-document mentions, and (doc id, local) -> entity id."""
    # a million mentions make a million objects here, none of them in a reference cycle: the
    # cyclic garbage collector would traverse them all again and again (most of the run time)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _resolve(items, kb, decisions)
    finally:
        if enabled:
            gc.enable()


def _resolve(items: Iterable[tuple[str, list[Mention]]], kb: KnowledgeBase,
             decisions: Sequence[Decision]) -> tuple[list[Entity], dict[tuple[str, int], str]]:
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
        forms = {(a.doc, a.local): [m[3] for m in a.mentions] for a in actors}
        entities = apply_decisions(entities, mapping, decisions, forms)
    return entities, mapping


def _entity(members: list[_Actor], kb: KnowledgeBase, used: set[str]) -> Entity:
    kb_ids = [a.kb_id for a in members if a.kb_id]
    kb_id = Counter(kb_ids).most_common(1)[0][0] if kb_ids else None
    entry = kb.entry(kb_id) if kb_id else None
    mentions = _sorted_mentions(members)
    if entry:
        name, typ = entry["name"], entry["type"]
        eid = kb_id
    else:
        names = Counter(a.canonical for a in members)
        words = {a.canonical: a.tokens for a in members}
        name = max(names, key=lambda n: (len(words[n]), names[n], n))
        types: Counter[str] = Counter()
        for a in members:
            types[a.type] += len(a.mentions)
        typ = types.most_common(1)[0][0]
        eid = f"x-{_slug(name)}-{content_id(typ, ' '.join(words[name]))[:6]}"
    base, n = eid, 2
    while eid in used:
        eid = f"{base}-{n}"
        n += 1
    used.add(eid)
    aliases = list(dict.fromkeys(m[3] for m in mentions))
    return Entity(id=eid, name=name, type=typ, aliases=aliases, mentions=mentions, kb_id=kb_id,
                  reviewed=entry is not None, qid=(entry or {}).get("qid"))


def _sorted_mentions(members: list[_Actor]) -> list[tuple[str, int, int, str]]:
    """(doc, start, end, text) of every mention, sorted: a document at a time, so a big entity's
    million mentions are never compared across documents (a document's mentions come in order)."""
    by_doc: dict[str, list[tuple[str, int, int, str]]] = {}
    for a in members:
        got = by_doc.get(a.doc)
        if got is None:
            by_doc[a.doc] = list(a.mentions)
        else:
            got += a.mentions
    out: list[tuple[str, int, int, str]] = []
    for doc in sorted(by_doc):
        rows = by_doc[doc]
        rows.sort()
        out += rows
    return out
