"""What "the group" (or "the militia", "the faction") stands for: the armed group the story is
about, never a state's body or an international mission that was named after it ("fighters of the
UPC carried out the ambush, MINUSCA chief X said ... The group rejected the accusation": the UPC).
A body is a state's or a mission when the knowledge base puts it, through ``part_of``, under a
government or under an organisation of states (the UN, the AU). The anaphors and those
organisations are data (``group_anaphors``, ``intergovernmental_bodies`` of ``event_cues.json``)."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from sitrep.events.lexicon import lexicon
from sitrep.model import Mention


def is_group_anaphor(word: str) -> bool:
    return word in lexicon().words.get("group_anaphors", ())


@lru_cache(maxsize=4096)
def _official(kb_id: str) -> bool:
    from sitrep.actors.kb import KnowledgeBase     # the process's knowledge base, loaded once
    kb = KnowledgeBase.default()
    bodies = lexicon().words.get("intergovernmental_bodies", frozenset())
    if kb_id in bodies:
        return True
    seen = {kb_id}
    todo = [kb_id]
    while todo:
        e = kb.entry(todo.pop()) or {}
        for r in e.get("relations", ()):
            if r.get("predicate") != "part_of":
                continue
            up = r.get("object") or ""
            if up.startswith("government-of-") or up in bodies:
                return True
            if up not in seen:
                seen.add(up)
                todo.append(up)
    return False


def official(m: Mention) -> bool:
    """Whether ``m`` is a state's body or an international mission: never "the group". (A country
    reached as the last subject is left alone: re-resolving it folds the group's act into a
    reply's event in the merge, which costs more than it gains.)"""
    return m.type == "ORG" and bool(m.kb_id) and _official(m.kb_id)


def armed_group(doc: list[Mention], before: int) -> Mention | None:
    """The last organisation named before ``before`` that is no official body, or None."""
    k = bisect_left([m.start for m in doc], before)
    for m in reversed(doc[:k]):
        if m.type == "ORG" and m.end <= before and not official(m):
            return m
    return None


@lru_cache(maxsize=1)
def _members_next() -> re.Pattern:
    """A member noun right after a possessive pronoun: "its fighters", "their armed men"."""
    words = sorted(lexicon().words.get("member_nouns", ()), key=len, reverse=True) or ["(?!x)x"]
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:" + alt + r")\b", re.I)


# the owner may sit in a phrase naming whose spokesman spoke ("a spokesman of the X said its
# fighters"): "of"/"for" before it keeps it; "on/against/with X" names the other side
_OWNER_PREP = re.compile(r"(?<![\w-])(?:of|for|from)\s+(?:the\s+)?$", re.I)


def possessor(text: str, lo: int, pron_start: int, pron_end: int, before: Sequence[Mention]) -> Mention | None:
    """The body a possessive "its"/"their" before a member noun stands for ("X said its fighters
    killed ...": X acted through its fighters, whatever the document's last subject was): the
    nearest organisation named before it in the sentence (from ``lo``), a speaker's body in an "of"
    phrase included; None when the pronoun owns no member noun or no organisation stands before it.
    ``before``: the sentence's mentions, in order."""
    if _members_next().match(text, pron_end) is None:
        return None
    for m in reversed(before):
        if m.end > pron_start:
            continue
        if m.start < lo:
            break
        if m.type != "ORG":
            continue
        if _PREP_WORD.search(text, max(lo, m.start - 12), m.start) and not _OWNER_PREP.search(text, max(lo, m.start - 12), m.start):
            continue                       # "an attack on X; its fighters": X's side is not told
        return m
    return None


_PREP_WORD = re.compile(r"(?<![\w-])(?:on|against|with|at|in|to|into|near|by|toward|towards|over|between|and)\s+(?:the\s+)?$", re.I)


# "the government", "the regime": a state's body; the last subject an armed group is never it
# ("Fano fighters seized the town ... The government declared a state of emergency")
_STATE_ANAPHORS = frozenset({"the government", "the regime", "the administration", "the ministry", "the kingdom"})
_STATE_HEADS = re.compile(r"\b(?:government|ministry|ministries|council|administration|presidency|cabinet|parliament|"
                          r"assembly|authorit(?:y|ies)|junta|regime|state|kingdom|republic|office|department|commission)\b", re.I)


def unfit_for_state(word: str, m: Mention) -> bool:
    """Whether the state anaphor ``word`` cannot stand for ``m``: an organisation that is no
    state's body (by the knowledge base or by its own name's head words)."""
    return word in _STATE_ANAPHORS and m.type == "ORG" and not official(m) and _STATE_HEADS.search(m.text) is None
