"""The cross-document reduce: one entity per actor over the whole corpus.

Each document's mentions come grouped into doc-local actors (``Mention.local``). Those are joined
when they share a KB id or a folded name key; a bare surname joins the one full name in the
corpus with that surname (never when several people share it); and spelling variants join when
their folded keys are close word by word (Jaro-Winkler) and their types agree. Two different KB
ids never join. User decisions (``decisions``) apply last.

Memory: a corpus has about one doc-local actor per mention but few distinct names, so actors are
columns of integers (document, local number, name record, mention count) pointing at one record
per distinct (key, type, KB id, canonical form). Entities need only counts and the first span of
each surface form (the aliases' order); the picture writes the mentions from the stored analyses
again. Only user decisions, which move single mentions, need every mention in memory.
"""
from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from sitrep.model import Entity, Mention

from . import resolve_groups
from .decisions import Decision, apply_decisions
from .fold import light, name_key
from .kb import KnowledgeBase
from .resolve_entity import _entity, _slug, _sorted_mentions  # noqa: F401  (re-exported)
from .resolve_table import _ROW, EntityOf, MentionRow, _Actors
from .resolve_inverted import join_inverted
from .resolve_units import join_modified_units
from .surname_pairs import other_second_surname
from .translit import join_transliterations
from .resolve_reordered import join_reordered
from .resolve_shortened import join_shortened, join_spaced
from .resolve_swapped import join_swapped
from .resolve_generic import join_generic_bodies
from .resolve_stateless import join_stateless_bodies
from .resolve_body_order import join_body_orders
from .resolve_features import join_feature_heads
from .resolve_operations import join_operation_titles, join_year_accords
from .resolve_cooccur import DocGuard, split_keys
from .resolve_particles import join_particle_names
from .national_join import join_iotated_places, join_national_bodies
from .variants import ambiguous_name, glue_prefixes, join_kunyas, join_variants

# above this many distinct names in one block, names are compared only within finer blocks
BLOCK_SPLIT = 64

_TYPE_CLASS = {"MEDIA": "ORG", "LOC": "GPE", "FAC": "GPE"}


def _type_class(t: str) -> str:
    return _TYPE_CLASS.get(t, t)


class _UF:
    def __init__(self, kb_ids: list[str | None]):
        self.p = list(range(len(kb_ids)))
        self.kb = kb_ids
        # set while the spelling tests run: sets with actors of one document stay apart
        self.guard: DocGuard | None = None

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
        if self.guard is not None and self.guard.clash(a, b, ra, rb):
            return False              # one document names them as two actors
        lo, hi = min(ra, rb), max(ra, rb)
        self.p[hi] = lo
        if self.guard is not None:
            self.guard.merged(lo, hi)
        self.kb[lo] = ka or kb
        return True


def _variants(actors: _Actors, uf: _UF) -> None:
    """Join spelling variants: same type class, same number of words, every word close.

    Every word of two variants starts with the same letter (``words_close`` demands it), so
    distinct names are blocked by type class, word count and initials; a crowded block is split
    further by the first two letters of the last word. Pairs are met in row order and their words
    tested only while the two are still apart.
    """
    names = actors.names
    blocks: dict[tuple, list[tuple[int, tuple[str, ...], str]]] = defaultdict(list)
    record: dict[int, int] = {}          # first actor -> its name record
    seen: set[tuple] = set()
    shapes: dict[tuple[str, ...], tuple[tuple, str]] = {}    # words -> (initials, name), once
    glued_light: dict[int, str] = {}     # first actor -> its light name with prefixes glued
    first_of: dict[tuple, int] = {}      # signature -> the first actor with it
    glued_sigs: set[tuple] = set()       # the signatures first met glued
    # each name record at its first actor, in actor order: the later actors of a record have
    # its signature, already seen
    for n, i in enumerate(names.first):
        toks = names.tokens[n]
        if not toks:
            continue
        t = names.type[n]
        canonical = None
        if t == "PERSON" and len(toks) >= 2:
            glued = glue_prefixes(names.canonical[n])
            if glued is not None:
                # "Abu Bakr Shekau" is compared as "Abubakr Shekau": same words as "Abubakar Shekau"
                toks, canonical = tuple(name_key(glued).split()) or toks, glued
        sig = (_TYPE_CLASS.get(t, t), toks, names.kb_id[n])
        if canonical is not None:
            glued_light[i] = light(canonical)
        if sig in seen:
            if canonical is not None or sig in glued_sigs:
                # glued, one name is the other's very words ("Abdul Rahman X", "Abdulrahman X")
                uf.union(i, first_of[sig])
            continue
        seen.add(sig)
        first_of[sig] = i
        if canonical is not None:
            glued_sigs.add(sig)
        shape = shapes.get(toks)
        if shape is None:
            shape = shapes[toks] = ((len(toks), *(t[:1] for t in toks)), " ".join(toks))
        blocks[(sig[0], shape[0])].append((i, toks, shape[1]))
        record[i] = n
    for (cls, _), members in list(blocks.items()):
        if len(members) > BLOCK_SPLIT:
            finer: dict[str, list[tuple[int, tuple[str, ...], str]]] = defaultdict(list)
            for m in members:
                finer[m[1][-1][:2]].append(m)
            groups = list(finer.values())
        else:
            groups = [members]
        for group in groups:
            if len(group) < 2:
                continue
            join_variants(group, uf.find, uf.union, uf.kb.__getitem__, _Lights(group, glued_light, names, record),
                          places=cls == "GPE", refusable=uf.guard is not None)


