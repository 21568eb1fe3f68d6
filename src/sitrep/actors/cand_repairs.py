"""Repairs to the candidate mentions before overlaps are settled.

- a person's name with a quoted nickname inside gets one candidate (``nicknames``);
- a person shape that opens with an organisation's head word lost that word to the name: in
  "Commander-in-Chief of the Armed Forces Mohammed Shia al-Sudani" the run reads "Forces Mohammed
  ...", so the longest candidate would be a person called "Forces ..." and beat the real name;
- an organisation's name may end with a direction after its head ("Joint Task Force Central",
  "Regional Command South"), which the head-word shapes do not read as a name;
- a run a person cue found ("The Commander of Dalvar Operations, Maj. Gen. X, said") that ends
  with a word no personal name ends with ("Operations") names an organisation.
"""
from __future__ import annotations

from functools import lru_cache
from bisect import bisect_left

from sitrep.knowledge import load

from .cand import Cand
from .cues import Cues
from .fold import Folded, light
from .kb import KnowledgeBase
from .nicknames import nickname_names

_SHAPES = frozenset(("name-shape", "person-cue", "given-name", "name-particle"))


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    for e in load("actor_cues.json"):
        if e.get("kind") == "person_shape_tails":
            return frozenset(light(w) for w in e.get("words", ()))
    return frozenset()


def repair_candidates(text: str, f: Folded, cues: Cues, kb: KnowledgeBase, cands: list[Cand],
                      keys: dict[tuple[int, int], str]) -> list[Cand]:
    """``cands`` with the nickname names added and the person shapes above trimmed or retyped;
    ``keys``: merge keys by token span, which the nickname names add to."""
    cands = cands + nickname_names(text, f, cues, kb, cands, keys) + _directed_orgs(text, f, cues)
    tails = _tails()
    heads = cues.head_words
    L = f.lights
    out: list[Cand] = cands
    for n, c in enumerate(cands):
        if c.type != "PERSON" or c.source not in _SHAPES or c.kb_id:
            continue
        if L[c.j - 1] in tails:
            c.type, c.source = "ORG", "org-head"
            continue
        i = c.i
        while i < c.j and L[i] in heads and f.words[i][:1].isupper():
            i += 1
        if i == c.i:
            continue
        if out is cands:
            out = list(cands)
        # a name of two words at least stays after the head words; one word alone is no name
        out[n] = Cand(i, c.j, c.type, c.source, c.prio) if c.j - i >= 2 else Cand(c.i, c.i, c.type, "dropped", -1)
    if out is not cands:
        out = [c for c in out if c.j > c.i]
    return out


_DIRECTIONS = frozenset(("central", "centre", "center", "north", "south", "east", "west", "northeast",
                         "northwest", "southeast", "southwest"))
_CAPITALISED = tuple(d.capitalize() for d in _DIRECTIONS)
_MAX_NAME = 6


def _directed_orgs(text: str, f: Folded, cues: Cues) -> list[Cand]:
    """ORG candidates "X Head Direction": a capitalised direction right after an organisation's
    head word, at the end of a capitalised stretch."""
    # the capitalised directions are found by C-level finds over the text, no pass over tokens
    hits = []
    for d in _CAPITALISED:
        p = text.find(d)
        while p != -1:
            hits.append(p)
            p = text.find(d, p + len(d))
    if not hits:
        return []
    L, words, joined, starts = f.lights, f.words, f.joined, f.starts
    n = len(words)
    out: list[Cand] = []
    for p in hits:
        k = bisect_left(starts, p)
        if k == 0 or k >= n or starts[k] != p or L[k] not in _DIRECTIONS or joined[k] != 1:
            continue
        if k + 1 < n and joined[k + 1] and words[k + 1][:1].isupper():
            continue                  # "Central Bank", "North Kivu": the direction opens a name
        head = cues.org_heads.match_before(L, k)
        if not head:
            continue
        a = k - head
        while a > 0 and k - a < _MAX_NAME and joined[a] and words[a - 1][:1].isupper() \
                and L[a - 1] not in ("the", "a"):
            a -= 1
        out.append(Cand(a, k + 1, "ORG", "org-head", 40))
    return out
