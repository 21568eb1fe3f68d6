"""What "the group" (or "the militia", "the faction") stands for: the armed group the story is
about, never a state's body or an international mission that was named after it ("fighters of the
UPC carried out the ambush, MINUSCA chief X said ... The group rejected the accusation": the UPC).
A body is a state's or a mission when the knowledge base puts it, through ``part_of``, under a
government or under an organisation of states (the UN, the AU). The anaphors and those
organisations are data (``group_anaphors``, ``intergovernmental_bodies`` of ``event_cues.json``)."""
from __future__ import annotations

from bisect import bisect_left
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
