"""Spaces lost around punctuation: "security.However", "said,“We", "Iraq’sgovernment".

Sites are offsets into one document's text where a space goes. Opening marks and apostrophes are
rare characters, so they are found with ``str.find`` (a memchr-like scan) instead of a regex;
the regex for closing punctuation only yields the few marks that have no space after them.
"""
from __future__ import annotations

import operator
import re

from sitrep.clean.lexicon import FUNC, RUN, TWO, Lexicon
from sitrep.nlp.find import positions

STRONG = 1           # a site kind (see ``sitrep.clean.glue_splits``): always made
MONTHS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
CLITICS = ("ll", "re", "ve", "s", "t", "d", "m")
CLITIC_HOSTS = {"t": "n", "m": "i"}   # don’tknow, I’mfine; 'll 're 've 'd follow pronouns

_AFTER = re.compile(r"[,;:.?!)”]['’\"”(‘“]?[^\W_$£€]")         # punctuation, then a letter or digit
# ``_AFTER`` for the common marks alone: a pattern that opens with one literal character is
# searched for that character (a tight loop), a character class is tested at every offset;
# the rare marks are found with str.find
_AFTER_COMMON = [re.compile(mark + r"['’\"”(‘“]?[^\W_$£€]") for mark in (",", r"\.")]
_RARE_MARKS = ";:?!)”"
_START = operator.methodcaller("start")
_OPENING = "(“‘$£€\""                                          # marks that want a space before
_APOSTROPHES = "'’"
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
URLISH = re.compile(r"://|www\.|@|/|\\|&\w+;|\.(?:com|org|net|gov|edu|int|mil|io|co|uk|ly|me|info|"
                    r"biz|html?|php|pdf)\b", re.IGNORECASE)
_SHORT_IN_BRACKETS = re.compile(r"[^\W_]{1,2}\)")


def chunk_at(text: str, i: int) -> str:
    """The whitespace-delimited chunk around offset ``i``."""
    a, b = i, i
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b]


def word_before(text: str, p: int) -> str:
    k = p
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:p]


def run_at(text: str, i: int) -> str:
    """The letter run starting at ``i`` ("" when none does)."""
    m = RUN.match(text, i)
    return m.group() if m else ""


def _clitic_end(text: str, i: int) -> int:
    """Where a clitic after the apostrophe at ``i`` ends when a lower-case ASCII letter follows
    it ("’sgovernment", "’tknow"), else -1: the regex ``['’](?:ll|re|ve|[stdm])(?=[a-z])``."""
    two = text[i + 1:i + 3]
    if two in ("ll", "re", "ve") and text[i + 3:i + 4] in _ASCII_LOWER:
        return i + 3
    if two[:1] in ("s", "t", "d", "m") and two[1:] in _ASCII_LOWER:
        return i + 2
    return -1


def _after_matches(text: str) -> list[re.Match[str]]:
    """``_AFTER.finditer(text)``, found mark by mark."""
    found: list[re.Match[str]] = []
    for pattern in _AFTER_COMMON:
        found += pattern.finditer(text)
    for mark in _RARE_MARKS:
        i = text.find(mark)
        while i >= 0:
            m = _AFTER.match(text, i)
            if m:
                found.append(m)
            i = text.find(mark, i + 1)
    # finditer's matches do not overlap: only "”" can be the quote inside an earlier match
    # (".”Then", "””Then"); no match holds another mark
    found.sort(key=_START)
    out, end = [], 0
    for m in found:
        if m.start() >= end:
            out.append(m)
            end = m.end()
    return out


