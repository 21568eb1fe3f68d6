"""Cheap necessary conditions for a whole-line regex, derived from the pattern itself.

Caption and notice rules read ``.{0,400}\\b(?:getty images|/afp|...)``: a fullmatch tries the
distinctive tail at every split of the leading ``.{m,n}`` (so does a search for the tail alone),
and most lines fail only after all of them. Every match must contain one of the tail's literal
strings, though, and a substring test (``in``, in C) rules most lines out at once. The full regex
still decides every line that passes, so a rule's result never changes.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick
from re import _casefix
from re import _constants as sre
from re import _parser as sre_parse   # the parsed pattern: exact widths and literals

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@dataclass(frozen=True, slots=True)
class Keywords:
    """Every fullmatch of the rule contains one of ``words``; with ``fold`` (a case-insensitive
    rule) the words are lower-case ASCII and the test holds for ASCII lines only."""

    words: tuple[str, ...]
    fold: bool


def max_width(pattern: str, flags: int) -> int | None:
    """The most characters the pattern can match; None when unbounded or unknown."""
    try:
        hi = sre_parse.parse(pattern, flags).getwidth()[1]
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    return None if hi >= sre_parse.MAXREPEAT else int(hi)


def _best(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two valid keyword sets, the more selective one (longer shortest word, then fewer)."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _required(seq) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence ``seq`` contains; None if unknown.

    All items of a sequence match, so a run of consecutive literals anywhere in it is required,
    and so is what a branch (one of its alternatives' sets), a group or a repeat of at least
    one requires."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in list(seq) + [(None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op is sre.AT:                # zero width: the literals around it stay adjacent
            continue
        if run:
            best = _best(best, frozenset(["".join(run)]))
            run = []
        found: frozenset[str] | None = None
        if op is sre.BRANCH:
            sets = [_required(alt) for alt in av[1]]
            if all(s is not None for s in sets):
                found = frozenset().union(*sets)
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:    # no inline flag changes
            found = _required(av[3])
        elif op is sre.ATOMIC_GROUP:
            found = _required(av)
        elif op in _REPEATS and av[0] >= 1:
            found = _required(av[2])
        best = _best(best, found)
    return best


def _caseless_or_ascii(c: str) -> bool:
    """An ASCII character, or one that case-insensitive matching cannot pair with another ("©")."""
    if c.isascii():
        return True
    extra = {chr(k) for k, v in _casefix._EXTRA_CASES.items() for k in (k, *v)}
    return c.lower() == c == c.upper() and c not in extra


def rule_keywords(pattern: str, flags: int) -> Keywords | None:
    """The literal strings of which every fullmatch of the pattern contains one, or None."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    fold = bool(parsed.state.flags & re.IGNORECASE)
    if parsed.state.flags & re.LOCALE:
        return None
    words = _required(parsed)
    if not words or "" in words:
        return None
    if fold:
        if not all(_caseless_or_ascii(c) for w in words for c in w):
            return None                 # "K" (Kelvin) matches "k": the ASCII test would be wrong
        words = frozenset(w.lower() for w in words)
    return Keywords(tuple(sorted(words, key=len)), fold)


def _automaton(words: dict[str, list[int]]) -> ahocorasick.Automaton | None:
    if not words:
        return None
    auto = ahocorasick.Automaton()
    for word, rules in words.items():
        auto.add_word(word, tuple(rules))
    auto.make_automaton()
    return auto


class KeywordGate:
    """Which of a list of rules may match a line: one Aho-Corasick pass finds the keywords in it,
    instead of one substring test per keyword and rule."""

    def __init__(self, keywords: Sequence[Keywords | None]):
        self.always = frozenset(i for i, k in enumerate(keywords) if k is None)
        self.folding = frozenset(i for i, k in enumerate(keywords) if k is not None and k.fold)
        folded: dict[str, list[int]] = {}
        exact: dict[str, list[int]] = {}
        for i, k in enumerate(keywords):
            if k is not None:
                for word in k.words:
                    (folded if k.fold else exact).setdefault(word, []).append(i)
        self.folded, self.exact = _automaton(folded), _automaton(exact)

    def candidates(self, text: str) -> list[int]:
        """Indices, in order, of the rules that may fullmatch ``text`` (a superset of those that do)."""
        hits = [rules for _, rules in self.exact.iter(text)] if self.exact is not None else []
        if self.folded is not None:
            if text.isascii():
                hits += [rules for _, rules in self.folded.iter(text.lower())]
            else:
                hits.append(self.folding)
        return sorted(self.always.union(*hits))
