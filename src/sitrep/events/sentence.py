"""One sentence as the role finder sees it: its text, mentions, quotations and the document's cue
matches, with memoised questions about a mention's left context, and the compiled patterns those
questions use (the word lists are the cue sets of ``event_cues.json``)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.events import timescope
from sitrep.events.cuehit import Hit
from sitrep.events.lexicon import cue_regex, lexicon
from sitrep.model import Mention

if TYPE_CHECKING:
    from sitrep.events.roles import Subjects

_DET = r"(?:(?:the|a|an|its|their|his|her|this|that|these|those|two|three|several|some|many)\s+)?"


_CONJUNCT = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_OWNER_GAP = re.compile(r"['’]s?\s+(?:(?-i:[a-z][\w-]*)\s+)?$")   # "Kabul's (eastern) Shahr-e-Naw district"
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_IN_GAP = re.compile(r"\s+in\s+(?:the\s+)?$")
# a short parenthesis ("the Arakan Army (AA)") inside a relative clause: timescope's clause
# pattern stops at brackets, so they are blanked out before it looks again
_PAREN = re.compile(r"\([^()]{1,40}\)")
# a negation's scope ends where a past verb with its own object is coordinated after a clause of two or
# more words whose first is no shared passive ("had not been hit and looted the" stays negated):
# "said its fighters were not attacking civilians and blamed the front": "blamed" is asserted
_NEG_GAP = re.compile(r"\s*(?!be\b|been\b|being\b|\w+ed\b)\S+\s+\S+.*\band\s+(?:also\s+|then\s+)?", re.S)
_ED_OBJECT = re.compile(r"[a-z]+ed\s+(?:the|an?|its|their|his|her)\s")
# an apposition set off by commas: ", the adviser to President Y," or ", spokesman for the Z,"; a
# verb form (", killing three,") or a list (", and Y,") is none
# ", the adviser to President Y,", ", head of X,", and a participle naming who leads it: ", led by
# Meghalaya chief minister Y," (the party, not Y, did what follows)
_APPOSITIVE = re.compile(r",\s*(?:(?:the|an?)\s+(?!(?:same|next|following)\b)|(?-i:[a-z])[\w-]*\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:of|to|for|at)\s+|(?:led|headed|commanded|chaired|founded|run)\s+by\s+)[^,;:()\"“”]{2,100}?(?=,)", re.I)


def _masked_relatives(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    part = _PAREN.sub(lambda m: " " * len(m.group(0)), text[lo:hi])
    return [(a + lo, b + lo) for a, b in timescope.relatives(part, 0, len(part))]


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
    member_after: re.Pattern        # "X-linked insurgents": X acts through its members too
    attribution: re.Pattern         # "..., regional governor Ivan Fedorov said.": the source, no argument
    ally_before: re.Pattern         # "fought alongside the FACA": a party on the actor's side


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
                                  r"critically|seriously|badly|lightly)\s+)*[“\"]?$", re.I),   # 'had been "neutralised"'
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
        # "fighters from a faction of X", "a splinter group of X": X acts through its part's members
        member_before=re.compile(r"(?:^|\W)(?:" + _alt(lex.words["member_nouns"] | lex.words.get("subunit_nouns", frozenset()))
                                 + r")\s+(?:of|from|loyal\s+to|belonging\s+to|affiliated\s+with|linked\s+to)\s+"
                                 r"(?:(?:a|an|the|one)\s+(?:[a-z][\w-]*\s+)?(?:" + _alt(lex.words.get("subunit_nouns", frozenset({"faction"})))
                                 + r")\s+(?:of|from|within)\s+)?(?:the\s+)?(?:former\s+|ex-)?$", re.I),
        member_after=re.compile(r"[-‐‑]\s?(?:" + _alt(lex.words["member_suffixes"]) + r")\s+(?:[a-z][\w-]*\s+)?(?:"
                                + _alt(lex.words["member_nouns"]) + r")\b", re.I),
        attribution=_attribution_tail(lex.words.get("attribution_verbs", frozenset({"said", "says"}))),
        ally_before=_ends_with(lex.words["ally_prepositions"]),
        origin_before=re.compile(r"(?<![\w-])(?:" + _alt(lex.words["origin_verbs"]) + r")\s+(?:\w+ly\s+)?from\s+"
                                 r"(?:(?:the|a|an|neighbouring|neighboring|nearby)\s+)?(?-i:(?:[a-z][\w'-]*\s+)?)$", re.I),
    )


def _attribution_tail(verbs) -> re.Pattern:
    """A comma-led source at the end of a sentence: "..., X said (on Friday).", "..., said X.",
    "..., according to X." No comma inside it, so it starts at the last comma; a clause of its own
    ("and", "which", a gerund) is no attribution. A quotation may close at the comma ('"...," X said.')."""
    v = _alt(verbs)
    free = r"[^,;:\"“”]"
    return re.compile(r",[\"”’']?\s+(?:according\s+to\s+" + free + r"{2,100}"
                      r"|(?:" + v + r")\s+" + free + r"{2,80}"
                      r"|(?!(?:and|but|or|which|who|while|when|after|before|as|where|then|[a-z]+ing)\b)"
                      + free + r"{2,90}?\s+(?:" + v + r")"
                      # what may follow the verb: "on Friday", "in a statement", "Reuters"
                      r"(?:\s+(?:(?:on|in|at|late|early|this|last|during|via|to|through|after|before|without)\b|(?-i:[A-Z]))"
                      + free + r"{0,50})?)"
                      r"\s*[.!]?[\"”’']?\s*$", re.I)


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
    # every actor mention of the document, in order: what a generic "police", "the rebels" stands for
    doc: list[Mention] = field(default_factory=list)

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
        if not (i < len(starts) and ends[i] <= hi):
            return False
        if name == "negation":
            j = bisect_right(ends, hi) - 1     # the last negation before hi decides its scope
            return not (_ED_OBJECT.match(self.lower, hi) and _NEG_GAP.fullmatch(self.lower, ends[j], hi))
        return True

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

    def tail(self) -> int:
        """Where a trailing attribution ("..., officials said.") starts; the sentence end without one.
        Its words name who reported the act, never the act's target, agent or place."""
        key = (5, self.start)
        got = self.memo.get(key)
        if got is None:
            m = patterns().attribution.search(self.text, max(self.start, self.end - 160), self.end)
            got = self.memo[key] = m.start() if m is not None else self.end
        return got

    def relatives(self) -> list[tuple[int, int]]:
        """The sentence's comma-enclosed relative clauses (``timescope.relatives``)."""
        key = (6, self.start)
        got = self.memo.get(key)
        if got is None:
            got = timescope.relatives(self.text, self.start, self.end)
            if not got and "(" in self.text[self.start:self.end] and "wh" in self.lower[self.start:self.end]:
                got = _masked_relatives(self.text, self.start, self.end)
            self.memo[key] = got
        return got

    def appositives(self) -> list[tuple[int, int]]:
        """Comma-enclosed appositions right after a named actor ("X, the adviser to President Y,
        rejected"), as (start, end) spans like ``relatives``: names inside them are no subject."""
        key = (7, self.start)
        got = self.memo.get(key)
        if got is None:
            got = []
            if self.mentions and "," in self.text[self.start:self.end]:
                ends = {m.end for m in self.mentions if m.type in ("PERSON", "ORG", "GPE")}
                for a in _APPOSITIVE.finditer(self.text, self.start, self.end):
                    lead = a.start()
                    if self.text[lead - 1:lead] == ")":    # "the Arakan Army (AA), the ..."
                        lead = self.text.rfind("(", self.start, lead)
                        lead = len(self.text[:lead].rstrip()) if lead >= 0 else a.start()
                    # "the National People's Party (NPP), led by": the short name in brackets is the mention
                    if lead in ends or (a.start() != lead and a.start() - 1 in ends):
                        got.append((a.start(), a.end()))
            self.memo[key] = got
        return got

    def before(self, pos: int, width: int = 40) -> str:
        return self.text[max(self.start, pos - width):pos]

    def prepositional(self, m: Mention) -> bool:
        lo = max(0, self.start - 1, m.start - 40)
        if self._before(patterns().prep_before, 0, lo, m.start):
            return True
        # "campaigns in Gaza and Lebanon": a conjunct shares its first member's preposition
        c = _CONJUNCT.search(self.text, max(self.start, m.start - 8), m.start)
        if c is None:
            owner = self.owner_place(m)
            return owner is not None and self.prepositional(owner)
        prev = next((p for p in reversed(self.mentions) if p.end <= c.start()), None)
        if prev is None or prev.end != c.start():
            return False
        if "and" not in c.group(0) and "or" not in c.group(0) and prev.type != m.type \
                and not (prev.type in _PLACES and m.type in _PLACES):
            return False          # "In Bambari, UPC gunmen kidnapped": a fronted place, then the subject
        return self.prepositional(prev)

    def owner_place(self, m: Mention) -> Mention | None:
        """The place that owns the place ``m`` ("Kabul's Shahr-e-Naw district"): ``m`` shares the
        owner's preposition, so a district of a city is never a subject or an object."""
        if m.type not in _PLACES:
            return None
        c = _OWNER_GAP.search(self.text, max(self.start, m.start - 24), m.start)
        if c is None:
            return None
        prev = next((p for p in reversed(self.mentions) if p.end <= c.start()), None)
        return prev if prev is not None and prev.end == c.start() and prev.type in _PLACES else None

    def owned_place(self, m: Mention) -> Mention | None:
        """The place right after ``m`` that ``m`` owns ("Kabul's| Shahr-e-Naw"): the nearer answer to where."""
        k = bisect_left([x.start for x in self.mentions], m.end)
        nxt = self.mentions[k] if k < len(self.mentions) else None
        return nxt if nxt is not None and self.owner_place(nxt) is m else None

    def narrowest_place(self, m: Mention, taken: set[int]) -> Mention | None:
        """The narrower place ``m`` stands for as where ("Kabul's| Shahr-e-Naw district", "Wegel
        Tena in| Ethiopia's Amhara region"), or None; places in ``taken`` (ids) have other roles."""
        owned = self.owned_place(m)
        best = owned if owned is not None and id(owned) not in taken else m
        inner = self.contained_place(best)
        best = inner if inner is not None and id(inner) not in taken else best
        return None if best is m else best

    def contained_place(self, m: Mention) -> Mention | None:
        """The place set right before "in ``m``" ("the town of X in Ethiopia's Amhara region"): the
        nearer answer to where, ``m`` only saying where it lies."""
        head = self.owner_place(m) or m
        c = _IN_GAP.search(self.text, max(self.start, head.start - 8), head.start)
        if c is None:
            return None
        k = bisect_left([x.start for x in self.mentions], c.start()) - 1
        prev = self.mentions[k] if k >= 0 else None
        return prev if prev is not None and prev.end == c.start() and prev.type in _PLACES else None

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
        if self._before(patterns().loc_before, 1, max(lo - 1, self.start - 1, m.start - 40, 0), m.start):
            return True
        owner = self.owner_place(m)
        return owner is not None and owner.start >= lo and self.locative(owner, lo)

    def allied(self, m: Mention) -> bool:
        """Whether ``m`` fights on the actor's side ("fought alongside the FACA"): no target."""
        return self._before(patterns().ally_before, 7, max(self.start - 1, m.start - 40, 0), m.start)

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
