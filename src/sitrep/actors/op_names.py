"""Names of military operations given in quotes: the operation "the military named 'Iron Wall'",
"an offensive dubbed 'Northern Shield'", "the 'Iron Wall' assault".

A code name is ordinary words in capitals ("Iron Wall", "Swords of Iron" aside), so no shape
reads it as a name; the quotes and the operation noun beside them do. The quoted name is an
EVENT, and so are its other uses in the document written the same way ("Iron Wall entered its
second day").
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .fold import Folded
from .match import Cand

_NAME = r"(?:the\s+)?(?P<n>[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*){0,3})\s*[,.]?"
_OPEN, _CLOSE = "[\"“‘']", "[\"”’']"
_OPS = r"(?i:operation|offensive|assault|campaign|incursion|onslaught|raid|op)"
# a naming verb right before the quote, an operation noun earlier in the clause (checked apart)
# (matched only where the verb stands: a whole-text scan for these words costs more than the rest)
_VERBS = ("named", "dubbed", "called", "titled", "christened")
_GIVEN = re.compile(r"(?:named|dubbed|called|titled|christened)\s+(?:it\s+)?" + _OPEN + r"\s*" + _NAME + _CLOSE)
# the quoted name before the noun ("the 'Iron Wall' offensive") or after "Operation"
_BEFORE_NOUN = re.compile(_OPEN + _NAME + _CLOSE + r"\s+(?:military\s+)?" + _OPS + r"s?\b")
_AFTER_OPERATION = re.compile(r"\bOperation\s+" + _OPEN + _NAME + _CLOSE)
_OP_NOUN = re.compile(r"\b" + _OPS + r"s?\b")
_QUOTES = ("\"", "“", "‘", "'")
_WINDOW = 90               # characters before the naming verb searched for the operation noun
_PRIO = 40


def operation_names(text: str, f: Folded) -> list[Cand]:
    """EVENT candidates for quoted operation names and their unquoted repeats."""
    if not any(q in text for q in _QUOTES):
        return []
    names: set[str] = set()
    spans: list[tuple[int, int]] = []
    for rx, found in ((_GIVEN, _at(text, _VERBS, _GIVEN)), (_BEFORE_NOUN, _BEFORE_NOUN.finditer(text)),
                      (_AFTER_OPERATION, _at(text, ("Operation",), _AFTER_OPERATION))):
        for m in found:
            if rx is _GIVEN:
                lead = text[max(0, m.start() - _WINDOW):m.start()]
                cut = max(lead.rfind(". "), lead.rfind("\n"))
                if not _OP_NOUN.search(lead[cut + 1:]):
                    continue
            spans.append(m.span("n"))
            names.add(m.group("n"))
    if not names:
        return []
    for name in names:                   # its other uses, quoted or not
        k = text.find(name)
        while k >= 0:
            e = k + len(name)
            if not (k and (text[k - 1].isalnum() or text[k - 1] == "-")) \
                    and not (e < len(text) and (text[e].isalnum() or text[e] == "-")):
                spans.append((k, e))
            k = text.find(name, e)
    out: list[Cand] = []
    seen: set[tuple[int, int]] = set()
    starts, ends = f.starts, f.ends
    for s, e in spans:
        i = bisect_left(starts, s)
        j = bisect_left(ends, e)
        if i >= len(starts) or j >= len(ends) or starts[i] != s or ends[j] != e or (i, j) in seen:
            continue
        seen.add((i, j))
        out.append(Cand(i, j + 1, "EVENT", "op-name", _PRIO))
    return out


def _at(text: str, words: tuple[str, ...], rx: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of ``rx`` starting where one of ``words`` stands (found by str.find, in C)."""
    out = []
    for w in words:
        k = text.find(w)
        while k >= 0:
            m = rx.match(text, k)
            if m:
                out.append(m)
            k = text.find(w, k + 1)
    return out
