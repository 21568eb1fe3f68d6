"""Statements as events: what a direct quotation says, coded as its speaker's act.

Threats, rejections, demands and accusations are mostly made in statements ("We will respond
strongly", "a pretext for aggression", "Baghdad must stop these attacks", "X is responsible for
the massacre"). The quotes stage knows who said what (``QuoteFact.speaker``); this module reads the
quoted words for cue phrases (``quote_*`` sets of ``event_cues.json``) and codes one act per
category and quotation, by the speaker:

  - THREATEN: "will respond", "legitimate targets", "will pay a heavy price";
  - REJECT: "we reject", "baseless", "a pretext";
  - REQUEST: "we call on", "must stop", and an obligation put on a named other ("the government
    should take all steps": a demand on the government);
  - ACCUSE: "is responsible for", "war crimes", "violation of sovereignty".

The target is the other party the statement is about: for a demand, the one obliged; for a
rejection or accusation, who the attribution names outside the quote ("dismissed Israel's letter
as 'a pretext'"), else the first actor the quote names; for a threat, the first actor the quote
names. Quotes with no identified speaker code nothing: an unattributed threat has no actor.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from sitrep.events import deontic_speech, roles, threat_speech
from sitrep.events.lexicon import cue_regex, lexicon
from sitrep.model import Mention, QuoteFact

CATEGORIES = (("THREATEN", "quote_threaten"), ("REJECT", "quote_reject"),
              ("REQUEST", "quote_request"), ("ACCUSE", "quote_accuse"))
# the other party of a rejection or accusation is usually named by the attribution, outside the quote
OUTSIDE_FIRST = frozenset({"REJECT", "ACCUSE"})


@dataclass(slots=True)
class QuoteAct:
    """One act a quotation codes; ``start``/``end`` is the evidence (quote and attribution)."""

    action: str
    start: int
    end: int
    anchor: int                # where the statement is attributed: its date is the nearest to here
    actor: int | None
    target: Mention | None
    cue: str


# a price already paid or a consequence already suffered is a complaint, not a threat
_ALREADY_PAID = re.compile(r"(?:(?<![\w-])paid|(?<![\w-])(?:has|have|had)\s+(?:already\s+)?(?:been|suffered|faced))\s+$")
IRREALIS_REACH = 30       # "could serve as a pretext": a hypothetical this close before the cue
HYPOTHETICAL = frozenset({"REJECT", "ACCUSE"})


@dataclass(slots=True, frozen=True)
class _Cues:
    sets: tuple[tuple[str, re.Pattern], ...]
    deontic: "_Deontic"
    irrealis: re.Pattern
    reporting: re.Pattern
    # the first word of every cue term, valued by the bits of the sets it opens (bit i: sets[i],
    # bit len(sets): the deontic modals): a quotation holding none of a set's first words cannot
    # match that set's regex, so the regex is not run
    first_words: ahocorasick.Automaton


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    lex = lexicon()
    sets = tuple((action, cue_regex(lex.words[name])) for action, name in CATEGORIES if name in lex.words)
    modal = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                     for w in sorted(lex.words.get("quote_deontic", ()), key=len, reverse=True)) or r"(?!x)x"
    not_after = lex.words.get("quote_deontic_not_after", frozenset())
    # "<subject word> must ...": the subject word is checked against quote_deontic_not_after
    deontic = re.compile(r"(?<![\w'’-])([\w'’-]+)\s+(?:" + modal + r")(?![\w-])(?!\s+(?:be\s+)?(?:said|noted)\b)", re.I)
    bits: dict[str, int] = {}
    for k, name in enumerate([name for _, name in CATEGORIES if name in lex.words] + ["quote_deontic"]):
        for term in lex.words.get(name, ()):
            words = term.lower().split()
            if words:
                bits[words[0]] = bits.get(words[0], 0) | (1 << k)
    first_words = ahocorasick.Automaton()
    for word, b in bits.items():
        first_words.add_word(word, b)
    first_words.make_automaton()
    return _Cues(sets, _Deontic(deontic, not_after, lex.words.get("quote_deontic_addressees", frozenset())),
                 cue_regex(lex.words.get("quote_irrealis", ())), cue_regex(lex.words.get("reporting", ())),
                 first_words)


def _present_sets(cues: _Cues, lower: str, start: int, end: int) -> int:
    """Bits of the cue sets whose first words occur in lower[start:end] (all bits when the text is
    not ASCII: the deontic regex ignores case, which folds a few letters ``lower`` keeps)."""
    if not lower.isascii() and not lower[start:end].isascii():
        return -1
    if not len(cues.first_words):
        return 0
    found = 0
    for _, b in cues.first_words.iter(lower, start, end):
        found |= b
    return found


class _Deontic:
    """An obligation put on someone other than the speaker ("Baghdad must stop", "they should")."""

    def __init__(self, rx: re.Pattern, not_after: frozenset[str], addressees: frozenset[str]):
        self.rx, self.not_after, self.addressees = rx, not_after, addressees

    def search(self, lower: str, lo: int, hi: int, ments: list[Mention]) -> re.Match | None:
        """The first obligation whose subject is an actor the text names, or a collective addressee
        ("everyone must"): "the focus must be on ..." obliges nobody."""
        for m in self.rx.finditer(lower, lo, hi):
            word = m.group(1).lower()
            if word in self.not_after:
                continue
            if word in self.addressees or any(x.start < m.end(1) and m.start(1) < x.end and
                                              (x.type in roles.ACTOR_TYPES or x.type == "NORP") for x in ments):
                return m
        return None


def _is_speaker(m: Mention, q: QuoteFact) -> bool:
    if q.speaker is not None and m.local == q.speaker:
        return True
    return q.speaker_start is not None and q.speaker_end is not None and \
        m.start < q.speaker_end + 2 and q.speaker_start - 2 < m.end


def _candidates(s: roles.Sentence, q: QuoteFact, lo: int, hi: int) -> list[Mention]:
    out = []
    for m in s.mentions:
        if m.start < lo or m.end > hi or _is_speaker(m, q):
            continue
        if m.type not in roles.ACTOR_TYPES and m.type != "NORP":
            continue
        if s.modifier(m, leader_counts=True):
            continue                       # "Iran-backed militias": Iran is no party addressed
        out.append(m)
    return out


def _outside(s: roles.Sentence, q: QuoteFact) -> list[Mention]:
    """Actors the attribution names, outside the quote and after the speaker (a title such as
    "Iraqi Prime Minister X" stands before the speaker), past the speaker's apposition ("X,
    spokesperson for Y, told ...": Y is the speaker's own side) when a verb of saying follows it."""
    after = s.start
    if q.speaker_end is not None and s.start <= q.speaker_end <= s.end:
        after = q.speaker_end
        verb = _cues().reporting.search(s.lower, q.speaker_end, s.end)
        if verb is not None:
            after = verb.end()
    return [m for m in _candidates(s, q, after, s.end) if not s.quoted_after(m, s.start)
            and not (m.type in roles.PLACE_TYPES and s.locative(m))
            and not (q.speaker_end is not None and _SPEAKER_SIDE.fullmatch(s.text, q.speaker_end, m.start))]


