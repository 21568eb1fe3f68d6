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
try:                        # the parser of the stdlib engine (private: a missing one costs speed only)
    import re._constants as _sre
    import re._parser as _sre_parse
except ImportError:         # pragma: no cover
    _sre = _sre_parse = None
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from sitrep.knowledge import load
from sitrep.model import Mention, RelationFact
from sitrep.nlp.phrases import phrase_regex
from sitrep.relations_offices import (bodies_spoken_for, offices_alone, offices_of_states,
                                      offices_of_the_country, roles_of_pronouns)

__all__ = ["find_relations"]

_MAX_GAP = 90
_VERDICTS = 50_000          # screen verdicts kept per process
_START = attrgetter("start")
_END = attrgetter("end")
_CHAIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?", re.I)
# hyphenated modifiers ending the words before a name: "the government-linked but Iran-backed "
_MODIFIERS_END = re.compile(r"(?<=\s)(?:[\w’']+(?:-[\w’']+)+,?\s+(?:(?:but|and)\s+)?)+$")


@dataclass(frozen=True, slots=True)
class _Pattern:
    predicate: str
    person_predicate: str | None
    gap: re.Pattern
    after: re.Pattern | None
    before: re.Pattern | None     # anchored at the first mention's start: "the mayor of A, B"
    subject_is_a: bool
    subject_types: frozenset[str]
    object_types: frozenset[str]
    chain: bool


@dataclass(frozen=True, slots=True)
class _Compiled:
    patterns: tuple[_Pattern, ...]
    offices: frozenset[str]      # office titles, lower case, single-spaced
    longest: int                 # most words in one title
    last_words: frozenset[str]   # the last word of every title: a cheap first test
    by_first: dict               # first char of a gap -> (screen, patterns) that can start with it
    verdicts: dict               # gap -> whether the screen passes it (common gaps recur)
    national: frozenset[str]     # titles that, unplaced, belong to the document's country
    modifier_after: re.Pattern   # a noun right after a name that makes the name a modifier
    anaphoric: re.Pattern | None # "its spokesman X": a role of an organisation named before


def _office_alt(offices: list[str]) -> str:
    """Any office title, its words apart by blanks or hyphens."""
    return "(?:" + phrase_regex((" ".join(re.split(r"[\s\-]+", o.lower().strip())) for o in offices),
                                space=r"[\s\-]+") + ")"


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
        before = e.get("before", "").replace("{OFFICE}", office) or None
        patterns.append(_Pattern(
            e["predicate"], e.get("person_predicate"), re.compile(gap, re.I),
            re.compile(after, re.I) if after else None,
            re.compile(before, re.I) if before else None, e.get("subject", "A") == "A",
            frozenset(e.get("subject_types", ())), frozenset(e.get("object_types", ())),
            bool(e.get("chain"))))
    titles = frozenset(_title_key(o) for o in offices)
    national = frozenset(_title_key(o) for e in entries for o in e.get("national_offices", ()))
    nouns = [n for e in entries for n in e.get("modifier_nouns", ())]
    # lower case only: a capitalised word after a name is more of the name ("UN Mission")
    modifier = re.compile(r"-[A-Za-z]" + (r"|\s+(?:" + "|".join(map(re.escape, nouns)) + r")\b" if nouns else ""))
    anaphoric = [e["anaphoric"] for e in entries if "anaphoric" in e]
    return _Compiled(tuple(patterns), titles,
                     max((len(t.split()) for t in titles), default=1),
                     frozenset(t.rsplit(" ", 1)[-1] for t in titles), {}, {}, national, modifier,
                     re.compile("|".join(f"(?:{a})" for a in anaphoric), re.I) if anaphoric else None)


def _title_key(title: str) -> str:
    return " ".join(title.lower().replace("-", " ").split())


_SPACE = "\\s"       # marks a first set holding every white space character
_ANY = None


