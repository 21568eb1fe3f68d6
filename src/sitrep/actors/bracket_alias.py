"""A known name and another name of the same body in brackets after it: "the General Security
Service (Shabak)", "the Special Deterrence Force (Rada)".

The bracket says the two are one. When the words in brackets are also a name the knowledge base
gives the body before them (the words alone chose another entry: "Shabak" is also a people of
Nineveh, and the matcher keeps one type per hit), they take that body, and the two are linked.
A bracket naming a body the KB does not list under the first one is left as it is (a place or
an outlet in brackets, "Hamas (Gaza)", says where or who, not another name).
"""
from __future__ import annotations

from .fold import Folded
from .kb import KnowledgeBase
from .match import Cand


def bracket_aliases(text: str, f: Folded, chosen: list[Cand], kb: KnowledgeBase) -> list[tuple[int, int]]:
    """(name, bracketed name) index pairs into ``chosen``; the bracketed one is re-linked, in place,
    to the first one's entry when the KB lists its words under that entry."""
    if "(" not in text:
        return []
    by_start = {c.i: k for k, c in enumerate(chosen)}
    starts, ends = f.starts, f.ends
    out: list[tuple[int, int]] = []
    for k, c in enumerate(chosen):
        if not c.kb_id or c.j >= len(starts):
            continue
        gap = text[ends[c.j - 1]:starts[c.j]]
        if gap.strip() != "(":
            continue
        o = by_start.get(c.j)
        if o is None:
            continue
        d = chosen[o]
        if d.j > len(ends) or text[ends[d.j - 1]:ends[d.j - 1] + 1] != ")" or d.kb_id == c.kb_id:
            continue
        deep = " ".join(f.deeps[d.i:d.j])
        if not any(a.entry == c.kb_id for a in kb.aliases(deep)):
            continue
        d.kb_id, d.type, d.alts, d.amb, d.partial = c.kb_id, c.type, (), False, False
        out.append((k, o))
    return out
