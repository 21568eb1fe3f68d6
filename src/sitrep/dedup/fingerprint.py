"""Per-document fingerprints for finding copies, rewrites and stories (the map side).

A fingerprint holds what the cross-document step compares: MinHash signatures of word 5-gram
shingles (copies share long runs of words) and of content words (rewrites share names, numbers
and content words, not wording), and the document's sentences as content-word sets with their
names and numbers, for sentence alignment.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from sitrep import knowledge

NUM_PERM = 64
SHINGLE = 5

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})
# (possessive: no backtracking into a word already matched, which never helps and costs time);
# a thousands comma stays inside its figure: split there, "3,000" and "4,000" would both be
# "3"/"4" and "000", and two stories would share figures they do not have. So does a decimal
# comma ("11,5 million" in a text translated from French, Russian or Portuguese)
# So do thousands set apart by a (no-break) space ("13 350", "1 200 000", as French, Russian or
# Portuguese texts and their translations write them), after at most three digits: "2024 300"
# is a year and a count
_WORD = re.compile(r"[^\W_]++(?:['.-][^\W_]++|(?<=\d),\d{3}(?![^\W_])|(?<=\d),\d{1,2}(?![^\W_]|,\d)"
                   r"|(?<=\d)(?<!\d{4})[ \u00a0]\d{3}(?![^\W_]))*+")
# a sentence ends at . ! ? … (and any closing quote or bracket) before a capital or digit, or at
# a paragraph break; "U.S. forces" stays whole because a capital letter precedes its full stop
# (written to start with \s, so that the regex engine scans for whitespace instead of trying
# the lookbehinds at every character; the lookbehinds include that first whitespace character)
# ... but not after an abbreviated month before its day, as AP and many desks write dates ("on Feb. 7,
# 2023", "since Aug. 5"): split there, the date's day opens a "sentence" of its own and the two halves
# align with nothing in a text that writes "February 7"
_MONTH_ABBR = r"(?<!\bJan\.\s)(?<!\bFeb\.\s)(?<!\bMar\.\s)(?<!\bApr\.\s)(?<!\bJun\.\s)(?<!\bJul\.\s)(?<!\bAug\.\s)(?<!\bSep\.\s)(?<!\bSept\.\s)(?<!\bOct\.\s)(?<!\bNov\.\s)(?<!\bDec\.\s)"
# ... nor after a title before its holder's name ("Brig. Gen. Faizal Ramadhani", "Lt. Col. Ruben")
_TITLE_ABBR = r"(?<!\bGen\.\s)(?<!\bLt\.\s)(?<!\bCol\.\s)(?<!\bMaj\.\s)(?<!\bCapt\.\s)(?<!\bSgt\.\s)(?<!\bBrig\.\s)(?<!\bAdm\.\s)(?<!\bCmdr\.\s)(?<!\bGov\.\s)(?<!\bSen\.\s)(?<!\bRep\.\s)(?<!\bDr\.\s)(?<!\bMr\.\s)(?<!\bMrs\.\s)(?<!\bMs\.\s)(?<!\bProf\.\s)(?<!\bGens\.\s)"
_SENTENCE = re.compile(r"\s(?:(?:(?<=[a-z0-9)%][.!?…]\s)" + _TITLE_ABBR + r"(?:" + _MONTH_ABBR + r"|(?!\s*\d))|(?<=[.!?…][\"”’)\]]\s))\s*(?=[\"“‘(\[]?[A-Z0-9])|(?<=\n)\s*\n)")
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = {word: str(n) for n, word in enumerate(_UNITS)}
_NUMBER_WORDS.update((word, str(20 + 10 * i)) for i, word in enumerate(_TENS))
_NUMBER_WORDS.update((f"{tens}-{unit}", str(20 + 10 * i + u)) for i, tens in enumerate(_TENS)
                     for u, unit in enumerate(_UNITS[1:10], 1))
_NUMBER_WORDS.update({"hundred": "100", "thousand": "1000", "dozen": "12"})
# a figure as wires and translations write it: "13,350", "13.350" and "13 350" (thousands), "11.5"
# and "11,5" (decimals)
_GROUPED = re.compile(r"\d{1,3}(?:([,. \u00a0])\d{3})(?:\1\d{3})*")
_DECIMAL = re.compile(r"(\d+)[.,](\d{1,2})")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return knowledge.wordlist("stopwords.txt")


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_QUOTES)


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(normalise(text))]


def stem(word: str) -> str:
    """A light stem so that "attacks"/"attack", "militias"/"militia" meet; names are left alone."""
    if word.isdigit() or len(word) <= 4:
        return word
    for suffix in ("ies", "es", "s", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def number_of(word: str) -> str | None:
    """The number a word writes, in one form whatever the house style or language it came
    through ("13,350", "13.350" -> "13350"; "11,5" -> "11.5"; "twenty-five" -> "25"), or None."""
    if word.isdigit():
        return str(int(word))
    if not word[:1].isdigit():
        return _NUMBER_WORDS.get(word)
    if _GROUPED.fullmatch(word):
        return str(int("".join(c for c in word if c.isdigit())))
    decimal = _DECIMAL.fullmatch(word)
    if decimal:
        whole, fraction = decimal.groups()
        fraction = fraction.rstrip("0")
        return f"{int(whole)}.{fraction}" if fraction else str(int(whole))
    return None


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    content: frozenset[str]       # stemmed content words
    names: frozenset[str]         # capitalised words not at the sentence start
    numbers: frozenset[str]


def sentences(text: str) -> list[Sentence]:
    """Sentences with their content words, names and numbers, and their spans in ``text``."""
    out = []
    stop = stopwords()
    pos = 0
    for m in list(_SENTENCE.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            raw_words = _WORD.findall(normalise(chunk))
            lowered = [w.casefold() for w in raw_words]
            content = frozenset(stem(w) for w in lowered if w not in stop and not number_of(w) and len(w) > 1)
            names = frozenset(w.casefold() for w in raw_words[1:] if w[:1].isupper() and w.casefold() not in stop)
            numbers = frozenset(n for w in lowered if (n := number_of(w)))
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Sentence(pos + lead, pos + len(chunk.rstrip()), content, names, numbers))
        pos = m.end() if m else len(text)
    return out


def shingles(tokens: list[str], n: int = SHINGLE) -> list[str]:
    if len(tokens) < n:
        return [" ".join(tokens)] if tokens else []
    return list({" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)})


@dataclass(slots=True)
class Fingerprint:
    doc: str
    shingle_sig: np.ndarray
    content_sig: np.ndarray
    shingle_count: int


def fingerprint(doc_id: str, text: str) -> Fingerprint:
    """The document's signatures (the map step for duplicate finding), as its sketch holds them."""
    from sitrep.dedup.sketch import sketch
    sk = sketch(text)
    return Fingerprint(doc_id, sk.wording, sk.content, len(sk.shingles))


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)