def _first_chars(items) -> tuple[frozenset | None, bool]:
    """The characters a match of the parsed expression ``items`` can start with (None: any), and
    whether it can match the empty string. Over-approximates (both cases of every letter, any
    char for constructs it does not read), so it only ever rules out what cannot match."""
    first: set = set()
    for op, av in items:
        if op is _sre.LITERAL:
            ch = chr(av)
            f, nullable = {ch, ch.lower(), ch.upper()}, False
        elif op is _sre.IN:
            f, nullable = _class_chars(av), False
        elif op is _sre.BRANCH:
            f, nullable = set(), False
            for sub in av[1]:
                sf, sn = _first_chars(sub)
                if sf is _ANY:
                    return _ANY, True
                f |= sf
                nullable = nullable or sn
        elif op is _sre.SUBPATTERN:
            f, nullable = _first_chars(av[-1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            f, nullable = _first_chars(av[2])
            nullable = nullable or av[0] == 0
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue              # zero width: the next item starts the match
        else:
            return _ANY, True
        if f is _ANY:
            return _ANY, True
        first |= f
        if not nullable:
            return frozenset(first), False
    return frozenset(first), True


def _class_chars(items) -> set | None:
    out: set = set()
    for op, av in items:
        if op is _sre.LITERAL:
            out |= {chr(av), chr(av).lower(), chr(av).upper()}
        elif op is _sre.RANGE and av[1] - av[0] < 256:
            out |= {c for x in range(av[0], av[1] + 1) for c in (chr(x), chr(x).lower(), chr(x).upper())}
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_SPACE:
            out.add(_SPACE)
        else:
            return _ANY
    return out


def _for_first(comp: _Compiled, ch: str) -> tuple[re.Pattern | None, tuple[_Pattern, ...]]:
    """The screen and the patterns for gaps starting with ``ch`` ("" for the empty gap): only
    the patterns that can start with it (most gaps start with a blank or a comma, and most
    patterns with one of them only; Python's engine tries every branch of an alternation)."""
    if ch not in comp.by_first:
        alts = []
        for p in comp.patterns:
            try:
                first, nullable = _first_chars(_sre_parse.parse(p.gap.pattern, re.I))
            except Exception:                   # noqa: BLE001 - unreadable: keep the pattern
                first, nullable = _ANY, True
            if nullable or first is _ANY or ch in first or (_SPACE in first and ch.isspace()):
                alts.append(p)
        screen = re.compile(_screen_pattern([p.gap.pattern for p in alts]), re.I) if alts else None
        comp.by_first[ch] = (screen, tuple(alts))
    return comp.by_first[ch]


def _screened(comp: _Compiled, gap: str) -> tuple[_Pattern, ...]:
    """The patterns to try on ``gap``: none when the screen rejects it (most gaps)."""
    ch = gap[:1]
    screen, patterns = comp.by_first[ch] if ch in comp.by_first else _for_first(comp, ch)
    verdict = comp.verdicts.get(gap)
    if verdict is None:
        verdict = screen is not None and screen.fullmatch(gap) is not None
        if len(comp.verdicts) >= _VERDICTS:
            comp.verdicts.clear()
        comp.verdicts[gap] = verdict
    return patterns if verdict else ()


def _screen_pattern(gaps: list[str]) -> str:
    # group names may repeat across patterns: the screen strips them
    return "|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', g)})" for g in gaps)


def find_relations(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[RelationFact]:
    """Every relation the text states between two of its actors, with the stretch stating it."""
    comp = _compiled()
    # by start, the longer first (two stable sorts with C-level keys)
    ms = [m for m in mentions if m.local >= 0]
    ms.sort(key=_END, reverse=True)
    ms.sort(key=_START)
    # nested mentions ("Iraq" inside "Iraqi Prime Minister ..."): keep the outer one
    flat: list[Mention] = []
    last_end = -1
    for m in ms:
        if m.start < last_end:
            continue
        flat.append(m)
        last_end = m.end
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

    # sentence of each mention, once: pairs never cross a sentence boundary
    # (0 and 1 both mean the first sentence: an offset before it belongs to it)
    sid = [bisect.bisect_right(starts, m.start) or 1 for m in flat] if sentences else None
    for i in range(len(flat) - 1):
        a_m, b_m = flat[i], flat[i + 1]
        if b_m.start - a_m.end > _MAX_GAP or (sid is not None and sid[i] != sid[i + 1]):
            continue
        # the neighbour first (inline: most pairs stop here), then past hyphenated modifiers
        gap = text[a_m.end:b_m.start]
        if gap[:1] == ")" and text[a_m.start - 1:a_m.start] == "(":
            gap = gap[1:]             # "the Popular Mobilization Forces (PMF), part of ..."
        patterns = _screened(comp, gap)
        if patterns and _match_pair(comp, text, flat, i, i + 1, gap, patterns, emit):
            continue
        if "-" not in gap and text[b_m.end:b_m.end + 1] != "-":
            continue
        for j, gap in _modified_partners(text, flat, i, gap):
            if sid is not None and sid[i] != sid[j]:
                break
            patterns = _screened(comp, gap)
            if patterns and _match_pair(comp, text, flat, i, j, gap, patterns, emit):
                break
    offices_alone(text, flat, comp.offices, comp.longest, comp.last_words, office_held, emit)
    if "spokes" in text:
        bodies_spoken_for(text, flat, emit)
    if comp.anaphoric is not None:
        roles_of_pronouns(text, flat, sid, starts, comp.anaphoric, emit)
    if office_held:
        out = offices_of_states(out, flat)
        out = offices_of_the_country(out, flat, comp.national, _title_key)
    out.sort(key=lambda r: (r.start, r.end))
    return out


def _modified_partners(text: str, flat: list[Mention], i: int, gap: str):
    """(index of a second mention, the words between) to try with ``flat[i]`` past hyphenated
    modifiers ("part of the government-linked but Iran-backed PMF", "president of the
    Baghdad-based Sumeria Foundation"), with the modifiers dropped from the words between.
    ``gap`` is the words between ``flat[i]`` and its neighbour, already tried as they stand."""
    a = flat[i]
    j = i + 1
    if "-" in gap:
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


def _match_pair(comp: _Compiled, text: str, flat: list[Mention], i: int, j: int, gap: str,
                patterns: tuple[_Pattern, ...], emit) -> bool:
    """Try the patterns, in order, on the mentions ``flat[i]``, ``flat[j]`` with ``gap`` between."""
    a_m, b_m = flat[i], flat[j]
    for p in patterns:
        gm = p.gap.fullmatch(gap)
        if not gm:
            continue
        am = p.after.match(text, b_m.end) if p.after else None
        if p.after and not am:
            continue
        bm = p.before.search(text, max(0, a_m.start - 100), a_m.start) if p.before else None
        if p.before and not bm:
            continue
        if not p.after and comp.modifier_after.match(text, b_m.end):
            continue              # "president of the Baghdad-based ...", "heads the UN mission"
        subj, obj = (a_m, b_m) if p.subject_is_a else (b_m, a_m)
        if subj.type not in p.subject_types or obj.type not in p.object_types:
            continue
        pred = p.person_predicate if p.person_predicate and subj.type == "PERSON" else p.predicate
        emit(subj, pred, obj.local, bm.start() if bm else a_m.start, am.end() if am else b_m.end,
             _office(gm, am, bm))
        if p.chain:
            _chain(text, flat, j, subj if p.subject_is_a else obj, pred, p, emit)
        return True
    return False


def _office(gm: re.Match, am: re.Match | None, bm: re.Match | None = None) -> str | None:
    for m in (gm, am, bm):
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


def forget_seen_gaps() -> None:
    """Drop the remembered screen verdicts (for benchmarks: repeated texts flatter the cache)."""
    _compiled().verdicts.clear()
