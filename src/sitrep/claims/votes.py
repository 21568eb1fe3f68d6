"""Tallies of a vote: "approved the bill by 351 votes to 153", "with 73 votes in favour, 26
against and 15 abstentions", "passed the bill 351-153", "adopted by 130 votes".

Each side of a tally is a figure a legislature or council reports ("votes for", "votes against",
"abstentions"); the number reader finds no counted noun in most of them ("26 against", "to 153"),
so they are read here, from the vocabulary of the ``vote_tally`` entry of claim_units.json.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sitrep.knowledge import load

FOR, AGAINST, ABSTAIN = "votes for", "votes against", "abstentions"


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class _Rules:
    def __init__(self, e: dict, numbers: dict[str, int]):
        self.numbers = numbers
        num = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_alt(numbers)})"
        votes, sides_for, sides_against = _alt(e["votes"]), _alt(e["for"]), _alt(e["against"])
        # "by 351 votes to 153", "with 73 votes in favour", "by 130 votes"
        self.opened = re.compile(rf"\b(?:{_alt(e['open'])})\s+(?P<a>{num})\s+(?:{votes})\b"
                                 rf"(?:\s+(?P<side>{sides_for}|{sides_against})\b)?"
                                 rf"(?:,?\s+(?:{_alt(e['to'])})\s+(?P<b>{num})\b(?:\s+(?:{votes})\b)?)?", re.I)
        # "12 votes against", "73 votes in favour" with no opening word
        self.sided = re.compile(rf"\b(?P<a>{num})\s+(?:{votes})\s+(?P<side>{sides_for}|{sides_against})\b", re.I)
        # "passed the bill 351-153": a bare tally after a voting verb and its short object
        # (the object a few plain words, no clause: "confirmed that 20-30 people" is a range)
        self.bare = re.compile(rf"\b(?P<verb>{_alt(e['verbs'])})(?:\s+(?!that\b|some\b|about\b)[A-Za-z'’-]+){{0,5}}?"
                               rf"\s+(?P<a>\d{{1,4}})[-–](?P<b>\d{{1,4}})(?=\s*(?:[,.;]|$)|\s+(?:{votes}|on|in|at|after|before"
                               rf"|shortly|just|late|early|with|when|as)\b)", re.I)
        self.reversed = frozenset(w.lower() for w in e.get("reversed", ()))
        # the next side of a tally already opened: ", 26 against and 15 abstentions"
        self.next_side = re.compile(rf"\s*(?:,|;)?\s*(?:and\s+|with\s+)?(?P<a>{num})\s+(?:(?:{votes})\s+)?"
                                    rf"(?:(?P<for>{sides_for})|(?P<against>{sides_against})|(?P<abstain>{_alt(e['abstain'])}))\b", re.I)
        self.against_words = frozenset(w.lower() for w in e["against"])
        self.abstain = re.compile(rf"\b(?P<a>{num})\s+(?:{_alt(e['abstain'])})\b", re.I)

    def value(self, written: str) -> int:
        w = written.lower()
        return self.numbers[w] if w in self.numbers else int(w.replace(",", ""))


@lru_cache(maxsize=1)
def _rules() -> _Rules | None:
    entries = [e for e in load("claim_units.json") if e.get("kind") == "vote_tally"]
    if not entries:
        return None
    numbers = {e["word"].lower(): int(e["value"]) for e in load("claim_units.json") if e.get("kind") == "number"}
    return _Rules(entries[0], numbers)


def vote_claims(text: str) -> list[tuple[int, int, int, str, str]]:
    """(start, end, value, unit, written) of every side of every vote tally in ``text``, in order."""
    rules = _rules()
    if rules is None or ("vote" not in text and "abstain" not in text and "abstention" not in text
                         and not rules.bare.search(text)):
        return []
    found: dict[int, tuple[int, int, int, str, str]] = {}

    def add(m: re.Match[str], group: str, unit: str) -> None:
        a, b = m.span(group)
        found.setdefault(a, (a, b, rules.value(m.group(group)), unit, m.group(group)))

    def follow(end: int) -> None:
        while (m := rules.next_side.match(text, end)) is not None:
            add(m, "a", FOR if m.group("for") else AGAINST if m.group("against") else ABSTAIN)
            end = m.end()

    for m in rules.opened.finditer(text):
        side = (m.group("side") or "").lower()
        add(m, "a", AGAINST if side in rules.against_words else FOR)
        if m.group("b"):
            add(m, "b", AGAINST)
        follow(m.end())
    for m in rules.sided.finditer(text):
        add(m, "a", AGAINST if m.group("side").lower() in rules.against_words else FOR)
        follow(m.end())
    for m in rules.bare.finditer(text):
        first, second = (AGAINST, FOR) if m.group("verb").lower() in rules.reversed else (FOR, AGAINST)
        add(m, "a", first)
        add(m, "b", second)
        follow(m.end())
    for m in rules.abstain.finditer(text):
        add(m, "a", ABSTAIN)
    return [found[k] for k in sorted(found)]

