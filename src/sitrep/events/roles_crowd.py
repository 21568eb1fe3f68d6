"""Who acted when a report names a crowd or a gathering rather than a party.

- "Serbian protesters set fire to the embassy": a demonym before a crowd noun (knowledge
  ``crowd_nouns.txt``) describes the people who acted; the merge would otherwise turn it into the
  state (Serbia), which did nothing.
- "At an emergency meeting of the Security Council": the body whose meeting it is convened it, it is
  no one's target.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.sentence import Sentence
from sitrep.knowledge import wordlist
from sitrep.model import Mention

__all__ = ["crowd_after", "convener", "guest"]


@lru_cache(maxsize=1)
def _crowd() -> re.Pattern:
    words = sorted(wordlist("crowd_nouns.txt"), key=len, reverse=True) or ["(?!x)x"]
    return re.compile(r"[ \t]+(?:(?-i:[a-z][\w-]*)[ \t]+)?(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def crowd_after(s: Sentence, m: Mention) -> int | None:
    """Where the crowd a demonym ``m`` describes ends ("Serbian| angry protesters|"), or None."""
    if m.type != "NORP":
        return None
    got = _crowd().match(s.text, m.end, min(s.end, m.end + 40))
    return None if got is None else got.end()


# a gathering noun ending right before "of (the) X": X holds the meeting
_GATHERING = re.compile(r"(?<![\w-])(?:meeting|meetings|session|sessions|summit|sitting|plenary|congress|"
                        r"conference)\s+of\s+(?:the\s+)?", re.I)
_GATHERING_END = re.compile(r"(?<![\w-])(?:meeting|meetings|session|sessions|summit|sitting|plenary|congress|"
                            r"conference)$", re.I)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_BODIES = frozenset({"ORG", "GPE"})


def convener(s: Sentence, start: int, end: int | None = None) -> Mention | None:
    """The body named right after a gathering noun's "of" ("a meeting of the Security Council"): the
    trigger starts at ``start`` (or, given ``end``, ends there); None when the noun is no gathering
    or no body follows."""
    if end is None:
        g = _GATHERING.match(s.text, start, min(s.end, start + 40))
        at = g.end() if g is not None else -1
    else:
        g = _OF.match(s.text, end, min(s.end, end + 12))
        at = g.end() if g is not None and _GATHERING_END.search(s.text, max(s.start, end - 12), end) else -1
    if at < 0:
        return None
    return next((m for m in s.mentions if m.start == at and m.type in _BODIES), None)


_WITH = re.compile(r"\s+with\s+(?:the\s+)?")


def guest(s: Sentence, host: Mention) -> Mention | None:
    """Whom a gathering of ``host`` met: the body right after "with" ("a meeting of X with Y"), else None."""
    w = _WITH.match(s.text, host.end, min(s.end, host.end + 12))
    if w is None:
        return None
    return next((m for m in s.mentions if m.start == w.end() and m.type in _BODIES | {"PERSON"}), None)
