"""What a trigger codes after negation and modality: the act itself, a threat ("threatened to
strike"), an agreement ("pledged to help"), a refusal of talks ("would not negotiate"), or nothing
(negated, habitual, conditional, embedded, requested, merely intended)."""
from __future__ import annotations

import re

from sitrep.events import drafting_cues, nonacts
from sitrep.events.draft import COOPERATIVE, HOSTILE, MATERIAL
from sitrep.events.lexicon import Lexicon
from sitrep.events.sentence import Sentence

_FUTURE_MODAL = re.compile(r"will|would|['’]ll|['’]d", re.I)
# a donor's explicit commitment to a concrete delivery (the AID triggers require the goods): "promised to
# send 600 officers". Bare future or readiness ("will provide", "is ready to contribute") stays AGREE, as
# PLOVER's own coding has it
_PLEDGE = re.compile(r"(?:pledge[sd]?|promise[sd]?|offer(?:s|ed)?)(?:\s+to)?", re.I)
# a future refused right before a verb of talks: "would not negotiate", "will never sit down with"
_REFUSED_TALKS = re.compile(r"(?<![\w-])(?:(?:would|will|shall)\s+(?:not|never)|won['’]t|wouldn['’]t|"
                            r"(?:refuse[sd]?|refusing|declined?|declines)\s+to)\s+(?:\w+ly\s+|ever\s+)?$", re.I)


# a gathering a future only schedules ("the Council would meet on Monday"), unlike a party's
# commitment to talks ("would send a delegation to the talks": AGREE)
_SCHEDULED = re.compile(r"(?:meet|convene|hold\s+talks|hold\s+a\s+meeting)(?![\w-])", re.I)
# "said they would meet the mediator": the speakers commit themselves, an agreement to talk
_SELF_BEFORE = re.compile(r"(?<![\w'’-])(?:it|they|we|he|she|i)\s+$", re.I)
# a denial whose "that" clause holds the trigger, with no new clause in between: "denies that the PA
# had advance notice of the operation or coordinated with the army"
_DENIED_THAT = re.compile(r"(?<![\w-])(?:denied|denies|deny|denying)\s+(?:[\w-]+\s+){0,3}?that\s+(?:(?!\bbut\b)[^;:\"“”])*$", re.I)


# a statement participle set off by a comma after a clause ("..., rejecting calls", "..., accusing X"): an
# adjunct of the main verb of saying, out of the reach of a modal or a negation in the clause before the comma
# (a material act's participle, ", killing two", is the main act's outcome and shares its modality)
_ADJUNCT_ING = re.compile(r",\s*(?:also\s+|again\s+)?$")
_ING = re.compile(r"[A-Za-z]+ing\b")


def modality(lex: Lexicon, s: Sentence, action: str, lo: int, start: int,
             infinitive: bool) -> str | None:
    """The category the trigger codes after negation and modality, or None when nothing happened."""
    near = max(lo, start - 80)
    if nonacts.past_after_negated_modal(s, max(near, start - 45), start):
        near = start                  # "would not step down and described ...": the cues before "and" are the other verb's
    elif action not in MATERIAL and _ADJUNCT_ING.search(s.text, max(near, start - 12), start) and _ING.match(s.text, start):
        near = start                  # "said roadblocks would stay ..., rejecting calls to lift them": the speaker's own act
    if action == "CONSULT" and _REFUSED_TALKS.search(s.text, max(near, start - 30), start):
        return "REJECT"               # "would not negotiate with those who ...": a refusal of talks
    if s.has("negation", max(near, start - 45), start) \
            and not nonacts.negation_closed(s, max(near, start - 45), start):
        return None
    if s.has("habitual", near, start):
        return None
    if action == "REJECT" and s.has("background_rejection", max(near, start - 25), start):
        return None                   # "has previously denied ...": a standing position, no act of this report
    if s.has("conditional", s.start, start):
        return None
    if nonacts.defining(s, start):
        return None                   # 'use the word "neutralised" to imply they surrendered': no act
    if action in ("SANCTION", "AGREE") and nonacts.standing_status(s, action, start):
        return None                   # "the PKK, listed as a terrorist group by ...": a standing status
    if action not in ("REJECT", "ACCUSE") and _DENIED_THAT.search(s.text, s.start, start):
        return None                   # "denies that the PA had notice or coordinated with X": a denied act
    if action in MATERIAL and (s.has("embedding", near, start) or drafting_cues.requested(s, start)
                               or drafting_cues.subjunctive(s, start)):
        return None
    if action in HOSTILE and s.has("threat", near, start):
        return "THREATEN"             # "threatened to strike", "vowed to retaliate"
    modal_cue = s.has("modal", near, start)
    if not (infinitive or modal_cue):
        return action
    if action == "THREATEN" and modal_cue and _FUTURE_MODAL.fullmatch(s.last("modal", near, start).group(0)):
        return action                 # "would respond at a time and place of its choosing": the threat is the future
    if infinitive and not modal_cue and s.has("infinitive_realis", max(near, start - 30), start):
        return action                 # "went on to attack", "used drones to strike"
    if action == "CONSULT" and modal_cue and _SCHEDULED.match(s.text, start) and _FUTURE_MODAL.fullmatch(
            (modal := s.last("modal", near, start)).group(0)) and not _SELF_BEFORE.search(s.text, near, modal.start()) \
            and (pledged := s.last("intent", near, start)) is not None and _FUTURE_MODAL.fullmatch(pledged.group(0)):
        return None                   # "the Council would meet on Monday": a meeting to come, nobody agreed to anything
    if action in COOPERATIVE and s.has("intent", near, start):
        pledge = s.last("intent", near, start) if action == "AID" else None
        if pledge is not None and _PLEDGE.fullmatch(pledge.group(0)):
            return action             # "promised to send 600 officers", "would provide $5m in aid": the aid is the act
        return "AGREE"
    return None