def punct_sites(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Offsets where a space is missing after (or before) punctuation, or after a clitic."""
    out: list[tuple[int, int]] = []
    for m in _after_matches(text):
        q = _after_mark(text, m.start(), m.group())
        if q is not None:
            out.append((q, STRONG))
    for p in positions(text, _OPENING):
        # at offset 0 no word stands before the mark, nor after a space (most marks)
        if p and text[p - 1] != " ":
            q = _before_mark(text, p)
            if q is not None:
                out.append((q, STRONG))
    z = lex.zipf_of
    for i in positions(text, _APOSTROPHES):      # Iraq’sgovernment, don’tknow, it’sin
        end = _clitic_end(text, i)
        if end < 0:
            continue
        t, host = text[i + 1:end], word_before(text, i).lower()
        run = RUN.match(text, i + 1).group()
        rest = run[len(t):]
        if not host or not run.islower() or (CLITIC_HOSTS[t] not in host[-1:] if t in CLITIC_HOSTS else
                                             t != "s" and host not in FUNC and host not in ("i", "there")):
            continue                              # Ma’dan, Mu’tasim, O’Malley
        if (rest in TWO or (len(rest) >= 3 and rest in lex.parts)) and z.get(run, 0.0) < z.get(rest, 0.0) - 1.0:
            out.append((end, STRONG))
    return out


def _after_mark(text: str, p: int, hit: str) -> int | None:
    """Where a space is missing after punctuation hit ``hit`` at ``p``, or None."""
    mark, prev = hit[0], text[p - 1] if p else " "
    if prev.isspace() or not (prev.isalnum() or prev in ")”\"’" or mark in ")”"):
        return None                               # "...", " (", ":)"
    q = _after_site(text, p, hit, mark, prev)
    # www.reuters.com, a@b.org: checked last, as most marks give no site anyway ("1,000")
    return None if q is None or URLISH.search(chunk_at(text, p)) else q


def _after_site(text: str, p: int, hit: str, mark: str, prev: str) -> int | None:
    inner = hit[1:-1]
    after = p + 1 + len(inner)
    nxt = text[after:after + 2]
    nxt_run = run_at(text, after)
    if mark == "”" or (mark == ")" and inner == "(") or inner in ("“", "‘"):
        return p + 1                              # fronts,”including  matter.”(When  said,“We
    if inner == "”":
        return after
    if inner in ("'", "’", '"'):
        if mark not in ",.!?" or nxt_run.lower() in CLITICS:
            return None                           # U.S.'s
        if inner == '"' and text.count('"', text.rfind("\n", 0, p) + 1, p) % 2 == 0:
            return p + 1                          # radios."He's: an opening quote
        return after
    if inner == "(":
        return p + 1 if mark in ".,;:!?" and nxt[:1].isalpha() else None   # said.(The
    word = word_before(text, p)
    if mark == ")":
        k = text.rfind("(", max(0, p - 12), p)
        if len(nxt) < 2 or not nxt.isalpha() or (k >= 0 and (k == 0 or text[k - 1].isspace()) and
                                                 text[k + 1:p].isalpha() and nxt_run not in FUNC):
            return None                           # (re)build, (s)he, (multi)media; not (enhanced)and
        return after
    if mark in ",;":
        if (mark == ";" and word.isupper()) or (nxt[0].isdigit() and not (word or prev in ")”\"’")):
            return None                           # TL;DR, 1,000
        return after                              # name,affiliated  2023,citing  apps,19
    if mark == ":":
        return after if len(word) >= 2 and not nxt[0].isdigit() else None
    if len(word) > 1 and word.isupper() and len(nxt_run) < 4 and nxt_run.lower() not in FUNC:
        return None                               # ASP.Net; but BCS.Having, U.S.Army, Mr.Smith
    if mark == "." and nxt[0].isdigit():
        return after if word.lower() in MONTHS else None     # Dec.2021 (never 3.5, No.1)
    if len(word) == 1 and len(nxt_run) < 3 or not word and prev.isdigit() and not text[max(0, p - 2)].isdigit():
        return None                               # W.Va., list numbering "1.The"
    # security.However: only before a capitalised word; "reuters.com" and "Node.js" stay
    if len(nxt) == 2 and nxt[0].isupper() and nxt[1] == " " and mark == "." and len(word) >= 3 and word.islower():
        # account.A local, said.I think: a one-letter word opening the next sentence
        nxt2 = text[after + 2:after + 3]
        return after if nxt2.islower() else None
    return after if len(nxt) == 2 and nxt[0].isupper() and nxt[1].islower() else None


def _before_mark(text: str, p: int) -> int | None:
    """Where a space is missing before an opening mark ( “ ‘ $ " at ``p``, or None."""
    mark, prev, nxt = text[p], text[p - 1] if p else " ", text[p + 1:p + 2]
    if not (prev.isalpha() or (mark in "“‘" and (prev.isdigit() or prev in ",.;:!?")) or (mark == '"' and prev.isdigit())):
        return None
    if mark == "(":
        # comedy(testing, Thune(S.D.); never friend(s), f(x)
        if not (nxt.isalnum() or nxt in "@“\"") or len(word_before(text, p)) < 2 or \
                _SHORT_IN_BRACKETS.match(text[p + 1:p + 4]):
            return None
    elif mark in "$£€":
        if not (prev.islower() and nxt.isdigit()):
            return None                           # US$, C$, HK$ are currency codes
    elif mark == '"':
        if not nxt.isalpha():
            return None
        if text.count('"', text.rfind("\n", 0, p) + 1, p) % 2:
            return None if prev.isdigit() else p + 1   # a closing quote: the space goes after it
    elif not nxt.isalnum() or (mark == "‘" and (text[p + 1:p + 3] == "n’" or run_at(text, p + 1) in CLITICS)):
        return None                               # rock‘n’roll, Biden‘s (the‘90s gets its space)
    return None if URLISH.search(chunk_at(text, p)) else p
