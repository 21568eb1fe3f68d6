"""Counts of none: "no personnel were injured", "no one was killed", "there were no casualties".

A side that answers another's toll with "no one was hurt" states a figure (0) that disputes the
other; the number reader never sees it, since "no" is no number word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.claims.lexicon import lexicon
from sitrep.knowledge import load


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# every "no" or "nobody" of the lower-cased text (a literal start keeps the scan fast; the
# word start is checked after): the full pattern runs only there, anchored
_ANCHOR = re.compile(r"no(?:body)?(?![\w-])")


@lru_cache(maxsize=1)
def _zero() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str]]:
    entries = [e for e in load("claim_units.json") if e.get("kind") == "zero"]
    if not entries:
        return None, None, {}
    lex = lexicon()
    subjects = frozenset(w.lower() for e in entries for w in e["subjects"])
    nouns = {k.lower(): v for e in entries for k, v in e["nouns"].items()}
    be = [w for e in entries for w in e["be"]]
    before = [w for e in entries for w in e["noun_before"]]
    after = [w for e in entries for w in e["noun_after"]]
    persons = [f for f, h in lex.heads.items() if h.cls == "person"]
    states = [f for f, by in lex.states_after.items() if "person" in by]
    pattern = (rf"(?:(?P<subj>{_alt(subjects)})|no\s+(?:(?:[a-z]+\s+)?(?P<head>{_alt(persons)})))"
               rf"\s+(?:{_alt(be)})\s+(?:(?:immediately\s+)?reported\s+)?(?P<state>{_alt(states)})\b"
               rf"|no\s+(?:immediate\s+|reported\s+)?(?P<noun>{_alt(nouns)})\b"
               rf"(?P<after>\s+(?:{_alt(after)})\b)?")
    return re.compile(pattern, re.I), re.compile(rf"(?<![\w-])(?:{_alt(before)})\s+$", re.I), nouns


def zero_claims(text: str, low: str | None = None) -> list[tuple[int, int, str, str, str | None]]:
    """(start, end, unit, noun, state) of every count of none; start is that of "no".
    ``low``: the text in lower case, if the caller has it."""
    rx, before, nouns = _zero()
    if rx is None:
        return []
    low = text.lower() if low is None or len(low) != len(text) else low
    out = []
    for a in _ANCHOR.finditer(low):
        p = a.start()
        if p and (low[p - 1].isalnum() or low[p - 1] in "-_"):
            continue
        m = rx.match(text, p)
        if m is None:
            continue
        if m.group("state"):
            lex = lexicon()
            state = lex.states_after[" ".join(m.group("state").lower().split())]["person"]
            head = m.group("head")
            noun = lex.heads[" ".join(head.lower().split())].unit if head else "people"
            out.append((m.start(), m.end(), f"{noun} {state}", noun, state))
        elif m.group("after") or before.search(text, max(0, m.start() - 24), m.start()):
            unit = nouns[m.group("noun").lower()]
            noun, _, state = unit.partition(" ")
            out.append((m.start(), m.end("noun"), unit, noun, state or None))
    return out
