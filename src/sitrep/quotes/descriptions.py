"""What a speaker's description says about who speaks: one person ("a senior official", "one of
the health workers"), several people ("doctors at the hospital"), or an office given around a name
(", the country's prime minister"; "junta chief Senior General"). ``salience`` asks these when it
looks for the person a pronoun or a description stands for.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.quotes.cues import Cues
from sitrep.quotes.speakers import MentionIndex, Speaker

# an age or an apposition introducing a bare given name: "said Mariam, 41", "Abdou, a herder, said"
_INTRODUCED = re.compile(r",[ \t]+(?:\d{1,3}\b|an?[ \t]+[a-z]|who\b|aged\b)")


@lru_cache(maxsize=256)
def after_title(forms: tuple[str, ...]) -> re.Pattern:
    """An apposition giving the office after a name: ", the country's prime minister"."""
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf",\s+(?:[\w'’]+\s+){{0,3}}(?:{alt})\b", re.I)


@lru_cache(maxsize=256)
def office_of(forms: tuple[str, ...]) -> re.Pattern:
    """An office with its body before a name in apposition, the comma taken off: "the secretary
    of the Civil Police" (", X"), "the high commissioner of the Republic" (", Y")."""
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\s+(?:of|for|at|in)\s+[^,;:.!?\"“”]{{1,50}}$", re.I)


# one capitalised rank or title word between an office and the name it introduces: "junta chief
# Senior General X", "rebel leader Field Marshal Y", "army spokesman Lt. Col. Z"
_CAP_WORD_TAIL = re.compile(r"[ \t]+[A-Z][a-z]*\.?$")


def ranked_title(raw: str, forms: tuple[str, ...]) -> bool:
    """Whether the office ends the words before a name once up to three capitalised rank or title
    words are taken off: "Chief of Army Staff General", "junta chief Senior General"."""
    for _ in range(3):
        m = _CAP_WORD_TAIL.search(raw)
        if m is None:
            return False
        raw = raw[:m.start()]
        if raw.lower().endswith(forms):
            return True
    return False


def person_description(sp: Speaker, cues: Cues, text: str = "") -> bool:
    """Whether a description names one person ("a senior official"), whom "he" may refer to."""
    name = sp.name or ""
    words = name.lower().split()
    if len(words) == 1 and name[:1].isupper() and name[1:].islower() and words[0] not in cues.speaker_nouns \
            and words[0] not in cues.pronouns and sp.end is not None and _INTRODUCED.match(text, sp.end):
        # a bare given name the actor finder missed, introduced by an age or an apposition
        # ("said Mariam, 41", "Abdou, a herder, said"): one person
        return True
    # "one of the health workers" is one person however plural its head
    return bool(words) and words[-1] in cues.person_nouns and \
        (not words[-1].endswith("s") or words[:2] == ["one", "of"])


# what may stand before the head of a plural description: "the", "some", "two", "local"
_PLURAL_LEAD = frozenset(("the", "some", "many", "several", "two", "three", "four", "five", "local", "other"))


def plural_people(words: list[str], cues: Cues) -> bool:
    """Whether a subject's words (lower case) open with several people: "doctors at the
    hospital", "some residents", "two local officials" (not "one of the residents")."""
    i = 0
    while i < len(words) - 1 and i < 2 and words[i] in _PLURAL_LEAD:
        i += 1
    return words[i] in cues.person_nouns and words[i].endswith("s")


# an age standing for the person: "the 73-year-old"
_AGE = re.compile(r"\d{1,3}[-\s]year[-\s]old")


def one_person(words: list[str], cues: Cues) -> bool:
    """Whether a description's words (lower case) are "the" and an age ("the 73-year-old") or an
    office title alone ("the president", "the colonel"): one person the text is about."""
    if len(words) < 2 or words[0] != "the":
        return False
    rest = " ".join(words[1:])
    return bool(_AGE.fullmatch(rest)) or rest in cues.office_title_set


def other_office(text: str, idx: MentionIndex, cues: Cues, person: Speaker, title: str, at: int) -> bool:
    """Whether the text gave ``person`` an office other than ``title`` before ``at``: "the
    premier" is not the one introduced as "Foreign Minister X"."""
    if title not in cues.office_title_set or person.local is None:
        return False
    own = cues.office_synonyms.get(title, (title,))
    others = tuple(t for t in cues.office_titles if t not in own)
    other_after = after_title(others)
    for m in idx.within(0, at):
        if m.local != person.local:
            continue
        before = text[max(0, m.start - 40):m.start].lower().rstrip(" ,")
        if any(before.endswith(t) and not before[:-len(t)][-1:].isalpha() for t in others) \
                and not before.endswith(own):
            return True
        if other_after.match(text, m.end, m.end + 80) is not None:
            return True
    return False
