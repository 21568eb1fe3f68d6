"""Checks on the words round a count that decide whether, and as what, it is counted: counts of
abstract units ("seven key areas"), long plural noun phrases confirmed by a state, sources
("two officials said"), crowds and sides (a verb after the counted noun), plural acronyms ("four
SLRs"), and the state of counted people read past a relative clause or a second noun."""
from __future__ import annotations

import re

from sitrep.claims.lexicon import Lexicon
from sitrep.claims.noun_phrase import WORD, Scan, state_after
from sitrep.claims.numbers import Number, prev_word

def enumerated(text: str, sc: Scan, n: Number, sent_start: int, lex: Lexicon) -> str | None:
    """The unit of a count of abstract units: a number, one or two enumerating adjectives and a
    plural noun the lexicon does not know ("seven key areas", "three main demands").

    The adjective is what makes such a phrase a claim's figure; without one ("two things",
    "three weeks") or with a rank before the number ("the top three"), it is none.
    """
    words = sc.words
    if len(words) < 2 or n.vague or n.money or n.yearlike or n.strong \
            or not isinstance(n.value, int) or n.value < 2 or text[n.end:words[0][0]].strip():
        return None
    k = 0
    while k < min(2, len(words) - 1) and words[k][2] in lex.enumerating:
        k += 1
    if k == 0:
        return None
    adjs, (ws, we, noun) = words[:k], words[k]
    if (len(noun) < 4 or not noun.endswith("s") or noun.endswith("ss") or not text[ws].islower()
            or not noun.replace("-", "").isalpha() or noun in lex.blocked or noun in lex.stop
            or noun in lex.aux or noun in lex.say or noun in lex.states_after or noun in lex.trend
            or noun in lex.enumerating or noun in lex.keep_modifiers or noun in lex.skip_modifiers):
        return None
    prev, at = prev_word(text, max(sent_start, n.qstart - 24), n.qstart)
    if prev.lower() in lex.rank or is_source(text, we, lex):
        return None
    if prev.lower() == "the" and prev_word(text, max(sent_start, at - 24), at)[0].lower() == "of":
        return None                        # "one of the two major candidates": a partitive
    return " ".join([*(a for _, _, a in adjs), noun])


_PLAIN_WORD = re.compile(r"[ \t\u00a0]+([a-z][a-z-]*[a-z])\b")


