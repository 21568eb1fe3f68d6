"""A one-word surname of a known person that the text only spells like it.

Folding vowels and doubled letters lets "Minnawi" find the known Minni Minawi, but the same
folding finds the known Esmail Qaani in a "Qani" who is an Afghan ministry spokesman, the known
Gebran Bassil in a Gaza civil-defence officer "Basal", or a general in a town. A bare surname is
weak evidence, a respelled one weaker still: across the scored sets most such links were wrong.
So a one-word alias of a KB person matched only by folding keeps its link when the document
otherwise points at that person: it names them by a listed spelling or a longer listed name
("Mohamed Hamdan Dagalo ... Hemetti"), or it has one of their given names ("Minni"). Without
such a cue the candidate is dropped, so the word is read as the text's own name (a person the
name shapes find, a place the gazetteer knows).
"""
from __future__ import annotations

from .cand import Cand
from .fold import Folded, fold_text
from .kb import KnowledgeBase

_ARTICLES = frozenset(("al", "el", "the"))


def drop_folded_surnames(f: Folded, kb: KnowledgeBase, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the folded-only one-word person links the document gives no cue for."""
    weak: list[Cand] = []
    firm: set[str] = set()
    for c in cands:
        if c.kb_id is None or c.type != "PERSON" or c.source != "kb":
            continue
        if _one_core_word(f, c) and f.light_span(c.i, c.j) not in _names(kb, c.kb_id)[0]:
            weak.append(c)
        else:
            firm.add(c.kb_id)
    if not weak:
        return cands
    deeps: set[str] | None = None
    drop: list[Cand] = []
    for c in weak:
        if c.kb_id in firm:
            continue
        if deeps is None:
            deeps = set(f.deeps)
        if deeps & _names(kb, c.kb_id)[1]:
            continue
        drop.append(c)
    if not drop:
        return cands
    gone = set(map(id, drop))
    return [c for c in cands if id(c) not in gone]


def _one_core_word(f: Folded, c: Cand) -> bool:
    return sum(1 for k in range(c.i, c.j) if f.lights[k] not in _ARTICLES) == 1


_NAMES: dict[tuple[int, str], tuple[frozenset[str], frozenset[str]]] = {}


def _names(kb: KnowledgeBase, kb_id: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the light keys of the entry's listed names, the deep keys of its given names: every word
    but the last of a multi-word listed name, articles left out), computed once per entry."""
    key = (id(kb), kb_id)
    got = _NAMES.get(key)
    if got is None:
        e = kb.entry(kb_id) or {}
        lights, given = set(), set()
        for n in (e.get("name") or "", *(e.get("aliases") or ())):
            fo = fold_text(n)
            lights.add(fo.light_text.strip())
            core = [d for d in fo.deeps if d not in _ARTICLES]
            given.update(core[:-1])
        got = _NAMES[key] = (frozenset(lights), frozenset(given))
    return got
