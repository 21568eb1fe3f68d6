"""Does the text around an expression speak of the future?

A date without a year ("Nov. 5"), a month ("in March") or a weekday is read as the most recent
one before publication, unless the words around it speak of the future ("will be held on Nov.
5", "ahead of the Nov. 5 election", "talks scheduled for Monday"). We look at a few words on
each side, within the clause, and let the *nearest* cue decide: a future cue ("will",
"scheduled", "next", "ahead") or a past cue ("was", "had", "ago", "last", "said"). With no cue,
the caller decides (see :mod:`sitrep.timex.resolve`). "before" and "until" are not cues: "before
Friday's purchases", "until Thursday, they had not" are as often past as future.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .words import lexicon

WINDOW_WORDS = 6
# a future auxiliary often stands further back than the window, across the place and the
# preposition of a plan: "talks would take place in St Vincent and the Grenadines on Thursday",
# "ministers are due to meet in Kingstown, St Vincent, on Thursday". With no cue in the window,
# the left side of the clause is searched this far more, nearest cue first.
LONG_LEFT_WORDS = 13
_CHARS = 70
_LEFT_CHARS = 110
_WORD = re.compile(r"won['’]t|['’]ll\b|[a-z]+")
_RIGHT_STOP = re.compile(r"[.!?;:](?:\s|$)|\n")
# a coordinator opening a predicate of its own ends the expression's clause on the right: in
# "began a visit on Wednesday and is due to travel to Puno" the plan is the second predicate's, and
# the weekday stays the past one. Only a finite auxiliary or a plan verb right after "and"/"but"
# opens one ("on Monday and Tuesday", "and in Kyiv on Friday" go on with the same clause)
_RIGHT_CLAUSE = re.compile(r"\s(?:and|but)\s+(?:then\s+|later\s+|now\s+)?(?:is|are|was|were|will|would|shall|"
                           r"has|have|had|plans?|expects?|hopes?|intends?|aims?)\b", re.I)


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, int], dict[str, int]]:
    """Cue word or two-word phrase -> +1 (future) or -1 (past), for the words before the
    expression and for those after it. A reporting verb ("said") is a past cue only before:
    "said Friday that it would" is said on Friday, but in "the vote will be on Dec. 5, the
    commission said" the date belongs to the reported clause."""
    lex = lexicon()
    right = {w: -1 for w in lex.past_cues}
    right.update({w: 1 for w in lex.future_cues})
    for w in ("'ll", "’ll", "won't", "won’t"):
        right[w] = 1
    left = dict(right)
    left.update({w: -1 for w in lex.report_verbs})
    return left, right


@lru_cache(maxsize=1)
def _phrase_words() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of the left table's two-word phrases and the first words of the right
    table's: only a word among them can end (left) or start (right) a phrase, so ``tense`` skips
    building the pair for every other word."""
    left_table, right_table = _cues()
    return (frozenset(k.rpartition(" ")[2] for k in left_table if " " in k),
            frozenset(k.partition(" ")[0] for k in right_table if " " in k))


def speaks_of_future(text: str, start: int, end: int) -> bool:
    """True when the nearest tense cue around ``text[start:end]`` points to the future."""
    return tense(text, start, end) > 0


def tense(text: str, start: int, end: int) -> int:
    """+1 when the nearest tense cue around ``text[start:end]`` points to the future, -1 to
    the past, 0 when there is no cue (or the nearest ones disagree)."""
    left = text[max(0, start - _LEFT_CHARS):start]
    # the clause the expression stands in: after the last sentence or clause boundary
    cut = max(left.rfind(". "), left.rfind("? "), left.rfind("! "), left.rfind("; "), left.rfind(": "),
              left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1:]
    right = text[end:end + _CHARS]
    stop = _RIGHT_STOP.search(right)
    if stop:
        right = right[:stop.start()]
    clause = _RIGHT_CLAUSE.search(right)
    if clause:
        right = right[:clause.start()]
    lw = _WORD.findall(left.lower())
    rw = _WORD.findall(right.lower())
    lw.reverse()                                      # nearest first
    left_table, right_table = _cues()
    left_last, right_first = _phrase_words()
    # the word at distance d, or the two-word phrase it ends (left side) or starts (right side);
    # inlined, as this runs for most expressions of an article
    nl, nr = len(lw), len(rw)
    for d in range(min(WINDOW_WORDS, max(nl, nr))):
        votes = 0
        if d < nl:
            w = lw[d]
            v = left_table.get(f"{lw[d + 1]} {w}") if d + 1 < nl and w in left_last else None
            votes += v or left_table.get(w, 0)
        if d < nr:
            w = rw[d]
            v = right_table.get(f"{w} {rw[d + 1]}") if d + 1 < nr and w in right_first else None
            votes += v or right_table.get(w, 0)
        if votes:
            return 1 if votes > 0 else -1
    for d in range(WINDOW_WORDS, min(LONG_LEFT_WORDS, nl)):
        w = lw[d]
        v = left_table.get(f"{lw[d + 1]} {w}") if d + 1 < nl and w in left_last else None
        v = v or left_table.get(w, 0)
        if v:
            return v
    return 0
