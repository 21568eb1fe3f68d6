"""Two counts that share one noun: "three Israeli and two Palestinian civilians were killed",
"Eleven Italian and 14 Hungarian soldiers were hurt".

The first count is followed by an adjective only (a nationality, "local", "foreign") and "and";
its noun and state are those of the count after "and". ``pending_pair`` notes such a first count
while the figures are read; ``add_pairs`` gives it the second count's unit once that is read.
"""
from __future__ import annotations

import re

from sitrep.claims.numbers import Number
from sitrep.model import ClaimFact

# one or two adjectives, then "and" / "or" and the next number: "| Italian and |14 Hungarian soldiers"
_PAIR = re.compile(r"[ \t]+(?:[A-Za-z][a-z'’-]+[ \t]+)?[A-Za-z][a-z'’-]+[ \t]+(?:and|or)[ \t]+(?=[\dA-Za-z])")
# words that make the gap no adjective: a verb, a preposition or a determiner ends the first phrase
_NOT_ADJECTIVE = frozenset("""were was are is had have has been be will would said in on at of to for from
by with the a an his her their its our this that these those who which than more less people times
days weeks months years hours""".split())


def pending_pair(text: str, n: Number, heads: dict) -> int | None:
    """Where the second count must start if ``n`` (a number with no unit of its own) is the
    first of a shared-noun pair, else None."""
    if n.vague or n.money or n.yearlike or isinstance(n.value, str):
        return None
    m = _PAIR.match(text, n.end)
    if m is None:
        return None
    words = text[n.end:m.end()].split()[:-1]
    if any(w.lower() in _NOT_ADJECTIVE or w.lower() in heads for w in words) or words[-1].endswith("s"):
        return None                        # "three Serbs and one policeman": a plural noun, a count of its own
    return m.end()


def add_pairs(pending: list[tuple[Number, int, int]], out: list[ClaimFact], units: list, starts: list[int],
              sent_of: list[int]) -> None:
    """Insert the first count of every pair whose second count was read as a claim with a noun:
    ``pending`` holds (number, sentence, where the second count starts), in text order."""
    for n, si, second in reversed(pending):
        j = next((k for k, s in enumerate(starts) if s == second and sent_of[k] == si), None)
        if j is None or not units[j].noun or units[j].cls in ("money", "percent", "area"):
            continue
        u = units[j]
        out.insert(j, ClaimFact(n.value, out[j].unit, n.start, out[j].end, None, None, None, n.text, n.qualifier))
        units.insert(j, u)
        starts.insert(j, n.start)
        sent_of.insert(j, si)
