"""A number written twice, in words and in digits: "seven (7) soldiers", "three hundred (300)
families", "12 (twelve) rifles". Philippine, South Asian and legal copy repeat a figure this way;
both halves are one figure, read once, and the counted noun comes after the bracket."""
from __future__ import annotations

import re

from sitrep.claims.lexicon import Lexicon
from sitrep.claims.numbers import Number, _word_value

# the bracketed echo right after a number: "(7)", "(300)", "(1,200)", "(seven)", "(twenty-one)"
_ECHO = re.compile(r"[ \t\u00a0]?\((?:(\d{1,3}(?:,\d{3})*|\d+)|([A-Za-z]+(?:[ -][A-Za-z]+){0,3}))\)")


def join_echo(text: str, n: Number, lex: Lexicon) -> bool:
    """Extend ``n`` over a bracketed echo of the same value after it; False (``n`` unchanged)
    when no bracket follows or it holds another value ("two (2015 and 2019)" is no echo)."""
    if n.end >= len(text) or text[n.end] not in " (\t\u00a0" or not isinstance(n.value, int) or n.vague:
        return False
    m = _ECHO.match(text, n.end)
    if m is None:
        return False
    digits, words = m.groups()
    if n.words and digits is not None:
        value = int(digits.replace(",", ""))
    elif not n.words and words is not None:
        value = _word_value(words, lex)
    else:
        return False
    if value != n.value:
        return False
    n.end, n.text = m.end(), text[n.start:m.end()]
    return True
