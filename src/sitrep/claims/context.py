"""A claim's context in its sentence: the period it covers and who claims it.

Period: the time expression next to the number ("31 in September"), else one just before it
("In October, 90 ..."), else the nearest one in the sentence; a month name right after the
number is resolved against the publication date when no time expression covers it.
Claimant: "according to X", "X said/reported/claimed", "said X", "X's figures show": the actor
mention nearest to the number that one of these constructions names.
"""
from __future__ import annotations

import re

from sitrep.claims.lexicon import Lexicon
from sitrep.model import Mention, TimeExpr

CLAIMANT_TYPES = frozenset({"PERSON", "ORG", "MEDIA", "GPE", "NORP"})
_MONTH_NUM = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTH_AFTER = re.compile(
    r"\s+(?:in|during|for|throughout|since|as of|by)\s+(?:(early|late|mid)[- ])?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(\d{4}))?\b")
# between a subject mention and its say-verb: "'s spokesman", " military", " health ministry"
_SUBJECT_GAP = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){0,3}\s+$|\s+$")
_AFTER_SAY = re.compile(r"\s+(?:(?:the|a|an)\s+)?$")
# who makes a claim: an outlet, organisation or person before a country or a people
_RANK = {"MEDIA": 0, "ORG": 0, "PERSON": 0, "GPE": 1, "NORP": 2}


def format_period(t: TimeExpr) -> str | None:
    if t.value is None:
        return None
    if t.end_value and t.end_value != t.value:
        if t.text.lower().startswith(("since", "as of", "from")) and not re.search(r"\b(to|until|till)\b", t.text.lower()):
            return f"since {t.value}"
        return f"{t.value}/{t.end_value}"
    if t.text.lower().startswith("since"):
        return f"since {t.value}"
    return t.value


def _month_period(text: str, pos: int, published: str | None) -> str | None:
    m = _MONTH_AFTER.match(text, pos)
    if m is None:
        return None
    month = _MONTH_NUM[m.group(2).lower()]
    if m.group(3):
        year = int(m.group(3))
    elif published and len(published) >= 7 and published[:4].isdigit():
        year = int(published[:4])
        if month > int(published[5:7]):
            year -= 1                      # a month after publication is last year's
    else:
        return None
    value = f"{year:04d}-{month:02d}"
    return f"since {value}" if m.group(0).lstrip().lower().startswith("since") else value


def find_period(text: str, num_start: int, num_end: int, unit_end: int, sent: tuple[int, int],
                timexes: list[TimeExpr], published: str | None) -> str | None:
    """The period a count covers, from the time expressions of its sentence."""
    s0, s1 = sent
    inside = [t for t in timexes if t.start >= s0 and t.end <= s1 and t.value]
    best: TimeExpr | None = None
    for t in inside:                       # right after the number or its unit: "31 in September"
        if t.start >= num_end:
            lo = num_end if t.start < unit_end else unit_end
            gap = text[lo:t.start]
            if len(gap) <= 45 and not any(c.isdigit() for c in gap) and ";" not in gap:
                best = t
                break
    if best is None:
        for t in reversed(inside):         # just before: "In October, 90 attacks ..."
            if t.end <= num_start:
                gap = text[t.end:num_start]
                if len(gap) <= 20 and not any(c.isdigit() for c in gap):
                    best = t
                break
    if best is None:
        fallback = _month_period(text, num_end, published) or _month_period(text, unit_end, published)
        if fallback:
            return fallback
    if best is None and inside:
        best = min(inside, key=lambda t: min(abs(t.start - num_end), abs(num_start - t.end)))
    return format_period(best) if best else None


_WORDS = re.compile(r"[A-Za-z]+")


def claimants(text: str, sent: tuple[int, int], ms: list[Mention],
              lex: Lexicon) -> list[tuple[int, int | None, str]]:
    """Every (position, actor, name) a claim in this sentence could be attributed to.

    ``ms`` are the claimant-typed mentions inside the sentence, in text order. One pass over the
    sentence's words with set look-ups finds say-verbs and attribution phrases: cheaper than a
    regex alternation searched over the sentence.
    """
    s0, s1 = sent
    found: list[tuple[int, int | None, str]] = []
    for w in _WORDS.finditer(text, s0, s1):
        low = w.group().lower()
        if low in lex.attribution_first:
            a = lex.attribution_re.match(text, w.start(), s1)
            if a is not None:
                lo = a.end()
                near = [m for m in ms if lo <= m.start <= lo + 40 and not re.search(r"[.;,]", text[lo:m.start])]
                if near:
                    m = min(near, key=lambda m: (_RANK.get(m.type, 3), m.start))
                    found.append((a.start(), m.local, m.text))
                else:
                    name = re.match(r"[^,.;:()\"“”]{2,60}", text[lo:s1])
                    if name and name.group().strip():
                        found.append((a.start(), None, name.group().strip()))
                continue
        if low in lex.say and ms:
            vs, ve = w.start(), w.end()
            subj = None
            for m in ms:                   # the subject: the last mention closely before the verb
                if m.end > vs:
                    break
                if vs - m.end <= 40 and _SUBJECT_GAP.fullmatch(text, m.end, vs):
                    subj = m
            if subj is None:               # inverted: '..., said the Health Ministry'
                subj = next((m for m in ms if ve <= m.start <= ve + 8 and _AFTER_SAY.fullmatch(text, ve, m.start)), None)
            if subj is not None:
                found.append((vs, subj.local, subj.text))
    return found


def nearest_claimant(found: list[tuple[int, int | None, str]], pos: int) -> tuple[int | None, str | None]:
    if not found:
        return None, None
    _, local, name = min(found, key=lambda f: abs(f[0] - pos))
    return (local if local is not None and local >= 0 else None), name
