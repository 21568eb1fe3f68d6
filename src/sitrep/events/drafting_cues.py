"""Small readings around a trigger the coder (``sitrep.events.drafting``) asks about: a trigger inside
a name, an interview, a meeting "between" two parties, a repelled attack, the maker of the attack a
passive toll is counted in."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events import roles
from sitrep.events.lexicon import lexicon
from sitrep.knowledge import load
from sitrep.model import Mention

_TITLE_NEXT = re.compile(r"[ \t]+(?-i:[A-Z][a-z])")
_REDUCED_AFTER = re.compile(r"\s+(?:in|during|by)\s+(?:an?|the)\s+")
# the attack a toll is counted in, named by its maker: "killed in an Israeli drone strike"
_MAKER_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}$")


def in_name(s: roles.Sentence, start: int, end: int) -> bool:
    """A capitalised trigger followed by a capitalised word, not at the sentence start, belongs to a
    name or a title ("Deputy Prime Minister and Finance Minister", "Attack Helicopter Regiment")."""
    if start > s.start and s.text[start].isupper() and _quoted_title(s, start):
        return True                   # 'an operation it called "True Promise II"': a name in quotation marks
    return start > s.start and s.text[start].isupper() and not s.text[s.start:start].strip(" \"“‘'(").endswith((".", ":")) \
        and bool(_TITLE_NEXT.match(s.text, end, min(s.end, end + 4)))


_TITLE_WORDS = re.compile(r"(?:(?-i:[A-Z0-9][\w'’-]*)(?:\s+|$)){1,6}")


def _quoted_title(s: roles.Sentence, start: int) -> bool:
    """The trigger is a word of a short quoted phrase whose every word is capitalised ("True Promise
    II", "Operation Iron Wall"), set inside a sentence: a name, not a statement."""
    for a, b in s.quoted:
        if a < start < b:
            inner = s.text[a + 1:b - 1].strip(" ,.")
            return a > s.start and bool(inner) and _TITLE_WORDS.fullmatch(inner) is not None
    return False


def to_press(s: roles.Sentence, end: int, hi: int) -> bool:
    """The first thing after the trigger is a news outlet: "speaking to Reuters" is an interview."""
    for m in s.mentions:
        if m.start < end:
            continue
        return m.end <= hi and m.type == "MEDIA" and re.match(r"^\s+(?:the\s+)?$", s.text[end:m.start]) is not None
    return False


_BETWEEN = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ,]{1,30}?)?\s+between\b", re.I)


def between(s: roles.Sentence, action: str, end: int, hi: int) -> int | None:
    """Where "between" follows a meeting noun, past a date: "a phone call on May 5 between A and B"."""
    if action != "CONSULT":
        return None
    m = _BETWEEN.match(s.text, end, hi)
    return m.end() if m else None



_REPELLED_GAP = re.compile(r"\s+(?:an?|the|another|two|three|several|multiple|repeated)\s+(?:[\w-]+\s+){0,2}$", re.I)


def repelled(s: roles.Sentence, start: int) -> bool:
    """Whether the attack noun at ``start`` is the object of a verb of repelling ("repelled a
    second drone attack"): it took place, and the repeller is no actor of it."""
    hit = s.last("repel_verbs", max(s.start, start - 40), start)
    return hit is not None and _REPELLED_GAP.match(s.text, hit.end(), start) is not None


def mention_ends_at(s: roles.Sentence, pos: int) -> bool:
    """Whether a named actor stands right before ``pos`` ("Israeli forces killed ..." is active)."""
    return any(0 <= pos - m.end <= 12 and not s.text[m.end:pos].strip(" ").count(" ") for m in s.mentions)


def attack_maker(s: roles.Sentence, end: int) -> Mention | None:
    """The actor of the attack a passive toll is counted in: "killed in an Israeli drone strike",
    "wounded in a Wagner raid"; a place there is where ("in a Kharkiv missile strike"), not who."""
    gap = _REDUCED_AFTER.match(s.text, end, min(s.end, end + 12))
    if gap is None:
        return None
    m = next((m for m in s.mentions if m.start == gap.end()), None)
    if m is None or m.type not in ("NORP", "ORG") or s.modifier(m):
        return None
    hits = s.all("attack_context", m.end, min(s.end, m.end + 40))
    if not hits or _MAKER_GAP.match(s.text, m.end, hits[0].start()) is None:
        return None
    return m


@lru_cache(maxsize=1)
def _fought_gap() -> re.Pattern:
    """ " in a firefight with (members of) (the) ": the words between a passive toll and the party fought."""
    words = lexicon().words
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words.get("fought_nouns", ()), key=len, reverse=True))
    mem = "|".join(re.escape(w) for w in sorted(words.get("member_nouns", ()), key=len, reverse=True))
    if not alt:
        return re.compile(r"(?!x)x")
    return re.compile(r"\s+(?:in|during)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:" + alt + r")\s+(?:with|against)\s+"
                      r"(?:(?:" + (mem or "(?!x)x") + r")\s+(?:of|from)\s+)?(?:the\s+)?(?:[a-z][\w-]*\s+)?$", re.I)


def fought_party(s: roles.Sentence, end: int) -> Mention | None:
    """The party a passive victim fought: "a soldier was killed in a firefight with members of X":
    X killed, never X was hit."""
    rx = _fought_gap()
    for m in s.mentions:
        if m.start <= end:
            continue
        if m.start - end > 70:
            return None
        if m.type in roles.ACTOR_TYPES or m.type == "NORP":
            return m if rx.fullmatch(s.text, end, m.start) else None
    return None


