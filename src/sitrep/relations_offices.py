"""Relations read from a title or a role word next to one name, where the other side of the
relation is not named right there: "Prime Minister X" (holds_office, polity unknown),
"army spokesman X" (the one army the document names), "government spokesman X" (the government
of the one country the document names), and "Lebanese President X" (the state, not the demonym).

Split from ``relations`` (the gap patterns between two mentions); these run after them.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.model import Mention, RelationFact

__all__ = ["offices_alone", "bodies_spoken_for", "offices_of_states"]

_QUALIFIERS = frozenset(("former", "acting", "interim", "caretaker", "outgoing", "deputy"))
_RANKS = (r"(?:(?:lt|col|gen|maj|brig|capt|cmdr|sgt|lieutenant|colonel|major|general|brigadier|captain|"
          r"commander)\.?\s+){0,3}$")
# "army spokesman X", "Police spokesperson Lt. X": a body named by its head word alone;
# "government spokesman X": the government of the country the document is about
_BODY_SPOKESMAN = re.compile(
    r"\b(army|military|police|navy|air\s+force|government)\s+(?:chief\s+|official\s+|main\s+|senior\s+)?"
    r"spokes(?:man|woman|person),?\s+" + _RANKS, re.IGNORECASE)

Emit = Callable[[Mention, str, int, int, int, "str | None"], None]


def offices_of_states(facts: list[RelationFact], flat: list[Mention]) -> list[RelationFact]:
    """'Lebanese President X': the office is the state's, not the nationality's. A holds_office
    whose object is a demonym (NORP) points at the state the knowledge base gives for it, when
    the document names that state; otherwise it stays."""
    norp = {m.local: m.kb_id for m in flat if m.type == "NORP" and m.kb_id}
    if not norp or not any(f.predicate == "holds_office" and f.object in norp for f in facts):
        return facts
    from sitrep.actors.kb import KnowledgeBase      # the process's KB, built once already
    kb = KnowledgeBase.default()
    local_of = {m.kb_id: m.local for m in flat if m.kb_id and m.type == "GPE"}
    out = []
    for f in facts:
        if f.predicate == "holds_office" and f.object in norp:
            state = (kb.entry(norp[f.object]) or {}).get("demonym_of")
            if state in local_of:
                f = RelationFact(f.subject, f.predicate, local_of[state], f.start, f.end, f.office)
        out.append(f)
    return out


def offices_alone(text: str, flat: list[Mention], offices: frozenset[str], longest: int,
                  last_words: frozenset[str], held: set[int], emit: Emit) -> None:
    """'Prime Minister X' with no polity named before the title: holds_office, object -1.

    The words right before the name are looked up in the set of titles (a dictionary look-up
    per name, not a regular expression over the text)."""
    for i, m in enumerate(flat):
        if m.type != "PERSON" or m.start in held or not m.start or not text[m.start - 1].isspace():
            continue
        window = text[max(0, m.start - 80):m.start]
        # every title ends with one of a few words: look at the last word before splitting more
        last = window.rsplit(None, 1)
        if not last or last[-1].lower().replace("-", " ").rsplit(" ", 1)[-1] not in last_words:
            continue
        words = window.split()[-(longest + 1):]
        found = None
        for k in range(min(len(words), longest), 0, -1):
            cand = " ".join(words[-k:]).lower().replace("-", " ")
            if cand in offices:
                found = k
                break
        if found is None:
            continue
        k = found
        if len(words) > k and words[-k - 1].lower() in _QUALIFIERS:
            k += 1
        start = m.start - len(window) + _nth_word_start(window, len(words) - k, words)
        # a mention right before the title names the polity: the gap patterns handle that case
        # (not past a comma: "Speaking in Yerevan, Defence Minister X")
        if i and flat[i - 1].end >= start - 4 and "," not in text[flat[i - 1].end:start]:
            continue
        emit(m, "holds_office", -1, start, m.end, " ".join(text[start:m.start].split()))


def bodies_spoken_for(text: str, flat: list[Mention], emit: Emit) -> None:
    """"army spokesman X": spokesperson_of the one body of the document whose name ends in that
    head word ("the Nigerian Army"); "government spokesman X": of the one government, or else
    the one country, the document names. With none, or several, nothing is said."""
    for i, m in enumerate(flat):
        if m.type != "PERSON" or m.start < 10:
            continue
        hit = _BODY_SPOKESMAN.search(text, max(0, m.start - 90), m.start)
        if hit is None or (i and flat[i - 1].end > hit.start()):
            continue
        head = " ".join(hit.group(1).lower().split())
        if head == "government":
            bodies = _governments(flat)
        else:
            bodies = {o.local for o in flat if o.type == "ORG" and o.local != m.local
                      and " ".join(o.text.lower().split()).endswith(head)}
        if len(bodies) == 1:
            emit(m, "spokesperson_of", bodies.pop(), hit.start(), m.end, None)


def _governments(flat: list[Mention]) -> set[int]:
    """The actors a bare "government" can mean here: the governments the document names, or,
    naming none, its countries (a country entry has a capital and a government)."""
    from sitrep.actors.kb import KnowledgeBase      # the process's KB, built once already
    kb = KnowledgeBase.default()
    govs: set[int] = set()
    countries: set[int] = set()
    for o in flat:
        if not o.kb_id or o.type not in ("ORG", "GPE"):
            continue
        e = kb.entry(o.kb_id) or {}
        if o.type == "ORG" and o.kb_id.startswith("government-of-"):
            govs.add(o.local)
        elif o.type == "GPE" and e.get("capital") and e.get("government"):
            countries.add(o.local)
    return govs or countries


def _nth_word_start(window: str, n: int, words: list[str]) -> int:
    """Offset in ``window`` of ``words[n]`` (``words`` are the last words of ``window``)."""
    pos = len(window)
    for w in reversed(words[n:]):
        pos = window.rfind(w, 0, pos)
    return pos
