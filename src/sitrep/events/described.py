"""An unnamed actor described by its kind, as the subject of a hostile act: "Gunmen attacked a
market", "suspected jihadists stormed a village", "a group of armed men raided the camp".

ACLED codes such an act with an "unidentified armed group" as its actor; dropping it for want of a
name would lose the most common kind of incident report. The description is kept as written
(``EventFact.actor_name``). The nouns and the words that may open the phrase are the
``unnamed_attackers`` and ``unnamed_attacker_modifiers`` sets of ``event_cues.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.lexicon import lexicon
from sitrep.events.sentence import Sentence
from sitrep.model import Mention

_REACH = 60


def _alternation(terms) -> str:
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(terms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _subject() -> re.Pattern:
    words = lexicon().words
    # a protesting crowd is described the same way: "hundreds of protesters gathered ... demanding"
    nouns = (words.get("unnamed_attackers") or frozenset()) | (words.get("protest_crowds") or frozenset()) \
        or frozenset({"(?!x)x"})
    mods = words.get("unnamed_attacker_modifiers") or frozenset({"(?!x)x"})
    means = words.get("unnamed_attacker_means") or frozenset({"(?!x)x"})
    numbers = r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|scores\s+of|hundreds\s+of" \
        r"|thousands\s+of|tens\s+of\s+thousands\s+of"
    # "Gunmen on motorbikes stormed", "armed men in military uniform attacked": a short phrase that
    # says how the attackers came or looked still leaves them the subject
    return re.compile(rf"(?:^|(?<=[\s,;(\"“—-]))((?:(?:{_alternation(mods)}|{numbers})\s+){{0,3}}(?:{_alternation(nouns)}))"
                      r"(?:\s+(?:on|riding|aboard|armed\s+with|wearing|dressed\s+in|in)\s+(?:(?:a|an|the|two|several)\s+)?"
                      rf"(?:[a-z][\w'-]*\s+){{0,2}}?(?:{_alternation(means)}))?"
                      r"\s+(?:(?:\w+ly|also|then|later|have|has|had|on\s+\w+day)\s+){0,2}$", re.I)


def described_attacker(s: Sentence, lo: int, pos: int) -> str | None:
    """The description of an unnamed attacker standing right before the verb at ``pos`` (within the
    clause starting at ``lo``), as written; None if the subject is no such phrase."""
    m = _subject().search(s.lower, max(lo, pos - _REACH), pos)
    return None if m is None else " ".join(s.text[m.start(1):m.end(1)].split())


@lru_cache(maxsize=1)
def _held() -> re.Pattern:
    words = lexicon().words
    nouns = words.get("coerced_groups") or frozenset({"(?!x)x"})
    mods = r"[a-z][\w'-]*"
    numbers = r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|scores\s+of|hundreds\s+of"
    # "The three activists were detained": an article or a number opens the phrase, so that a
    # bare noun inside a longer subject ("the lawyer of two activists") is not taken for it
    return re.compile(rf"(?:^|(?<=[\s,;(\"“—-]))((?:the\s+|some\s+|several\s+|{numbers})\s*(?:(?:{numbers}|{mods})\s+){{0,2}}?(?:{_alternation(nouns)}))"
                      # "two journalists who were abducted": the relative's subject is the held
                      r"\s+(?:(?:who|that)\s+)?(?:(?:were|was|have\s+been|had\s+been|has\s+been|been|also|reportedly|later|then)\s+){1,3}$", re.I)


def described_held(s: Sentence, lo: int, pos: int) -> str | None:
    """The description of an unnamed group that is the subject of a passive arrest at ``pos``
    ("The three activists were detained"), as written; None if the subject is no such phrase."""
    m = _held().search(s.lower, max(lo, pos - _REACH), pos)
    return None if m is None else " ".join(s.text[m.start(1):m.end(1)].split())


@lru_cache(maxsize=1)
def _individual() -> re.Pattern:
    nouns = [w for w in lexicon().words.get("coerced_groups", ()) if not w.endswith("s")] or ["(?!x)x"]
    return re.compile(rf"\s+(?:{_alternation(nouns)})\b", re.I)


_ARTICLE = re.compile(r"(?:^|(?<=[\s,;(\"“—-]))(?:the|a|an)\s+$", re.I)


def individual_of(s: Sentence, m: Mention) -> str | None:
    """The person a nationality describes when it modifies one person's noun ("the New Zealand pilot",
    "a Norwegian engineer"): that person was held, not the country. The description as written, or None."""
    if m.type not in ("GPE", "NORP"):
        return None
    noun = _individual().match(s.text, m.end, min(s.end, m.end + 24))
    art = _ARTICLE.search(s.text, max(s.start, m.start - 5), m.start)
    if noun is None or art is None:
        return None
    return " ".join(s.text[art.start():noun.end()].split())


@lru_cache(maxsize=1)
def _person_gap() -> re.Pattern:
    nouns = [w for w in lexicon().words.get("coerced_groups", ()) if not w.endswith("s")] or ["(?!x)x"]
    return re.compile(rf"\s+(?:{_alternation(nouns)})\s*,?\s*", re.I)


def names_person(s: Sentence, m: Mention, nxt: Mention) -> bool:
    """``m`` is the nationality of a private person named right after it ("New Zealand pilot Marcus
    Ellery", "the Norwegian engineer, Lars Berg"): the person is the one acted on. An official's
    title ("Iraqi president X") is left to stand for the state."""
    return _person_gap().fullmatch(s.text, m.end, nxt.start) is not None
