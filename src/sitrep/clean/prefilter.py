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
from functools import lru_cache

import ahocorasick
from re import _casefix
from re import _constants as sre
from re import _parser as sre_parse   # the parsed pattern: exact widths and literals

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@lru_cache(maxsize=1024)
def parse_pattern(pattern: str, flags: int) -> sre_parse.SubPattern:
    """The parsed pattern, parsed once: each gate (width, keywords, characters, heads) reads the
    same tree and none changes it, and parsing was most of the rule table's start-up. A pattern
    that fails to parse raises on every call (exceptions are not cached)."""
    return sre_parse.parse(pattern, flags)


@dataclass(frozen=True, slots=True)
class Keywords:
    """Every fullmatch of the rule contains one of ``words``; with ``fold`` (a case-insensitive
    rule) the words are lower-case ASCII (or caseless) and the test holds for lines that
    ``folds_to_ascii``."""

    words: tuple[str, ...]
    fold: bool


def max_width(pattern: str, flags: int) -> int | None:
    """The most characters the pattern can match; None when unbounded or unknown."""
    try:
        hi = parse_pattern(pattern, flags).getwidth()[1]
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    return None if hi >= sre_parse.MAXREPEAT else int(hi)


def _best(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two valid keyword sets, the more selective one (longer shortest word, then fewer)."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _required(seq, scoped: list[bool] | None = None) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence ``seq`` contains; None if unknown.

    All items of a sequence match, so a run of consecutive literals anywhere in it is required,
    and so is what a branch (one of its alternatives' sets), a group or a repeat of at least
    one requires. A group that only turns case-insensitive matching on (``(?i:pic|photo)``)
    requires its strings in some case: when one is looked into, True is appended to ``scoped``
    (the caller then compares every string case-folded)."""
    best: frozenset[str] | None = None
    fallback: frozenset[str] | None = None
    run: list[str] = []
    for op, av in list(seq) + [(None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op is sre.AT:                # zero width: the literals around it stay adjacent
            continue
        if run:
            best = _best(best, frozenset(["".join(run)]))
            # literals right before alternatives that each open with literals ("/(?:AFP|AP|
            # Reuters)"): each joined to an alternative's opening is required, and "/ap" is far
            # rarer in prose than "ap"
            branch = _branch_of(op, av)
            if branch is not None:
                prefixes = [_literal_prefix(alt) for alt in branch]
                if all(prefixes):
                    best = _best(best, frozenset("".join(run) + prefix for prefix in prefixes))
            run = []
        found: frozenset[str] | None = None
        if op is sre.BRANCH:
            sets = [_required(alt, scoped) for alt in av[1]]
            if all(s is not None for s in sets):
                found = frozenset().union(*sets)
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:    # no inline flag changes
            found = _required(av[3], scoped)
        elif op is sre.SUBPATTERN and not av[1] and av[2] == re.IGNORECASE:
            # a case-sensitive group (``(?-i:Photo|Video)``) requires its strings as written:
            # found as written, they are in the case-folded line too
            found = _required(av[3], scoped)
        elif op is sre.SUBPATTERN and av[1] == re.IGNORECASE and not av[2] and scoped is not None:
            found = _required(av[3], scoped)
            if found is not None:
                scoped.append(True)
        elif op is sre.ATOMIC_GROUP:
            found = _required(av, scoped)
        elif op in _REPEATS and av[0] >= 1:
            item = list(av[2])
            if len(item) == 1 and item[0][0] is sre.LITERAL:     # " {2,}": "  " is required
                found = frozenset([chr(item[0][1]) * min(av[0], 8)])
            else:
                found = _required(av[2], scoped)
        elif op is sre.IN:
            # a class of single characters is weak evidence (a hyphen is in much prose): only
            # when the sequence requires nothing else
            fallback = fallback or _literal_set(av)
        best = _best(best, found)
    return best if best is not None else fallback


# characters of most prose lines: a class holding one ("[.:]", "[-–—]") tells no line apart
_PROSE_CHARS = frozenset(" .,;:!?'\"’‘“”()-")


def _literal_set(items) -> frozenset[str] | None:
    """The characters of a class of a few rare literal characters ("[|·•]"): one of them is in
    every match (a negated class, a range, a category, a letter or prose punctuation: None)."""
    if len(items) > 8 or any(op is not sre.LITERAL for op, _ in items):
        return None
    chars = frozenset(chr(av) for _, av in items)
    return None if any(c.isalnum() or c in _PROSE_CHARS for c in chars) else chars


def _branch_of(op, av) -> list | None:
    """The alternatives of a branch item (or of a plain group holding only a branch), else None."""
    if op is sre.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1:
        op, av = av[3][0]
    return list(av[1]) if op is sre.BRANCH else None


def _literal_prefix(seq) -> str:
    """The literals every match of ``seq`` opens with (zero-width items skipped)."""
    out = []
    for op, av in seq:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is not sre.AT:
            break
    return "".join(out)


def _caseless_or_ascii(c: str) -> bool:
    """An ASCII character, or one that case-insensitive matching cannot pair with another ("©")."""
    if c.isascii():
        return True
    extra = {chr(k) for k, v in _casefix._EXTRA_CASES.items() for k in (k, *v)}
    return c.lower() == c == c.upper() and c not in extra


def rule_keywords(pattern: str, flags: int) -> Keywords | None:
    """The literal strings of which every fullmatch of the pattern contains one, or None."""
    try:
        parsed = parse_pattern(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & re.LOCALE:
        return None
    scoped: list[bool] = []
    words = _required(parsed, scoped)
    if not words or "" in words:
        return None
    # a string required in any case (a scoped ``(?i:...)``) is found only case-folded; a string
    # required as written is in the folded line too, so the whole set may be compared folded
    fold = bool(parsed.state.flags & re.IGNORECASE) or bool(scoped)
    if fold:
        if not all(_caseless_or_ascii(c) for w in words for c in w):
            return None                 # "K" (Kelvin) matches "k": the ASCII test would be wrong
        words = frozenset(w.lower() for w in words)
    return Keywords(tuple(sorted(words, key=len)), fold)


# The only characters outside ASCII that an ASCII character matches under IGNORECASE (İ, ı, ſ and
# the Kelvin sign; ``tests/clean/test_chrome_tails.py`` checks the whole of Unicode). In a line
# without them, lower() keeps every offset and an ASCII keyword is found in the lower-cased line
# exactly where the case-insensitive rule would see it, whatever else (“quotes”, é) it holds.
LOOKALIKES = "\u0130\u0131\u017f\u212a"


def folds_to_ascii(text: str) -> bool:
    """Whether ``text.lower()`` shows every case-insensitive match of ASCII keywords in ``text``."""
    return text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text)


# characters a gate may require: ASCII punctuation has no case variants, so a case-insensitive
# rule requires the very character too, and most prose lines lack "(", "/", ":" or "|"
GATE_CHARS = frozenset(chr(c) for c in range(33, 127) if not chr(c).isalnum())


def _chars_required(seq) -> set[str]:
    """Characters of ``GATE_CHARS`` that every match of the parsed sequence contains."""
    found: set[str] = set()
    for op, av in seq:
        if op is sre.LITERAL:
            if chr(av) in GATE_CHARS:
                found.add(chr(av))
        elif op is sre.SUBPATTERN and not av[1]:    # punctuation has no case: any del-flags
            found |= _chars_required(av[3])
        elif op is sre.ATOMIC_GROUP:
            found |= _chars_required(av)
        elif op in _REPEATS and av[0] >= 1:
            found |= _chars_required(av[2])
        elif op is sre.BRANCH:
            found |= set.intersection(*[_chars_required(alt) for alt in av[1]])
    return found


def required_chars(pattern: str, flags: int) -> frozenset[str]:
    """Punctuation characters that every fullmatch of the pattern contains (maybe none)."""
    try:
        parsed = parse_pattern(pattern, flags)
    except re.error:
        return frozenset()
    if parsed.state.flags & re.LOCALE:
        return frozenset()
    return frozenset(_chars_required(parsed))


def _automaton(words: dict[str, int]) -> ahocorasick.Automaton | None:
    if not words:
        return None
    auto = ahocorasick.Automaton()
    for word, rules in words.items():
        auto.add_word(word, rules)
    auto.make_automaton()
    return auto


class KeywordGate:
    """Which of a list of rules may match a line: one Aho-Corasick pass finds the keywords in it,
    instead of one substring test per keyword and rule. Rules are bits of an int (bit i: rule i)."""

    def __init__(self, keywords: Sequence[Keywords | None]):
        self.always = sum(1 << i for i, k in enumerate(keywords) if k is None)
        self.folding = sum(1 << i for i, k in enumerate(keywords) if k is not None and k.fold)
        self.exact_rules = sum(1 << i for i, k in enumerate(keywords) if k is not None and not k.fold)
        folded: dict[str, int] = {}
        exact: dict[str, int] = {}
        for i, k in enumerate(keywords):
            if k is not None:
                for word in k.words:
                    table = folded if k.fold else exact
                    table[word] = table.get(word, 0) | 1 << i
        self.folded, self.exact = _automaton(folded), _automaton(exact)
        # lines joined by "\n" may be searched in one pass when no keyword spans a line break
        self.batchable = not any("\n" in word for word in folded)

    def exact_mask(self, text: str) -> int:
        """The case-sensitive rules whose keywords ``text`` holds."""
        found = 0
        if self.exact is not None:
            for _, rules in self.exact.iter(text):
                found |= rules
        return found

    def folded_hits(self, lowered: str):
        """(end offset, rules) of every case-folded keyword in lower-cased ASCII text."""
        return self.folded.iter(lowered) if self.folded is not None else iter(())

    def mask(self, text: str, wanted: int = -1) -> int:
        """The keyed rules whose keywords ``text`` holds (text with an ASCII look-alike: every
        folding rule);
        an automaton runs only when ``wanted`` holds one of its rules."""
        found = 0
        if self.exact is not None and wanted & self.exact_rules:
            for _, rules in self.exact.iter(text):
                found |= rules
        if self.folded is not None and wanted & self.folding:
            if folds_to_ascii(text):
                for _, rules in self.folded.iter(text.lower()):
                    found |= rules
            else:
                found |= self.folding
        return found

    def candidates(self, text: str) -> list[int]:
        """Indices, in order, of the rules that may fullmatch ``text`` (a superset of those that do)."""
        found = self.always | self.mask(text)
        return [i for i in range(found.bit_length()) if found >> i & 1]