# '..." said X, spokesman of Y.': an apposition right after the speaker names the speaker's own side
_SPEAKER_SIDE = re.compile(r"\s*,\s*(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){1,4}?(?:of|for|at|with|in)\s+(?:the\s+)?")


def _target(action: str, s: roles.Sentence, q: QuoteFact, cue: re.Match | None) -> Mention | None:
    inside = [m for m in _candidates(s, q, q.start, q.end) if not (m.type in roles.PLACE_TYPES and s.locative(m))]
    if action == "REQUEST" and cue is not None:
        # the one obliged: the actor standing right before the modal
        before = [m for m in inside if m.end <= cue.end(1) and cue.start(1) - m.end <= 30]
        if before:
            return before[-1]
    outside = _outside(s, q)
    order = (outside, inside) if action in OUTSIDE_FIRST else (inside, outside)
    for group in order:
        if group:
            return group[0]
    return None


def code_quotes(text: str, lower: str, sentences: list[tuple[int, int]], ments: list[Mention],
                mstarts: list[int], quotes: list[QuoteFact]) -> list[QuoteAct]:
    """The acts the document's direct quotations state, one per (quotation, category)."""
    if not quotes:
        return []
    cues = _cues()
    sstarts = [a for a, _ in sentences]
    spans = sorted((q.start - 1, q.end + 1) for q in quotes)
    qstarts = [a for a, _ in spans]
    out: list[QuoteAct] = []
    for q in quotes:
        if q.speaker is None or not (0 <= q.start < q.end <= len(text)):
            continue
        found: list[tuple[str, re.Match | threat_speech.Threat | None]] = []
        inner = ments[bisect_left(mstarts, q.start):bisect_left(mstarts, q.end)]
        present = _present_sets(cues, lower, q.start, q.end)
        # "we will be obligated to respond", "it will pay for it": threats worded past the fixed cues
        worded = threat_speech.find(lower, q.start, q.end) if not present else None
        if not present and not worded:
            continue
        for k, (action, rx) in enumerate(cues.sets):
            if not present >> k & 1:
                continue
            for m in rx.finditer(lower, q.start, q.end):
                if action in HYPOTHETICAL and cues.irrealis.search(lower, max(q.start, m.start() - IRREALIS_REACH), m.start()) \
                        and not _hedged(lower, max(q.start, m.start() - IRREALIS_REACH), m.start()):
                    continue          # "would be a war crime"; not "may constitute a war crime", a hedged finding
                if action == "THREATEN" and _ALREADY_PAID.search(lower, max(0, m.start() - 30), m.start()):
                    continue          # 'villagers "have paid a heavy price"': a complaint about the past
                found.append((action, m))
                break
        if not any(a == "REQUEST" for a, _ in found) and present >> len(cues.sets) & 1:
            deontic = cues.deontic.search(lower, q.start, q.end, inner)
            if deontic is not None:
                found.append(("REQUEST", deontic))
        if not any(a == "THREATEN" for a, _ in found):
            worded = threat_speech.find(lower, q.start, q.end) if worded is None else worded
            if worded:
                found.append(("THREATEN", worded[0]))
        if not found:
            continue
        # the evidence is the quote's sentences; its date is the one nearest the attribution, which
        # follows the quote ("..., he said on Monday") unless the speaker was named before it
        i = max(0, bisect_right(sstarts, q.start) - 1)
        j = max(i, bisect_right(sstarts, q.end - 1) - 1)
        start, end = sentences[i][0], sentences[j][1]
        before = q.speaker_start is not None and start <= q.speaker_start < q.start
        anchor = q.speaker_start if before else min(q.end + 1, end)
        s = roles.Sentence(text, lower, start, end, ments[bisect_left(mstarts, start):bisect_left(mstarts, end)],
                           quoted=spans[bisect_left(qstarts, start - 1):bisect_left(qstarts, end)])
        for action, m in found:
            target = _target(action, s, q, m if isinstance(m, re.Match) and m.re is cues.deontic.rx else None)
            if target is not None and target.local == q.speaker:
                target = None
            cue = text[m.start:m.end] if isinstance(m, threat_speech.Threat) else m.group(0) if m else action
            out.append(QuoteAct(action, start, end, anchor, q.speaker, target, cue))
    return out


