"""Two incidents told in one sentence: "gunmen kidnapped nine passengers on Sunday night, hours
after an army raid killed seven separatists". The clause after the interval has its own verb and
subject: coded in one sentence, its actor, victims and figures fold into the first act. Each part
is coded as a sentence of its own; the second keeps the comma before its interval, so
``timescope.offset_before`` still dates it against the first ("two days after" = two days before).
The interval words are data (``incident_intervals`` of ``event_cues.json``)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from sitrep.events.draft import MATERIAL
from sitrep.events.lexicon import lexicon

_PAST_FORMS = frozenset({"past", "pastpart"})
_AFTER_BEFORE = re.compile(r"after|before", re.I)    # every interval ends in one of them
_AFTER_BEFORE_LOWER = re.compile(r"after|before")


@lru_cache(maxsize=1)
def _interval() -> re.Pattern[str]:
    words = sorted(lexicon().words.get("incident_intervals", ()), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(r",\s+(?:(?:\w+|a\s+few)\s+)?(?:" + alt + r")\s+(?:after|before)\s+", re.I)


def _past_act(lower: str, lo: int, hi: int) -> bool:
    """Whether ``lower[lo:hi]`` holds a material act told by a past verb (its own clause's verb)."""
    return any(sp.action in MATERIAL and sp.kind == "verb" and sp.form in _PAST_FORMS
               for _, _, _, specs in lexicon().find(lower[lo:hi]) for sp in specs)


def split_incidents(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``sentences`` with each one that tells a second incident after an interval cut in two."""
    if " after " not in text and " before " not in text:
        return sentences
    rx = _interval()
    out: list[tuple[int, int]] = []
    changed = False
    lower = None
    # the interval pattern is searched only in sentences holding "after" or "before": most hold neither
    if text.isascii():          # (ignoring case is then lower-casing: the same cues, twice as fast)
        lower = text.lower()
        cues = [m.start() for m in _AFTER_BEFORE_LOWER.finditer(lower)]
    else:
        cues = [m.start() for m in _AFTER_BEFORE.finditer(text)]
    for a, b in sentences:
        i = bisect.bisect_left(cues, a)
        m = rx.search(text, a, b) if i < len(cues) and cues[i] < b else None
        if m is None:
            out.append((a, b))
            continue
        lower = lower or text.lower()
        tail = text.find(",", m.end(), b)
        if not (_past_act(lower, a, m.start()) and _past_act(lower, m.end(), b if tail < 0 else tail)):
            out.append((a, b))
            continue
        out.extend(((a, m.start()), (m.start(), b)))
        changed = True
    return out if changed else sentences
