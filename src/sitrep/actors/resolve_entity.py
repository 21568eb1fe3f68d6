"""Building one corpus entity from its joined doc-local actors: its id, canonical name, type,
aliases in first-span order and (when kept) its sorted mentions. Split from ``resolve``, which
decides which actors join; this module only describes a finished group.
"""
from __future__ import annotations

import re
from collections import Counter

from sitrep.model import Entity, content_id

from .fold import light
from .kb import KnowledgeBase
from .resolve_table import _Actors


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", light(s)).strip("-")[:40] or "x"


def _entity(actors: _Actors, members, kb: KnowledgeBase,
            used: set[str], bulk: tuple | None = None) -> tuple[Entity, tuple[int, int]]:
    """The entity of ``members`` (actor numbers, ascending); ``bulk``: their summary from
    ``resolve_groups.summary`` (a crowded entity), else it is made here."""
    names, name_col, count = actors.names, actors.name, actors.count
    if bulk is not None:
        kb_id = bulk[0]
    else:
        kb_ids = [names.kb_id[name_col[a]] for a in members if names.kb_id[name_col[a]]]
        kb_id = Counter(kb_ids).most_common(1)[0][0] if kb_ids else None
    entry = kb.entry(kb_id) if kb_id else None
    if entry:
        name, typ = entry["name"], entry["type"]
        eid = kb_id
    else:
        if bulk is not None:
            name, name_words, typ = bulk[1], bulk[2], bulk[3]
        else:
            canon = Counter(names.canonical[name_col[a]] for a in members)
            words = {names.canonical[name_col[a]]: names.tokens[name_col[a]] for a in members}
            name = max(canon, key=lambda n: (len(words[n]), canon[n], n))
            name_words = words[name]
            types: Counter[str] = Counter()
            for a in members:
                types[names.type[name_col[a]]] += count[a]
            typ = types.most_common(1)[0][0]
        eid = f"x-{_slug(name)}-{content_id(typ, ' '.join(name_words))[:6]}"
    base, n = eid, 2
    while eid in used:
        eid = f"{base}-{n}"
        n += 1
    used.add(eid)
    docs, doc_col = actors.docs, actors.doc
    if bulk is not None:
        entity = Entity(id=eid, name=name, type=typ, aliases=bulk[4], mentions=[], kb_id=kb_id,
                        reviewed=entry is not None, qid=(entry or {}).get("qid"))
        return entity, (bulk[5], bulk[6])
    if actors.mentions is not None:
        mentions = _sorted_mentions([actors.mentions[a] for a in members], [docs[doc_col[a]] for a in members])
        aliases = list(dict.fromkeys(m[3] for m in mentions))
    else:
        mentions = []
        # the aliases in the order the sorted mentions would give them: by each form's first span
        best: dict[str, tuple[str, int, int]] = {}
        f_start, f_end, f_text, texts, more = (actors.form_start, actors.form_end, actors.form_text,
                                               actors.texts, actors.more)
        for a in members:
            doc = docs[doc_col[a]]
            s, e, t = f_start[a], f_end[a], texts[f_text[a]]
            seen = best.get(t)
            if seen is None or (doc, s, e) < seen:
                best[t] = (doc, s, e)
            if a in more:
                for t, (s, e) in more[a].items():
                    seen = best.get(t)
                    if seen is None or (doc, s, e) < seen:
                        best[t] = (doc, s, e)
        aliases = sorted(best, key=lambda t: (*best[t], t))
    total = sum(count[a] for a in members)
    entity = Entity(id=eid, name=name, type=typ, aliases=aliases, mentions=mentions, kb_id=kb_id,
                    reviewed=entry is not None, qid=(entry or {}).get("qid"))
    return entity, (total, len({doc_col[a] for a in members}))


def _sorted_mentions(lists: list[list[tuple[str, int, int, str]]],
                     docs: list[str]) -> list[tuple[str, int, int, str]]:
    """(doc, start, end, text) of every mention, sorted: a document at a time, so a big entity's
    million mentions are never compared across documents (a document's mentions come in order)."""
    by_doc: dict[str, list[tuple[str, int, int, str]]] = {}
    for doc, rows in zip(docs, lists):
        got = by_doc.get(doc)
        if got is None:
            by_doc[doc] = list(rows)
        else:
            got += rows
    out: list[tuple[str, int, int, str]] = []
    for doc in sorted(by_doc):
        rows = by_doc[doc]
        rows.sort()
        out += rows
    return out
