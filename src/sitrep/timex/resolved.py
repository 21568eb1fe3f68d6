"""What a resolved time expression is, and the word readers the resolvers share."""
from __future__ import annotations

from dataclasses import dataclass

from . import arith
from .words import lexicon

GRAIN = {"day": 0, "week": 1, "fortnight": 1, "month": 2, "year": 3}


@dataclass(slots=True)
class Resolved:
    """A resolved expression, or an anaphoric one waiting for its anchor."""

    start: int
    end: int
    value: str | None
    granularity: str | None
    end_value: str | None = None
    basis: str = ""
    offset: tuple[int, str] | None = None      # anaphoric: (n, unit) from the anchor


def _num(word: str | None) -> int | None:
    if word is None:
        return 1
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return lexicon().numbers.get(w)


def _unit(word: str) -> str:
    return lexicon().units.get(word.lower(), "day")


def _mon(word: str) -> int:
    return lexicon().months[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(word.rstrip("stndrh"))


def _wd(word: str | None) -> int | None:
    return None if word is None else lexicon().weekdays.get(word.lower().rstrip("."))


def _year_rel(g: dict[str, str | None], pub: arith.Date) -> int:
    return pub.year + lexicon().relative.get((g.get("yrel") or "").lower(), 0)


def _tag(basis: str, future: bool) -> str:
    return basis + " (future)" if future else basis
