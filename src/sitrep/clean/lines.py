"""Raw text as lines with offsets, and line identity (repeated and recurring lines).

A scraped page is a sequence of lines; chrome (UI words, "READ FULL ARTICLE", captions, comment
widgets, outlet labels) shows up as whole lines, so the first cleaning decision is per line. The
rules that recognise chrome lines live in ``sitrep.clean.chrome`` (re-exported here).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

BODY, TITLE, CHROME, META, BLANK = "body", "title", "chrome", "meta", "blank"

# per-line answers (chrome rule, metadata reason) are remembered for lines up to MEMO_LINE_LEN
# characters: menus, share bars, stamps and bylines are short and recur across an outlet's pages,
# while prose paragraphs are long and seldom repeated. 20,000 lines hold the recurring lines of
# many outlets; a table of 100,000 was still filling at 10,000 articles (two of them, ~3 MB per
# 1,000 articles), so memory grew with the corpus for no hits that mattered
MEMO_LINE_LEN = 120
MEMO_LINES = 20_000

_INVISIBLE = "\u00a0\u200b\u200c\u200d\u2060\ufeff\t \r"


@dataclass(slots=True)
class Line:
    """One raw line: ``raw[start:end]`` is its stripped text; ``label`` says what it is."""

    start: int
    end: int
    text: str
    label: str = BODY
    reason: str = ""
    role: str = ""          # chrome role from the rules: "terminator", "trailer" or ""

    def mark(self, label: str, reason: str = "", role: str = "") -> None:
        self.label, self.reason, self.role = label, reason, role


def cut_lines(lines: list[Line], cuts: dict[int, tuple[int, str]]) -> list[Line]:
    """``lines`` with line i cut where ``cuts[i] = (keep, reason)`` says: its first ``keep``
    characters stay body text, the rest (after the space between) becomes chrome for ``reason``
    ("... the governor said. READ MORE", a caption's credit)."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        cut = cuts.get(i)
        if cut is None:
            out.append(line)
            continue
        keep, reason = cut
        text = line.text
        rest = len(text) - len(text[keep:].lstrip())
        out.append(Line(line.start, line.start + keep, text[:keep], BODY))
        out.append(Line(line.start + rest, line.end, text[rest:], CHROME, reason))
    return out


def split_lines(raw: str) -> list[Line]:
    """Every line of ``raw`` with the raw offsets of its stripped content."""
    lines: list[Line] = []
    append = lines.append
    pos = 0
    for piece in raw.split("\n"):
        n = len(piece)
        stripped = piece.strip(_INVISIBLE)
        if stripped[:1] == ">":
            # a Markdown/e-mail block-quote marker ("> ", ">> ") is not text: the line starts after it
            stripped = stripped.lstrip(">" + _INVISIBLE)
            if stripped:
                start = pos + n - len(piece.lstrip(">" + _INVISIBLE))
                append(Line(start, start + len(stripped), stripped))
            else:
                append(Line(pos + n, pos + n, "", BLANK, "blank (quote marker)"))
        elif stripped and stripped is piece:       # nothing stripped: most lines
            append(Line(pos, pos + n, piece))
        elif stripped:
            start = pos + n - len(piece.lstrip(_INVISIBLE))
            append(Line(start, start + len(stripped), stripped))
        else:
            append(Line(pos + n, pos + n, "", BLANK,
                        "blank" if not piece.strip(" \t\r") else "blank (invisible characters)"))
        pos += n + 1
    return lines


def line_texts(raw: str) -> list[str]:
    """The non-empty ``Line.text`` of ``split_lines(raw)``, in order, without building the
    lines (the cross-document pass needs the texts alone)."""
    texts: list[str] = []
    append = texts.append
    for piece in raw.split("\n"):
        stripped = piece.strip(_INVISIBLE)
        if stripped[:1] == ">":
            stripped = stripped.lstrip(">" + _INVISIBLE)
        if stripped:
            append(stripped)
    return texts


_NON_WORD = re.compile(r"[\W_]+")
# ASCII lines (most of them): NFKC changes nothing, casefold is lower(), and [\W_] is every
# character but a-z and 0-9, so deleting those bytes gives the same key as the general path
# (bytes.translate deletes through a table, several times faster than str.translate's dict)
_ASCII_DROP = bytes(c for c in range(128) if not chr(c).isalnum())


_ASCII_DROP_BUT_NL = _ASCII_DROP.replace(b"\n", b"")


def line_keys(texts: list[str]) -> list[str]:
    """``line_key`` of each of ``texts`` (none holding "\n"): one pass for a page of ASCII."""
    joined = "\n".join(texts)
    if joined.isascii():
        return _ascii_keys(joined)
    if len(texts) > 1:
        # a page's few non-ASCII lines (a "©" notice, a curly quote) take the slow path alone
        ascii_texts = [text for text in texts if text.isascii()]
        if ascii_texts:
            fast = iter(_ascii_keys("\n".join(ascii_texts)))
            slow = iter(_folded_keys("\n".join([text for text in texts if not text.isascii()])))
            return [next(fast) if text.isascii() else next(slow) for text in texts]
    return _folded_keys(joined)


def _ascii_keys(joined: str) -> list[str]:
    return joined.lower().encode("ascii").translate(None, _ASCII_DROP_BUT_NL).decode("ascii").split("\n")


def _folded_keys(joined: str) -> list[str]:
    # NFKC and casefold work character by character around "\n" (no character composes with it
    # or folds to it), so the page is folded in one call; in UTF-8 an ASCII byte is only ever an
    # ASCII character, so deleting bytes drops the ASCII [\W_] characters; a key still holding
    # other characters (curly quotes, dashes) drops its non-ASCII [\W_] by the regex
    keys = unicodedata.normalize("NFKC", joined).casefold().encode("utf-8") \
        .translate(None, _ASCII_DROP_BUT_NL).decode("utf-8").split("\n")
    return [key if key.isascii() else _NON_WORD.sub("", key) for key in keys]


def line_key(text: str) -> str:
    """A line compared for repetition: case, quote style, spacing and punctuation folded."""
    if text.isascii():
        return text.lower().encode("ascii").translate(None, _ASCII_DROP).decode("ascii")
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub("", text)


# A wire repeats its background paragraph word for word in every story of a conflict ("The war
# began when ... killing about 1,200 people ..."): it recurs across the outlet's pages like a
# standing notice, but it is reporting, with its figures and dates. A long sentence holding a
# number is such a paragraph; standing notices ("X could not independently verify the report.")
# hold none (in digits or in words), and the short ones with a number (a hotline, a copyright year) are caught by the
# chrome rules anyway.
_BACKGROUND_WORDS = 15
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
# a figure in digits or in words ("At least six soldiers were killed ..."); "one" is left out,
# standing notices use it ("one of our newsletters")
_DIGIT = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                    r"forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?)\b", re.I)


