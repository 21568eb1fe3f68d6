"""How two consecutive kept lines join: a wrap inside a sentence, a hyphenated word, or a paragraph.

Text copied out of a PDF or a hard-wrapped e-mail breaks every line at a fixed width: a word cut
at the margin keeps its hyphen ("Afri-" / "ca"), and a sentence runs on over a line break, a page
break or a removed running footer. Lines are joined back when

* the next line starts in lower case and the previous one ends without sentence punctuation
  (any text: a lost line break inside a sentence);
* the previous line ends in a letter and a hyphen and the next starts with a letter: the word is
  rejoined, without its hyphen when the joined word is a known word ("Gov-" + "ernment"), with it
  when it is a compound ("Turkish-" + "backed");
* in a hard-wrapped text only (several lines wrap into a lower-case continuation at a similar
  width), a line filling the width without sentence punctuation runs on into a line starting in
  upper case or with a digit: a name or a date broken over the margin or a page ("The Multinational"
  / "Joint Task Force"). Short lines there are headings, and a text of one line per paragraph never
  qualifies, so headlines and list items keep their breaks.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.clean.lexicon import FUNC, Lexicon

PARAGRAPH = "\n\n"
SPACE = " "
JOINED = ""          # a hyphenated word rejoined: nothing between the lines

_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]…]\s*$")
_END_CHARS = frozenset(".!?:;\"”’)]…")
# the letters of a word cut at the margin, its hyphen, at the end of a line ("Afri-")
_CUT_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# a numbered heading or list item ("3. North-east", "2) Access"): never a sentence run on
_NUMBERED = re.compile(r"\d{1,2}[.)](?:\s|$)")

DEHYPHEN_Z = 2.5     # a joined word this frequent is one word ("withdrew"), not a compound
PART_Z = 3.0         # a part this frequent makes an unknown joined form a compound ("backed")
WRAPPED_MIN = 40     # a wrapped line holds at least this many characters
WRAPPED_LINES = 2    # lower-case continuations of such lines that show a hard-wrapped text
FILL = 0.75          # of the usual wrap width: a line that long reached the margin
OVERFULL = 1.3       # ... and one this much longer was never wrapped


def joins_next(line: str, following: str) -> bool:
    """Whether a line break between two kept lines was a wrap in mid-sentence."""
    return bool(following) and following[0].islower() and not _SENTENCE_END.search(line)


def _zipf(lexicon: Lexicon, word: str) -> float:
    return lexicon.zipf_of.get(word, 0.0)


def drops_hyphen(head: str, tail: str, lexicon: Lexicon) -> bool:
    """Whether ``head-`` at a line end and ``tail`` starting the next line are one word cut by the
    wrap ("Wednes" + "day") rather than a hyphenated compound ("Turkish" + "backed")."""
    if not tail[:1].islower():
        return False                    # "Al-" + "Qaeda", "pro-" + "Kremlin": the hyphen is real
    joined = (head + tail).lower()
    if _zipf(lexicon, joined) >= DEHYPHEN_Z or joined in lexicon.extra:
        return True
    # an unknown joined form: a compound of known words keeps its hyphen, a cut name loses it
    return not (_zipf(lexicon, head.lower()) >= PART_Z or _zipf(lexicon, tail.lower()) >= PART_Z)


def _heading_like(line: str) -> bool:
    """A line in capitals ("STATEMENT BY THE GENERAL COMMAND") or in title case: a heading."""
    if line.upper() == line:
        return True
    words = [w for w in line.split() if len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _runs_on(line: str, following: str) -> bool:
    """Whether a one-line paragraph surely runs on: it stops at a function word or inside a name
    ("in" / "Beit Ana", "in Tsafe" / "LGA"), or a number follows; a standfirst ending in a plain
    word ("... if army halts shelling") does not."""
    last = line.rsplit(None, 1)[-1]
    return last[0].isupper() or last.lower() in FUNC or following[0].isdigit()


def line_joins(texts: Sequence[str], lexicon: Lexicon) -> tuple[list[str], list[int]]:
    """What goes between each line and the one before it (``PARAGRAPH``, ``SPACE`` or ``JOINED``;
    the first entry is unused), and the indices of the lines whose final hyphen is dropped."""
    n = len(texts)
    seps = [PARAGRAPH] * n
    dropped: list[int] = []
    widths: list[int] = []              # lengths of long lines that wrapped into lower case
    pending: list[int] = []             # lines that may run on into upper case, if the text wraps
    for i in range(1, n):
        prev, text = texts[i - 1], texts[i]
        if not text or not prev:
            continue
        last = prev[-1]
        if last in _END_CHARS:          # most lines end a sentence: nothing else to ask
            continue
        first = text[0]
        if last == "-" and first.isalpha():
            cut = _CUT_WORD.search(prev)
            if cut is not None:
                seps[i] = JOINED
                tail = _FIRST_WORD.match(text)
                if tail is not None and drops_hyphen(cut.group(1), tail.group(), lexicon):
                    dropped.append(i - 1)
                if len(prev) >= WRAPPED_MIN:
                    widths.append(len(prev))
                continue
        if last.isspace() and _SENTENCE_END.search(prev):
            continue
        if first.islower():
            seps[i] = SPACE
            if len(prev) >= WRAPPED_MIN:
                widths.append(len(prev))
        elif (first.isupper() or first.isdigit()) and len(prev) >= WRAPPED_MIN and not _NUMBERED.match(text):
            pending.append(i)
    if pending and len(widths) >= WRAPPED_LINES:
        widths.sort()
        width = widths[len(widths) // 2]
        least, most = FILL * width, OVERFULL * width
        for i in pending:
            # a line far longer than the wrap width is an unwrapped paragraph or standfirst; the
            # next line must end a sentence or wrap itself, or it is a heading
            prev = texts[i - 1]
            if least <= len(prev) <= most and not _heading_like(prev) and (
                    _SENTENCE_END.search(texts[i]) or i + 1 < n and seps[i + 1] is not PARAGRAPH) and (
                    i > 1 and seps[i - 1] is not PARAGRAPH or _runs_on(prev, texts[i])):
                seps[i] = SPACE
    return seps, dropped
