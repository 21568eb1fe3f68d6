"""A participial aside on the subject, which carries a time of its own.

"Prime Minister James Marape, already weakened by the January 10 riots in the capital, told
parliament on Tuesday that ...": the aside (a comma-enclosed past participle and its phrase,
"weakened by ...", "elected in 2019", "appointed last March") describes the subject; its time
dates what the participle tells (the riots, the election), never the main clause's act. It is read
like a comma-enclosed relative clause ("X, which seized power in July 2023, has asked").
"""
from __future__ import annotations

import re

__all__ = ["asides"]

# ", [adverb] <past participle> <preposition or time word> ... ," -- the participle right after the
# comma (an adverb such as "already", "still", "once" may precede it), then a preposition, so that
# a list ("Gao, Kidal, and Menaka") or a clause (", killing 12") is no aside
_ASIDE = re.compile(
    r",\s*(?:(?:already|still|once|long|recently|newly|previously|first|twice|also)\s+)?"
    r"[a-z]+(?:ed|en|wn)\s+(?:by|in|on|at|after|since|during|over|for|last|earlier|from)\b"
    r"[^,;:()\"“”.!?\n]{2,160}?(?=,)")


def asides(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The participial asides of text[lo:hi] (a sentence), as (start, end) spans from the opening
    comma to just before the closing one. An aside must close with a comma inside the sentence:
    a participle phrase ending the sentence ("..., killed in an ambush on Monday.") may be the
    act's own clause. And it must open at the sentence's first comma, right after the subject:
    after an apposition ("The commission, a state body, indicated in January that ...", "Peter
    Cirimwami, the governor, died last week") the participle is the main verb."""
    first = text.find(",", lo, hi)
    if first < 0:
        return []
    m = _ASIDE.match(text, first, hi)
    return [(m.start(), m.end())] if m is not None else []
