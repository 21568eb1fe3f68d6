"""The line rules that recognise page chrome, and the gates that keep their cost low.

Each rule is a regex that must match a whole stripped line (``knowledge/chrome.json``); the first
rule that does gives the line's reason and role. Trying 32 regexes on every line would be slow,
so each line tries only the rules that pass necessary conditions derived from the patterns
themselves (a rule's result never changes), cheapest first:

* its first characters (``heads``) and its length (the most the pattern can match);
* punctuation every match holds ("(" for a photo caption), a substring test in C;
* keywords every match holds (``prefilter``): one Aho-Corasick pass over all the page's lines
  that still need it, rather than one pass per line.
"""
from __future__ import annotations

import bisect
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep import knowledge
from sitrep.buildcache import cached
from sitrep.clean.heads import K as HEAD
from sitrep.clean.heads import ALPHABET, rule_heads
from sitrep.clean.label_lists import mark_label_lists
from sitrep.clean.lines import BODY, CHROME, MEMO_LINE_LEN, MEMO_LINES, Line
from sitrep.clean.prefilter import KeywordGate, Keywords, folds_to_ascii, max_width, required_chars, rule_keywords
from sitrep.clean.tails import TailRule, tail_rule
from sitrep.nlp.memo import MISSING, BoundedMemo


@dataclass(slots=True, frozen=True)
class ChromeRule:
    reason: str
    regex: re.Pattern[str]
    role: str
    max_len: int                # the entry's max_len, capped by the most the pattern can match
    keywords: Keywords | None   # one of them is in every line the regex fullmatches
    heads: tuple[int, frozenset[str]] | None    # and every such line starts with one of these
    chars: frozenset[str]       # and holds each of these punctuation characters
    # ``.{0,400}\b(?:getty images|...)``: the same answer as the regex at a few ``str.find``
    tail: TailRule | None = None


def chrome_rules() -> tuple[ChromeRule, ...]:
    return _chrome_table().rules


class _ChromeTable:
    """The rules, and which of them are worth trying on a line, as bit masks (bit i: rule i)."""

    def __init__(self, rules: tuple[ChromeRule, ...]) -> None:
        self.rules = rules
        self.gate = KeywordGate([rule.keywords for rule in rules])
        self.keyed = sum(1 << i for i, rule in enumerate(rules) if rule.keywords is not None)
        self.unkeyed = sum(1 << i for i, rule in enumerate(rules) if rule.keywords is None)
        # per punctuation character, the rules whose every match holds it
        by_char: dict[str, int] = {}
        for i, rule in enumerate(rules):
            for c in rule.chars:
                by_char[c] = by_char.get(c, 0) | 1 << i
        self.by_char = sorted(by_char.items())
        self.char_gated = sum(by_char.values())
        self._by_head: dict[str, int] = {}
        # ``head_passes`` of every rule at once: per head length k, the rules gated on k-character
        # heads by head (a rule passes a head it lists, or a head with a character outside the
        # alphabet), so a new head costs a few lookups instead of one call per rule
        self._ungated = sum(1 << i for i, rule in enumerate(rules) if rule.heads is None)
        gated: dict[int, tuple[int, dict[str, int]]] = {}
        for i, rule in enumerate(rules):
            if rule.heads is None:
                continue
            k, heads = rule.heads
            every, listed = gated.get(k, (0, {}))
            for h in heads:
                listed[h] = listed.get(h, 0) | 1 << i
            gated[k] = (every | 1 << i, listed)
        self._gated = sorted(gated.items())
        self._by_len: dict[int, int] = {}
        # the rule (or None) of each short line seen: the same menu, share bar and notice lines
        # recur on most pages of an outlet, and a rule's answer depends on the line alone
        self.seen = BoundedMemo(MEMO_LINES)

    def cheap_mask(self, text: str) -> int:
        """The rules that pass the gates before the keyword one."""
        head = text[:HEAD]
        by_head = self._by_head.get(head)
        if by_head is None:
            if len(self._by_head) >= 100_000:
                self._by_head.clear()
            by_head = self._by_head[head] = self._head_mask(head)
        by_len = self._by_len.get(len(text))
        if by_len is None:
            by_len = self._by_len[len(text)] = sum(
                1 << i for i, rule in enumerate(self.rules) if len(text) <= rule.max_len)
        found = by_head & by_len
        if found & self.char_gated:
            for c, rules in self.by_char:
                if found & rules and c not in text:
                    found &= ~rules
        return found

    def _head_mask(self, head: str) -> int:
        """The rules whose ``head_passes`` lets a line starting with ``head`` through."""
        found = self._ungated
        for k, (every, listed) in self._gated:
            part = head[:k]
            found |= listed.get(part, 0) if ALPHABET.issuperset(part) else every
        return found

    def mask(self, text: str) -> int:
        """The rules that may fullmatch ``text`` (a superset of those that do)."""
        found = self.cheap_mask(text)
        if found & self.keyed:
            found &= self.unkeyed | self.gate.mask(text, found)
        return found

    def first(self, text: str, found: int) -> ChromeRule | None:
        """The first rule of ``found`` that fullmatches ``text``."""
        while found:
            low = found & -found                 # the lowest bit: rules are tried in order
            rule = self.rules[low.bit_length() - 1]
            if rule.regex.fullmatch(text) if rule.tail is None else rule.tail.fullmatch(text):
                return rule
            found ^= low
        return None