def speaker_of(s: roles.Sentence, actor: Mention, pos: int) -> bool:
    """Whether ``actor`` is who says, in this sentence, what the verb at ``pos`` tells: a mention of
    it ends left of a reporting verb that itself precedes ``pos``."""
    starts, _ = s.cue_spans.get("reporting", ((), ()))
    reps = [a for a in starts if s.start <= a < pos]
    if not reps:
        return False
    last = reps[-1]
    return any(m.end <= last and m.start >= s.start and (m is actor or (m.local >= 0 and m.local == actor.local))
               for m in s.mentions)


# "the soldiers killed": a force the speaker points at, not its own ("its soldiers", "troops")
_DEFINITE_FORCE = re.compile(r"(?<![\w'’-])the\s+(?:[\w-]+\s+){1,2}(?:(?:\w+ly|also|then|later|have|has|had)\s+){0,2}$", re.I)


def definite_force(s: roles.Sentence, lo: int, pos: int) -> bool:
    """Whether the generic force words before ``pos`` carry "the" (a force the speaker points at)."""
    return _DEFINITE_FORCE.search(s.text, max(lo, pos - 40), pos) is not None


# "an attack on (one of) its convoys": the object is the possession of the group the pronoun names
_OWNED_OBJECT = re.compile(r"\s*(?:[\w-]+\s+of\s+)?(?:its|their)\s+[\w-]", re.I)


def owner_target(s: roles.Sentence, end: int, hi: int) -> Mention | None:
    """The organisation a nominal attack's possessive object belongs to, resolved from "its"/"their"
    to the sentence's subject ("The UN condemned an attack on one of its convoys": the UN's)."""
    m = _OWNED_OBJECT.match(s.lower, end, min(hi, s.end))
    if m is None:
        return None
    pron = s.first("pronoun", end, m.end())
    if pron is None or pron.group(0).lower() not in ("its", "their"):
        return None
    who = roles.resolve(s, pron)
    return who if who is not None and who.type in roles.ACTOR_TYPES and who.type != "PERSON" else None


# "... was weakened by Taliban raids", "have been pounded by Russian airstrikes": the attack noun is
# the agent of a passive; the words between "by" and the noun are its maker's name
_PASSIVE_BY = re.compile(r"(?:^|\W)(?P<aux>was|were|been|being|is|are|got|get|gets)\s+(?:\w+ly\s+)?"
                         r"(?-i:[a-z]+)\s+by\s+(?:(?:the|a|an|repeated|heavy|fierce|several|recent|renewed|"
                         r"continued)\s+)*$", re.I)


def passive_maker(s: roles.Sentence, start: int, lex) -> tuple[Mention, Mention | None] | None:
    """For an attack noun that is a passive's agent ("X has been weakened by Taliban raids"), its
    maker named right before it (the actor) and the passive's subject (the target)."""
    maker = next((m for m in s.mentions if m.end <= start and start - m.end <= 2 and not s.text[m.end:start].strip()
                  and (m.type in roles.ACTOR_TYPES or m.type == "NORP")), None)
    if maker is None:
        return None
    by = _PASSIVE_BY.search(s.text, max(s.start, maker.start - 60), maker.start)
    if by is None:
        return None
    return maker, roles.subject(s, by.start("aux"), lex)[0]


# "called on the RSF to lift the siege ... and allow aid": the acts in a request's infinitive
# complement are what was asked for, not what happened. The complement runs from "to" up to the
# trigger without a sentence-internal break or a new clause's subject ("..., then it shelled").
@lru_cache(maxsize=1)
def _request_heads() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The request verb stems (event_cues ``request_heads``) and the pattern of their heads."""
    stems = tuple(sorted({t.lower() for e in load("event_cues.json") if e.get("name") == "request_heads"
                          for t in e["terms"]}, key=len, reverse=True))
    alt = "|".join(re.escape(t) for t in stems) or "(?!)"
    return stems, re.compile(rf"(?<![\w-])(?:{alt})(?:s|ed|ing)?\s+(?:on|upon|to)\s", re.I)
_REQUEST_COMPLEMENT = re.compile(
    r"[^;:.()\"“”]{0,80}?\s+to\s+"
    r"(?:(?!(?:,\s*(?:and\s+)?|\s+and\s+)(?:then|later|but|while|after|before|when|it|they|he|she|we|its|their)\b)"
    r"[^;:.()\"“”]){0,100}", re.I)


def requested(s: roles.Sentence, start: int) -> bool:
    """The trigger at ``start`` stands in the complement of "called on X to ...": a request's content."""
    lo = max(s.start, start - 200)
    seg = s.text[lo:start].lower()
    stems, heads = _request_heads()
    if " to " not in seg or not any(t in seg for t in stems):
        return False                      # the common case, decided without a regex
    head = None
    for head in heads.finditer(s.text, lo, start):
        pass
    return head is not None and _REQUEST_COMPLEMENT.fullmatch(s.text, head.end(), start) is not None


# a that-clause subject with no verb of its own before the trigger: "... demand is that| the president |resign"
_SUBJUNCTIVE_GAP = re.compile(r"\s*(?:(?:the|a|an|all|its|their|his|her)\s+)?(?:[\w'’.-]+\s+){0,5}?"
                              r"(?:(?:must|should|immediately)\s+)?$")
_INFLECTED = re.compile(r"[a-z]+(?:ed|s)\b")


def subjunctive(s: roles.Sentence, start: int) -> bool:
    """The bare verb at ``start`` is a demand's content in the subjunctive ("whose main demand is that the
    president resign", "demanded that the troops withdraw"): asked for, not done."""
    cue = s.last("subjunctive_heads", max(s.start, start - 120), start)
    return cue is not None and not _INFLECTED.match(s.lower, start) \
        and _SUBJUNCTIVE_GAP.fullmatch(s.text, cue.b, start) is not None