def code_reported(text: str, lower: str, sentences: list[tuple[int, int]], ments: list[Mention],
                  mstarts: list[int], quotes: list[QuoteFact] | None, lo: int = 0) -> list[QuoteAct]:
    """The threats and demands sentences report outside attributed quotations ("X said Y would not
    hesitate to act", ``threat_speech.reported``; "X said Y must return ...",
    ``deontic_speech.reported``), as acts of their speakers."""
    return [QuoteAct("THREATEN", r.start, r.end, r.anchor, r.speaker.local, r.target, r.cue)
            for r in threat_speech.reported(text, lower, sentences, ments, mstarts, quotes, lo)] + \
        [QuoteAct("REQUEST", r.start, r.end, r.anchor, r.speaker.local, r.target, r.cue)
         for r in deontic_speech.reported(text, lower, sentences, ments, mstarts, quotes, lo)]


@lru_cache(maxsize=1)
def _hedges() -> re.Pattern:
    words = sorted(lexicon().words.get("quote_hedges", ()), key=len, reverse=True) or ["(?!x)x"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                      + r")\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$")


def _hedged(lower: str, lo: int, pos: int) -> bool:
    """Whether a hedging modal ("may constitute", "could amount to") stands right before ``pos``."""
    return _hedges().search(lower, lo, pos) is not None
