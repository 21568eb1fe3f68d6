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


# the word stems every casualty pattern contains: figures are looked for only around them
_STEMS = ("kill", "dead", "died", "dies", "wound", "injur", "hurt", "toll", "death", "fatalit", "casualt", "slain",
          "perish", "martyr", "neutrali", "bodies")
_CUE = re.compile("|".join(_STEMS), re.I)
# where a number can start: a word not glued to a letter, a currency sign or a hyphen ("F-16", "$20")
_WORD = re.compile(r"(?<![\w$£€-])\w[\w-]*")
# the sentence right after a figureless toll revision (same paragraph: no blank line between)
_NEXT_SENTENCE = re.compile(r"[ \t]*\n?[ \t]*([^\n]{1,400}?[.!?])(?=\s|$)")


@dataclass(slots=True)
class _Table:
    # kind, regex, words one of which it needs, whether it starts with the number
    patterns: list[tuple[str, re.Pattern, tuple[str, ...], bool]]
    numbers: dict[str, int]
    qualifiers: dict[str, str]
    vague: frozenset[str]
    leads: frozenset[str]      # first words of qualifiers and number words
    rise: re.Pattern | None    # a toll restated as it grows
    rise_to: re.Pattern | None = None   # the figure right after the rise: "rose| to nine"
    date_lead: re.Pattern | None = None  # a month name right before a number: "June 11" is a date
    date_trail: re.Pattern | None = None  # a month name right after it: "on 10 October" is a date


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
    # a clause link ends the counted phrase: "has risen to four after a wounded teenager died"
    gap = r"(?:(?!(?:killed|dead|died|wounded|injured|hurt|and|or|after|before|when|while|since|until)\b)[\w'-]+\s+){1,3}?"
    patterns = []
    for e in entries:
        if e["kind"] in ("fatalities", "injuries", "none"):
            rx = e["regex"].replace("{NUM}", num).replace("{GAP}", gap)
            # a pattern that opens with the number is tried only where a number word starts (``_WORD``):
            # searching it at every position costs a hundred times more
            patterns.append((e["kind"], re.compile(rx, re.I), tuple(k.lower() for k in e.get("keys") or ("",)),
                             e["regex"].startswith("{NUM}")))
    leads = frozenset(w.split()[0] for w in list(numbers) + list(qualifiers)) | {
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
    rises = [e["regex"] for e in entries if e["kind"] == "rise"]
    rise = re.compile("|".join(f"(?:{r})" for r in rises), re.I) if rises else None
    rise_to = re.compile(r"\s+(?:to|at)\s+" + num, re.I)
    leads_ = [e["regex"] for e in entries if e["kind"] == "date_lead"]
    date_lead = re.compile("|".join(f"(?:{r})" for r in leads_), re.I) if leads_ else None
    trails = [e["regex"] for e in entries if e["kind"] == "date_trail"]
    date_trail = re.compile("|".join(f"(?:{r})" for r in trails), re.I) if trails else None
    return _Table(patterns, numbers, qualifiers, frozenset(vague), leads, rise, rise_to, date_lead, date_trail)


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
    windows = _windows(text, start, end)
    # a regex runs only in windows holding one of its key words: most hold one or two of them
    lows = [text[lo:hi].lower() for lo, hi in windows]
    numbers: list[list[int] | None] = [None] * len(windows)
    for kind, rx, keys, leading in table.patterns:
        for k, ((lo, hi), low) in enumerate(zip(windows, lows)):
            if not any(key in low for key in keys):
                continue
            if leading:
                if numbers[k] is None:
                    numbers[k] = _number_starts(table, text, lo, hi)
                ms, last = [], -1
                for pos in numbers[k]:
                    if pos < last:
                        continue                  # inside the previous match, as finditer would skip it
                    m = rx.match(text, pos, hi)
                    if m is not None:
                        ms.append(m)
                        last = m.end()
            else:
                ms = rx.finditer(text, lo, hi)
            for m in ms:
                if kind == "none":
                    nobody = True
                    continue
                fig = _figure(table, m)
                old = found.get(kind)
                if fig is not None and (old is None or fig.value > old.value):
                    found[kind] = fig
    if nobody:
        # "no one was hurt" overrides the "one" it contains; stated tolls elsewhere still win
        for kind in ("fatalities", "injuries"):
            if kind not in found or found[kind].value <= 1:
                found[kind] = Figure(0, "exact")
    return found.get("fatalities"), found.get("injuries")


def toll_rise(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span from "toll" to the verb of its rise ("the death toll from an attack on X rose")
    in text[start:end], or None: a time after it dates the rise, not the attack."""
    rise = _table().rise
    m = rise.search(text, start, end) if rise is not None else None
    return (m.start(), m.end()) if m is not None else None


def toll_update(text: str, start: int, end: int) -> Figure | None:
    """The fatalities a rising-toll sentence states ("the toll climbed to 12"), else None."""
    table = _table()
    m = table.rise.search(text, start, end) if table.rise is not None else None
    if m is None:
        return None
    # "the death toll from an attack on the village of X in Y province rose to nine": the figure
    # follows the verb, however far the verb stands from "toll"
    to = table.rise_to.match(text, m.end(), end)
    fig = _figure(table, to) if to is not None else None
    if fig is None:
        fig = casualties(text, start, end)[0]
    if fig is None:
        # "The toll has since risen sharply. Officials said 68 bodies had been recovered.": a
        # revision stating no figure announces the next sentence's count of the dead
        nxt = _NEXT_SENTENCE.match(text, end)
        if nxt is not None:
            fig = casualties(text, nxt.start(1), nxt.end(1))[0]
    return fig


def _windows(text: str, start: int, end: int) -> list[list[int]]:
    """Stretches around the casualty stems of text[start:end], merged where they overlap."""
    low = text[start:end].lower()
    if len(low) != end - start:
        spans = [(c.start(), c.end()) for c in _CUE.finditer(text, start, end)]
    else:
        spans = []
        for stem in _STEMS:
            i = low.find(stem)
            while i >= 0:
                spans.append((start + i, start + i + len(stem)))
                i = low.find(stem, i + 1)
        spans.sort()
    windows: list[list[int]] = []
    for a, b in spans:
        lo, hi = max(start, a - 60), min(end, b + 45)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return windows


def _number_starts(table: _Table, text: str, lo: int, hi: int) -> list[int]:
    """Where a figure (or its qualifier) may start: digits, number words, qualifier words."""
    out = []
    for w in _WORD.finditer(text, lo, hi):
        word = w.group(0)
        if word[0].isdigit() or word.lower().split("-", 1)[0] in table.leads:
            out.append(w.start())
    return out


def _figure(table: _Table, m: re.Match) -> Figure | None:
    n = parse_number(m.group("n"))
    if n is None or n > 100000:
        return None
    if 1900 <= n <= 2100 and m.group("n").isdigit():
        return None                       # a year, a date or a unit is no toll
    at = m.start("n")
    if table.date_lead is not None and m.group("n").isdigit() and \
            table.date_lead.search(m.string, max(0, at - 12), at) is not None:
        return None                       # "MOPTI, June 11 - gunmen killed six": a dateline's day
    if table.date_trail is not None and m.group("n").isdigit() and int(m.group("n")) <= 31 and \
            table.date_trail.match(m.string, m.end("n")) is not None:
        return None                       # "an attack on 10 October that killed four": a day of the month
    q = (m.group("q") or "").strip().lower()
    bound = table.qualifiers.get(" ".join(q.split()), "exact")
    if bound == "exact" and m.group("n").lower() in table.vague:
        bound = "min"
    return Figure(n, bound)
