"""The speaker named after a reporting verb or a cue phrase: "said Foreign Minister X", "according
to a source", "said a driver in Gao" (the stretch before a verb is ``speakers.phrase_before``'s)."""
from __future__ import annotations

import re

from sitrep.quotes.apposition import abbreviation_before as _abbreviation_before
from sitrep.quotes.apposition import apposition_after
from sitrep.quotes.apposition import past_addressee as _past_addressee
from sitrep.quotes.apposition import trim as _trim
from sitrep.quotes.cues import Cues
from sitrep.quotes.speakers import PREP_BEFORE, MentionIndex, Speaker, description_of, named_speaker
from sitrep.quotes.subjects import CLAUSE as _CLAUSE

# a preposition opening a place or channel after a describing speaker phrase
_PLACE_PREP = re.compile(r"\s(?:in|on|at|during|via|through|after|before)\s", re.I)


def phrase_after(text: str, a: int, b: int, idx: MentionIndex, cues: Cues) -> Speaker | None:
    """The speaker named after a verb: "said Foreign Minister X", "according to a source"."""
    stop = b
    for i in range(a, b):
        if text[i] in ",;:.!?()\n" and not (text[i] == "." and i + 1 < b and text[i + 1].isalpha()):
            # a full stop inside an abbreviation ("Lt. Col.") does not end the phrase
            if text[i] == "." and i > a and text[i - 1].isupper() and (i - 2 < a or not text[i - 2].isalpha() or text[i - 2].isupper()):
                continue
            if text[i] == "." and _abbreviation_before(text, a, i, cues.abbreviations):
                continue
            stop = i
            break
    cm = _CLAUSE.search(text, a, stop)
    if cm and cm.start() > a:
        stop = cm.start()
    a0 = a
    a, stop = _trim(text, a, stop)
    if a >= stop:
        return None
    if text.startswith("to ", a):
        a = _past_addressee(text, a, stop, idx, cues)
        if a >= stop:
            return None
    ms = idx.within(a, stop)
    if stop < b and text[stop] == "," and not any(m.type == "PERSON" for m in ms):
        # "according to an Army spokesperson in Jammu, Lt Col X, ...": the name in apposition
        appo = apposition_after(text, stop, b, idx, cues, a0)
        if appo is not None:
            return named_speaker(appo)
    words = text[a:stop].split()
    if words and words[0].lower() in cues.pronouns and len(words) <= 2:
        return Speaker(None, words[0], a, a + len(words[0]), "pronoun")
    persons = [m for m in ms if m.type == "PERSON"]
    if persons:
        return named_speaker(persons[0])
    if ms:
        before = text[a:ms[0].start].lower().split()
        # "said a driver in Gao": a place or group after a preposition only describes the speaker
        if not any(w.strip("'’s,") in cues.speaker_nouns for w in before) and \
                not (before and PREP_BEFORE.search(text, a, ms[0].start)):
            return named_speaker(ms[0])
    pm = _PLACE_PREP.search(text, a, stop) if not ms else None
    if pm and any(w.lower() in cues.speaker_nouns for w in text[a:pm.start()].split()):
        # "wrote the president in his social networks": the channel is no part of the speaker
        stop = pm.start()
    return description_of(text, a, stop, cues)
