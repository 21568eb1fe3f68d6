"""Raw text as lines with offsets, and the line rules that recognise page chrome.

A scraped page is a sequence of lines; chrome (UI words, "READ FULL ARTICLE", captions, comment
widgets, outlet labels) shows up as whole lines, so the first cleaning decision is per line.
The rules are data (``knowledge/chrome.json``); this module only applies them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from sitrep import knowledge
from sitrep.clean.prefilter import KeywordGate, Keywords, max_width, rule_keywords

BODY, TITLE, CHROME, META, BLANK = "body", "title", "chrome", "meta", "blank"

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


def split_lines(raw: str) -> list[Line]:
    """Every line of ``raw`` with the raw offsets of its stripped content."""
    lines: list[Line] = []
    pos = 0
    for piece in raw.split("\n"):
        stripped = piece.strip(_INVISIBLE)
        lead = 0 if len(stripped) == len(piece) else len(piece) - len(piece.lstrip(_INVISIBLE))
        start = pos + lead
        line = Line(start, start + len(stripped), stripped)
        if not stripped:
            line.mark(BLANK, "blank" if not piece.strip(" \t\r") else "blank (invisible characters)")
        lines.append(line)
        pos += len(piece) + 1
    return lines


_NON_WORD = re.compile(r"[\W_]+")
# ASCII lines (most of them): NFKC changes nothing, casefold is lower(), and [\W_] is every
# character but a-z and 0-9, so one translate gives the same key as the general path
_ASCII_DROP = {c: None for c in range(128) if not chr(c).isalnum()}


def line_key(text: str) -> str:
    """A line compared for repetition: case, quote style, spacing and punctuation folded."""
    if text.isascii():
        return text.lower().translate(_ASCII_DROP)
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub("", text)


@dataclass(slots=True, frozen=True)
class ChromeRule:
    reason: str
    regex: re.Pattern[str]
    role: str
    max_len: int                # the entry's max_len, capped by the most the pattern can match
    keywords: Keywords | None   # one of them is in every line the regex fullmatches


def chrome_rules() -> tuple[ChromeRule, ...]:
    return _chrome_table()[0]


@lru_cache(maxsize=1)
def _chrome_table() -> tuple[tuple[ChromeRule, ...], KeywordGate]:
    """The rules, and the gate that picks the few worth trying on a line (built together)."""
    rules = []
    for entry in knowledge.load("chrome.json"):
        flags = 0 if entry.get("case") else re.IGNORECASE
        pattern = entry["pattern"]
        longest = int(entry.get("max_len", 10_000))
        width = max_width(pattern, flags)
        rules.append(ChromeRule(entry["reason"], re.compile(pattern, flags), entry.get("role", ""),
                                longest if width is None else min(longest, width),
                                rule_keywords(pattern, flags)))
    return tuple(rules), KeywordGate([rule.keywords for rule in rules])


def chrome_reason(text: str) -> tuple[str, str] | None:
    """(reason, role) of the first chrome rule matching the whole line, or None."""
    rules, gate = _chrome_table()
    for i in gate.candidates(text):
        rule = rules[i]
        if len(text) <= rule.max_len and rule.regex.fullmatch(text):
            return rule.reason, rule.role
    return None


def mark_chrome(lines: list[Line]) -> None:
    """Label lines that a chrome rule matches."""
    for line in lines:
        if line.label != BODY:
            continue
        found = chrome_reason(line.text)
        if found:
            line.mark(CHROME, *found)


def mark_recurring(lines: list[Line], keys: frozenset[str]) -> bool:
    """Label kept lines known to recur across the outlet's pages; True when any was found."""
    found = False
    for line in lines:
        if line.label in (BODY, "title") and line_key(line.text) in keys:
            line.mark(CHROME, "recurs across the outlet's pages")
            found = True
    return found


def mark_repeats(lines: list[Line]) -> None:
    """A line that repeats an earlier one (a repeated headline, caption or paragraph) is chrome."""
    seen: dict[str, Line] = {}
    for line in lines:
        if line.label == BLANK or not line.text:
            continue
        key = line_key(line.text)
        if len(key) < 8:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = line
        elif line.label in (BODY, TITLE):
            line.mark(CHROME, "repeated headline" if first.label == TITLE else "repeated line")
