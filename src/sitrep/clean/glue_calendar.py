"""Calendar words glued to the next word: "Fridaythat", "Januaryand", "Mondayafternoon".

Split from ``glue_splits`` (the general rules for one unknown token): these sites depend only on
a closed list of weekday and month names, not on the lexicon or the document's other words.
"""
from __future__ import annotations

from sitrep.clean.lexicon import FUNC
from sitrep.clean.punct import STRONG   # the site kind, defined without importing glue_splits


# Weekday and month names glued to a following function word ("Fridaythat", "Januaryand") or a
# part of the day ("Mondayafternoon"). "May" and "March" are left out (Mayall, Marchand), and a
# month takes no two-letter word after it (Augustin).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CALENDAR_MONTHS = ("january", "february", "april", "june", "july", "august", "september", "october",
                    "november", "december")
_DAY_PARTS = frozenset(("morning", "afternoon", "evening", "night", "overnight"))
# what every token ``calendar_split`` splits starts with, lower-cased: also a caller's cheap first test
CALENDAR_WORDS = WEEKDAYS + _CALENDAR_MONTHS


def calendar_split(c: str) -> int:
    """Where a capitalised calendar word ends inside the unknown token ``c``, or 0."""
    if not (c[0].isupper() and c[1:].islower()):
        return 0
    w = c.lower()
    if not w.startswith(CALENDAR_WORDS):     # most tokens: one test in C
        return 0
    for names, least in ((WEEKDAYS, 2), (_CALENDAR_MONTHS, 3)):
        for name in names:
            if w.startswith(name):
                rest = w[len(name):]
                return len(name) if len(rest) >= least and (rest in FUNC or rest in _DAY_PARTS) else 0
    return 0


def calendar_sites(token: str, spaced: str) -> list[tuple[int, int]]:
    """Strong sites of a calendar token glued to the next word, wherever it stands alone."""
    k = calendar_split(token)
    out: list[tuple[int, int]] = []
    i = spaced.find(token)
    while i >= 0 and k:
        j = i + len(token)
        if (i == 0 or spaced[i - 1].isspace()) and (j == len(spaced) or spaced[j].isspace()):
            out.append((i + k, STRONG))
        i = spaced.find(token, i + 1)
    return out
