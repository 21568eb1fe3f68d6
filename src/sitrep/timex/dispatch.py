"""The time grammar narrowed to the rules that can start with a given character.

The combined pattern of :mod:`sitrep.timex.grammar` is one alternation of some 25 rules tried in
order, so a match at "Friday" first walks through every rule before "wd". Which characters a
rule can start with follows from its parsed form; for each ASCII character we compile the
alternation of only those rules, in the same order and with the same group names. A rule left out
cannot match there, so the first alternative that matches, and with it every group, is the same
as with the full pattern. Non-ASCII characters (case folding beyond ASCII, Unicode digits) keep
the full pattern.
"""
from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from .grammar import RULES, pattern, rule_bodies

_ASCII = [chr(i) for i in range(128)]
_ANY = None                       # "may start with any character"


def _fold(chars: set[str], icase: bool) -> set[str]:
    if not icase:
        return chars
    out = set(chars)
    for c in chars:
        out |= {x for x in _ASCII if x.lower() == c.lower() or x.upper() == c.upper()}
    return out


def _in_set(items: list, icase: bool) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE:
            out |= {chr(i) for i in range(av[0], min(av[1], 127) + 1)}
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out |= set("0123456789")
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            out |= {x for x in _ASCII if x.isspace()}
        else:                                    # negation, word class...: anything
            return _ANY
    return _fold({c for c in out if c < "\x80"}, icase)


def _first(seq, icase: bool) -> tuple[set[str] | None, bool]:
    """The ASCII characters a parsed sequence may start with (None: any) and whether it may be empty."""
    out: set[str] = set()
    for op, av in seq:
        nullable = False
        if op is C.LITERAL:
            f: set[str] | None = _fold({chr(av)}, icase)
        elif op is C.IN:
            f = _in_set(av, icase)
        elif op is C.BRANCH:
            f, nullable = set(), False
            for sub in av[1]:
                sf, sn = _first(sub, icase)
                if sf is _ANY:
                    return _ANY, False
                f |= sf
                nullable = nullable or sn
        elif op is C.SUBPATTERN:
            _, add, dele, sub = av
            f, nullable = _first(sub, (icase or bool(add & C.SRE_FLAG_IGNORECASE))
                                 and not dele & C.SRE_FLAG_IGNORECASE)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            f, nullable = _first(av[2], icase)
            nullable = nullable or av[0] == 0
        elif op is C.ATOMIC_GROUP:
            f, nullable = _first(av, icase)
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            f, nullable = set(), True            # zero width: look at what follows
        else:
            return _ANY, False
        if f is _ANY:
            return _ANY, False
        out |= f
        if not nullable:
            return out, False
    return out, True


@lru_cache(maxsize=1)
def _rule_firsts() -> dict[str, set[str] | None]:
    out = {}
    for name, body in rule_bodies().items():
        f, nullable = _first(_parser.parse(body).data, False)
        out[name] = _ANY if nullable else f
    return out


@lru_cache(maxsize=None)
def _compiled(names: tuple[str, ...]) -> re.Pattern[str] | None:
    return pattern(names) if names else None


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    firsts = _rule_firsts()
    return {c: tuple(n for n, _ in RULES if firsts[n] is _ANY or c in firsts[n])  # type: ignore[operator]
            for c in _ASCII}


# character -> its narrowed pattern (None: no rule can start there), filled on first use: a dict
# hit per call, where hashing the tuple of rule names for the compiled-pattern cache cost more
# than the match itself
_BY_CHAR: dict[str, re.Pattern[str] | None] = {}


def pattern_at(text: str, pos: int) -> re.Pattern[str] | None:
    """The grammar narrowed to the rules that may match at ``text[pos]`` (None: none can).
    Patterns are compiled on first use of a character."""
    c = text[pos] if pos < len(text) else ""
    try:
        return _BY_CHAR[c]
    except KeyError:
        pass
    names = _table().get(c)
    pat = _BY_CHAR[c] = pattern() if names is None else _compiled(names)
    return pat