class _Lights(dict):
    """The light-folded spelling of each name of a group, folded when first asked: only the few
    pairs that pass every other variant test are compared by it. A dict whose misses fold: the
    pair tests ask for the same names again and again, and a hit is then one C-level lookup."""

    __slots__ = ("group", "glued", "names", "record")

    def __init__(self, group: list, glued: dict[int, str], names, record: dict[int, int]) -> None:
        super().__init__()
        self.group, self.glued, self.names, self.record = group, glued, names, record

    def __missing__(self, k: int) -> str:
        i = self.group[k][0]
        got = self[k] = self.glued.get(i) or light(self.names.canonical[self.record[i]])
        return got


def _surnames(actors: _Actors, uf: _UF) -> None:
    """A bare surname joins the full name that has it, when exactly one entity does."""
    names = actors.names
    full: dict[str, list[int]] = defaultdict(list)
    bare: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(actors.name):
        if names.type[n] != "PERSON":
            continue
        toks = names.tokens[n]
        if len(toks) >= 2:
            full[toks[-1]].append(i)
        elif len(toks) == 1 and not names.kb_id[n]:
            bare[toks[0]].append(i)
    # the full names of different surnames are never joined here, so each surname's candidates
    # are counted once, however many bare mentions it has
    for tok, singles in bare.items():
        roots = {uf.find(j) for j in full.get(tok, ())}
        if len(roots) == 1:
            root = roots.pop()
            for i in singles:
                uf.union(i, root)


_GENERATION = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _middle_names(actors: _Actors, uf: _UF, kb: KnowledgeBase) -> None:
    """A two-word name joins the one longer name with its first and last word ("Mohammed Farhat",
    "Muhammad Hussein Farhat": a dropped middle name), or the one three-word name it opens (a
    dropped second surname), when exactly one entity has that pair: a
    different first name is a different person, and two longer names leave the short one alone."""
    names = actors.names
    long: dict[tuple[str, str], set[int]] = defaultdict(set)
    short: dict[tuple[str, str], list[int]] = defaultdict(list)
    thirds: dict[tuple[str, str], set[str]] = defaultdict(set)
    for n, i in enumerate(names.first):
        if names.type[n] != "PERSON":
            continue
        toks = names.tokens[n]
        if len(toks) >= 3 and toks[-1] in _GENERATION:
            # "Rodolfo Santamaria Jr", 'Rodolfo "Rudy" Santamaria Jr': a generational suffix
            # is dropped as freely as a middle name
            long[(toks[0], toks[-2])].add(i)
        elif len(toks) >= 3:
            long[(toks[0], toks[-1])].add(i)
            if len(toks) == 3:
                # a dropped second surname: "Corneille Nangaa" of "Corneille Nangaa Yobeluo",
                # "Gustavo Petro" of "Gustavo Petro Urrego" (the same one-entity test applies)
                long[(toks[0], toks[1])].add(i)
                thirds[(toks[0], toks[1])].add(toks[2])
        elif len(toks) == 2:
            # a known two-word name too ("Corneille Nangaa" listed, the text's full three-word
            # form not): the union still refuses two different known actors
            short[(toks[0], toks[1])].append(i)
    if not long or not short:
        return
    for pair, singles in short.items():
        roots = {uf.find(j) for j in long.get(pair, ())}
        if len(roots) == 1:
            root = roots.pop()
            for i in singles:
                # the KB's "Joaquín Guzmán" is listed as "Joaquín Guzmán Loera": "Joaquín Guzmán
                # López", his son, has another second surname, so is another person
                known = names.kb_id[actors.name[i]]
                if known and other_second_surname(kb, known, pair, thirds.get(pair, ())):
                    continue
                uf.union(i, root)


def _unlink(actors: _Actors, uf: _UF, i: int) -> None:
    root = uf.find(i)
    kb_id, uf.kb[root] = uf.kb[root], None
    if kb_id:                       # the set's other loose kunyas were unlinked with the first
        actors.names.drop_kb_id(kb_id)


