"""Relations a document states between its actors: member_of, part_of, backed_by,
spokesperson_of, leader_of, holds_office (with the office), allied_with.

    find_relations(text, sentences, mentions) -> list[RelationFact]

The patterns are data (``knowledge/relation_patterns.json``): each says what the words between two
neighbouring mentions of one sentence must be ("X, spokesperson for Y", "Y-backed X", "Iraqi Prime
Minister X"), optionally what must follow the second ("X, an Iran-backed group"), and which
mention is the subject. One combined expression screens every gap first, so the per-pattern
matching runs only on the few gaps that can match.

A title right before a person's name with no country or organisation named ("Prime Minister X")
gives holds_office with ``object == -1``: the office is known, its holder's polity is not.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.knowledge import load
from sitrep.model import Mention, RelationFact

__all__ = ["find_relations"]

_MAX_GAP = 90
_CHAIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?", re.I)
# hyphenated modifiers ending the words before a name: "the government-linked but Iran-backed "
_MODIFIERS_END = re.compile(r"(?<=\s)(?:[\w’']+(?:-[\w’']+)+,?\s+(?:(?:but|and)\s+)?)+$")
# a name used as a modifier: "Baghdad-based", "Iran-backed"
_MODIFIER_AFTER = re.compile(r"-[A-Za-z]")
_QUALIFIERS = frozenset(("former", "acting", "interim", "caretaker", "outgoing", "deputy"))


@dataclass(frozen=True, slots=True)
class _Pattern:
    predicate: str
    person_predicate: str | None
    gap: re.Pattern
    after: re.Pattern | None
    subject_is_a: bool
    subject_types: frozenset[str]
    object_types: frozenset[str]
    chain: bool


@dataclass(frozen=True, slots=True)
class _Compiled:
    patterns: tuple[_Pattern, ...]
    screen: re.Pattern           # any gap of any pattern
    offices: frozenset[str]      # office titles, lower case, single-spaced
    longest: int                 # most words in one title


def _office_alt(offices: list[str]) -> str:
    parts = sorted(set(offices), key=len, reverse=True)
    return "(?:" + "|".join(r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", o))
                            for o in parts) + ")"


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    entries = load("relation_patterns.json")
    offices = [o for e in entries for o in e.get("offices", ())]
    office = _office_alt(offices)
    patterns = []
    for e in entries:
        if "predicate" not in e:
            continue
        gap = e["gap"].replace("{OFFICE}", office)
        after = e.get("after", "").replace("{OFFICE}", office) or None
        patterns.append(_Pattern(
            e["predicate"], e.get("person_predicate"), re.compile(gap, re.I),
            re.compile(after, re.I) if after else None, e.get("subject", "A") == "A",
            frozenset(e.get("subject_types", ())), frozenset(e.get("object_types", ())),
            bool(e.get("chain"))))
    # group names may repeat across patterns: the screen strips them
    screen = "|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.gap.pattern)})" for p in patterns)
    titles = frozenset(" ".join(o.lower().replace("-", " ").split()) for o in offices)
    return _Compiled(tuple(patterns), re.compile(screen, re.I), titles,
                     max((len(t.split()) for t in titles), default=1))


def _span_sentence(starts: list[int], sentences: list[tuple[int, int]], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1) if sentences else 0


def find_relations(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[RelationFact]:
    """Every relation the text states between two of its actors, with the stretch stating it."""
    comp = _compiled()
    ms = sorted((m for m in mentions if m.local >= 0), key=lambda m: (m.start, -m.end))
    # nested mentions ("Iraq" inside "Iraqi Prime Minister ..."): keep the outer one
    flat: list[Mention] = []
    for m in ms:
        if flat and m.start < flat[-1].end:
            continue
        flat.append(m)
    starts = [s for s, _ in sentences]
    out: list[RelationFact] = []
    seen: set[tuple] = set()
    office_held: set[int] = set()           # mention starts already given a holds_office

    def emit(subj: Mention, pred: str, obj_local: int, a: int, b: int, office: str | None) -> None:
        if subj.local == obj_local:
            return
        key = (subj.local, pred, obj_local, office, a, b)
        if key not in seen:
            seen.add(key)
            out.append(RelationFact(subj.local, pred, obj_local, a, b, office))
            if pred == "holds_office":
                office_held.add(subj.start)

    for i in range(len(flat) - 1):
        a_m = flat[i]
        for j, gap in _partners(text, flat, i):
            b_m = flat[j]
            if sentences and _span_sentence(starts, sentences, a_m.start) != _span_sentence(starts, sentences, b_m.start):
                break
            if comp.screen.fullmatch(gap) and _match_pair(text, flat, i, j, gap, comp, emit):
                break
    _offices_alone(text, flat, comp, office_held, emit)
    out.sort(key=lambda r: (r.start, r.end))
    return out


def _partners(text: str, flat: list[Mention], i: int):
    """(index of a second mention, the words between) to try with ``flat[i]``: its neighbour, and
    past hyphenated modifiers ("part of the government-linked but Iran-backed PMF", "president of
    the Baghdad-based Sumeria Foundation") with the modifiers dropped from the words between."""
    a = flat[i]
    j = i + 1
    if flat[j].start - a.end > _MAX_GAP:
        return
    gap = text[a.end:flat[j].start]
    if gap.startswith(")") and text[a.start - 1:a.start] == "(":
        gap = gap[1:]             # "the Popular Mobilization Forces (PMF), part of ..."
    yield j, gap
    stripped = _MODIFIERS_END.sub("", gap)
    if stripped != gap:
        yield j, stripped
    k = j
    while k + 1 < len(flat) and text[flat[k].end:flat[k].end + 1] == "-" \
            and flat[k + 1].start - a.end <= _MAX_GAP:
        k += 1
    if k > j:
        gap = text[a.end:flat[k].start]
        stripped = _MODIFIERS_END.sub("", gap)
        if stripped != gap:
            yield k, stripped


def _match_pair(text: str, flat: list[Mention], i: int, j: int, gap: str, comp: _Compiled, emit) -> bool:
    """Try every pattern on the mentions ``flat[i]``, ``flat[j]`` with ``gap`` between them."""
    a_m, b_m = flat[i], flat[j]
    for p in comp.patterns:
        gm = p.gap.fullmatch(gap)
        if not gm:
            continue
        am = p.after.match(text, b_m.end) if p.after else None
        if p.after and not am:
            continue
        if not p.after and _MODIFIER_AFTER.match(text, b_m.end):
            continue              # "president of the Baghdad-based ...": Baghdad only modifies
        subj, obj = (a_m, b_m) if p.subject_is_a else (b_m, a_m)
        if subj.type not in p.subject_types or obj.type not in p.object_types:
            continue
        pred = p.person_predicate if p.person_predicate and subj.type == "PERSON" else p.predicate
        emit(subj, pred, obj.local, a_m.start, am.end() if am else b_m.end, _office(gm, am))
        if p.chain:
            _chain(text, flat, j, subj if p.subject_is_a else obj, pred, p, emit)
        return True
    return False


def _office(gm: re.Match, am: re.Match | None) -> str | None:
    for m in (gm, am):
        if m is not None and "office" in m.re.groupindex and m.group("office"):
            return " ".join(m.group("office").split())
    return None


def _chain(text: str, flat: list[Mention], j: int, fixed: Mention, pred: str, p: _Pattern, emit) -> None:
    """'part of Y and Z', 'Iran-backed groups such as Y and Z': the same relation for every
    listed actor; ``fixed`` is the side that stays (the subject, or the object of a B-subject
    pattern)."""
    while j + 1 < len(flat):
        cur, nxt = flat[j], flat[j + 1]
        if nxt.local == cur.local and text[cur.end:nxt.start].strip() == "(":
            j += 1                # the list goes on after an acronym: "Forces (PMF) and the ..."
            continue
        if not _CHAIN.fullmatch(text, cur.end + (text[cur.end:cur.end + 1] == ")"), nxt.start):
            return
        if p.subject_is_a:
            if nxt.type not in p.object_types:
                return
            emit(fixed, pred, nxt.local, fixed.start, nxt.end, None)
        else:
            if nxt.type not in p.subject_types:
                return
            emit(nxt, pred, fixed.local, fixed.start, nxt.end, None)
        j += 1


def _offices_alone(text: str, flat: list[Mention], comp: _Compiled, held: set[int], emit) -> None:
    """'Prime Minister X' with no polity named before the title: holds_office, object -1.

    The words right before the name are looked up in the set of titles (a dictionary look-up
    per name, not a regular expression over the text)."""
    for i, m in enumerate(flat):
        if m.type != "PERSON" or m.start in held or not m.start or not text[m.start - 1].isspace():
            continue
        window = text[max(0, m.start - 80):m.start]
        words = window.split()[-(comp.longest + 1):]
        found = None
        for k in range(min(len(words), comp.longest), 0, -1):
            cand = " ".join(words[-k:]).lower().replace("-", " ")
            if cand in comp.offices:
                found = k
                break
        if found is None:
            continue
        k = found
        if len(words) > k and words[-k - 1].lower() in _QUALIFIERS:
            k += 1
        start = m.start - len(window) + _nth_word_start(window, len(words) - k, words)
        # a mention right before the title names the polity: the gap patterns handle that case
        if i and flat[i - 1].end >= start - 4:
            continue
        emit(m, "holds_office", -1, start, m.end, " ".join(text[start:m.start].split()))


def _nth_word_start(window: str, n: int, words: list[str]) -> int:
    """Offset in ``window`` of ``words[n]`` (``words`` are the last words of ``window``)."""
    pos = len(window)
    for w in reversed(words[n:]):
        pos = window.rfind(w, 0, pos)
    return pos
