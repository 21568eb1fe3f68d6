"""Relations read from a title or a role word next to one name, where the other side of the
relation is not named right there: "Prime Minister X" (holds_office, polity unknown),
"army spokesman X" (the one army the document names), "government spokesman X" (the government
of the one country the document names), and "Lebanese President X" (the state, not the demonym).

"Its spokesman X" / "the group's commander X": the organisation named just before. "Foreign
Minister X" with no polity named: the document's country, when one clearly dominates.

Split from ``relations`` (the gap patterns between two mentions); these run after them.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sitrep.model import Mention, RelationFact

__all__ = ["offices_alone", "bodies_spoken_for", "offices_of_states", "offices_of_the_country",
           "roles_of_pronouns"]

_QUALIFIERS = frozenset(("former", "acting", "interim", "caretaker", "outgoing", "deputy"))
_RANKS = (r"(?:(?:lt|col|gen|maj|brig|capt|cmdr|sgt|sr|comr|commr|insp|supt|adj|lieutenant|colonel|major|"
          r"general|brigadier|captain|commander|senior|commissioner|inspector|superintendent)\.?\s+){0,4}$")
# "army spokesman X", "Police spokesperson Lt. X": a body named by its head word alone;
# "government spokesman X": the government of the country the document is about
_BODY_SPOKESMAN = re.compile(
    r"\b(army|military|police|navy|air\s+force|task\s+force|government)\s+(?:chief\s+|official\s+|main\s+|senior\s+)?"
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


_POLITY_TYPES = frozenset(("GPE", "ORG", "NORP"))
_DATELINE_GAP = re.compile(r"[,()\u2013\u2014]|\s-\s")


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
        # a polity right before the title names it: the gap patterns handle that case (not past
        # a comma, "Speaking in Yerevan, Defence Minister X", nor a dateline's dash or an
        # outlet's bracket, "KABUL (Mountain Wire) - Interior Minister X")
        if i and flat[i - 1].end >= start - 4 and flat[i - 1].type in _POLITY_TYPES \
                and not _DATELINE_GAP.search(text, flat[i - 1].end, start):
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


# actors a pronoun can stand for; places and facilities are looked past
_ACTOR_TYPES = frozenset(("ORG", "GPE", "NORP", "PERSON"))
_ANAPHOR_WINDOW = 120
_ANTECEDENT_REACH = 400
# what may stand before the subject of a clause: "But the", "On Monday, the"
_SUBJECT_LEAD = re.compile(r"[\s\W]*(?:(?:but|and|meanwhile|however|instead|separately|later)\b,?\s*)?"
                           r"(?:(?:on|late\s+on|early\s+on|in\s+a\s+statement)\s+\w+(?:\s+\w+)?,\s*)?"
                           r"(?:the\s+)?", re.I)
_POSSESSOR = re.compile(r"['’]s?\s+")


def roles_of_pronouns(text: str, flat: list[Mention], sid: list[int] | None, starts: list[int],
                      anaphoric: re.Pattern, emit: Emit) -> None:
    """"its spokesman, X" / "the group's commander X": spokesperson_of / leader_of the nearest
    actor named before, when that actor is an organisation in the same or the previous sentence
    and the subject of its clause (a nearer country or person, or an organisation in object
    position, "the army killed rebels of the Front. Its commander": nothing is said)."""
    for i, m in enumerate(flat):
        if m.type != "PERSON" or not i:
            continue
        hit = anaphoric.search(text, max(0, m.start - _ANAPHOR_WINDOW, flat[i - 1].end), m.start)
        if hit is None:
            continue
        k = i - 1
        while k >= 0 and flat[k].type not in _ACTOR_TYPES:
            k -= 1
        if k < 0:
            continue
        ante = flat[k]
        if ante.type != "ORG" or ante.local == m.local or hit.start() - ante.end > _ANTECEDENT_REACH \
                or (sid is not None and sid[i] - sid[k] > 1):
            continue
        clause = starts[sid[k] - 1] if sid is not None and starts else 0
        clause = max(clause, text.rfind(";", clause, ante.start) + 1, text.rfind(":", clause, ante.start) + 1)
        head = text[clause:ante.start]
        if k and flat[k - 1].start >= clause and _POSSESSOR.fullmatch(text, flat[k - 1].end, ante.start):
            head = text[clause:flat[k - 1].start]     # "Machar's SPLM-IO denies ..."
        if not _SUBJECT_LEAD.fullmatch(head):
            continue
        emit(m, "spokesperson_of" if hit.group("spokes") else "leader_of", ante.local,
             hit.start(), m.end, None)


def offices_of_the_country(facts: list[RelationFact], flat: list[Mention], national: frozenset[str],
                           key: Callable[[str], str]) -> list[RelationFact]:
    """"Foreign Minister X" with no polity named: the office of the document's country, the state
    it names (by name or demonym) more than half again as often as any other. A person the
    knowledge base places in a country holds the office of that country, if the document names
    it, or of none. Local offices (mayor, governor) and unknown titles stay unplaced."""
    if not any(f.object == -1 and f.office and _national(f.office, national, key) for f in facts):
        return facts
    from sitrep.actors.kb import KnowledgeBase      # the process's KB, built once already
    kb = KnowledgeBase.default()
    counts: dict[str, int] = {}
    local_of: dict[str, int] = {}
    for o in flat:
        if not o.kb_id:
            continue
        e = kb.entry(o.kb_id) or {}
        if o.type == "GPE" and e.get("capital") and e.get("government"):
            state = o.kb_id
            local_of[state] = o.local
        elif o.type == "NORP" and e.get("demonym_of"):
            state = e["demonym_of"]
            local_of.setdefault(state, o.local)
        else:
            continue
        counts[state] = counts.get(state, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    home = None
    if ranked and (len(ranked) == 1 or ranked[0][1] * 2 > ranked[1][1] * 3):
        home = ranked[0][0]
    elif not ranked:
        home = _seat_of_government(flat, kb, local_of)
    person_kb = {m.local: m.kb_id for m in flat if m.type == "PERSON" and m.kb_id}
    out = []
    for f in facts:
        if f.object == -1 and f.office and _national(f.office, national, key):
            own = (kb.entry(person_kb[f.subject]) or {}).get("country") if f.subject in person_kb else None
            state = own or home
            if state in local_of:
                f = RelationFact(f.subject, f.predicate, local_of[state], f.start, f.end, f.office)
        out.append(f)
    return out


def _seat_of_government(flat: list[Mention], kb: Any, local_of: dict[str, int]) -> str | None:
    """A document that never names its country but has one capital as its dateline ("JUBA -")
    or names it more than once:
    the capital stands for its state, as "Kabul said" does, so an unplaced national office is
    that state's. The capital's mention takes the state's place in ``local_of``; a capital is
    the usual stand-in for its state ("Kabul said"), and the country itself is not named to point
    at. Other cities are left: a city
    names where a story happens, not whose minister speaks."""
    seats: dict[str, list[int]] = {}       # state -> [capital's local, times named, dateline]
    for o in flat:
        if o.type != "GPE" or not o.kb_id:
            continue
        state = (kb.entry(o.kb_id) or {}).get("capital_of")
        if state:
            seat = seats.setdefault(state, [o.local, 0, 0])
            seat[1] += 1
            seat[2] |= o.start < 3
    if len(seats) != 1:
        return None
    state, (local, times, dateline) = next(iter(seats.items()))
    if not dateline and times < 2:
        # one passing "Speaking in Yerevan" may be a visitor's stop, not the story's seat
        return None
    local_of[state] = local
    return state


def _national(office: str, national: frozenset[str], key: Callable[[str], str]) -> bool:
    words = key(office).split()
    if words and words[0] in _QUALIFIERS:
        words = words[1:]
    return " ".join(words) in national
