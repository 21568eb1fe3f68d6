"""Glue between letters and digits: "in2019", "the1990s", "2020election", "1990sbefore".

A word before a number is split off only when it is one that stands before numbers (a preposition,
a month, "about", "nearly"); a word after a number only when it is a listed word that is no unit or
suffix, so "5km", "COVID19", "4Motion" and "£38million" stay as written.
"""
from __future__ import annotations

import re

from sitrep.clean.glue_splits import STRONG, SUFFIXES, Plan
from sitrep.clean.lexicon import FUNC, KNOWN_Z, Lexicon
from sitrep.clean.punct import MONTHS, URLISH, chunk_at

UNITS = frozenset("""mph kph kmh khz mhz ghz kwh mwh gwh mah yrs hrs min mins sec secs lbs pts
bps gbps mbps kbps fps rpm ppm ppb mln bln sqm sqft million billion trillion""".split())
# Words that stand before numbers ("in2019", "nearly150"); "covid19", "web3" are names.
BEFORE_NUMBERS = FUNC | MONTHS | frozenset("""about around nearly almost since until including just
only least than more less per page""".split())
_WORD_NUMBER = re.compile(r"([^\W\d_]{2,})\d+(?:s|st|nd|rd|th)?")   # in2019, the1990s, the14th
_DECADE_WORD = re.compile(r"(?:1[89]|20)?\d0s([^\W\d_]{3,})")     # 1990sbefore, 80swhen
_NUMBER_WORD = re.compile(r"[$£€]?\d+%?([^\W\d_]{3,})")        # 2020election


def digit_sites(chunk: str, text: str, spaced: str, lex: Lexicon) -> Plan:
    """in2019, 2020election, 24abstentions; never 1990s, 5km, COVID19, A10, my6sense, 4Motion."""
    if lex.zipf_of.get(chunk.lower(), 0.0) >= 2.0:
        return []                                 # 4chan, 7eleven
    k = -1
    m = _WORD_NUMBER.fullmatch(chunk)
    if m and m.group(1).lower() in BEFORE_NUMBERS and (m.group(1).islower() or m.group(1)[1:].islower()):
        k = m.end(1)
    m = _DECADE_WORD.fullmatch(chunk) or _NUMBER_WORD.fullmatch(chunk)
    # "£38million" is a house style, "4Motion", "3Com" are brands; "1990sbefore": a decade
    if m and m.group(1).islower() and m.group(1) not in UNITS and m.group(1) not in SUFFIXES \
            and lex.zipf_of.get(m.group(1), 0.0) >= KNOWN_Z:
        k = m.start(1)
    out: Plan = []
    i = spaced.find(chunk)
    while i >= 0 and k > 0:
        j = i + len(chunk)
        if (i == 0 or spaced[i - 1].isspace()) and (j == len(spaced) or spaced[j].isspace()) \
                and not URLISH.search(chunk_at(text, i)):
            out.append((i + k, STRONG))
        i = spaced.find(chunk, i + 1)
    return out
