"""What follows a counted noun and still changes the figure: a bound written after it, as
translated copy puts it ("nine Palestinians at least", "Sixteen people at least were killed"),
and a companion that makes one into two ("killed a commander and his driver")."""
from __future__ import annotations

import re

from sitrep.claims.lexicon import Lexicon
from sitrep.claims.numbers import Number
from sitrep.claims.units import Unit

# a bound after the count and at most three words of its noun phrase, before any punctuation or
# figure: "nine Palestinians at least", "29 Israelis at least"; the phrase and its norm
_BOUND_AFTER = re.compile(r"(?:[ \t]+[A-Za-z][\w'’-]*){0,3}?[ \t]+(at[ \t]+least|at[ \t]+most|or[ \t]+more)\b")
_BOUND_NORM = {"at least": "at least", "at most": "up to", "or more": "at least"}
# "a commander and his driver": one more person of the same side, named by a possessive
# (the noun may run one lower-case word past what the unit reader took: "a Houthi| colonel and his")
_COMPANION = re.compile(r"(?:[ \t]+[a-z][\w'’-]*)?[ \t]+and[ \t]+(?:his|her|their|its)[ \t]+([A-Za-z][\w'’-]*)(?:[ \t]+([A-Za-z][\w'’-]*))?")
_NOT_PERSON_AFTER = re.compile(r"[ \t]*(?:'s|’s)")
# person nouns that are plural without an -s: "a commander and his men" counts no two
_PLURAL = frozenset("men women children people personnel police staff crew folk".split())


def read_after(text: str, n: Number, unit: Unit, article: bool, lex: Lexicon) -> None:
    """Update ``n`` (and the evidence end in ``unit``) from the words after the counted noun."""
    if article:
        if unit.cls == "person" and unit.state is not None:
            _companion(text, n, unit, lex)
        return
    if n.qualifier is None and not n.vague and not isinstance(n.value, str):
        m = _BOUND_AFTER.match(text, n.end)
        if m is not None and m.end() <= max(unit.end, n.end) + 40 and not _figure_next(text, m.end(), lex):
            n.qualifier = _BOUND_NORM[" ".join(m.group(1).lower().split())]


def _figure_next(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a figure follows the bound: "were killed and at least 35 wounded" bounds that one."""
    rest = text[pos:pos + 24].lstrip()
    return bool(rest) and (rest[0].isdigit() or lex.number_re.match(rest) is not None)


def _companion(text: str, n: Number, unit: Unit, lex: Lexicon) -> None:
    """"killed a PKK commander and his driver": the article's one and the companion, two."""
    m = _COMPANION.match(text, unit.end if unit.end > n.end else n.end)
    if m is None:
        return
    end = m.end(1)
    if not _one_person(m.group(1).lower(), lex):
        second = m.group(2)
        if second is None or not _one_person(second.lower(), lex) or m.group(1).lower() in lex.stop \
                or lex.number_re.fullmatch(m.group(1)) is not None:
            return                         # "and his two sons", "and his men": no count of two
        end = m.end(2)                     # "and his personal driver"
    if _NOT_PERSON_AFTER.match(text, end):
        return                             # "and his driver's car"
    n.value = 2
    unit.end = end


def _one_person(word: str, lex: Lexicon) -> bool:
    """A noun for one person: a companion word, or a singular person head ("soldier")."""
    if word in lex.companions:
        return True
    head = lex.heads.get(word)
    return (head is not None and head.cls == "person" and not head.anaphoric and not head.exact
            and word != head.unit and not word.endswith("s") and word not in _PLURAL)
