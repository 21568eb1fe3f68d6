"""Quotation marks paired into quoted stretches: straight, curly, mismatched, glued.

Every mark is classified by its neighbours: an opener follows white space, a bracket, a dash or a
colon and precedes a word; a closer follows a word or punctuation and precedes white space,
punctuation or the end. A mark glued on both sides ("said:“We", "war.\"The") is decided by
whether a quote is open. Double marks (“ ” „ « » " '' ``) and single marks (‘ ’ ') are two
families; inside an open quote only the same family closes, so nested quotes stay inside.

Single marks double as apostrophes. A mark between two letters (Sa'ar, don't) is never a quote
mark; a closer after "s" before a word (militias' leaders) is a possessive unless no better closer
follows in the paragraph.

A quote opened but not closed in its paragraph continues in the next one when that paragraph opens
with a mark of the same family (the news convention for multi-paragraph quotes): each paragraph
becomes one piece, and the pieces share a ``group`` so they share a speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# one character class: the scan is fast (an alternation with look-arounds to drop apostrophes
# in the regex made the scan slower than dropping them here); apostrophes (Sa'ar, don’t) are
# dropped by a look at their neighbours, and '' or `` are joined into one mark
_MARK = re.compile(r"[“”„‟\"«»‘’‚'`]")
_SINGLE = frozenset("‘’‚'")
_PARA = re.compile(r"\n[ \t\u00a0]*\n\s*")

_DOUBLE = frozenset(("“", "”", "„", "‟", '"', "«", "»", "''", "``"))
# characters after which a mark opens a quote
_OPEN_BEFORE = frozenset(" \t\n\u00a0([{—–-:/;")
# characters before which a mark closes a quote
_CLOSE_AFTER = frozenset(" \t\n\u00a0.,;:!?)]}—–-…")
_CLOSE_PUNCT = frozenset(".,;:!?…—–-")

OPEN, CLOSE, EITHER, NONE = 1, 2, 3, 0


@dataclass(slots=True)
class Piece:
    """One quoted stretch between marks (or a paragraph of a multi-paragraph quote)."""

    start: int                 # content start (after the opening mark)
    end: int                   # content end (before the closing mark)
    open_at: int               # offset of the opening mark
    close_at: int | None       # offset just past the closing mark; None: runs to paragraph end
    group: int                 # pieces of one multi-paragraph quote share a group
    double: bool               # double-mark family


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: stretches between blank lines."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _PARA.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _classify(text: str, i: int, mark: str) -> tuple[int, bool]:
    """(OPEN/CLOSE/EITHER/NONE, weak) for the mark at ``text[i]``; weak marks a likely possessive."""
    j = i + len(mark)
    before = text[i - 1] if i else " "
    after = text[j] if j < len(text) else " "
    open_ctx = before in _OPEN_BEFORE or before in "“‘\"'«„"
    close_ctx = after in _CLOSE_AFTER or after in "”’\"'»"
    if mark in _DOUBLE:
        if mark in ("“", "„", "«", "``", "‟"):
            # a left mark glued after a word and before a space is a mismatched closer
            if not open_ctx and close_ctx and before != " ":
                return CLOSE, False
            return OPEN, False
        if mark in ("”", "»"):
            if open_ctx and after.isalnum():
                return OPEN, False           # mismatched opener
            return CLOSE, False
        # straight marks and ''
        if open_ctx and not after.isspace():
            return OPEN, False
        if close_ctx and not before.isspace():
            return CLOSE, False
        return EITHER, False
    # single family: apostrophes between letters are never quote marks
    if before.isalnum() and after.isalnum():
        return NONE, False
    if mark == "‘" or mark == "‚":
        if after.isalnum() or after in "“\"":
            return (OPEN, False) if open_ctx or not before.isalnum() else (NONE, False)
        return (CLOSE, False) if close_ctx and not before.isspace() else (NONE, False)
    # ’ or '
    if open_ctx and after.isalpha():
        return OPEN, False
    if close_ctx and not before.isspace() and before not in _OPEN_BEFORE:
        weak = before in "sSzZ" and after in " \u00a0" and _word_follows(text, j)
        return CLOSE, weak
    return NONE, False


def _word_follows(text: str, j: int) -> bool:
    k = j
    while k < len(text) and text[k] in " \u00a0":
        k += 1
    return k < len(text) and text[k].isalpha()


def _marks(text: str) -> list[tuple[int, str, int, bool]]:
    out = []
    n = len(text)
    skip = -1
    for m in _MARK.finditer(text):
        i = m.start()
        if i < skip:
            continue
        ch = text[i]
        if ch in "'`" and i + 1 < n and text[i + 1] == ch:
            mark = ch + ch               # '' or ``
            skip = i + 2
        elif ch == "`":
            continue
        else:
            mark = ch
            if ch in _SINGLE and 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
                continue                 # an apostrophe inside a word
        kind, weak = _classify(text, i, mark)
        if kind != NONE:
            out.append((i, mark, kind, weak))
    return out


def find_pieces(text: str, paras: list[tuple[int, int]] | None = None) -> list[Piece]:
    """Every quoted stretch of ``text``, in order, content offsets without the marks."""
    pieces: list[Piece] = []
    group = 0
    carry: bool | None = None          # family of a quote still open at the previous paragraph end
    every = _marks(text)
    j = 0
    paras = paras if paras is not None else paragraphs(text)
    for pi, (pstart, pend) in enumerate(paras):
        while j < len(every) and every[j][0] < pstart:
            j += 1
        k0 = j
        while j < len(every) and every[j][0] < pend:
            j += 1
        marks = every[k0:j]
        # a continued quote reopens at the paragraph start with a mark of its family
        if carry is None or not (marks and marks[0][0] == pstart and marks[0][2] in (OPEN, EITHER)
                                 and (marks[0][1] in _DOUBLE) == carry):
            group += 1
        carry = None
        k = 0
        while k < len(marks):
            pos, mark, kind, _ = marks[k]
            if kind not in (OPEN, EITHER):
                k += 1
                continue
            double = mark in _DOUBLE
            close = _find_close(marks, k + 1, double)
            content_start = pos + len(mark)
            if close is None:
                nxt = _next_opener(marks, k + 1, double)
                if pos == pstart or _only_space(text, pstart, pos):
                    # a paragraph-initial quote without its closer: it runs to the next opener,
                    # or to the paragraph end and on into the next paragraph if that reopens
                    stop = marks[nxt][0] if nxt is not None else pend
                    pieces.append(Piece(content_start, _trim_end(text, content_start, stop), pos,
                                        None, group, double))
                    if nxt is None:
                        carry = double
                        break
                    group += 1
                    k = nxt
                    continue
                if nxt is None and _reopens(every, j, paras, pi + 1, double):
                    # opened mid-paragraph and continued in the next one: '... on Wednesday.
                    # "The recruitment will go on.' then a paragraph opening '"Every family ...'
                    pieces.append(Piece(content_start, _trim_end(text, content_start, pend), pos,
                                        None, group, double))
                    carry = double
                    break
                k += 1
                continue
            cpos, cmark = marks[close][0], marks[close][1]
            if cpos > content_start:
                pieces.append(Piece(content_start, cpos, pos, cpos + len(cmark), group, double))
                group += 1
            k = close + 1
    return [p for p in pieces if p.end > p.start and not text[p.start:p.end].isspace()]


def _reopens(every: list[tuple[int, str, int, bool]], j: int, paras: list[tuple[int, int]],
             pi: int, double: bool) -> bool:
    """Whether paragraph ``pi`` opens with a quote mark of this family (``every[j]`` is the first
    mark past the previous paragraph)."""
    if pi >= len(paras) or j >= len(every):
        return False
    pos, mark, kind, _ = every[j]
    return pos == paras[pi][0] and kind in (OPEN, EITHER) and (mark in _DOUBLE) == double


def _find_close(marks: list[tuple[int, str, int, bool]], k: int, double: bool) -> int | None:
    """Index of the mark closing a quote opened before ``marks[k]``; strong closers first."""
    weak_at = None
    for i in range(k, len(marks)):
        pos, mark, kind, weak = marks[i]
        if (mark in _DOUBLE) != double:
            continue
        if kind == OPEN and mark in ("“", "„", "«", "``", "‘") and double == (mark in _DOUBLE):
            # a fresh opener of the same family: the earlier quote lost its closer
            return weak_at
        if kind in (CLOSE, EITHER):
            if weak:
                if weak_at is None:
                    weak_at = i
                continue
            return i
        if kind == OPEN and mark in ('"', "''"):
            # a straight mark that looks like an opener inside an open quote is its closer
            # (text glued after it: 'war."The')
            return i
    return weak_at


def _next_opener(marks: list[tuple[int, str, int, bool]], k: int, double: bool) -> int | None:
    for i in range(k, len(marks)):
        if marks[i][2] == OPEN and (marks[i][1] in _DOUBLE) == double:
            return i
    return None


def _only_space(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip()


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
