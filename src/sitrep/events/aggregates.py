"""Acts spoken of in aggregate, not as an incident: a count of acts over a period ("has seen nearly
200 attacks", "recorded 40 drone attacks"), a running toll ("strikes have killed nearly 300 people
since the truce") and a trend ("has stepped up attacks since it ended a ceasefire", "a surge in
drone strikes"). Such sentences state statistics about a campaign; coding them as one incident
invents an event with no day and no place. The verbs are data: ``statistic_verbs`` and
``trend_words`` of ``event_cues.json``."""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.lexicon import lexicon
from sitrep.events.sentence import Sentence

_COUNT = (r"(?:(?:more\s+than|nearly|almost|about|around|over|at\s+least|some|roughly|up\s+to)\s+)?"
          r"(?:\d[\d,.]*|dozens|hundreds|thousands|scores|several|numerous)(?:\s+of)?\s+")
_PLURAL = re.compile(r"\w{3,}s\b", re.I)
_COUNTED_NEAR = re.compile(r"\d|dozens|hundreds|thousands|scores|several|numerous", re.I)


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _statistic() -> re.Pattern[str]:
    """"has seen nearly 200 attacks on", "recorded 40 drone attacks": a count of acts, no incident."""
    verbs = lexicon().words.get("statistic_verbs", ()) or ["recorded"]
    return re.compile(r"(?<![\w-])(?:" + _alt(verbs) + r")\s+" + _COUNT + r"(?:[\w-]+\s+){0,2}$", re.I)


@lru_cache(maxsize=1)
def _trend() -> re.Pattern[str]:
    """"stepped up (its) attacks", "a surge in drone strikes": a change in how often acts happen.
    Up to two modifiers may stand between ("intensified its deadly drone attacks")."""
    words = lexicon().words.get("trend_words", ()) or ["stepped up"]
    return re.compile(r"(?<![\w-])(?:" + _alt(words) + r")\s+(?:(?:its|their|the|his|her|our)\s+)?"
                      r"(?:[\w-]+\s+){0,2}$", re.I)


def nominal_aggregate(s: Sentence, start: int, end: int) -> bool:
    """Whether the act noun at [start, end) is counted ("has seen 200 attacks") or said to grow
    ("has stepped up attacks"): a statistic, no incident. A trend needs a plural noun: "stepped up
    the attack on the town" speaks of one act."""
    if _COUNTED_NEAR.search(s.text, max(s.start, start - 40), start) \
            and _statistic().search(s.text, max(s.start, start - 60), start):
        return True
    # "attacks on", "drone strikes": a plural noun word (no short preposition) in the trigger
    return _PLURAL.search(s.text, start, end) is not None \
        and _trend().search(s.text, max(s.start, start - 60), start) is not None


_SINCE_AFTER = re.compile(r"[^,;:.()]{0,80}?(?<![\w-])since\b", re.I)
_TOTAL = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?:killed|wounded|injured)\b[^,;:.()]*?"
                    r"(?:\d|\b(?:dozens|scores|hundreds|thousands)\b)|(?:\d|\b(?:dozens|scores|hundreds|thousands)\b)"
                    r"[^,;:.()]*?\b(?:has|have)\s+(?:\w+ly\s+)?been\s+(?:killed|wounded|injured)\b", re.I)


def running_total(s: Sentence, action: str, start: int, end: int) -> bool:
    """A toll counted up to now from a starting point ("strikes have killed nearly 300 people since
    the ceasefire", "more than 40 soldiers have been wounded since May"): no incident of its own."""
    if action != "ASSAULT" or s.lower.find("since", end, min(s.end, end + 90)) < 0:
        return False
    m = _SINCE_AFTER.match(s.text, end, s.end)
    return m is not None and _TOTAL.search(s.text, max(s.start, start - 60), m.end()) is not None
