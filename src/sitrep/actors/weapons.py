"""Weapons by pattern: a model designation, optional modifiers, then a weapon noun.

"Qasef-2K drone", "Kh-59 guided missiles", "Shahed-136 drones", "MQ-9 Reaper drone": the
designation (letters joined to digits) and a following capitalised model name form the span; the
noun only confirms it. A designation with no noun after it ("the F-16s") is left to the KB.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .cues import Cues, cues


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    c: Cues = cues()

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    heads = alt(w for w in c.weapon_heads)
    mods = alt(w for w in c.weapon_modifiers)
    designation = (r"(?:[A-Z][A-Za-z]{0,11}(?:[-‐ ]?[A-Z]{0,3})?[-‐ ]?\d{1,4}[A-Za-z]{0,3}"
                   r"(?:[-‐/][A-Z0-9]{1,5})*|[A-Z][a-z]{2,11}[-‐][A-Z]{1,3}\d{0,2})")
    model = r"(?:\s+[A-Z][a-z]{2,12}(?:[-‐][A-Z0-9]{1,4})?){0,2}"
    return re.compile(rf"\b({designation}{model})(?:\s+(?:{mods})){{0,3}}\s+(?:{heads})\b")


# the longest designation, model names and modifiers a weapon span can hold before its noun
_WINDOW = 200
_HINT = re.compile(r"[\d\-‐]")
_START = re.compile(r"\b[A-Z]")
# a designation's first digit or hyphen stands at most this far after its first capital
# ("[A-Z][A-Za-z]{0,11}" + "[-‐ ]?[A-Z]{0,3}" + "[-‐ ]?" before "\d"): no match starts earlier
_HINT_REACH = 20


def weapon_spans(text: str, head_ends: list[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every weapon designation found with a weapon noun after it.

    ``head_ends``: where the weapon nouns of the text end, if the caller knows; the pattern is then
    tried only in the stretch before each (a scan of the whole text costs far more).
    """
    pat = _pattern()
    if head_ends is None:
        matches = list(pat.finditer(text))
    else:
        matches = []
        for e in sorted(set(head_ends)):
            pos = max(0, e - _WINDOW)
            # a designation holds a digit or a hyphen: most nouns ("285 drones" aside) have none
            if not _HINT.search(text, pos, e):
                continue
            # ``finditer`` over the stretch, tried only where a match can start (a capital
            # after a word boundary) with a digit or hyphen close enough after it to belong to
            # its designation, keeping the match that ends at the noun
            hints = [h.start() for h in _HINT.finditer(text, pos, e)]
            for c in _START.finditer(text, pos, e):
                if c.start() < pos:
                    continue
                nh = bisect_left(hints, c.start())
                if nh == len(hints):
                    break
                if hints[nh] - c.start() > _HINT_REACH:
                    continue
                m = pat.match(text, c.start(), e)
                if m:
                    if m.end() == e:
                        matches.append(m)
                    pos = m.end()
    out = []
    for m in matches:
        span = m.group(1)
        # a bare number after a capitalised word is a count, not a model: "Monday 20 drones"
        if not _MODEL.search(span):
            continue
        start = m.start(1) + _org_head_lead(span) + _article_lead(span)
        if (start, m.end(1)) not in out:
            out.append((start, m.end(1)))
    return out


_LEAD = re.compile(r"([A-Z][a-z]{2,11}) (?=[A-Z]{1,3}[-‐]?\d)")


def _org_head_lead(span: str) -> int:
    """How many characters of a span are an organisation's last word, not the weapon's: "Air
    Force F-16 jets" lets the designation take "Force" ("Bayraktar TB2" keeps its maker)."""
    m = _LEAD.match(span)
    if m is None or m.group(1).lower() not in cues().head_words:
        return 0
    return m.end()


# a capitalised article or determiner before a short designation: the designation's optional
# letters and space let "An M16 rifle" or "The AK-47 rifles" take the article ("An M16")
_ARTICLE = re.compile(r"(?:An?|The|Its|Their|His|Her|Our|Some|Several|Two|Three|Four|Five|Six|Ten) (?=[A-Z]{1,3}[-‐]?\d)")


def _article_lead(span: str) -> int:
    """How many characters of a span are an article before the designation ("An M16 rifle")."""
    m = _ARTICLE.match(span)
    return m.end() if m else 0


_MODEL = re.compile(r"[A-Za-z][-‐]?\d|\d[A-Za-z]|[A-Z]{2,}[-‐ ]?\d|[a-z][-‐][A-Z]")
