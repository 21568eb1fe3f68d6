"""Threats as speakers word them: "we will be obligated to respond", "Israel will pay for it", "it
will face crushing attacks", "there would be severe consequences for X", "operations against X
would continue", in a direct quotation or reported ("X said Y would not hesitate to act again").

A threat is a future (will, would, shall) of what the speaker's side will do to another (respond,
strike, avenge: ``quote_threat_acts``) or of what the other will undergo (pay a price, regret, be
dealt with: ``quote_threat_sufferings``), optionally through a helper ("be forced to", "not
hesitate to"); or a threat noun the future or a promise puts on someone ("would face a
proportional reaction", "promised a vigorous response": response words need a threat adjective);
or hostile operations said to go on. A bare "will escalate" or "would likely respond" is a
forecast, not a threat. The words are data (``quote_threat_*`` sets of ``event_cues.json``).

``find`` gives the threats in a span (the quotes stage's quotations use it); ``reported`` codes
the threats a sentence reports outside quotation marks by the subject of its verb of saying.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from sitrep.events.lexicon import lexicon
from sitrep.model import Mention, QuoteFact

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})
# generic acts that threaten only with an object of hostility or a helper ("would act against",
# "would not hesitate to act"): "the government will act to help farmers" is a promise
_WEAK = frozenset({"act", "take action", "attack", "target"})
# what a response answers when it is no threat: "would respond to the proposal"
_NOT_OBJECT = re.compile(r"\s+(?:to|on)\s+(?:(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}?(?:proposals?|offers?|letters?|requests?|questions?|quer(?:y|ies)|plans?|"
                         r"initiatives?|invitations?|calls?|needs|criticism|concerns|appeals?|inquir(?:y|ies)|"
                         r"emails?|messages?|comments?|demands|situation|crisis|pandemic|outbreak|disaster|"
                         r"emergency|floods?|earthquake)\b|\s+as\b|\s+(?:an?\s+)?(?:deal|agreement|balance|compromise|"
                         r"chord|pose|tone)\b", re.I)
# ("will act against any threat" is readiness against no one: a weak act needs a party or a manner)
_HOSTILE_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:against(?!\s+(?:any|all)\s+(?:threats?|dangers?|violations?|risks?)\b)|"
                            r"on\s+(?:any|every)|firmly|forcefully|decisively|harshly|strongly|swiftly|again)\b", re.I)
_SPEAKER_GAP = re.compile(r"[\s,]*(?:\([^()]{1,40}\)\s*)?(?:,[^,;:\"“”]{1,90},\s*)?(?:(?:also|has|have|had|later|"
                          r"then|again|earlier|separately|\w+ly)\s+){0,2}$", re.I)
_NEGATED_SAYING = re.compile(r"(?:\bnot|n['’]t|\bnever|\bdenied|\bdenies)\s+(?:\w+\s+)?$", re.I)
_WHETHER = re.compile(r"\b(?:whether|if\s+(?:it|they|he|she)\s+(?:would|will))\b", re.I)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|though)\b|\s+but\s")
_PRONOUN = re.compile(r"(?<![\w-])(he|she|it|they)\s+$", re.I)


@dataclass(slots=True, frozen=True)
class Threat:
    """One threat in the text: its span, and whether the words name the threatened side as their
    subject ("X will pay": X is threatened) rather than the threatening one ("we will respond")."""

    start: int
    end: int
    suffered: bool


def _alt(words, tail: str = r"(?![\w-])") -> str:
    terms = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms) + ")" + tail if terms else r"(?!x)x"


@dataclass(slots=True, frozen=True)
class _Rx:
    verbal: re.Pattern
    noun: re.Pattern
    ops_first: re.Pattern
    ops_last: re.Pattern
    bare_nouns: frozenset[str]
    adjectives: frozenset[str]
    not_ops: frozenset[str]
    sayer: re.Pattern
    forecast: re.Pattern
    other_side: re.Pattern
    faced: frozenset[str]
    sequel: re.Pattern
    ops_words: frozenset[str]


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    w = lexicon().words
    fut = r"(?<![\w'’-])(?:will|would|shall|is\s+going\s+to|are\s+going\s+to|" + \
        _alt(w.get("quote_threat_rights", ()), "") + r")|['’]ll"
    helpers = r"(?P<help>(?:\s+" + _alt(w.get("quote_threat_helpers", ())) + r")*)"
    # the act may open a quotation: 'the army would "make pay" the authors'
    verbal = re.compile(r"(?:" + fut + r")" + helpers + r"\s+[\"“‘']?(?:(?P<act>" + _alt(w.get("quote_threat_acts", ())) +
                        r")|(?P<suf>" + _alt(w.get("quote_threat_sufferings", ())) + r"))", re.I)
    sep = r"[\s\"“”‘’']+"
    noun = re.compile(r"(?<![\w-])" + _alt(w.get("quote_threat_noun_leads", ()), "") + sep +
                      r"(?:(?:an?|the)" + sep + r")?(?P<np>(?:[\w-]+(?:\s*,)?" + sep + r"){0,3}?)(?P<noun>" +
                      _alt(w.get("quote_threat_nouns", ())) + r")", re.I)
    ops = _alt(w.get("quote_threat_operations", ()))
    ops_first = re.compile(r"(?<![\w-])(?P<ops>" + ops + r")[^.;:\"“”]{0,60}?\s(?:will|would|shall)\s+(?:continue|"
                           r"go\s+on|press\s+on|(?:not|never)\s+(?:stop|end|halt|cease))(?![\w-])", re.I)
    ops_last = re.compile(r"(?:" + fut + r")\s+(?:(?:not|never)\s+(?:halt|stop|end|cease|suspend)|continue|keep\s+up|"
                          r"press\s+on\s+with|step\s+up|intensify|expand)\s+(?:(?:its|their|our|the|his|her)\s+)?"
                          r"(?:[\w-]+\s+){0,2}?(?P<ops>" + ops + r")", re.I)
    sayer = re.compile(r"(?<![\w-])" + _alt(w.get("quote_threat_sayers", ())), re.I)
    return _Rx(verbal, noun, ops_first, ops_last, frozenset(w.get("quote_threat_bare_nouns", ())),
               frozenset(w.get("quote_threat_adjectives", ())), frozenset(w.get("quote_threat_not_operations", ())),
               sayer, re.compile(r"(?<![\w-])" + _alt(w.get("quote_threat_forecasters", ())) + r"[^.;:!?]{0,50}$", re.I),
               re.compile(r"(?<![\w-])" + _alt(w.get("quote_threat_other_side", ())) + r"\s+$", re.I),
               frozenset(w.get("quote_threat_faced_nouns", ())),
               re.compile(r"(?:will|would|shall)\s+(?:(?:also|soon|surely|certainly)\s+)?" +
                          _alt(w.get("quote_threat_sequels", ())), re.I),
               frozenset(" ".join(t.split()) for t in w.get("quote_threat_operations", ())))


def _hostile_ops(lower: str, ops_start: int, lo: int) -> bool:
    """Operations of war, not "aid operations": the word right before them is no relief word."""
    before = lower[max(lo, ops_start - 24):ops_start].split()
    return not (before and before[-1].strip(",") in _rx().not_ops)


# where a threat can start: a future or a claimed right (every shape holds one but the promise
# nouns), and the promise verbs; found with str.find, far cheaper than running the shapes over the text
_FUTURES = ("will", "would", "shall", "'ll", "’ll", "reserv")
_RIGHT = "right to"           # "has every right to", "have the right to respond": the claim starts before it
_PROMISES = ("promis", "vow", "threaten")
_GOES_ON = re.compile(r"[a-z'’]+\s+(?:continue|go\s+on|press\s+on|(?:not|never)\s+(?:stop|end|halt|cease))\b")


def _starts(lower: str, lo: int, hi: int, words: tuple[str, ...]) -> list[int]:
    out = []
    for w in words:
        i = lower.find(w, lo, hi)
        while i >= 0:
            if w[0] in "'’" or i == 0 or not (lower[i - 1].isalnum() or lower[i - 1] in "-'’_"):
                out.append(i)
            i = lower.find(w, i + 1, hi)
    return out


_MORE = re.compile(r"(?<![\w-])more\s+(?:(?P<ops>[\w-]+)\s+)?$")


def _more_of(lower: str, lo: int, p: int) -> bool:
    """"more would follow", "more strikes will follow": more of the act the speaker's side did, warned
    of; "more talks would follow" is no threat, so a noun there must be one of war."""
    m = _MORE.search(lower, lo, p)
    return m is not None and (m.group("ops") is None or m.group("ops") in _rx().ops_words)


def find(lower: str, lo: int, hi: int) -> list[Threat]:
    """The threats worded in lower[lo:hi], in text order."""
    rx = _rx()
    found: dict[int, Threat] = {}
    futures = _starts(lower, lo, hi, _FUTURES)
    i = lower.find(_RIGHT, lo, hi)
    while i >= 0:
        m = rx.verbal.search(lower, max(lo, i - 16), min(hi, i + 80))
        if m is not None and m.start() < i:
            futures.append(m.start())
        i = lower.find(_RIGHT, i + 1, hi)
    # "they knew that the enemy would retaliate": a forecast of another's act, not a threat
    futures = [p for p in futures if not rx.forecast.search(lower, max(lo, p - 60), p)]
    for p in futures:
        m = rx.verbal.match(lower, p, hi)
        if m is not None and m.group("act") is not None and rx.other_side.search(lower, max(lo, p - 16), p):
            m = None                      # "the enemy would retaliate": the other side's act, foretold
        if m is not None and m.group("act") is not None:
            head = " ".join(m.group("act").split())
            if _NOT_OBJECT.match(lower, m.end(), hi):
                m = None                  # "would respond to the proposal": an answer, not a threat
            elif head in _WEAK and not m.group("help") and not _HOSTILE_AFTER.match(lower, m.end(), hi):
                m = None                  # "will act to protect farmers": no one is threatened
        if m is not None:
            found.setdefault(m.start(), Threat(m.start(), m.end(), m.group("suf") is not None))
            continue
        m = rx.sequel.match(lower, p, hi)
        if m is not None and _more_of(lower, max(lo, p - 30), p):
            found.setdefault(m.start(), Threat(m.start(), m.end(), False))    # "... and that more would follow"
            continue
        m = rx.ops_last.match(lower, p, hi)
        if m is not None and _hostile_ops(lower, m.start("ops"), m.start()):
            found.setdefault(m.start(), Threat(m.start(), m.end(), False))
            continue
        if _GOES_ON.match(lower, p, hi):
            for m in rx.ops_first.finditer(lower, max(lo, p - 72), min(hi, p + 30)):
                if m.end() > p and _hostile_ops(lower, m.start("ops"), lo):
                    found.setdefault(m.start(), Threat(m.start(), m.end(), False))
                    break
    for p in futures + [q - 6 for q in futures if q - 6 >= lo and lower.startswith("there ", q - 6)] + \
            _starts(lower, lo, hi, _PROMISES):
        m = rx.noun.match(lower, p, hi)
        if m is None or m.start() in found:
            continue
        noun = " ".join(m.group("noun").split())
        words = {x.strip(",\"“”‘’'") for x in m.group("np").split()}
        if noun not in rx.bare_nouns and _NOT_OBJECT.match(lower, m.end(), hi):
            continue                      # "a swift response to the families' complaints": an answer
        if noun in rx.bare_nouns or words & rx.adjectives or (noun in rx.faced and "face" in m.group(0)):
            found[m.start()] = Threat(m.start(), m.end(), "face" in m.group(0) or "receive" in m.group(0)
                                      or "met with" in m.group(0))
    return sorted(found.values(), key=lambda t: t.start)


@dataclass(slots=True)
class Reported:
    """A threat a sentence reports: the speaker (a mention), the threatened (or None), where."""

    start: int                 # the sentence
    end: int
    anchor: int                # the verb of saying: the statement's date is the nearest to here
    speaker: Mention
    target: Mention | None
    cue: str


def _speaker(text: str, lower: str, verb: int, lo: int, ments: list[Mention], mstarts: list[int],
             doc_lo: int) -> Mention | None:
    """The subject of the verb of saying at ``verb``: the actor named right before it ("Gallant,
    the defence minister, said"), or for "he/she/it/they said" the last such actor before."""
    k = bisect_left(mstarts, verb) - 1
    while k >= 0 and ments[k].start >= lo:
        m = ments[k]
        if m.end <= verb and m.type in ACTOR_TYPES and _SPEAKER_GAP.fullmatch(text, m.end, verb):
            return m
        if m.end <= verb and _SPEAKER_GAP.fullmatch(text, m.end, verb) is None and m.type in ACTOR_TYPES:
            break
        k -= 1
    pron = _PRONOUN.search(lower, max(lo, verb - 12), verb)
    if pron is None:
        return None
    person = pron.group(1) in ("he", "she")
    # the pronoun's antecedent: the last actor of its kind named before the sentence
    k = bisect_left(mstarts, lo) - 1
    while k >= 0 and ments[k].start >= max(doc_lo, lo - 400):
        m = ments[k]
        if (m.type == "PERSON") == person and m.type in ACTOR_TYPES:
            return m
        k -= 1
    return None


def _target(t: Threat, lo: int, hi: int, ments: list[Mention], mstarts: list[int],
            speaker: Mention, text: str) -> Mention | None:
    """The threatened: the subject of a suffered threat ("Israel would face"), else the first actor
    named after the threat ("severe consequences for Iran", "respond against X")."""
    def other(m: Mention) -> bool:
        return m.type in ACTOR_TYPES and m.local != speaker.local and not (m.end < len(text) and text[m.end:m.end + 1] == "-")
    if t.suffered:
        k = bisect_left(mstarts, t.start) - 1
        if k >= 0 and ments[k].start >= lo and other(ments[k]) and t.start - ments[k].end <= 40 \
                and not any(c in text[ments[k].end:t.start] for c in ",;:"):
            return ments[k]
    for k in range(bisect_left(mstarts, t.start), len(ments)):
        m = ments[k]
        if m.start >= hi:
            break
        if other(m):
            return m
    return None


def reported(text: str, lower: str, sentences: list[tuple[int, int]], ments: list[Mention],
             mstarts: list[int], quotes: list[QuoteFact] | None, doc_lo: int = 0) -> list[Reported]:
    """The threats the document reports by a named speaker outside quotations that already have
    one ("Bagheri said Iran reserves ...", "Sullivan said there would be "severe consequences"")."""
    rx = _rx()
    hits = find(lower, doc_lo, len(lower))
    if not hits:
        return []
    spoken = sorted((q.start, q.end) for q in quotes or () if q.speaker is not None)
    sstarts = [a for a, _ in sentences]
    out: list[Reported] = []
    seen: set[int] = set()
    for t in hits:
        i = bisect_left(sstarts, t.start + 1) - 1
        if i < 0 or i in seen:
            continue
        a, b = sentences[i]
        if t.end > b:
            continue
        j = bisect_left(spoken, (t.start + 1,)) - 1
        if j >= 0 and spoken[j][0] <= t.start and t.end <= spoken[j][1]:
            continue                  # inside an attributed quotation: the quotes stage's act
        # the verb of saying before the threat, or the threat's own verb ("vowed revenge")
        verbs = [v for v in rx.sayer.finditer(lower, a, t.end) if v.start() <= t.start]
        if not verbs:
            continue
        verb = verbs[-1]
        if _NEGATED_SAYING.search(lower, max(a, verb.start() - 16), verb.start()) or \
                _WHETHER.search(lower, verb.end(), t.start):
            continue                  # "did not say whether Israel would respond": nothing was threatened
        speaker = _speaker(text, lower, verb.start(), a, ments, mstarts, doc_lo)
        if speaker is None or speaker.local < 0:
            continue
        target = _target(t, verb.end(), b, ments, mstarts, speaker, text)
        seen.add(i)
        # the evidence is the sentence up to the threat's clause end: "..., but it did not claim any
        # attack" is another statement
        cut = _CLAUSE_END.search(lower, t.end, b)
        out.append(Reported(a, cut.start() if cut is not None else b, verb.start(), speaker, target, text[t.start:t.end]))
    return out
