"""The incident a text opens on: its day and its toll, read from the first paragraph that states one.

A desk's report of another incident can share most of a wire story's wording (its template: the
group's history, the coalition paragraph, the statement frame), and a machine re-translation of the
wire can share little, so wording alone tells neither apart. The lead's facts do: a rewrite or a
re-translation of one incident keeps its day ("late on Tuesday" / "on the evening of Tuesday,
11 March") and its toll ("killing four soldiers" / "the killing of four soldiers"); the template's
other incident has its own day and its own toll. An independent report of the same incident may
revise the toll (a ministry's "three martyred" against the wire's four killed), but not the day, so
only a lead whose day AND toll both disagree is another incident (``incidents_differ``).

The casualty words and number words are the claims' knowledge (``claim_units.json``: 'state' and
'number' entries); weekdays and months are the time words' (``time_words.json``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep import knowledge

HEAD_CHARS = 1200           # the lead is within a text's first paragraphs (a standfirst may come first)
LOOK_BACK = 16              # words between a count and its passive state ("three heroes of ... were martyred")
LOOK_AHEAD = 3              # words between an active casualty verb and its count ("the killing of four")
_AHEAD_SKIP = frozenset({"of", "at", "least", "the", "some", "about", "nearly", "almost", "more", "than", "over"})
_TOKEN = re.compile(r"[A-Za-z]+|\d[\d,.]*\w*|[.;:!?]")
# a wire's dateline ("BAGHDAD, March 17 (Reuters) -"): its day is the filing day, not the incident's
_DATELINE = re.compile(r"^[^\n]{0,80}?\([^()\n]{1,30}\)\s*[-–—:]")
_PARAGRAPHS = re.compile(r"\n\s*\n")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class LeadFacts:
    weekdays: frozenset[int]
    dates: frozenset[tuple[int, int]]           # (month, day)
    killed: int | None
    wounded: int | None


NO_FACTS = LeadFacts(frozenset(), frozenset(), None, None)


@lru_cache(maxsize=1)
def _vocab() -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, str], dict[str, str]]:
    """Number words, weekdays, months, and casualty words: word -> 'killed'/'injured', for the
    active forms that take their count after them ('killing four') and the passive ones after it."""
    numbers = {e["word"]: int(e["value"]) for e in knowledge.load("claim_units.json")
               if e.get("kind") == "number" and " " not in e["word"] and isinstance(e.get("value"), int)}
    weekdays, months = {}, {}
    for e in knowledge.load("time_words.json"):
        if e.get("kind") == "weekday" and not e.get("abbr"):
            weekdays[e["word"]] = int(e["value"])
        elif e.get("kind") == "month":
            months[e["word"]] = int(e["value"])
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for e in knowledge.load("claim_units.json"):
        if e.get("kind") != "state" or e.get("unit") not in ("killed", "injured") or e.get("applies") != "person":
            continue
        for phrase in e.get("before", ()):
            words = phrase.split()
            # "the injury of": its noun, with "of" skipped on the way to the count
            word = words[-2] if len(words) > 1 and words[-1] == "of" else words[0] if len(words) == 1 else None
            if word:
                before.setdefault(word, e["unit"])
        for phrase in e.get("after", ()):
            if " " not in phrase:
                after.setdefault(phrase, e["unit"])
    return numbers, weekdays, months, before, after


def _count(tok: str, numbers: dict[str, int]) -> int | None:
    if tok in numbers:
        return numbers[tok]
    if tok.isdigit() and len(tok) <= 4 and not 1900 <= int(tok) <= 2100:
        return int(tok)
    return None


def _paragraph_facts(para: str) -> LeadFacts:
    numbers, _, _, before, after = _vocab()
    roles = _roles()
    para = _DATELINE.sub("", para, count=1)
    toks = _TOKEN.findall(para.lower())
    toll: dict[str, int] = {}
    days: set[int] = set()
    dates: set[tuple[int, int]] = set()
    for i, tok in enumerate(toks):
        role = roles.get(tok)
        if role is None:
            continue
        kind, value = role
        if kind == "weekday":
            days.add(int(value))
            continue
        if kind == "month":
            for j in (i - 1, i + 1):        # "11 March" / "March 11"
                if 0 <= j < len(toks) and toks[j].isdigit() and 1 <= int(toks[j]) <= 31:
                    dates.add((int(value), int(toks[j])))
            continue
        unit = str(value)
        if unit in toll:
            continue
        found = None
        if tok in before:           # "killing four soldiers", "the killing of four"
            for t in toks[i + 1:i + 1 + LOOK_AHEAD + 2]:
                found = _count(t, numbers)
                if found is not None or t not in _AHEAD_SKIP:
                    break
        if found is None and tok in after:      # "four soldiers ... were killed"
            seen = 0
            for t in reversed(toks[max(0, i - LOOK_BACK - 4):i]):
                if t in ".;:!?" or t in before or t in after:
                    break
                found = _count(t, numbers)
                seen += 1
                if found is not None or seen >= LOOK_BACK:
                    break
        if found is not None:
            toll[unit] = found
    return LeadFacts(frozenset(days), frozenset(dates), toll.get("killed"), toll.get("injured"))


@lru_cache(maxsize=1)
def _roles() -> dict[str, tuple[str, int | str]]:
    """Every word the lead's facts are read from, with its role: one look-up per token."""
    numbers, weekdays, months, before, after = _vocab()
    roles: dict[str, tuple[str, int | str]] = {}
    roles.update((w, ("month", v)) for w, v in months.items())
    roles.update((w, ("weekday", v)) for w, v in weekdays.items())
    roles.update((w, ("casualty", u)) for w, u in after.items())
    roles.update((w, ("casualty", u)) for w, u in before.items())
    return roles


@lru_cache(maxsize=1)
def _casualty_words() -> frozenset[str]:
    _, _, _, before, after = _vocab()
    return frozenset(before) | frozenset(after)


@lru_cache(maxsize=8192)
def lead_facts(text: str) -> LeadFacts:
    """The day and toll of the first paragraph (within HEAD_CHARS) that states a toll."""
    casualty = _casualty_words()
    for para in _PARAGRAPHS.split(text[:HEAD_CHARS]):
        # most paragraphs of a head (a standfirst, a caption, chrome) hold no casualty word
        if casualty.isdisjoint(_WORD.findall(para.lower())):
            continue
        facts = _paragraph_facts(para)
        if facts.killed is not None or facts.wounded is not None:
            return facts
    return NO_FACTS


def _disjoint(a: frozenset, b: frozenset) -> bool:
    return bool(a) and bool(b) and not (a & b)


def incidents_differ(a: LeadFacts, b: LeadFacts) -> bool:
    """Whether two leads tell different incidents: both state the day and a toll, and neither the
    day nor the toll agrees (a revised toll alone, or a filing day alone, is no other incident)."""
    days_differ = ((_disjoint(a.weekdays, b.weekdays) or _disjoint(a.dates, b.dates))
                   and not (a.weekdays & b.weekdays) and not (a.dates & b.dates))
    if not days_differ:
        return False
    killed = a.killed is not None and b.killed is not None and a.killed != b.killed
    wounded = a.wounded is not None and b.wounded is not None and a.wounded != b.wounded
    return killed or wounded


def texts_differ(text_a: str, text_b: str) -> bool:
    """``incidents_differ`` of two texts' leads (their first HEAD_CHARS are read)."""
    return incidents_differ(lead_facts(text_a[:HEAD_CHARS]), lead_facts(text_b[:HEAD_CHARS]))
