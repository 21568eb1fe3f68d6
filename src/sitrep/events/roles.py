"""Who did what to whom inside one sentence: subject, object, agent, location and modality.

No parser: word-order rules over the actor mentions of the sentence. The subject of a trigger is
the nearest actor mention to its left inside the clause that is no prepositional object; the object
is the first actor mention after it before the clause ends; a passive's agent follows "by". A
pronoun or "the group" closer to the trigger than any name refers back to the speaker of the
sentence or to the last subject of the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.events.lexicon import Lexicon, cue_regex, lexicon
from sitrep.model import Mention

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
IGNORED_TYPES = frozenset({"MEDIA", "WEAPON", "LAW", "EVENT"})
_DET = r"(?:(?:the|a|an|its|their|his|her|this|that|these|those|two|three|several|some|many)\s+)?"


@dataclass(slots=True)
class Patterns:
    prep_before: re.Pattern
    loc_before: re.Pattern
    by_before: re.Pattern
    passive_before: re.Pattern
    possessive_gap: re.Pattern
    modifier_gap: re.Pattern
    object_pronoun: re.Pattern
    pronoun: re.Pattern


def _ends_with(words) -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    # the preposition, an optional determiner and one optional lower-case word ("in southern Lebanon")
    return re.compile(r"(?:^|[^\w-])(?:" + alt + r")\s+" + _DET + r"(?-i:(?:[a-z0-9][\w'-]*\s+)?)$", re.I)


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = lexicon()
    pron = sorted(lex.words["pronouns"] | lex.words["anaphors"], key=len, reverse=True)
    return Patterns(
        prep_before=_ends_with(lex.words["prepositions"]),
        loc_before=_ends_with(lex.words["location_prepositions"]),
        by_before=re.compile(r"(?:^|\W)by\s+" + _DET + r"(?-i:(?:[a-z][\w'-]*\s+)?)$", re.I),
        passive_before=re.compile(r"(?:^|\W)(?:was|were|been|being|is|are|be|get|gets|got|getting)\s+"
                                  r"(?:(?:\w+ly|not|also|reportedly|allegedly|all|both|then|later|fatally|"
                                  r"critically|seriously|badly|lightly)\s+)*$", re.I),
        possessive_gap=re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,2}$"),
        modifier_gap=re.compile(r"^(?:-led|-backed)?\s+(?:(?!(?:the|a|an|if|of|and|or|to|in|on|at|that|which|after|"
                                r"before|when|while|as|for|with|by|from|said|says|is|are|was|were|has|have|had|"
                                r"will|would|could|may|might|not|no)\b)(?-i:[a-z][\w-]*)\s+){0,2}$"),
        object_pronoun=re.compile(r"^\s+(?:it|them|him|her)\b", re.I),
        pronoun=cue_regex(pron),
    )


@dataclass(slots=True)
class Sentence:
    """One sentence with its mentions and what the document said before it."""

    text: str
    lower: str                     # the same text lower-cased, for cue words
    start: int
    end: int
    mentions: list[Mention]
    prev_subject: dict[bool, Mention | None] = field(default_factory=dict)   # person? -> mention

    def before(self, pos: int, width: int = 40) -> str:
        return self.text[max(self.start, pos - width):pos]

    def prepositional(self, m: Mention) -> bool:
        return bool(patterns().prep_before.search(self.text[max(0, self.start - 1, m.start - 40):m.start]))

    def locative(self, m: Mention, lo: int = 0) -> bool:
        """Whether a locating preposition introduces ``m`` (one at or after ``lo``: a trigger's own
        preposition, as in "withdrew from", does not count)."""
        return bool(patterns().loc_before.search(self.text[max(lo - 1, self.start - 1, m.start - 40, 0):m.start]))

    def agentive(self, m: Mention, lo: int = 0) -> bool:
        return bool(patterns().by_before.search(self.text[max(lo - 1, self.start - 1, m.start - 30, 0):m.start]))


def last_match(rx: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    found = None
    for found in rx.finditer(text, lo, hi):
        pass
    return found


def clause_start(s: Sentence, pos: int, lex: Lexicon) -> int:
    m = last_match(lex.cues["clause_left"], s.lower, s.start, pos)
    return m.end() if m else s.start


def clause_end(s: Sentence, pos: int, lex: Lexicon, stop: re.Pattern | None = None) -> int:
    hi = s.end
    m = lex.cues["clause_right"].search(s.lower, pos, hi)
    if m:
        hi = m.start()
    if stop is not None:
        m = stop.search(s.text, pos, hi)
        if m:
            hi = m.start()
    return hi


def subject(s: Sentence, pos: int, lex: Lexicon, lo: int | None = None) -> tuple[Mention | None, Mention | None]:
    """The subject left of ``pos``, and the nearest prepositional object skipped on the way."""
    lo = clause_start(s, pos, lex) if lo is None else lo
    rep = last_match(lex.cues["reporting"], s.lower, lo, pos)
    pron = last_match(patterns().pronoun, s.lower, lo, pos)
    fallback = skipped = None
    for m in reversed(s.mentions):
        if m.end > pos or m.type in IGNORED_TYPES:
            continue
        if m.start < lo:
            break
        if rep is not None and m.end <= rep.start():
            break                          # left of "said": the speaker, not the subject
        if pron is not None and m.end <= pron.start():
            break                          # a pronoun stands closer to the verb
        if s.prepositional(m):
            skipped = skipped or m
            continue
        if m.type in ACTOR_TYPES:
            return m, skipped
        if m.type == "NORP" and fallback is None:
            fallback = m
    if fallback is not None:
        return fallback, skipped
    if pron is not None:
        return resolve(s, pron), skipped
    return None, skipped


def resolve(s: Sentence, pron: re.Match) -> Mention | None:
    """The actor a pronoun or "the group" refers to."""
    word = pron.group(0).lower()
    if word in ("which", "who"):
        for m in reversed(s.mentions):
            if m.end <= pron.start() and m.type not in IGNORED_TYPES and m.type != "LOC":
                return m if pron.start() - m.end <= 4 else None
        return None
    if word == "we":
        return None                        # the speaker of a quotation: the quotes stage knows
    person = word in ("he", "she", "his", "her")
    for m in reversed(s.mentions):
        if m.end > pron.start() or m.type in IGNORED_TYPES:
            continue
        if (m.type == "PERSON") == person and (m.type in ACTOR_TYPES or m.type == "NORP") and not s.prepositional(m):
            return m
    return s.prev_subject.get(person)


def obj(s: Sentence, pos: int, hi: int, action: str) -> tuple[Mention | None, Mention | None]:
    """The object after ``pos`` (before ``hi``), and the first agent ("by X") met on the way."""
    fallback = agent = None
    for m in s.mentions:
        if m.start < pos:
            continue
        if m.end > hi:
            break
        if m.type in IGNORED_TYPES:
            continue
        if s.agentive(m, pos):
            agent = agent or m
            continue
        if m.type in PLACE_TYPES and s.locative(m, pos):
            continue
        if m.type in ACTOR_TYPES:
            return m, agent
        if fallback is None and (m.type == "NORP" or (m.type in ("FAC", "LOC") and action in ("ASSAULT", "COERCE"))):
            fallback = m
    return fallback, agent


def agent_after(s: Sentence, pos: int, hi: int) -> Mention | None:
    for m in s.mentions:
        if pos <= m.start and m.end <= hi and m.type not in IGNORED_TYPES and s.agentive(m, pos):
            return m
    return None


def noun_actor(s: Sentence, pos: int, lex: Lexicon) -> tuple[Mention | None, str]:
    """The actor of a nominal trigger: possessor, adjacent modifier, or the subject of a light verb
    ("launched an attack", "carried out strikes") standing just before it."""
    p = patterns()
    for m in reversed(s.mentions):
        if m.end > pos or m.type in IGNORED_TYPES:
            continue
        gap = s.text[m.end:pos]
        if p.possessive_gap.match(gap) or p.modifier_gap.match(gap):
            return m, "modifier"
        break
    light = last_match(lex.cues["light_verbs"], s.lower, max(s.start, pos - 70), pos)
    if light is None or lex.cues["clause_right"].search(s.lower, light.end(), pos):
        return None, ""
    m, _ = subject(s, light.start(), lex)
    return (m, "light") if m is not None else (None, "")


def location(s: Sentence, lo: int, hi: int, taken: set[int]) -> Mention | None:
    """The place a located preposition introduces nearest to the trigger."""
    best, dist = None, 1 << 30
    for m in s.mentions:
        if m.type not in PLACE_TYPES or id(m) in taken or not s.locative(m):
            continue
        d = lo - m.end if m.end <= lo else max(0, m.start - hi)
        if d < dist:
            best, dist = m, d
    return best


def sentence_subject(s: Sentence) -> Mention | None:
    for m in s.mentions[:4]:
        if m.type in ACTOR_TYPES and not s.prepositional(m):
            return m
    return None
