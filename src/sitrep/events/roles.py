"""Who did what to whom inside one sentence: subject, object, agent, location and modality.

No parser: word-order rules over the actor mentions of the sentence. The subject of a trigger is
the nearest actor mention to its left inside the clause that is no prepositional object; the object
is the first actor mention after it before the clause ends; a passive's agent follows "by". A
pronoun or "the group" closer to the trigger than any name refers back to the speaker of the
sentence or to the last subject of the document.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.events.cuehit import Hit
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
    modifier_after: re.Pattern      # "Iran-backed", "Kremlin-linked": the name modifies what follows
    modifier_before: re.Pattern     # "pro-Iran", "anti-junta"
    expletive: re.Pattern           # "it is only two groups that ...": an empty "it"
    said_to: re.Pattern             # "Tehran said to have denied": a hearsay passive, not a speaker
    origin_before: re.Pattern       # "launched from Iraq": where a weapon came from, not where it struck
    member_before: re.Pattern       # "fighters from X", "rebels of the X": X acts through its members


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
        modifier_gap=re.compile(r"^(?:-led)?\s+(?:(?!(?:the|a|an|if|of|and|or|to|in|on|at|that|which|after|"
                                r"before|when|while|as|for|with|by|from|said|says|is|are|was|were|has|have|had|"
                                r"will|would|could|may|might|not|no)\b)(?-i:[a-z][\w-]*)\s+){0,2}$"),
        object_pronoun=re.compile(r"^\s+(?:it|them|him|her)\b", re.I),
        pronoun=cue_regex(pron),
        modifier_after=re.compile(r"[-‐‑]\s?(?:" + _alt(lex.words["modifier_suffixes"]) + r")\b", re.I),
        modifier_before=re.compile(r"(?:^|[^\w-])(?:" + _alt(lex.words["modifier_prefixes"]) + r")[-‐‑]$", re.I),
        expletive=re.compile(r"\s+(?:" + _alt(lex.words["expletive_after_it"]) + r")\b", re.I),
        said_to=re.compile(r"\s+to\s+(?:have|be)\b", re.I),
        member_before=re.compile(r"(?:^|\W)(?:" + _alt(lex.words["member_nouns"]) + r")\s+(?:of|from|loyal\s+to|"
                                 r"belonging\s+to|affiliated\s+with|linked\s+to)\s+(?:the\s+)?$", re.I),
        origin_before=re.compile(r"(?<![\w-])(?:" + _alt(lex.words["origin_verbs"]) + r")\s+(?:\w+ly\s+)?from\s+"
                                 r"(?:(?:the|a|an|neighbouring|neighboring|nearby)\s+)?(?-i:(?:[a-z][\w'-]*\s+)?)$", re.I),
    )


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(slots=True)
class Sentence:
    """One sentence with its mentions and what the document said before it."""

    text: str
    lower: str                     # the same text lower-cased, for cue words
    start: int
    end: int
    mentions: list[Mention]
    prev_subject: "Subjects | dict" = field(default_factory=dict)   # .get(person?) -> the last such subject
    quoted: list[tuple[int, int]] = field(default_factory=list)              # direct quotations inside it
    # cue set name -> (starts, ends) of its matches in the whole document (Lexicon.cue_spans): the
    # document is scanned once for every cue set, and each question is a bisection
    cue_spans: dict = field(default_factory=dict)
    # answers about a mention's left context, shared by the document's sentences: the same mention
    # is asked about again for every trigger near it
    memo: dict = field(default_factory=dict)

    def spans(self, name: str) -> tuple[list[int], list[int]]:
        return self.cue_spans.get(name, _NONE)

    def any(self, name: str) -> bool:
        starts, _ = self.cue_spans.get(name, _NONE)
        i = bisect_left(starts, self.start)
        return i < len(starts) and starts[i] < self.end

    def has(self, name: str, lo: int, hi: int) -> bool:
        """Whether a match of cue set ``name`` lies inside [lo, hi) (``first`` without the match:
        the coder asks this several times per trigger)."""
        got = self.cue_spans.get(name)
        if got is None or lo >= hi:
            return False
        starts, ends = got
        i = bisect_left(starts, lo)
        return i < len(starts) and ends[i] <= hi

    def first(self, name: str, lo: int, hi: int) -> "Hit | None":
        """The first match of cue set ``name`` lying inside [lo, hi)."""
        starts, ends = self.cue_spans.get(name, _NONE)
        i = bisect_left(starts, lo)
        return Hit(self.lower, starts[i], ends[i]) if i < len(starts) and ends[i] <= hi else None

    def last(self, name: str, lo: int, hi: int) -> "Hit | None":
        """The last match of cue set ``name`` lying inside [lo, hi)."""
        starts, ends = self.cue_spans.get(name, _NONE)
        i = bisect_right(ends, hi) - 1
        return Hit(self.lower, starts[i], ends[i]) if i >= 0 and starts[i] >= lo else None

    def all(self, name: str, lo: int, hi: int) -> list["Hit"]:
        starts, ends = self.cue_spans.get(name, _NONE)
        out = []
        for i in range(bisect_left(starts, lo), len(starts)):
            if ends[i] > hi:
                break
            out.append(Hit(self.lower, starts[i], ends[i]))
        return out

    def before(self, pos: int, width: int = 40) -> str:
        return self.text[max(self.start, pos - width):pos]

    def prepositional(self, m: Mention) -> bool:
        lo = max(0, self.start - 1, m.start - 40)
        return self._before(patterns().prep_before, 0, lo, m.start)

    def _before(self, rx: re.Pattern, kind: int, lo: int, hi: int) -> bool:
        """Whether ``rx`` finds a match in text[lo:hi] (as a slice: "^" matches at ``lo``), memoised."""
        key = (kind, lo, hi)
        got = self.memo.get(key)
        if got is None:
            got = self.memo[key] = rx.search(self.text[lo:hi]) is not None
        return got

    def locative(self, m: Mention, lo: int = 0) -> bool:
        """Whether a locating preposition introduces ``m`` (one at or after ``lo``: a trigger's own
        preposition, as in "withdrew from", does not count)."""
        return self._before(patterns().loc_before, 1, max(lo - 1, self.start - 1, m.start - 40, 0), m.start)

    def origin(self, m: Mention) -> bool:
        """Whether ``m`` is where a weapon or force came from ("a drone launched from Iraq")."""
        key = (4, m.start)
        got = self.memo.get(key)
        if got is None:
            got = self.memo[key] = patterns().origin_before.search(self.text, max(self.start, m.start - 40), m.start) is not None
        return got

    def modifier(self, m: Mention, leader_counts: bool = False) -> bool:
        """Whether ``m`` only modifies a noun ("Iran-backed militias", "pro-Russian forces").
        With ``leader_counts`` a leader stands for what it leads ("aid to the US-led coalition")."""
        key = (3, m.start, m.end, leader_counts)
        got = self.memo.get(key)
        if got is None:
            p = patterns()
            after = p.modifier_after.match(self.text, m.end, min(self.end, m.end + 16))
            if after is not None and leader_counts and after.group(0).lstrip("-‐‑ ").lower() == "led":
                after = None
            got = self.memo[key] = bool(after or p.modifier_before.search(self.text, max(self.start, m.start - 6), m.start))
        return got

    def quoted_after(self, m: Mention, pos: int) -> bool:
        """Whether ``m`` stands inside a quotation that opens after ``pos``: quoted words are what
        someone said ("asked for “action against attacks on Israel”"), not who was addressed."""
        return any(pos <= a <= m.start and m.end <= b for a, b in self.quoted)

    def agentive(self, m: Mention, lo: int = 0) -> bool:
        return self._before(patterns().by_before, 2, max(lo - 1, self.start - 1, m.start - 30, 0), m.start)


_NONE: tuple[list[int], list[int]] = ([], [])
NO_SPANS = _NONE                  # no match of a cue set (for readers of Sentence.cue_spans)


class Subjects:
    """The document's subjects so far, for pronouns that reach back past their sentence.

    Each sentence either names its subject (a coded actor) or leaves it to ``sentence_subject``,
    which is worked out only when a pronoun asks: most sentences are never asked about.
    """

    __slots__ = ("history", "size", "cache", "make")

    def __init__(self, history: list, size: int, cache: dict, make):
        # history: Mention, or (start, end) of a sentence that ``make(start, end)`` builds
        self.history, self.size, self.cache, self.make = history, size, cache, make

    def get(self, person: bool) -> Mention | None:
        for k in range(self.size - 1, -1, -1):
            item = self.history[k]
            if isinstance(item, tuple):
                key = ("subject", item[0])
                if key not in self.cache:
                    self.cache[key] = sentence_subject(self.make(*item))
                item = self.cache[key]
            if item is not None and (item.type == "PERSON") == person:
                return item
        return None


def clause_start(s: Sentence, pos: int, lex: Lexicon) -> int:
    # s.last("clause_left", s.start, pos) on the raw spans: asked for nearly every trigger
    starts, ends = s.cue_spans.get("clause_left", _NONE)
    i = bisect_right(ends, pos) - 1
    return ends[i] if i >= 0 and starts[i] >= s.start else s.start


def clause_end(s: Sentence, pos: int, lex: Lexicon, stop: re.Pattern | None = None) -> int:
    hi = s.end
    starts, ends = s.cue_spans.get("clause_right", _NONE)
    i = bisect_left(starts, pos)
    if i < len(starts) and ends[i] <= hi:
        hi = starts[i]
    if stop is not None:
        m = stop.search(s.text, pos, hi)
        if m:
            hi = m.start()
    return hi


def subject(s: Sentence, pos: int, lex: Lexicon, lo: int | None = None) -> tuple[Mention | None, Mention | None]:
    """The subject left of ``pos``, and the nearest prepositional object skipped on the way."""
    lo = clause_start(s, pos, lex) if lo is None else lo
    rep = None                             # start of the last reporting verb that is no hearsay passive
    starts, ends = s.cue_spans.get("reporting", _NONE)
    said_to = patterns().said_to
    for i in range(bisect_left(starts, lo), len(starts)):
        if ends[i] > pos:
            break
        if not said_to.match(s.lower, ends[i], pos):
            rep = starts[i]
    pron = s.last("pronoun", lo, pos)
    if pron is not None and expletive(s, pron):
        pron = None
    fallback = skipped = None
    for m in reversed(s.mentions):
        if m.end > pos or m.type in IGNORED_TYPES:
            continue
        if m.start < lo:
            break
        if rep is not None and m.end <= rep:
            break                          # left of "said": the speaker, not the subject
        if pron is not None and m.end <= pron.start():
            break                          # a pronoun stands closer to the verb
        if s.prepositional(m):
            if patterns().member_before.search(s.text, max(s.start, m.start - 48), m.start):
                return m, skipped              # "fighters from X attacked": X is the actor
            skipped = skipped or m
            continue
        if s.modifier(m):
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


def expletive(s: Sentence, pron: Hit) -> bool:
    """An "it" that refers to nothing: "it is only two groups that attack", "it seems"."""
    return pron.group(0).lower() == "it" and bool(patterns().expletive.match(s.text, pron.end(), min(s.end, pron.end() + 12)))


def resolve(s: Sentence, pron: Hit) -> Mention | None:
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
        if (m.type == "PERSON") == person and (m.type in ACTOR_TYPES or m.type == "NORP") \
                and not s.prepositional(m) and not s.modifier(m):
            return m
    return s.prev_subject.get(person)


_TITLE_GAP = re.compile(r"(?:\s+(?:of\s+)?(?-i:[A-Z][\w.'’-]*)){1,4},?\s+")


def _title_of(s: Sentence, m: Mention, nxt: Mention | None) -> bool:
    """``m`` is part of a person's title: "U.S. Secretary of State Antony Blinken"."""
    return nxt is not None and nxt.type == "PERSON" and m.type in ("GPE", "ORG", "NORP") \
        and _TITLE_GAP.fullmatch(s.text, m.end, nxt.start) is not None