@dataclass(slots=True)
class Resolution:
    """Corpus entities, (doc id, local) -> entity id, and each entity's (mention count, document
    count). With ``keep_mentions`` the entities hold their mentions and ``entity_of`` is a dict."""

    entities: list[Entity]
    entity_of: Mapping[tuple[str, int], str]
    counts: dict[str, tuple[int, int]]


def resolve_entities(items: Iterable[tuple[str, list[Mention]]], kb: KnowledgeBase,
                     decisions: Sequence[Decision] = ()
                     ) -> tuple[list[Entity], dict[tuple[str, int], str]]:
    """Corpus entities (with their mentions) from per-document mentions, and (doc id, local) ->
    entity id."""
    rows = ((doc, map(_ROW, mentions)) for doc, mentions in items)
    out = resolve_rows(rows, kb, decisions, keep_mentions=True)
    return out.entities, out.entity_of  # type: ignore[return-value]


def resolve_rows(items: Iterable[tuple[str, Iterable[MentionRow]]], kb: KnowledgeBase,
                 decisions: Sequence[Decision] = (), keep_mentions: bool = False) -> Resolution:
    """Corpus entities from per-document mention rows (``MentionRow``, as stored). Without
    ``keep_mentions`` (and without decisions, which need them) the entities' ``mentions`` are
    left empty: their counts are in ``counts``."""
    # no object made here is in a reference cycle: the cyclic garbage collector would only
    # traverse them all again and again
    enabled = gc.isenabled()
    gc.disable()
    try:
        actors = _Actors(keep_mentions or bool(decisions))
        for doc, rows in items:
            actors.add_document(doc, rows)
        actors.loaded()
        return _resolve(actors, kb, decisions)
    finally:
        if enabled:
            gc.enable()


