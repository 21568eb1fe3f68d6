"""Build the cleaned text from the kept lines, with repairs, and a map back to raw offsets.

Kept lines become paragraphs separated by a blank line; lines that a lost line break split in
the middle of a sentence are joined with a space. Mojibake is fixed (typographic quotes kept) and
glued words are split. Every character of the result maps back to the raw text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate
from dataclasses import dataclass

from sitrep.clean.glue import Lexicon, glue_sites
from sitrep.clean.lines import Line
from sitrep.clean.wraps import PARAGRAPH, joins_next, line_joins  # noqa: F401 (joins_next: API)
from sitrep.model import OffsetMap

PARAGRAPH_BREAK = PARAGRAPH
# the byte patterns that UTF-8 read as Latin-1/cp1252 leaves behind ("â€™", "Ã©", "Â ")
_MOJIBAKE = re.compile("[ÂÃâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|Ã[\u00a0-\u00bf]")
# a space typed before a full stop or comma ("for comment ."): not before an ellipsis or ".5"
_LOOSE_STOP = re.compile(r"(?<=[^\W_])( +)(?=[.,](?:\s|$|[\"”’)]))")


@dataclass(slots=True)
class BuiltText:
    text: str
    offsets: OffsetMap
    repairs: int
    paragraph_starts: list[int]


def fix_mojibake(text: str) -> str:
    """Text decoded with the wrong codec, repaired; curly quotes stay curly."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy                         # only pages that need it pay for the import
    return ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False, normalization="NFC")


def _may_hold_mojibake(text: str) -> bool:
    """Whether ``_MOJIBAKE`` can match: each of its matches starts with Â, Ã or â."""
    return not text.isascii() and ("Ã" in text or "â" in text or "Â" in text)


def build_text(lines: Sequence[Line], lexicon: Lexicon | None = None) -> BuiltText:
    """The cleaned text of the given kept lines (in order)."""
    fixed = [line.text for line in lines]
    joined = "\n".join(fixed)
    if _may_hold_mojibake(joined):
        fixed = [fix_mojibake(text) if _may_hold_mojibake(text) else text for text in fixed]
        joined = "\n".join(fixed)
    lexicon = lexicon or Lexicon.default()
    seps, hyphens = line_joins(fixed, lexicon)
    # (offset in ``joined``, characters deleted there): 0 inserts a space (glue), n > 0 drops n
    sites = [(p, 0) for p in glue_sites(joined, lexicon)]
    if hyphens:
        # the hyphen of a word cut at the margin ("Afri-" / "ca"): the last character of its line
        ends = list(accumulate(len(text) + 1 for text in fixed))
        sites = sorted(sites + [(ends[i] - 2, 1) for i in hyphens])
    if " ." in joined or " ," in joined:
        sites = sorted(sites + [(m.start(), m.end() - m.start()) for m in _LOOSE_STOP.finditer(joined)])
    # the offset map's columns, appended to directly: a segment per copied stretch or insertion
    parts: list[str] = []
    clean_starts: list[int] = []
    raw_starts: list[int] = []
    copied: list[bool] = []
    length = repairs = 0
    starts: list[int] = []
    k, at = 0, 0                        # next glue site; where the line starts in ``joined``
    for i, line in enumerate(lines):
        text = fixed[i]
        if i:
            sep = seps[i]
            if sep:
                clean_starts.append(length)
                raw_starts.append(lines[i - 1].end)
                copied.append(False)
                parts.append(sep)
                length += len(sep)
            if sep is PARAGRAPH_BREAK:
                starts.append(length)
        else:
            starts.append(0)
        nxt = at + len(text) + 1        # a site belongs to the line it falls in ("\n" included)
        edits: list[tuple[int, int]] = []
        while k < len(sites) and sites[k][0] < nxt:
            edits.append((sites[k][0] - at, sites[k][1]))
            k += 1
        at = nxt
        if text is not line.text and text != line.text:
            # a re-decoded line maps to its start as a whole
            pieces, pos = [], 0
            for e, dropped in edits:
                pieces.append(text[pos:e] if dropped else text[pos:e] + " ")
                pos = e + dropped
            pieces.append(text[pos:])
            whole = "".join(pieces)
            if whole:
                clean_starts.append(length)
                raw_starts.append(line.start)
                copied.append(False)
                parts.append(whole)
                length += len(whole)
            repairs += 1 + len(edits)
            continue
        pos = 0
        for e, dropped in edits:
            if e > pos:
                clean_starts.append(length)
                raw_starts.append(line.start + pos)
                copied.append(True)
                parts.append(text[pos:e])
                length += e - pos
            if dropped:                 # the copied stretch after it starts a new segment
                pos = e + dropped
                continue
            clean_starts.append(length)
            raw_starts.append(line.start + e)
            copied.append(False)
            parts.append(" ")
            length += 1
            pos = e
        if pos < len(text):
            clean_starts.append(length)
            raw_starts.append(line.start + pos)
            copied.append(True)
            parts.append(text[pos:] if pos else text)
            length += len(text) - pos
        repairs += len(edits)
    return BuiltText("".join(parts), OffsetMap(clean_starts, raw_starts, copied), repairs, starts)
