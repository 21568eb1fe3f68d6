"""A state's body named by its demonym or possessive: "the Palestinian health ministry", "the Iraqi
interior ministry", "Sudan's Health Ministry".

Written in lower case, or as generic words after a country, such a body is no shape a capitalised
run yields: the demonym alone became a NORP and the ministry was lost, so a claim or a quote the
ministry made had no body to credit. The demonym (or the country with its possessive), one to three
domain words ("health", "foreign", "public health") and a head word ("ministry") are one ORG, the
way a listed "Lebanon's Health Ministry" is: the nationality or country is no actor of its own
there, and a mention inside another would compete with the body for the claim or the quote.

Heads beyond "ministry" ("administration", "service", "council", "regional government" ...) widen
lowercase bodies only ("Azerbaijan's presidential administration", "the Amhara regional
government"), never the state's own government ("Mali's military government": the state's).
"""
from __future__ import annotations

from functools import lru_cache

from sitrep.knowledge import load

from .cues import Cues
from .fold import Folded, deep_key
from .kb import KnowledgeBase
from .match import Cand

_APOSTROPHES = frozenset(("'", "’", "ʼ"))
_NOT_DOMAIN = frozenset(("the", "of", "and", "to", "in", "on", "for", "de", "a", "an"))
_MAX_DOMAIN = 3
# domain words that still name the state's one government ("federal", "military"), unlike
# "regional" or "provincial", which name another body
_NATIONAL_GOV = frozenset(("federal", "national", "central", "military"))
_GOV_HEADS = frozenset(("government", "administration"))
_OLD_HEADS = frozenset(("ministry",))


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(w.casefold() for e in load("actor_cues.json") if e.get("kind") == "national_body_head"
                     for w in e.get("words", ()))


def national_bodies(text: str, f: Folded, chosen: list[Cand], kb: KnowledgeBase, cues: Cues) -> list[Cand]:
    """Widen a demonym (or a country's possessive) followed by domain words and a head word into
    the ORG they name; the candidates the widened body covers give way to it."""
    heads = _heads()
    L = f.lights
    n = len(L)
    if not heads or heads.isdisjoint(L):
        return chosen
    domain = cues.generic - _NOT_DOMAIN
    out: list[Cand] = []
    covered: dict[int, int] = {}          # token -> end of the body that covers it
    for c in chosen:
        if c.type not in ("NORP", "GPE") or c.j >= n:
            continue
        k = c.j
        # the possessive's "s" is a token of its own ("Sudan" "s" "Health"), after an apostrophe
        possessive = L[k] == "s" and text[f.ends[k - 1]:f.starts[k]] in _APOSTROPHES and k + 1 < n
        if possessive:
            k += 1
        elif c.type != "NORP" or f.joined[k] != 1:
            continue
        m = k
        while m < n and m - k < _MAX_DOMAIN and L[m] in domain and f.joined[m] == 1:
            m += 1
        # a head that is also a domain word ("government") ends the body when no head follows
        # it: "the Malian military government" as well as "the Iraqi government media office"
        if (m >= n or L[m] not in heads) and m > k + 1 and L[m - 1] in heads:
            m -= 1
        if m == k or m >= n or L[m] not in heads or f.joined[m] != 1 or not _same_case(f, k, m + 1):
            continue
        # the heads beyond "ministry" widen lowercase bodies only: a capitalised "State Border
        # Service" is a name the shapes find, and a body the knowledge base knows without its
        # state ("National Security Council") is matched by the KB path; widening either here
        # would hide it behind a new name
        if L[m] not in _OLD_HEADS and (f.capb.count(1, k, m + 1) or _known_org(kb, text[f.starts[k]:f.ends[m]])):
            continue
        # "Mali's military government", "the Iraqi federal government" are the state's own
        # government, which the KB names and the events credit through the state; only another
        # body ("the Amhara regional government", "Azerbaijan's presidential administration")
        # is widened
        if L[m] in _GOV_HEADS and _NATIONAL_GOV.issuperset(L[k:m]):
            continue
        kb_id = _listed(kb, text[f.starts[c.i]:f.ends[m]])
        body = Cand(c.i, m + 1, "ORG", "org-national", c.prio, kb_id=kb_id)
        out.append(body)
        for t in range(c.i, m + 1):
            covered[t] = m + 1
    if not out:
        return chosen
    # the demonym (or country) and any generic "Health Ministry" candidate are the body now
    kept = [c for c in chosen if not any(t in covered for t in range(c.i, c.j))]
    return sorted(kept + out, key=lambda x: (x.i, -x.j))


def _known_org(kb: KnowledgeBase, name: str) -> bool:
    """Whether some KB organisation (one or several: each state has its "State Border Service")
    is named ``name``."""
    return any(kb.entries[a.entry].get("type") == "ORG" for a in kb.aliases(deep_key(name)))


def _same_case(f: Folded, i: int, j: int) -> bool:
    """Domain words and head all lower case ("health ministry") or all capitalised ("Health
    Ministry"): a mixed run is a sentence's words, not a name."""
    caps = f.capb.count(1, i, j)
    return caps == 0 or caps == j - i


def _listed(kb: KnowledgeBase, name: str) -> str | None:
    ids = {a.entry for a in kb.aliases(deep_key(name)) if kb.entries[a.entry].get("type") == "ORG"}
    return ids.pop() if len(ids) == 1 else None
