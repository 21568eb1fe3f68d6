"""Dating a document that states no publication date, from its story and its own dates.

Principle: documents of one story are published close together, so a story-mate's publication
date is the best single guess; the document's own text can only push it later, because a report
cannot tell of a past day after the day it was written.

1. Story-mates whose date was stated (stamp, field, URL) count; inferred dates only if no stated
   one exists (so guesses do not feed on guesses).
2. The guess is the (lower) median of their dates, robust to one far-off mate.
3. Floor: the latest date the text itself gives with a year ("October 4, 2024", "since October
   2023") and does not speak of as future. If the guess is earlier, take the first story-mate
   date on or after the floor, else the floor itself when it lies within a week of the latest
   story-mate; further away, the story-mates say nothing about this document and we give None.
4. No dated story-mate (the document stands alone in its story): the corpus's stated dates stand
   in for the story-mates, but only while they all fall within a month of each other (one news
   cycle of one conflict, as a batch of scraped pages usually is); a corpus spread wider says
   nothing about when this page was written, and we give None rather than guess.
5. Weekdays and relative words ("late Thursday", "yesterday") cannot contradict any date; the
   basis shows what they mean under the guess, so a reader can check it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge import load
from sitrep.model import TimeExpr

from . import arith
from .cues import speaks_of_future
from .elapsed import elapsed_floor
from .find import find_timexes

MAX_AFTER_STORY_DAYS = 7
MAX_CORPUS_SPREAD_DAYS = 31
CORPUS = "documents of the corpus (no dated story-mate)"
_SHOWN = 2


def _stated_floor(exprs: list[TimeExpr], text: str | None) -> tuple[arith.Date, TimeExpr] | None:
    best: tuple[arith.Date, TimeExpr] | None = None
    for e in exprs:
        if not e.value or not (e.basis.startswith("absolute") or e.basis == "range-since"):
            continue
        if text is not None and speaks_of_future(text, e.start, e.end):
            continue                                 # "elections will be held on May 4, 2025"
        if text is not None and _deadline().search(text, max(0, e.start - 40), e.start):
            continue                                 # "to wind down the mission by September 2025"
        b = arith.bounds(e.value)
        if b and (best is None or b[0] > best[0]):
            best = (b[0], e)
    return best


@lru_cache(maxsize=1)
def _deadline() -> re.Pattern[str]:
    """Words that make the date after them a deadline ("by the end of", "until"): a plan's end,
    which says nothing about when the report was written (``deadline_lead`` in the time words)."""
    words = sorted((e["word"] for e in load("time_words.json") if e.get("kind") == "deadline_lead"),
                   key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alt})\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?\Z", re.I)


def _consistency(exprs: list[TimeExpr], guess: arith.Date) -> str:
    shown = []
    for e in exprs:
        if e.value is None and e.granularity == "day" and len(shown) < _SHOWN:
            again = find_timexes(e.text, guess.isoformat())
            if again and again[0].value:
                shown.append(f"'{e.text}' ({again[0].value})")
    return ", consistent with " + ", ".join(shown) if shown else ""


def corpus_guess(basis: str | None) -> bool:
    """Whether an inferred date's basis is the corpus alone (no story-mate): it may date a page's
    events, but says nothing of the page's own date or of which story it belongs to."""
    return CORPUS in (basis or "")


def corpus_candidates(published: list[tuple[str | None, str | None]]) -> list[tuple[str, str]]:
    """(date, basis) of the corpus's stated publication dates, to date a document with no dated
    story-mate; empty when they spread over more than ``MAX_CORPUS_SPREAD_DAYS`` (rule 4)."""
    stated = [(c, b or "") for c, b in published
              if c and not (b or "").startswith("inferred") and arith.parse_iso(c) is not None]
    days = sorted(arith.parse_iso(c) for c, _ in stated)
    if not days or (days[-1] - days[0]).days > MAX_CORPUS_SPREAD_DAYS:
        return []
    return stated


@lru_cache(maxsize=8)
def _pool(candidates: tuple[tuple[str, str], ...]) -> tuple[list[arith.Date], bool]:
    """The sorted dates that vote (stated ones, else all) and whether they were stated: the corpus
    pool is the same for every undated page, and parsing and sorting it per page was quadratic."""
    dated = [(d, b) for c, b in candidates if (d := arith.parse_iso(c)) is not None]
    stated = [d for d, b in dated if not (b or "").startswith("inferred")]
    return sorted(stated or [d for d, _ in dated]), bool(stated)


def infer_publication(own: list[TimeExpr] | str, candidates: list[tuple[str, str]],
                      whose: str = "story-mates", wording: str | None = None) -> tuple[str | None, str]:
    """A publication date for a document that states none, and how it was found.

    ``own``: the document's text, or its time expressions found without a publication date;
    ``candidates``: (publication date, basis) of the other documents of its story, or (``whose``
    = ``CORPUS``) of the corpus when the story has none (``corpus_candidates``); ``wording``: the
    document's text when ``own`` is its expressions, to read elapsed spans ("one week since the
    January 16 attack") that date the report itself (rule 3b).
    """
    text = own if isinstance(own, str) else None
    exprs = find_timexes(own, None) if isinstance(own, str) else list(own)
    pool, stated = _pool(tuple(map(tuple, candidates)))
    if not pool:
        return None, f"no {'story-mate' if whose == 'story-mates' else 'document'} with a publication date"
    guess = pool[(len(pool) - 1) // 2]
    if len(pool) == 1 and whose == "story-mates":
        basis = f"inferred: story-mate published {guess}"
    else:
        basis = f"inferred: median of {len(pool)} {whose} published {pool[0]}..{pool[-1]}"
    if not stated:
        basis += " (their dates are inferred too)"
    floor = _stated_floor(exprs, text if text is not None else wording)
    if floor and floor[0] > guess:
        later = [d for d in pool if d >= floor[0]]
        if later:
            guess = later[0]
        elif (floor[0] - pool[-1]).days <= MAX_AFTER_STORY_DAYS:
            guess = floor[0]
        else:
            return None, (f"{whose} published {pool[0]}..{pool[-1]}, but the text reports "
                          f"'{floor[1].text}' ({floor[1].value}): too far apart to infer")
        basis += f"; not before '{floor[1].text}' ({floor[1].value}) which the text reports"
    # 3b. an explicit span after an explicit date is a day the report has reached; unlike a
    # stated date it is only used when it stays near the pool (a misread anchor year must not
    # turn a good guess into no date at all)
    wording = text or wording
    span = elapsed_floor(wording, exprs, guess.isoformat()) if wording else None
    if span and span[0] > guess:
        later = [d for d in pool if d >= span[0]]
        if later or (span[0] - pool[-1]).days <= MAX_AFTER_STORY_DAYS:
            guess = later[0] if later else span[0]
            basis += f"; not before {span[0]}, which '{span[1]}' reports"
    return guess.isoformat(), basis + _consistency(exprs, guess)
