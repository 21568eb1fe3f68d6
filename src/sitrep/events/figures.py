"""Casualty figures stated in a sentence: "killing two", "24 injured", "left at least 3 dead".

Patterns are data (``event_figures.json``). A figure is a number with a bound: ``exact``, ``min``
("at least 20", "dozens"), ``max`` ("up to 30") or ``approx`` ("about 25"); merging uses the bound
to tell whether two reports agree. Vague counts follow ACLED's convention (dozens -> 12, a
lower bound).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.knowledge import load


@dataclass(slots=True, frozen=True)
class Figure:
    value: int
    bound: str                 # exact, min, max, approx


# the words every casualty pattern contains: a sentence without one costs a single search
_CUE = re.compile(r"kill|dead|die[ds]|wound|injur|hurt|toll|deaths|fatalit|casualt|slain|perish|martyr", re.I)


@dataclass(slots=True)
class _Table:
    patterns: list[tuple[str, re.Pattern]]
    numbers: dict[str, int]
    qualifiers: dict[str, str]
    vague: frozenset[str]


@lru_cache(maxsize=1)
def _table() -> _Table:
    entries = load("event_figures.json")
    numbers: dict[str, int] = {}
    qualifiers: dict[str, str] = {}
    vague: set[str] = set()
    for e in entries:
        if e["kind"] == "number":
            numbers.update({k.lower(): int(v) for k, v in e["words"].items()})
        elif e["kind"] == "qualifier":
            qualifiers.update({k.lower(): v for k, v in e["words"].items()})
        elif e["kind"] == "vague":
            vague.update(w.lower() for w in e["words"])
    # "a"/"an" count only inside fixed phrases ("a dozen"); alone they would make "a soldier" a figure
    words = sorted((w for w in numbers if w not in ("a", "an")), key=len, reverse=True)
    tens = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
    num = (r"(?<!\bno\s)(?P<q>(?:" + "|".join(re.escape(q) for q in sorted(qualifiers, key=len, reverse=True)) + r")\s+)?"
           r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + tens + "|" + "|".join(re.escape(w) for w in words) + r")(?![\w,.]\d)")
    gap = r"(?:(?!(?:killed|dead|died|wounded|injured|hurt|and|or)\b)[\w'-]+\s+){1,3}?"
    patterns = []
    for e in entries:
        if e["kind"] in ("fatalities", "injuries", "none"):
            rx = e["regex"].replace("{NUM}", num).replace("{GAP}", gap)
            patterns.append((e["kind"], re.compile(r"(?<![\w$£€-])" + rx if rx.startswith("(?P<q>") else rx, re.I)))
    return _Table(patterns, numbers, qualifiers, frozenset(vague))


def parse_number(text: str) -> int | None:
    t = text.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    table = _table()
    if "-" in t:
        a, _, b = t.partition("-")
        if a in table.numbers and b in table.numbers:
            return table.numbers[a] + table.numbers[b]
    return table.numbers.get(t)


def casualties(text: str, start: int, end: int) -> tuple[Figure | None, Figure | None]:
    """The (fatalities, injuries) a stretch of text states; the largest of each kind wins."""
    table = _table()
    found: dict[str, Figure] = {}
    nobody = False
    windows: list[list[int]] = []
    for c in _CUE.finditer(text, start, end):
        lo, hi = max(start, c.start() - 60), min(end, c.end() + 45)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for kind, rx in table.patterns:
        for m in (m for lo, hi in windows for m in rx.finditer(text, lo, hi)):
            if kind == "none":
                nobody = True
                continue
            n = parse_number(m.group("n"))
            if n is None or n > 100000:
                continue
            # a year, a date or a unit is no toll
            if 1900 <= n <= 2100 and m.group("n").isdigit():
                continue
            q = (m.group("q") or "").strip().lower()
            q = re.sub(r"\s+", " ", q)
            bound = table.qualifiers.get(q, "exact")
            if bound == "exact" and m.group("n").lower() in table.vague:
                bound = "min"
            fig = Figure(n, bound)
            old = found.get(kind)
            if old is None or fig.value > old.value:
                found[kind] = fig
    if nobody:
        # "no one was hurt" overrides the "one" it contains; stated tolls elsewhere still win
        for kind in ("fatalities", "injuries"):
            if kind not in found or found[kind].value <= 1:
                found[kind] = Figure(0, "exact")
    return found.get("fatalities"), found.get("injuries")