# the kind of a chrome.json entry that matches a whole line (the default)
LINE_RULE = "line"


# what the gates of one rule are derived from: (pattern, flags)
_Gates = tuple[int | None, Keywords | None, tuple[int, frozenset[str]] | None, frozenset[str]]


def _derive_gates(patterns: list[tuple[str, int]]) -> list[_Gates]:
    """(most the pattern can match, keywords, heads, punctuation) of each rule's pattern."""
    return [(max_width(pattern, flags), rule_keywords(pattern, flags), rule_heads(pattern, flags),
             required_chars(pattern, flags)) for pattern, flags in patterns]


def _gates(patterns: list[tuple[str, int]]) -> list[_Gates]:
    """``_derive_gates``, pickled between runs (``buildcache``): deriving them walks every parsed
    pattern, some 0.5 s of every process's startup, and they depend on the patterns and the code
    that derives them alone, both in the file name."""
    h = hashlib.sha1(sys.version.encode())
    h.update(json.dumps(patterns).encode())
    here = Path(__file__).parent
    for name in ("chrome.py", "heads.py", "prefilter.py"):
        h.update((here / name).read_bytes())
    return cached(f"chromegates-{h.hexdigest()[:16]}.pickle", list, lambda: _derive_gates(patterns), keep=2)


@lru_cache(maxsize=1)
def _chrome_table() -> _ChromeTable:
    """The rules, and the gates that pick the few worth trying on a line (built together)."""
    entries = [entry for entry in knowledge.load("chrome.json")
               # a rule for part of a line (``clean.link_tails``) is not one of these
               if entry.get("kind", LINE_RULE) == LINE_RULE]
    patterns = [(entry["pattern"], 0 if entry.get("case") else re.IGNORECASE) for entry in entries]
    rules = []
    for entry, (pattern, flags), (width, keywords, heads, chars) in zip(entries, patterns, _gates(patterns)):
        longest = int(entry.get("max_len", 10_000))
        regex = re.compile(pattern, flags)
        rules.append(ChromeRule(entry["reason"], regex, entry.get("role", ""),
                                longest if width is None else min(longest, width),
                                keywords, heads, chars, tail_rule(regex)))
    return _ChromeTable(tuple(rules))


def chrome_reason(text: str) -> tuple[str, str] | None:
    """(reason, role) of the first chrome rule matching the whole line, or None."""
    table = _chrome_table()
    rule = table.first(text, table.mask(text))
    return (rule.reason, rule.role) if rule else None


def mark_chrome(lines: list[Line]) -> None:
    """Label lines that a chrome rule matches (as ``chrome_reason`` would, line by line), and the
    items listed under a chrome label ("In this article:" / "Ethiopia")."""
    _mark_by_rules(lines)
    mark_label_lists(lines)


def _mark_by_rules(lines: list[Line]) -> None:
    table = _chrome_table()
    gate = table.gate
    seen = table.seen
    pending: list[tuple[Line, int, int]] = []    # lines waiting for the case-folded keywords
    for line in lines:
        if line.label != BODY:
            continue
        text = line.text
        if len(text) <= MEMO_LINE_LEN:
            rule = seen.get(text, MISSING)
            if rule is not MISSING:
                if rule is not None:
                    line.mark(CHROME, rule.reason, rule.role)
                continue
        found = table.cheap_mask(text)
        if found & table.keyed:
            if found & gate.folding and gate.batchable and folds_to_ascii(text):
                pending.append((line, found, gate.exact_mask(text) if found & gate.exact_rules else 0))
                continue
            found &= table.unkeyed | gate.mask(text, found)
        _mark(line, table.first(text, found), seen)
    if not pending:
        return
    # one keyword pass over the pending lines joined: lower() keeps every offset (``folds_to_ascii``)
    texts = [line.text for line, _, _ in pending]
    starts = [0]
    for text in texts[:-1]:
        starts.append(starts[-1] + len(text) + 1)
    hits = [0] * len(texts)
    for end, rules in gate.folded_hits("\n".join(texts).lower()):
        hits[bisect.bisect_right(starts, end) - 1] |= rules
    for (line, found, known), folded in zip(pending, hits):
        _mark(line, table.first(line.text, found & (table.unkeyed | known | folded)), seen)


def _mark(line: Line, rule: ChromeRule | None, seen: BoundedMemo) -> None:
    if len(line.text) <= MEMO_LINE_LEN:
        seen.remember(line.text, rule)
    if rule is not None:
        line.mark(CHROME, rule.reason, rule.role)
