"""Finding candidate time expressions fast: trigger words first, the full grammar only near them.

Running the whole grammar at every word of an article costs milliseconds; almost every word
cannot start a time expression. Every expression contains a *trigger* (a month or weekday
name, a unit such as "week", a part of the day, "today", a year or "4th"), found with one
Aho-Corasick pass. From each trigger we walk back
over words that may open an expression ("late", "the following", "two", "mid-") and try the
grammar anchored at those starts, earliest first.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .dispatch import pattern_at
from .grammar import groups
from .words import lexicon

# words that may stand before a trigger inside one expression
_OPENERS = ("the that this last next past previous coming current following preceding same "
            "subsequent prior early late mid earlier later overnight on in of hours end start beginning "
            "middle half first second and to through a an few several couple pair single recent")
_SKIP = frozenset(" \t-–,/.")
_MAX_OPENERS = 6


@dataclass(slots=True)
class Raw:
    """A grammar match: the rule, its groups, and its span."""

    rule: str
    g: dict[str, str | None]
    start: int
    end: int


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick.Automaton, frozenset[str]]:
    lex = lexicon()
    cased = set(lex.months) | set(lex.weekdays)
    plain = (set(lex.deictic) | set(lex.units) | set(lex.parts_of_day) | {"weekend", "weekends"}
             | set(lex.span_units) | set(lex.year_parts))
    auto = ahocorasick.Automaton()
    # keys in every spelling we accept, so the text need not be lower-cased first; month and
    # weekday names only Capitalised or UPPER ("may", "march", "sun" in lower case are words)
    for w in cased | plain:
        forms = {w[:1].upper() + w[1:], w.upper()} | ({w} if w in plain else set())
        for form in forms:
            auto.add_word(form, (len(w), "word"))
    # digits ride on the same pass (a digit regex over the whole text costs more than all of this):
    # "19"/"20" open a year, "4th" is a day of the month
    for prefix in ("19", "20"):
        auto.add_word(prefix, (2, "year"))
    for d in range(10):
        for suffix in ("st", "nd", "rd", "th"):
            auto.add_word(f"{d}{suffix}", (3, "ordinal"))
    auto.make_automaton()
    openers = set(_OPENERS.split()) | set(lex.numbers) | set(lex.ordinals) | set(lex.relative)
    openers |= {w for phrase in lex.vague for w in phrase.split()} | set(lex.year_parts)
    return auto, frozenset(openers)


def triggers(text: str) -> list[tuple[int, int]]:
    """Spans of triggers, in text order."""
    auto, _ = _automaton()
    n = len(text)
    out: list[tuple[int, int]] = []
    for last, (length, kind) in auto.iter(text):
        s, e = last - length + 1, last + 1
        if kind == "year":
            e = s + 4
            if (s and text[s - 1].isdigit()) or not text[s:e].isdigit() or (e < n and text[e].isdigit()):
                continue
        elif kind == "ordinal":
            s = e - 3
            while s > 0 and text[s - 1].isdigit():
                s -= 1
            if e - s > 4 or (e < n and text[e].isalnum()):
                continue
        elif (s and text[s - 1].isalnum()) or (e < n and text[e].isalnum()):
            continue
        out.append((s, e))
    out.sort()
    return out


def _starts(text: str, pos: int, floor: int, openers: frozenset[str]) -> list[int]:
    """``pos`` and the starts of the opener words right before it, earliest first."""
    starts = [pos]
    i = pos
    while len(starts) <= _MAX_OPENERS:
        j = i
        while j > floor and text[j - 1] in _SKIP:
            j -= 1
        k = j
        while k > floor and text[k - 1].isalnum():
            k -= 1
        if k == j:
            break
        word = text[k:j].lower()
        if not (word in openers or (word.isdigit() and len(word) <= 2)
                or (word[-2:] in ("st", "nd", "rd", "th") and word[:-2].isdigit())):
            break
        starts.append(k)
        i = k
    starts.reverse()
    return starts


def scan(text: str) -> list[Raw]:
    """Every grammar match that covers a trigger; non-overlapping, in text order."""
    _, openers = _automaton()
    found: list[Raw] = []
    last_end = 0
    for s, e in triggers(text):
        if s < last_end:
            continue
        for start in _starts(text, s, max(last_end, s - 80), openers):
            pat = pattern_at(text, start)
            m = pat.match(text, start) if pat is not None else None
            if m and m.end() >= e:
                rule, g = groups(m)
                found.append(Raw(rule, g, m.start(), m.end()))
                last_end = m.end()
                break
    return found
