"""Build the cleaned text from the kept lines, with repairs, and a map back to raw offsets.

Kept lines become paragraphs separated by a blank line; lines that a lost line break split in
the middle of a sentence are joined with a space. Mojibake is fixed (typographic quotes kept) and
glued words are split. Every character of the result maps back to the raw text.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.clean.glue import Lexicon, find_glue_edits
from sitrep.clean.lines import Line
from sitrep.model import Edit, OffsetMap

PARAGRAPH_BREAK = "\n\n"
# the byte patterns that UTF-8 read as Latin-1/cp1252 leaves behind ("â€™", "Ã©", "Â ")
_MOJIBAKE = re.compile("[ÂÃâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|Ã[\u00a0-\u00bf]")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]…]\s*$")


@dataclass(slots=True)
class BuiltText:
    text: str
    offsets: OffsetMap
    repairs: int
    paragraph_starts: list[int]


class TextBuilder:
    """Appends pieces of text and records, for each, the raw offset it stands for."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets = OffsetMap()
        self.length = 0

    def copy(self, raw_start: int, text: str) -> None:
        if text:
            self.offsets.add(self.length, raw_start, True)
            self.parts.append(text)
            self.length += len(text)

    def insert(self, raw_at: int, text: str) -> None:
        if text:
            self.offsets.add(self.length, raw_at, False)
            self.parts.append(text)
            self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def fix_mojibake(text: str) -> str:
    """Text decoded with the wrong codec, repaired; curly quotes stay curly."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy                         # only pages that need it pay for the import
    return ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False, normalization="NFC")


def joins_next(line: str, following: str) -> bool:
    """Whether a line break between two kept lines was a wrap in mid-sentence."""
    return bool(following) and following[0].islower() and not _SENTENCE_END.search(line)


def _emit_line(builder: TextBuilder, line: Line, fixed: str, edits: Sequence[Edit]) -> int:
    if fixed != line.text:                       # a re-decoded line maps to its start as a whole
        out, pos = [], 0
        for e in edits:
            out.append(fixed[pos:e.start] + e.replacement)
            pos = e.end
        out.append(fixed[pos:])
        builder.insert(line.start, "".join(out))
        return 1 + len(edits)
    pos = 0
    for e in edits:
        builder.copy(line.start + pos, line.text[pos:e.start])
        builder.insert(line.start + e.start, e.replacement)
        pos = e.end
    builder.copy(line.start + pos, line.text[pos:])
    return len(edits)


def build_text(lines: Sequence[Line], lexicon: Lexicon | None = None) -> BuiltText:
    """The cleaned text of the given kept lines (in order)."""
    fixed = [fix_mojibake(line.text) for line in lines]
    edits = find_glue_edits(fixed, lexicon)
    builder = TextBuilder()
    repairs = 0
    starts: list[int] = []
    for i, line in enumerate(lines):
        if i:
            if joins_next(fixed[i - 1], fixed[i]):
                builder.insert(lines[i - 1].end, " ")
            else:
                builder.insert(lines[i - 1].end, PARAGRAPH_BREAK)
                starts.append(builder.length)
        else:
            starts.append(0)
        repairs += _emit_line(builder, line, fixed[i], edits[i])
    return BuiltText(builder.text(), builder.offsets, repairs, starts)
