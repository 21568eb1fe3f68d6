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