def obj(s: Sentence, pos: int, hi: int, action: str) -> tuple[Mention | None, Mention | None]:
    """The object after ``pos`` (before ``hi``), and the first agent ("by X") met on the way."""
    fallback = agent = None
    for k, m in enumerate(s.mentions):
        if m.start < pos:
            continue
        if m.end > hi:
            break
        if m.type in IGNORED_TYPES or s.quoted_after(m, pos) or s.modifier(m, leader_counts=True):
            continue
        if s.agentive(m, pos):
            agent = agent or m
            continue
        if m.type in PLACE_TYPES and s.locative(m, pos):
            continue
        if _attribution(s, m, hi):
            continue
        if m.type in ACTOR_TYPES and not _title_of(s, m, s.mentions[k + 1] if k + 1 < len(s.mentions) else None):
            return m, agent
        if fallback is None and (m.type == "NORP" or (m.type in ("FAC", "LOC") and action in ("ASSAULT", "COERCE"))):
            fallback = m
    return fallback, agent


_ATTRIBUTION_GAP = re.compile(r"(?:\s+(?-i:[a-z][\w-]*)){0,2}\s*$")


def _attribution(s: Sentence, m: Mention, hi: int) -> bool:
    """``m`` opens a trailing attribution: "..., Russian officials said" names the speaker, not the
    object (the clause ends at the reporting verb)."""
    return hi < s.end and s.text[max(s.start, m.start - 2):m.start].strip() == "," \
        and s.first("reporting", hi, hi + 12) is not None and _ATTRIBUTION_GAP.match(s.text, m.end, hi) is not None


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
        if p.possessive_gap.match(gap) or (p.modifier_gap.match(gap) and not s.prepositional(m)):
            return m, "modifier"          # "Russia's strikes", "JNIM attacks"; not "militias in Iraq halt strikes"
        break
    light = s.last("light_verbs", max(s.start, pos - 70), pos)
    if light is None or s.first("clause_right", light.end(), pos):
        return None, ""
    m, _ = subject(s, light.start(), lex)
    return (m, "light") if m is not None else (None, "")


def location(s: Sentence, lo: int, hi: int, taken: set[int]) -> Mention | None:
    """The place a located preposition introduces nearest to the trigger."""
    best, dist = None, 1 << 30
    for m in s.mentions:
        if m.type not in PLACE_TYPES or id(m) in taken or not s.locative(m) or s.origin(m):
            continue
        d = lo - m.end if m.end <= lo else max(0, m.start - hi)
        if d < dist:
            best, dist = m, d
    return best


def sentence_subject(s: Sentence, before: int | None = None) -> Mention | None:
    """The first actor named in the sentence (left of ``before``)."""
    for m in s.mentions[:4]:
        if before is not None and m.end > before:
            break
        if m.type in ACTOR_TYPES and not s.prepositional(m) and not s.modifier(m):
            return m
    return None
