"""A fast, exact fullmatch for whole-line rules of the shape ``.{m,n}TAIL`` (captions, notices).

``re.fullmatch`` of ``.{0,400}\\b(?:getty images|/afp|...)\\s*\\.?`` takes the greedy prefix
and then backs off one character at a time, trying the tail at every split: some 10 µs on a
400-character prose line, and prose lines that hold a gate keyword ("photo", "published") are
common. When every match of the tail starts with a literal string (the tail opens with literals,
or with alternatives that each do), the tail can only start where one of those strings occurs:
``str.find`` lists those places and the tail is tried, anchored to the line's end, at each one
within the prefix's bounds. The answer is the regex's own: the tail is matched by the same regex
engine, on the whole line (so ``\\b`` sees the character before it). Lines the shortcut cannot
judge exactly (a line break inside; under IGNORECASE a character that folds onto ASCII) go to
the full regex.
"""
from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

from sitrep.clean.prefilter import folds_to_ascii

_PREFIX = re.compile(r"\.\{(\d*),(\d+)\}")


class TailRule:
    """``fullmatch(text)`` answers as ``regex.fullmatch(text)`` would, for a ``.{m,n}TAIL`` rule."""

    __slots__ = ("regex", "tail", "lo", "hi", "starts", "fold")

    def __init__(self, regex: re.Pattern[str], tail: re.Pattern[str], lo: int, hi: int,
                 starts: tuple[str, ...], fold: bool) -> None:
        self.regex, self.tail, self.lo, self.hi, self.starts, self.fold = regex, tail, lo, hi, starts, fold

    def fullmatch(self, text: str) -> bool:
        if "\n" in text:
            return self.regex.fullmatch(text) is not None
        hay = text
        if self.fold:
            hay = text.lower()
            # a start is found in the lower-cased line only if lower() keeps every offset and no
            # character outside ASCII matches an ASCII one under IGNORECASE ("ſ" matches "s")
            if not folds_to_ascii(text):
                return self.regex.fullmatch(text) is not None
        hi = min(self.hi, len(text))
        match = self.tail.match
        for start in self.starts:
            i = hay.find(start, self.lo)
            while 0 <= i <= hi:
                if match(text, i):
                    return True
                i = hay.find(start, i + 1)
        return False


def _leading_literals(seq) -> str:
    run = []
    for op, av in seq:
        if op is not sre.LITERAL:
            break
        run.append(chr(av))
    return "".join(run)


def _tail_starts(tail: str, flags: int) -> tuple[str, ...] | None:
    """Literal strings one of which every match of ``tail`` starts with, or None."""
    try:
        items = list(sre_parse.parse(tail, flags))
    except re.error:
        return None
    while items and items[0][0] is sre.AT:           # \b, ^: zero width, the tail starts after
        items.pop(0)
    if not items:
        return None
    op, av = items[0]
    if op is sre.LITERAL:
        starts = [_leading_literals(items)]
    elif op is sre.BRANCH:
        starts = [_leading_literals(list(alt)) for alt in av[1]]
    else:
        return None
    if not all(starts) or not all(s.isascii() for s in starts):
        return None
    fold = bool(flags & re.IGNORECASE)
    # a shorter start found first makes a longer one that begins with it redundant
    starts = sorted({s.lower() if fold else s for s in starts}, key=len)
    kept: list[str] = []
    for s in starts:
        if not any(s.startswith(k) for k in kept):
            kept.append(s)
    return tuple(kept)


def tail_rule(regex: re.Pattern[str]) -> TailRule | None:
    """The shortcut for a rule ``.{m,n}TAIL`` whose tail starts with literals; None otherwise."""
    pattern, flags = regex.pattern, regex.flags & ~re.UNICODE
    m = _PREFIX.match(pattern)
    if not m or flags & (re.DOTALL | re.MULTILINE | re.VERBOSE | re.LOCALE):
        return None
    try:
        top = list(sre_parse.parse(pattern, flags))
    except re.error:
        return None
    # the prefix must be the first item of the whole pattern: no top-level "|" ("A|B")
    if not top or top[0][0] is not sre.MAX_REPEAT or list(top[0][1][2]) != [(sre.ANY, None)]:
        return None
    tail = pattern[m.end():]
    starts = _tail_starts(tail, flags)
    if starts is None:
        return None
    lo, hi = int(m.group(1) or 0), int(m.group(2))
    try:
        anchored = re.compile(f"(?:{tail})\\Z", flags)
    except re.error:
        return None
    return TailRule(regex, anchored, lo, hi, starts, bool(flags & re.IGNORECASE))
