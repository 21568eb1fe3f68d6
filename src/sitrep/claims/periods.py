"""A claim's period: the time expression a figure covers.

The time expression next to the number ("31 in September"), else one just before it ("In
October, 90 ..."), else the nearest one in the sentence; a month name right after the number is
resolved against the publication date when no time expression covers it. A since-clause is a
lower bound, and a time the sentence gives only to a statement ("reported on Thursday") is a
fallback, not the figure's period.
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from sitrep.claims.lexicon import FILE, lexicon
from sitrep.knowledge import load
from sitrep.model import TimeExpr


_MONTH_NUM = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTH_AFTER = re.compile(
    r"\s+(?:in|during|for|throughout|since|as of|by)\s+(?:(early|late|mid)[- ])?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(\d{4}))?\b")
# between a subject mention and its say-verb: "'s spokesman", " military", " health ministry"
# who makes a claim: an outlet, organisation or person before a country or a people
_DIGIT = re.compile(r"\d")
_UNTIL = re.compile(r"\b(to|until|till)\b")


def format_period(t: TimeExpr) -> str | None:
    if t.value is None:
        return None
    if t.end_value and t.end_value != t.value:
        if t.text.lower().startswith(("since", "as of", "from")) and not _UNTIL.search(t.text.lower()):
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


def sentence_timexes(timexes: list[TimeExpr], sent_starts: list[int],
                     sentences: list[tuple[int, int]]) -> dict[int, list[TimeExpr]]:
    """The valued time expressions of each sentence (by index), in text order: one pass per
    document instead of a scan of every expression for every claim."""
    out: dict[int, list[TimeExpr]] = {}
    for t in timexes:
        if not t.value:
            continue
        si = bisect.bisect_right(sent_starts, t.start) - 1
        if si >= 0 and t.end <= sentences[si][1]:
            out.setdefault(si, []).append(t)
    return out


def find_period(text: str, num_start: int, num_end: int, unit_end: int, inside: list[TimeExpr],
                published: str | None) -> str | None:
    """The period a count covers, from the valued time expressions ``inside`` its sentence."""
    best: TimeExpr | None = None
    for t in inside:                       # right after the number or its unit: "31 in September"
        if t.start >= num_end:
            lo = num_end if t.start < unit_end else unit_end
            gap = text[lo:t.start]
            if len(gap) <= 45 and not _DIGIT.search(gap) and ";" not in gap:
                # "300 people since the ceasefire came into force on November 27": a lower bound
                if _SINCE.search(gap) and t.value and not t.end_value and not t.text.lower().startswith("since"):
                    return f"since {t.value}"
                best = t
                break
    if best is None:
        for t in reversed(inside):         # just before: "In October, 90 attacks ..."
            if t.end <= num_start:
                gap = text[t.end:num_start]
                if len(gap) <= 20 and not _DIGIT.search(gap):
                    best = t
                break
    if best is None:
        fallback = _month_period(text, num_end, published) or _month_period(text, unit_end, published)
        if fallback:
            return fallback
    if best is None and inside:
        # a since-clause after the number, away from it, bounds something else ("the latest attack
        # since a ceasefire took hold in late November"), not the count's period
        near = [t for t in inside if t.end <= num_start or not since_clause(text, t)]
        if near:
            best = min(near, key=lambda t: min(abs(t.start - num_end), abs(num_start - t.end)))
    return format_period(best) if best else None


_SINCE = re.compile(r"(?i)\bsince\b")
# "since" opening the clause a time expression ends: "since a ceasefire took hold in"
_SINCE_CLAUSE = re.compile(r"(?i)\bsince\b[^,;:.\d]{0,60}$")


def since_clause(text: str, t: TimeExpr) -> bool:
    """Whether ``t`` dates the start of a since-clause: a lower bound of what the clause bounds."""
    return t.text[:5].lower() == "since" or _SINCE_CLAUSE.search(text, max(0, t.start - 70), t.start) is not None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:(?:on|early|late|earlier|later)\s+)?$")
_WORD_AFTER = re.compile(r",?\s+([A-Za-z]+)")


@lru_cache(maxsize=1)
def _scope_data() -> tuple[re.Pattern[str] | None, dict[str, str], frozenset[str]]:
    """(regex of the "since the start of the month" phrases, phrase -> calendar unit, statement verbs)."""
    phrases: dict[str, str] = {}
    verbs: set[str] = set()
    for e in load(FILE):
        if e.get("kind") == "period_start":
            phrases.update({" ".join(k.lower().split()): v for k, v in e["phrases"].items()})
        elif e.get("kind") == "statement_verb":
            verbs.update(w.lower() for w in e["words"])
    rx = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split()))
                                         for p in sorted(phrases, key=len, reverse=True)) + r")\b", re.I) if phrases else None
    return rx, phrases, frozenset(verbs)


def _dates_statement(text: str, t: TimeExpr, s0: int, verbs: frozenset[str]) -> bool:
    """Whether ``t`` dates the act of saying ("said on Tuesday", "said last week", "on Friday
    announced"): that is when the figure was given, not the span it covers."""
    b = _WORD_BEFORE.search(text, max(s0, t.start - 30), t.start)
    if b is not None and b.group(1).lower() in verbs:
        return True
    a = _WORD_AFTER.match(text, t.end)
    return a is not None and a.group(1).lower() in verbs


def _span_start(text: str, sent: tuple[int, int], stated: list[TimeExpr], published: str | None) -> TimeExpr | None:
    """ "since the start of the month", "so far this year": a span from the first day of the
    statement's (else the report's) month, year or week until then, as a time expression."""
    rx, phrases, _ = _scope_data()
    if rx is None:
        return None
    m = rx.search(text, sent[0], sent[1])
    if m is None:
        return None
    ref = next((t.value for t in stated if t.value and len(t.value) == 10), None) or (published or "")[:10]
    try:
        day = date.fromisoformat(ref)
    except ValueError:
        return None
    unit = phrases[" ".join(m.group().lower().split())]
    first = (day.replace(day=1) if unit == "month" else day.replace(month=1, day=1) if unit == "year"
             else day - timedelta(days=day.weekday()))
    return TimeExpr(m.start(), m.end(), "since", first.isoformat(), "range", day.isoformat(), "span_start")


_OF_GAP = re.compile(r"\s+of\s+$")


def _without_part_years(text: str, inside: list[TimeExpr]) -> list[TimeExpr]:
    """"the first nine months of 2024": the year only says which year the part is of; the part
    is the period (the time finder keeps them apart, as TimeML does)."""
    if not any(t.basis == "year part" for t in inside):
        return inside
    out: list[TimeExpr] = []
    for t in inside:
        if out and out[-1].basis == "year part" and _OF_GAP.fullmatch(text, out[-1].end, t.start):
            continue
        out.append(t)
    return out


def statement_only(text: str, sent: tuple[int, int], inside: list[TimeExpr]) -> bool:
    """Whether every time expression of a sentence dates a statement ("Initial reports on
    Thursday had put the number of dead at five"): its figures then date no incident."""
    _, _, verbs = _scope_data()
    return bool(inside) and all(_dates_statement(text, t, sent[0], verbs) for t in inside)


def scoped_timexes(text: str, sent: tuple[int, int], inside: list[TimeExpr],
                   published: str | None) -> list[TimeExpr]:
    """The time expressions of a sentence that may give a count's period: a span phrase ("since the
    start of the month") and the others, without the dates of statements, unless only those are left."""
    _, _, verbs = _scope_data()
    inside = _without_part_years(text, inside)
    stated = [t for t in inside if _dates_statement(text, t, sent[0], verbs)]
    span = _span_start(text, sent, stated, published)
    if not stated and span is None:
        return inside
    ids = {id(t) for t in stated}
    rest = [t for t in inside if id(t) not in ids]
    if span is not None:
        rest.append(span)
        rest.sort(key=lambda t: t.start)
    return rest or inside


def toll_incident_period(text: str, sent: tuple[int, int], num_start: int, inside: list[TimeExpr]) -> str | None:
    """"The death toll from Sunday's attack rose to 16 overnight": a time expression between the
    toll phrase and its figure dates the incident the toll counts, whatever dates the rise."""
    lex = lexicon()
    s0 = sent[0]
    chunk = text[s0:num_start].lower()
    if not any(w in chunk for w in lex.toll_words):
        return None
    last = None
    for m in lex.toll_re.finditer(text, s0, num_start):
        last = m
    if last is None or _DIGIT.search(text, last.end(), num_start):
        return None                        # another figure between: the toll is not this one's
    for t in inside:
        if t.start >= last.end() and t.end <= num_start and t.value:
            return format_period(t)
    return None


# "..., the government said, a day after a bombing in Kabul killed nine people": the count
# sits in a clause dating its act the given number of days before the sentence's date
_CLAUSE_END = re.compile(r"[,;.:!?\n]")
_DAYS_AFTER = re.compile(r"(?i)\b(an?|\d{1,2}|[a-z]+)\s+days?\s+after\b[^.;:!?]*$")


def days_after_shift(text: str, s0: int, num_start: int, period: str | None,
                     inside: list[TimeExpr]) -> str | None:
    """The day of an act a "a day after X killed N" clause states, when ``period`` (the
    sentence's day) comes from outside the clause; ``period`` otherwise."""
    if period is None or len(period) != 10 or "after" not in text[s0:num_start]:
        return period
    m = _DAYS_AFTER.search(text, s0, num_start)
    if m is None:
        return period
    # a date of the clause's own, before or after the count ("... after a ranger was killed
    # near X on Sunday") dates the act itself: nothing to shift
    stop = _CLAUSE_END.search(text, num_start)
    clause_end = stop.start() if stop is not None else len(text)
    if any(m.start() <= t.start < clause_end for t in inside):
        return period
    word = m.group(1).lower()
    n = 1 if word in ("a", "an") else int(word) if word.isdigit() else lexicon().number_words.get(word)
    if not n:
        return period
    try:
        return (date.fromisoformat(period) - timedelta(days=n)).isoformat()
    except ValueError:
        return period
