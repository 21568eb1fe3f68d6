"""Numbers that run on: a range given in words ("between 6,000 and 6,500"), digits around a
multiplier word ("39 thousand 965"), the qualifier before a number ("at least"), and a range's two
bounds. ``numbers`` finds and reads single numbers; these extend or split what it read.
"""
from __future__ import annotations

import re

from sitrep.claims.lexicon import Lexicon
from sitrep.claims.numbers import _DIGITS, _DOT_THOUSANDS, _WORD_BACK, Number, _int, prev_word, read_number, tail_phrase


# a word multiplier between two digit numbers: "39 thousand 965" (translated copy)
_MIXED_TAIL = re.compile(r"[ \t]+(\d{1,3})(?![\d.,]?\d)")


def join_mixed(text: str, n: Number, m: re.Match[str], lex: Lexicon) -> bool:
    """"39 thousand 965", "2 million 300 thousand": digits, a multiplier word and the rest of the
    number in digits, as machine translation writes them; ``n`` is extended over the rest."""
    mult = m.group("mult")
    if not mult or n.money or not isinstance(n.value, int) or not mult[:1].isalpha():
        return False
    factor = lex.multipliers[mult.lower()][0]
    t = _MIXED_TAIL.match(text, n.end)
    if t is None or factor < 1000:
        return False
    rest = lex.number_re.match(text, t.start(1))
    second = read_number(rest, lex) if rest is not None else None
    if second is None or not isinstance(second.value, int) or second.value >= factor or second.money:
        return False
    n.value += second.value
    n.end, n.text = second.end, text[n.start:second.end]
    return True


def join_range(text: str, n: Number, sent_start: int, lex: Lexicon) -> bool:
    """"between 6,000 and 6,500 fighters": one count given as a range, kept as "6,000-6,500" (the
    form "6,000-6,500 fighters" gives). ``n`` is extended over the second number; False (and ``n``
    unchanged) when the words around it make no range."""
    if lex.range_join is None or n.vague or n.money or n.yearlike:
        return False
    j = lex.range_join.match(text, n.end)          # rare: the cheap test first
    if j is None:
        return False
    pw = _WORD_BACK.search(text, max(sent_start, n.start - 16), n.start)
    before = pw.group(1).lower() if pw is not None else ""
    if before not in lex.range_open and (j.group().strip().lower() != "to" or before == "from"
                                         or (before in lex.trend and before not in lex.range_open_to)):
        return False                       # "3,000 to 4,000 troops" is a range; "from 3 to 4" a change
    m = lex.number_re.match(text, j.end())
    if m is None:
        return False
    second = read_number(m, lex)
    if (second is None or second.vague or second.money or second.words != n.words
            or isinstance(n.value, str) or isinstance(second.value, str) or second.value <= n.value
            or m.group("mult") or m.group("gmult") or m.group("wmult")):
        return False                       # "between 2 and 3 million": the first is no count alone
    if n.words:
        n.value = f"{n.value}-{second.value}"
    elif _DIGITS.fullmatch(n.text):
        n.value = f"{n.text}-{m.group('dig')}"
    else:
        return False                       # a multiplier on the first: "between 2m and 3m"
    n.bounds = (n.end, m.start())
    n.end, n.text = second.end, text[n.start:second.end]
    return True


def attach_qualifier(text: str, n: Number, sent_start: int, lex: Lexicon) -> None:
    found = tail_phrase(text, max(sent_start, n.start - 24), n.start, lex.qualifiers, lex.qualifier_max,
                        lex.qualifier_last)
    if found:
        if found[1] == "over" and lex.over_particle and \
                prev_word(text, max(sent_start, found[0] - 16), found[0])[0].lower() in lex.over_particle:
            return                         # "turning over 10 rifles": a verb's particle, no bound
        n.qstart, phrase = found
        n.qualifier = lex.qualifiers[phrase]


_BOUND = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*[-–]\s*(\d[\d,]*(?:\.\d+)?)")


def _bound_value(written: str) -> int | float:
    """One bound of a range as a number: "1.500" in a translated "between 1.500 and 3.000" is
    fifteen hundred (a dot before exactly three digits), as it is for a single number."""
    if _DOT_THOUSANDS.fullmatch(written):
        return int(written.replace(".", ""))
    return _int(float(written.replace(",", "")))


def range_bounds(n: Number) -> list[tuple[int | float, str]] | None:
    """A range's two bounds as (value, text as written), or None when ``n`` is no range.

    "3,000 to 4,000 troops" is two figures, a lower and an upper bound, as annotators and the
    picture count them; one "3,000-4,000" string matches neither.
    """
    if n.vague or not isinstance(n.value, str):
        return None
    m = _BOUND.fullmatch(n.value)
    if m is None:
        return None
    lo, hi = (_bound_value(g) for g in m.groups())
    if n.bounds is not None:
        a, b = n.bounds
        first, second = n.text[:a - n.start].strip(), n.text[b - n.start:].strip()
    else:
        cut = _BOUND.search(n.text)
        if cut is None:
            return None
        first, second = cut.group(1), cut.group(2)
    return [(lo, first), (hi, second)]
