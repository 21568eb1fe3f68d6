"""Words of cooperation or diplomacy that report no act: a need or a prescription ("Ethiopia needs
talks, not drones"), an imperative ("Talk to Kabul", "A: Negotiate with them") and an interviewer's
first person ("We spoke to Dr X": the outlet interviewing its source, not a party consulting one).
Opinion pieces and interviews are full of them; coded, they invent meetings that never happened.
The need words are data (``need_words`` of ``event_cues.json``)."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.lexicon import lexicon
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

# what may open a sentence before an imperative verb: a Q&A label, a quotation mark, "So," "Just"
_IMPERATIVE_LEAD = re.compile(r"\s*(?:(?:[QA]|Answer|Question)\s*[:.-]\s*)?[\"“‘'(]?\s*(?:(?:so|just|now|then|first),?\s+)?$", re.I)
# an interviewer's first person right before the verb: "We spoke to", "I met with"
_FIRST_PERSON = re.compile(r"(?:^|[^\w'’-])(?:we|i)\s+(?:(?:\w+ly|also|then|later|have|had|recently)\s+){0,2}$", re.I)


@lru_cache(maxsize=1)
def _need() -> re.Pattern[str]:
    words = sorted(lexicon().words.get("need_words", ()) or ("needs",), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(r"(?<![\w-])(?:" + alt + r")\s+(?:(?:more|real|genuine|serious|direct|new|urgent|peace|"
                      r"the|a|an|some)\s+){0,2}$", re.I)


# a future in the clause a condition hangs on: "it would free him only after ..."
_FUTURE = re.compile(r"(?<![\w'’-])(?:will|would|won['’]t|shall)\b|['’]ll\b", re.I)


def conditioned(s: Sentence, start: int) -> bool:
    """The trigger stands in the condition of a future act ("would free X only after the government
    agreed to talks"): what must happen first, not what happened."""
    cond = s.last("condition_heads", max(s.start, start - 80), start)
    return cond is not None and _FUTURE.search(s.text, max(s.start, cond.start() - 120), cond.start()) is not None


def unasserted(s: Sentence, start: int, form: str, nominal: bool) -> bool:
    """Whether the cooperative trigger at ``start`` (verb form ``form``, or a noun) states no act."""
    if conditioned(s, start):
        return True
    if nominal:
        return _need().search(s.text, max(s.start, start - 40), start) is not None
    if form == "base" and _IMPERATIVE_LEAD.fullmatch(s.text, s.start, start) and s.text[start:start + 1].isupper():
        return True                       # "Talk to Kabul, ...": advice, no subject
    if _quoted(s, start):
        return False                      # "we met them twice," he said: the speaker's party
    return _FIRST_PERSON.search(s.text, max(s.start, start - 30), start) is not None


def _quoted(s: Sentence, pos: int) -> bool:
    return any(a <= pos < b for a, b in s.quoted)


# ", and" or "and" right before a verb, after the previous statement's words: "condemned the strike as
# "a massacre" and called on ...", "considered it "a dangerous escalation", and it called ..."
_AND_BEFORE = re.compile(r"(?:,\s*)?\band\s+(?:(?:it|they|he|she)\s+)?(?:also\s+|then\s+|later\s+)?$", re.I)


def coordinated_speaker(s: Sentence, start: int, drafts: list) -> Mention | None:
    """The actor of the statement verb a coordinated statement verb shares its subject with, when no
    named subject stands between them: the office that condemned is the one that called on."""
    if not _AND_BEFORE.search(s.text, max(s.start, start - 20), start):
        return None
    prev = next((d for d in reversed(drafts) if d.verbal and d.end <= start and d.actor is not None), None)
    if prev is None or ";" in s.text[prev.end:start]:
        return None
    return prev.actor


# a sentence that explains a word or a label, not an act: 'use the word "neutralised" to imply the
# militants surrendered, were killed or captured', '"neutralised" means killed or captured'
_DEFINING = re.compile(r"(?<![\w-])(?:(?:uses?|used|using)\s+the\s+(?:word|term|expression|label)\b[^;.]{0,60}?\bto\s+"
                       r"(?:mean|imply|describe|refer\s+to|indicate|denote|cover)|[\"”’']\s+(?:means|meant|refers\s+to|"
                       r"implies|is\s+used\s+to\s+(?:mean|describe|refer\s+to))|(?:the\s+)?(?:word|term)\s+[\"“‘']?[\w-]+"
                       r"[\"”’']?\s+(?:means|refers\s+to|implies|covers))(?![\w-])", re.I)
# a status held for years, not a listing now: "the PKK - listed as a terrorist organisation by ...",
# "is designated a terrorist group by the US"
_STANDING_BEFORE = re.compile(r"(?:(?<![\w-])(?:is|are|remains|remain|been|being)\s+(?:\w+ly\s+|also\s+)?|[-–—,(]\s*)$", re.I)
_AS_LABEL = re.compile(r"\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:terrorist|terror|proscribed|banned|outlawed|"
                       r"extremist)\b", re.I)
# "has pledged allegiance to", "which pledged allegiance to": a standing loyalty, not an agreement now
_ALLEGIANCE = re.compile(r"(?:pledged|pledges|pledge|sworn|swore|swears|declared)\s+(?:its\s+|their\s+|his\s+)?"
                         r"(?:allegiance|loyalty|fealty|bay['’]?ah)\b", re.I)
_STANDING_PERFECT = re.compile(r"(?<![\w-])(?:has|have|had|having|which|who|that)\s+(?:\w+ly\s+|also\s+|since\s+)?$", re.I)


def defining(s: Sentence, start: int) -> bool:
    """The trigger is part of a definition of a word (``_DEFINING`` before it in the sentence)."""
    return _DEFINING.search(s.text, s.start, start) is not None


_WORD = re.compile(r"[\w-]+")


def standing_status(s: Sentence, action: str, start: int) -> bool:
    """A designation or loyalty the actor has held for a while: "(is) listed as a terrorist group
    by", "has pledged allegiance to"; coded, it invents a sanction or an agreement of the day."""
    if action == "SANCTION":
        word = _WORD.match(s.text, start)
        end = word.end() if word is not None else start
        return _STANDING_BEFORE.search(s.text, max(s.start, start - 24), start) is not None \
            and _AS_LABEL.match(s.text, end, min(s.end, end + 60)) is not None
    if action == "AGREE":
        return _ALLEGIANCE.match(s.text, start) is not None \
            and _STANDING_PERFECT.search(s.text, max(s.start, start - 24), start) is not None
    return False


# a coordinated verb right before the trigger: "... and demanded", "..., and also called"
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")


# "would not step down and described": a negated bare verb after a modal or "do", then "and" and a past
# verb, which cannot share the modal, so it goes with the clause before (the verb of saying)
_MODAL_BEFORE = re.compile(r"(?<![\w'’-])(?:would|will|could|can|should|shall|must|may|might|did|does|do)\s+$")
_BARE_THEN_AND = re.compile(r"\s+(?!been\b|be\b|have\b)[a-z]+(?<!ed)\b[^,;:.\"“”]{0,40}?\s+and\s+(?:also\s+|then\s+|later\s+)?$")
_PAST_WORD = re.compile(r"[a-z]+ed\b")


def past_after_negated_modal(s: Sentence, lo: int, start: int) -> bool:
    """Whether the past verb at ``start`` follows "and" after a negated modal's bare verb ("said he would
    not step down and described the storming as a coup"): neither the negation nor the modal reaches it."""
    last = s.last("negation", lo, start)
    if last is None or not _PAST_WORD.match(s.lower, start):
        return False
    return _MODAL_BEFORE.search(s.lower, max(s.start, last.a - 12), last.a) is not None \
        and _BARE_THEN_AND.match(s.lower, last.b, start) is not None


def negation_closed(s: Sentence, lo: int, start: int) -> bool:
    """Whether the one negation in [lo, start) cannot reach a trigger coordinated after it: "without"
    negates only its own phrase ("accused X of leaving soldiers without air cover and demanded ..."),
    and a negation inside a quotation closed before the trigger stays in the quotation
    ("accused X of 'not protecting us' and demanded ..."). "did not attack and loot" stays negated."""
    first, last = s.first("negation", lo, start), s.last("negation", lo, start)
    if first is None or last is None or first != last:
        return False
    gap = s.lower[last.b:start]
    if _AND_BEFORE.search(gap) is None:
        return False
    if s.lower[last.a:last.b] == "without":
        return True
    # the quotation holding the negation closes in the gap: a closing curly mark before any opening
    # one, or an odd number of straight marks
    curly = gap.find("\u201d")
    return (curly >= 0 and "\u201c" not in gap[:curly]) or gap.count('"') % 2 == 1
