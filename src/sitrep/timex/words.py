"""The time vocabulary, loaded once from ``knowledge/time_words.json``.

Every word the time grammar knows (month and weekday names, numbers, units, relative and
anaphoric words, future and past cues) is data in that file, so a user can extend it with a file
of the same name in ``$SITREP_KNOWLEDGE``. This module turns the entries into look-up tables and
into regex alternations for :mod:`sitrep.timex.grammar`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep import knowledge

FILE = "time_words.json"


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int] = field(default_factory=dict)          # lower-case word -> 1..12
    month_abbr: frozenset[str] = frozenset()                       # "oct", "sept"
    month_ambiguous: frozenset[str] = frozenset()                  # "may", "march"
    weekdays: dict[str, int] = field(default_factory=dict)         # -> 0 (Monday) .. 6
    weekday_abbr: frozenset[str] = frozenset()
    numbers: dict[str, int] = field(default_factory=dict)          # "two" -> 2, "a" -> 1
    vague: frozenset[str] = frozenset()                            # "a few", "several"
    ordinals: dict[str, int] = field(default_factory=dict)         # "fourth" -> 4
    units: dict[str, str] = field(default_factory=dict)            # "weeks" -> "week"
    parts_of_day: frozenset[str] = frozenset()
    deictic: dict[str, int] = field(default_factory=dict)          # "yesterday" -> -1
    relative: dict[str, int] = field(default_factory=dict)         # "last" -> -1
    anaphoric: dict[str, int] = field(default_factory=dict)        # "following" -> +1
    directions: dict[str, int] = field(default_factory=dict)       # "ago"/"earlier" -> -1
    positions: dict[str, str] = field(default_factory=dict)        # "early" -> "start"
    year_gates: frozenset[str] = frozenset()
    year_follow_ok: frozenset[str] = frozenset()                   # "in 2023 was" is still a year
    attributive_gates: frozenset[str] = frozenset()                # "the 2014 assault"
    range_open: frozenset[str] = frozenset()
    range_join: frozenset[str] = frozenset()
    span_units: dict[str, int] = field(default_factory=dict)       # "hours" -> 24 (per day)
    year_parts: dict[str, int] = field(default_factory=dict)       # "quarter" -> 3 (months)
    future_cues: frozenset[str] = frozenset()
    past_cues: frozenset[str] = frozenset()
    report_verbs: frozenset[str] = frozenset()                     # past cues on the left only


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    by: dict[str, list[dict]] = {}
    for e in knowledge.load(FILE):
        by.setdefault(e["kind"], []).append(e)

    def table(kind: str) -> dict:
        return {e["word"].lower(): e.get("value") for e in by.get(kind, [])}

    def words(kind: str, flag: str | None = None) -> frozenset[str]:
        return frozenset(e["word"].lower() for e in by.get(kind, []) if flag is None or e.get(flag))

    return Lexicon(
        months=table("month"), month_abbr=words("month", "abbr"),
        month_ambiguous=words("month", "ambiguous"),
        weekdays=table("weekday"), weekday_abbr=words("weekday", "abbr"),
        numbers=table("number"), vague=words("vague_number"), ordinals=table("ordinal"),
        units=table("unit"), parts_of_day=words("part_of_day"), deictic=table("deictic"),
        relative=table("relative"), anaphoric=table("anaphoric"), directions=table("direction"),
        positions=table("position"), year_gates=words("year_gate"),
        year_follow_ok=words("year_follow_ok"), attributive_gates=words("year_attributive_gate"),
        range_open=words("range_open"), range_join=words("range_join"),
        future_cues=words("future_cue"), past_cues=words("past_cue"),
        report_verbs=words("report_verb"),
        span_units=table("span_unit"), year_parts=table("year_part"),
    )


def alternation(words: object, *, cased: bool = False) -> str:
    """A regex alternation of ``words``, longest first so "sept" wins over "sep".

    ``cased``: only the Capitalised and UPPER-CASE spellings match (month and weekday names,
    which keeps the modal "may" and the verb "march" out); otherwise case-insensitive.
    """
    items = sorted({str(w) for w in words}, key=len, reverse=True)
    if cased:
        forms: list[str] = []
        for w in items:
            forms += [w[:1].upper() + w[1:], w.upper()]
        return "(?:" + "|".join(_flex(f) for f in dict.fromkeys(forms)) + ")"
    return "(?i:" + "|".join(_flex(w) for w in items) + ")"


def _flex(word: str) -> str:
    # a space in a listed phrase matches any run of whitespace; a hyphen also a space
    return r"\s+".join(re.escape(part).replace(r"\-", r"[-\s]") for part in word.split())