def background_prose(text: str) -> bool:
    """Whether a recurring line is a wire's background paragraph rather than page chrome."""
    return (text.count(" ") + 1 >= _BACKGROUND_WORDS and _SENTENCE_END.search(text) is not None
            and _DIGIT.search(text) is not None)


def mark_recurring(lines: list[Line], keys: frozenset[str]) -> bool:
    """Label kept lines known to recur across the outlet's pages; True when any was found."""
    found = False
    todo = [line for line in lines if line.label == BODY or line.label == TITLE]
    # one key pass over the page's kept lines (``line_keys``) rather than a call per line
    for line, key in zip(todo, line_keys([line.text for line in todo])):
        # a background paragraph a store learnt before ``corpus.outlet_lines`` left them out
        if key in keys and not background_prose(line.text):
            line.mark(CHROME, "recurs across the outlet's pages")
            found = True
    return found


def mark_repeats(lines: list[Line]) -> None:
    """A line that repeats an earlier one (a repeated headline, caption or paragraph) is chrome."""
    seen: dict[str, Line] = {}
    todo = [line for line in lines if line.label != BLANK and line.text]
    # the long body lines so far, joined ("\n" never stands in a key): one C search per long line
    paragraphs = ""
    for line, key in zip(todo, line_keys([line.text for line in todo])):
        if len(key) < 8:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = line
            if line.label == BODY and len(key) >= _PARTIAL_REPEAT:
                if paragraphs and _SENTENCE_END.search(line.text) and key in paragraphs:
                    line.mark(CHROME, "repeated line")
                else:
                    paragraphs += "\n" + key
        elif line.label in (BODY, TITLE):
            line.mark(CHROME, "repeated headline" if first.label == TITLE else "repeated line")


# a sentence line of at least this many letters and digits that an earlier paragraph holds word for
# word is a stray copy (a paragraph's opening pasted again further down, a pull quote): a real
# paragraph this long does not repeat part of an earlier one verbatim
_PARTIAL_REPEAT = 80


_CHROME_NAMES = ("ChromeRule", "chrome_reason", "chrome_rules", "mark_chrome", "_chrome_table")


def __getattr__(name: str) -> Any:
    """The chrome rules, still importable from here (``sitrep.clean.chrome`` imports this module,
    so they are looked up on first use rather than imported at the top)."""
    if name in _CHROME_NAMES:
        from sitrep.clean import chrome
        return getattr(chrome, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
