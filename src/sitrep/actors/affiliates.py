"""A group's provincial affiliate, named by the parent's name, a place and a head word:
"Islamic State – Khorasan Province", "the Islamic State's Sahel Province", "Islamic State Lake
Province".

The knowledge base matches the parent's name ("Islamic State") and stops where a dash or a
possessive breaks the words, so the affiliate was read as its parent, and two affiliates (or an
affiliate and the parent) became one actor. A known organisation followed (directly, over a
spaced dash, or over a possessive) by one to three capitalised words and a head word
(``affiliate_head`` in ``actor_cues.json``) is one organisation: the affiliate the knowledge base
lists under those words, or an unknown one of its own.
"""
from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge import load

from .cand import Cand
from .fold import Folded, light, name_key
from .kb import KnowledgeBase

_DASHES = frozenset(("-", "\u2013", "\u2014"))
_APOSTROPHES = frozenset(("'", "\u2019"))
_MAX_PLACE = 3
_PRIO = 40


@lru_cache(maxsize=1)
def affiliate_heads() -> frozenset[str]:
    """Light keys of the head words that close an affiliate's name ("Province")."""
    return frozenset(light(w) for e in load("actor_cues.json") if e.get("kind") == "affiliate_head"
                     for w in e.get("words", ()))


def affiliate_candidates(text: str, f: Folded, kb: KnowledgeBase, cands: list[Cand]) -> list[Cand]:
    """ORG candidates for affiliates named after a known organisation in ``cands``."""
    heads = affiliate_heads()
    words, lights, joined, n = f.words, f.lights, f.joined, len(f.words)
    if not heads or heads.isdisjoint(lights):
        return []
    out: list[Cand] = []
    for c in cands:
        if c.type != "ORG" or c.source != "kb" or c.j >= n:
            continue
        k = _after_parent(text, f, c.j)
        if k is None:
            continue
        end = k
        while end < n and end - k <= _MAX_PLACE and words[end][:1].isupper() and (end == k or joined[end] == 1):
            if lights[end] in heads and end > k:
                break
            end += 1
        if end >= n or end == k or lights[end] not in heads or joined[end] != 1 or not words[end][:1].isupper():
            continue
        j = end + 1
        if j < n and joined[j] == 1 and words[j][:1].isupper():
            continue                    # a longer name goes on: not this shape
        name = " ".join(words[c.i:c.j]) + " " + " ".join(words[k:j])
        known = [a.entry for a in kb.aliases(name_key(name))
                 if (kb.entry(a.entry) or {}).get("type") == "ORG"]
        kb_id = known[0] if len(set(known)) == 1 else None
        out.append(Cand(c.i, j, "ORG", "kb" if kb_id else "affiliate", _PRIO, kb_id=kb_id))
    return out


def _after_parent(text: str, f: Folded, j: int) -> int | None:
    """The first token of the place after a parent's name ending at token ``j``: the next word,
    or the one after a spaced dash ("Islamic State – Khorasan") or a possessive ("State's")."""
    words, joined = f.words, f.joined
    if joined[j] == 1:
        return j
    gap = text[f.ends[j - 1]:f.starts[j]]
    if joined[j] == 0 and gap.strip() in _DASHES and gap != gap.strip():
        return j
    if words[j] == "s" and gap in _APOSTROPHES and j + 1 < len(words) and joined[j + 1] == 1:
        return j + 1
    return None