def _resolve(actors: _Actors, kb: KnowledgeBase, decisions: Sequence[Decision]) -> Resolution:
    names = actors.names
    uf = _UF([names.kb_id[n] for n in actors.name])
    # the joining key of each name record: "kb:" keys join across types
    keys = [(k, "" if k.startswith("kb:") else _type_class(t)) for k, t in zip(names.key, names.type)]
    keys = split_keys(keys, actors.name, actors.doc, names.canonical, names.kb_id)
    # uf.union(first actor of the key, i), inlined: each set here is still one key's actors under
    # its first one (the root), so the union is two list writes, or refused for another KB id
    first: dict[tuple[str, str], int] = {}
    p, kbs = uf.p, uf.kb
    for i, n in enumerate(actors.name):
        k = keys[n]
        f = first.get(k)
        if f is None:
            first[k] = i
            continue
        ka, kb_ = kbs[f], kbs[i]
        if ka and kb_ and ka != kb_:
            continue                  # two known actors are never one
        p[i] = f
        if not ka:
            kbs[f] = kb_
    # the dropped middle names first: a bare surname then meets one full name, not two
    _middle_names(actors, uf, kb)
    join_reordered(zip(names.first, names.type, names.tokens, names.kb_id), uf.find, uf.union,
                   lambda i: bool(uf.kb[uf.find(i)]))
    _surnames(actors, uf)
    canonical_of = lambda i: names.canonical[actors.name[i]]  # noqa: E731
    person_of = lambda i: names.type[actors.name[i]] == "PERSON"  # noqa: E731
    join_particle_names(zip(names.first, names.type, names.tokens, names.kb_id), uf.find, uf.union)
    uf.guard = DocGuard(actors.doc, uf.find, canonical_of, person_of)
    _variants(actors, uf)
    uf.guard = None
    # after the variants: "Velmora Defense Army" and "... Defence Army" are one entity by then
    join_inverted([(i, _type_class(t), c, toks) for i, t, c, toks in
                   zip(names.first, names.type, names.canonical, names.tokens)], uf.find, uf.union,
                  lambda i: bool(uf.kb[uf.find(i)]))
    # transliterations the spelling test leaves apart ("Keikal" / "Kikal"), PERSON only
    uf.guard = DocGuard(actors.doc, uf.find, canonical_of, person_of)
    join_transliterations(zip(names.first, names.type, names.canonical, names.kb_id), uf.find, uf.union)
    # "Normil Rameau" / "Rameau Normil": a surname and a given name in either order
    join_swapped(zip(names.first, names.type, names.tokens, names.kb_id, names.canonical), uf.find, uf.union,
                 lambda i: bool(uf.kb[uf.find(i)]))
    uf.guard = None
    # spacing variants, a leading Spanish article, a dropped first name or an initial
    known_set = lambda i: bool(uf.kb[uf.find(i)])  # noqa: E731
    uf.guard = DocGuard(actors.doc, uf.find, canonical_of, person_of)
    join_spaced(zip(names.first, names.type, names.tokens, names.kb_id, names.canonical), uf.find, uf.union, known_set)
    uf.guard = None
    # "Adolfo Macías, alias Fito": one article may name a man by two forms it does not link
    join_shortened(zip(names.first, names.type, names.tokens, names.kb_id, names.canonical), uf.find, uf.union,
                   known_set)
    join_national_bodies(zip(names.first, names.type, names.canonical, names.kb_id), kb, uf.find, uf.union)
    # "Ministry of Emergency Situations" / "Emergency Situations Ministry"
    join_body_orders(zip(names.first, names.type, names.canonical, names.kb_id), uf.find, uf.union)
    # "the Defence Ministry" in one article, "Russia's defence ministry" in another: one body
    join_generic_bodies(zip(names.first, names.type, names.canonical, names.kb_id), kb, uf.find, uf.union)
    # "the Investigative Committee" in one article, "Russia's Investigative Committee" in another
    join_stateless_bodies(zip(names.first, names.type, names.canonical, names.kb_id), kb, uf.find, uf.union)
    join_iotated_places(zip(names.first, names.type, names.canonical, names.kb_id), uf.find, uf.union)
    # "the Caspian" / "the Caspian Sea"
    join_feature_heads(zip(names.first, names.type, names.canonical, names.kb_id), kb, uf.find, uf.union)
    join_modified_units(zip(names.first, names.key), uf.find, uf.union)
    # "Operation Mirador" in one report, "Mirador" (an EVENT) in another
    join_operation_titles(zip(names.first, names.type, names.tokens), uf.find, uf.union)
    join_year_accords(zip(names.first, names.type, names.tokens), uf.find, uf.union)
    # after the variants: the spellings of one full name are one candidate by then
    join_kunyas(zip(names.first, names.type, names.tokens, names.kb_id, names.canonical), uf.find, uf.union,
                lambda k, c: ambiguous_name(kb.entry(k), c), lambda i: _unlink(actors, uf, i))
    entities: list[Entity] = []
    counts: dict[str, tuple[int, int]] = {}
    eid_col = np.empty(len(actors), dtype=object)
    used: set[str] = set()
    roots, order, starts = resolve_groups.groups(p)
    bounds = [*starts.tolist(), len(order)]
    cols = None
    for g in range(len(roots)):
        members = order[bounds[g]:bounds[g + 1]]
        if len(members) >= resolve_groups.BULK and actors.mentions is None:
            if cols is None:
                cols = _columns(actors)
            entity, count = _entity(actors, members, kb, used, resolve_groups.summary(actors, members, *cols))
        else:
            entity, count = _entity(actors, members.tolist(), kb, used)
        entities.append(entity)
        counts[entity.id] = count
        eid_col[members] = entity.id
    eid_of = eid_col.tolist()
    docs, doc_col, local_col = actors.docs, actors.doc, actors.local
    if actors.mentions is None:
        mapping = EntityOf()
        bounds = [*actors.starts, len(actors)]
        for d, doc in enumerate(docs):
            lo, hi = bounds[d], bounds[d + 1]
            mapping.set_document(doc, local_col[lo:hi], eid_of[lo:hi])
        return Resolution(entities, mapping, counts)
    plain = {(docs[doc_col[a]], local_col[a]): eid for a, eid in enumerate(eid_of)}
    if decisions:
        forms = {(docs[doc_col[a]], local_col[a]): [m[3] for m in actors.mentions[a]] for a in range(len(actors))}
        entities = apply_decisions(entities, plain, decisions, forms)
        counts = {e.id: (len(e.mentions), len({m[0] for m in e.mentions})) for e in entities}
    return Resolution(entities, plain, counts)


def _columns(actors: _Actors) -> tuple[np.ndarray, ...]:
    """The actor columns ``resolve_groups.summary`` reads, as numpy arrays (no copies), and each
    document's rank among the documents' ids (spans are ordered by the id's text)."""
    rank = {d: i for i, d in enumerate(sorted(set(actors.docs)))}
    doc_rank = np.fromiter((rank[d] for d in actors.docs), dtype=np.int64, count=len(actors.docs))
    cols = [np.frombuffer(c, dtype=np.int32) if len(c) else np.zeros(0, dtype=np.int32)
            for c in (actors.name, actors.count, actors.doc)]
    return (*cols, doc_rank, *(np.frombuffer(c, dtype=np.int32) if len(c) else np.zeros(0, dtype=np.int32)
                               for c in (actors.form_text, actors.form_start, actors.form_end)))
