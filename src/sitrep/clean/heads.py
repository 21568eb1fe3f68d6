"""The first few characters a whole-line regex can match: a gate tried before the regex.

"close", "menu", "share on telegram", ... (the UI-word rule) has no literal every match holds, so
the keyword gate (``prefilter``) cannot skip it, and trying it costs a microsecond on every line.
But each of its matches starts with one of a few hundred three-character heads ("clo", "Men",
"SHA", ...), and a prose line ("The ministry said ...") starts with none of them: one set lookup
rules it out. Heads are derived from the parsed pattern, so a rule's result never changes:

* single characters are tested against the compiled item itself (case folding included) over a
  fixed alphabet; a line whose head holds a character outside that alphabet is not gated;
* zero-width items (anchors, lookarounds) are skipped, which only lets more lines through;
* a pattern whose heads cannot be listed (``.{0,400}`` first, huge classes) is not gated.
"""
from __future__ import annotations

from re import _compiler as sre_compile
from re import _constants as sre
from re import _parser as sre_parse

from sitrep.clean.prefilter import parse_pattern

K = 4                 # characters of a line's head
LIMIT = 8192          # most head strings a rule may have before it is left ungated
# the characters whose matching is worked out: ASCII, Latin-1 and general punctuation (quotes,
# dashes, bullets); a head holding any other character passes every gate
ALPHABET = frozenset(map(chr, [*range(1, 0x250), *range(0x2000, 0x2070), *range(0x20a0, 0x20c0)])) - {"\n"}
_ALPHABET_TEXT = "".join(sorted(ALPHABET))
_SINGLE = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


class _Unknown(Exception):
    """The heads cannot be listed (or would be too many)."""


def rule_heads(pattern: str, flags: int) -> tuple[int, frozenset[str]] | None:
    """(k, heads): every fullmatch of the pattern starts with one of ``heads`` (strings of ``k``
    characters, or whole matches shorter than that). The longest k up to ``K`` whose heads can be
    listed; None when not even the first character's can."""
    try:
        parsed = parse_pattern(pattern, flags)
    except (ValueError, TypeError):
        return None
    for k in range(K, 0, -1):
        try:
            return k, frozenset(_sequence(list(parsed), k, parsed.state.flags))
        except (_Unknown, RecursionError):
            continue
    return None


def head_passes(gate: tuple[int, frozenset[str]] | None, head: str) -> bool:
    """Whether a line starting with ``head`` (its first ``K`` characters) may match."""
    if gate is None:
        return True
    k, heads = gate
    return head[:k] in heads or not ALPHABET.issuperset(head[:k])


def _sequence(items: list, budget: int, flags: int, start: set[str] | None = None) -> set[str]:
    """The strings (truncated to ``budget`` characters) that a sequence of items can match,
    appended to each of ``start`` (the empty string by default)."""
    strings = {""} if start is None else start
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        # the strings grouped by length (first seen first): the room left, the item's strings
        # and the count all depend on the length alone, so each is worked out once per group
        by_len: dict[int, list[str]] = {}
        for s in strings:
            group = by_len.get(len(s))
            if group is None:
                by_len[len(s)] = [s]
            else:
                group.append(s)
        by_room: dict[int, set[str] | frozenset[str]] = {}      # the item's strings per room left
        for n in by_len:
            room = budget - n
            if room > 0 and room not in by_room:
                by_room[room] = _item((op, av), room, flags)
        # count before building: a class repeated three times may give far too many
        if sum(len(group) * len(by_room[budget - n]) if n < budget else len(group)
               for n, group in by_len.items()) > LIMIT:
            raise _Unknown
        grown: set[str] = set()
        for n, group in by_len.items():
            if n >= budget:
                grown.update(group)
            else:
                tails = by_room[budget - n]
                grown.update([s + x for s in group for x in tails])
        strings = grown
    return strings


def _item(item: tuple, budget: int, flags: int) -> set[str] | frozenset[str]:
    op, av = item
    if op in _SINGLE:
        return _chars(item, flags)
    if op is sre.SUBPATTERN:
        if av[1] or av[2]:                       # scoped inline flags: not worked out
            raise _Unknown
        return _sequence(list(av[3]), budget, flags)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), budget, flags)
    if op is sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            out |= _sequence(list(alt), budget, flags)
        return out
    if op in _REPEATS:
        lo, hi, sub = av
        if sub.getwidth()[0] == 0:               # an item that can match nothing: unbounded
            raise _Unknown
        # each round adds a character, so after ``budget`` rounds every string is truncated
        rounds = min(hi, budget)
        current, out = {""}, (set() if lo > 0 else {""})
        for r in range(1, rounds + 1):
            current = _sequence([(sre.SUBPATTERN, (None, 0, 0, sub))], budget, flags, current)
            if r >= lo:
                out |= current
        return out if lo <= rounds else current
    raise _Unknown


_CHARS: dict[tuple[str, int], frozenset[str]] = {}


def _chars(item: tuple, flags: int) -> frozenset[str]:
    """The characters of ``ALPHABET`` that one single-character item matches."""
    key = (repr(item), flags)
    chars = _CHARS.get(key)
    if chars is None:
        state = sre_parse.State()
        state.flags = flags
        compiled = sre_compile.compile(sre_parse.SubPattern(state, [item]), flags)
        chars = _CHARS[key] = frozenset(compiled.findall(_ALPHABET_TEXT))   # one char per match
    if len(chars) > 96:                          # "." or "\w": anything may follow, not worth listing
        raise _Unknown
    return chars