def long_plural(text: str, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """A plural noun phrase of up to four lower-case words the lexicon does not know ("peace deal
    signatories", "foreign farm workers"): its head and end, for a state that follows it. The
    plain noun scan stops after two unknown words, which is right when no state confirms them."""
    for _ in range(4):
        m = _PLAIN_WORD.match(text, pos)
        if m is None:
            return None
        low = m.group(1)
        if low in lex.stop or low in lex.aux or low in lex.say or low in lex.states_after \
                or low in lex.blocked or low in lex.trend:
            return None
        pos = m.end()
        if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
            return low, pos
    return None


def is_source(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a sourcing cue follows a counted person within a few words ("two officials said")."""
    prev = None
    for _ in range(5):
        m = WORD.match(text, pos)
        if m is None or m.group(1) is None:
            return False
        low = m.group(1).lower()
        if low in lex.sourcing or (prev and f"{prev} {low}" in lex.sourcing):
            return True
        prev, pos = low, m.end()
    return False


def crowd_after(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a crowd verb follows, after auxiliaries ("had gathered", "were queuing")."""
    return verb_after(text, pos, lex.crowd, lex)


def verb_after(text: str, pos: int, verbs: frozenset[str], lex: Lexicon) -> bool:
    """Whether one of ``verbs`` follows ``pos``, after auxiliaries ("had clashed")."""
    for _ in range(4):
        m = WORD.match(text, pos)
        if m is None or m.group(1) is None:
            return False
        low = m.group(1).lower()
        if low in verbs:
            return True
        if low not in lex.aux:
            return False
        pos = m.end()
    return False


# "tonnes of flour", "percent of schools": what a measure counts
_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w'’-]*(?:\s+[a-z][\w-]*)?)")


def measure_of(text: str, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """What a measure counts ("tonnes| of flour"), as (words, end), or None."""
    m = _OF_WHAT.match(text, pos)
    if m is None:
        return None
    words = m.group(1).lower().split()
    if words[0] in lex.stop:
        return None
    if len(words) > 1 and words[1] in lex.stop:
        return words[0], m.start(1) + len(words[0])
    return " ".join(words), m.end()


# kin of a named person: "two sons of Magomed Omarov", "three brothers of the late commander"
_KIN_OF_NAME = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:sons|daughters|brothers|sisters|nephews|nieces|cousins|wives|husbands)"
                          r"[ \t]+of[ \t]+(?:the[ \t]+(?:late[ \t]+)?)?[A-Z]")


def kin_of_name(text: str, end: int) -> bool:
    """Whether a count is of a named person's kin ("two sons of Magomed Omarov"): who they are,
    not a figure, when no state is said of them."""
    return _KIN_OF_NAME.match(text, end) is not None


# a second counted noun joined to the first: "22 students| and teachers| were detained"
_AND_NOUN = re.compile(r"\s+and\s+(?:other\s+)?([A-Za-z][\w-]*)")


def conjoined_end(text: str, end: int, lex: Lexicon) -> int | None:
    """The end of a person noun joined by "and" to the counted one ending at ``end`` ("22 members
    and activists have been detained"), after which the state of both is read; None if none."""
    m = _AND_NOUN.match(text, end)
    if m is None:
        return None
    head = lex.heads.get(m.group(1).lower())
    return m.end() if head is not None and head.cls == "person" else None


# an acronym in the plural right after a count: "four SLRs", "six MLAs", "three APCs"
_ACRONYM_PLURAL = re.compile(r"[ \t]+([A-Z]{2,6}s)\b(?![-'’])")


def plural_acronym(text: str, pos: int, lex: Lexicon) -> tuple[str, int] | None:
    """(the acronym, its end) when a plural acronym the lexicon does not know follows the count
    at ``pos``: a name has no plural, so "seized four SLRs" counts things as "four rifles" does."""
    m = _ACRONYM_PLURAL.match(text, pos)
    if m is None or m.group(1).lower() in lex.heads:
        return None
    return m.group(1), m.end()


# a relative (or participle) clause of a few words closed by the passive auxiliary of the counted
# people's state: "two men riding a motorcycle were shot dead" (group 1: the participle, 2: the clause)
_RELATIVE = re.compile(r"[ \t]+(?:(?:who|that)[ \t]+|(?=([a-z]{2,}ing)[ \t]))((?:[A-Za-z'’-]+[ \t]+){1,8}?)"
                       r"(?=(?:were|was|had\s+been|have\s+been|has\s+been)\s)")


def pick(found: tuple[dict[str, str], int] | None, want: str | None) -> tuple[str, str, int] | None:
    """(state, applies, position) of a state form for a counted person or thing."""
    if found is None:
        return None
    states, pos = found
    applies = want if want in states else ("person" if want is None and "person" in states else None)
    if applies is None:
        if want is not None or not states:
            return None
        applies = next(iter(states))
    return states[applies], applies, pos


def _after_relative(text: str, pos: int, lex: Lexicon, want: str | None) -> tuple[str, str, int] | None:
    """The passive state after a short relative clause on the counted people: "two local reporters
    who tried to film near the ministry were detained". A clause that states figures or speech
    of its own ("officials who said five were killed") gives none."""
    rel = _RELATIVE.match(text, pos)
    if rel is None:
        return None
    words = rel.group(2).lower().split()
    if any(w in lex.say or w in lex.number_words or w in lex.states_after for w in words):
        return None
    if rel.group(1) is not None and (rel.group(1) in lex.stop or rel.group(1) in lex.states_before):
        return None                        # "12 people including ...", "according to", "killing"
    return pick(state_after(text, rel.end() - 1, lex), want)


def state_after_clause(text: str, pos: int, lex: Lexicon, want: str | None) -> tuple[str, str, int] | None:
    """The state of a counted person read past a short relative clause ("two reporters who tried to
    film were detained") or a second person noun joined by "and" ("22 students and teachers have
    been detained"), as ``pick`` gives it; None if neither."""
    after = _after_relative(text, pos, lex, want)
    if after is None:
        joined = conjoined_end(text, pos, lex)
        if joined is not None:
            after = pick(state_after(text, joined, lex), want)
    return after
