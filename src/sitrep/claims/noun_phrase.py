"""The noun phrase after a number, read word by word: its modifiers, the head noun the claims
lexicon knows (and whether an unknown word may be what is counted), and where it ends."""
from __future__ import annotations

import re
from typing import NamedTuple

from sitrep.claims.lexicon import Head, Lexicon

# a word (or an abbreviation such as "U.S.", or names joined by a slash: "PKK/YPG"), or any other
# single character, which ends a phrase
WORD = re.compile(r"[ \t\u00a0]*(?:((?:[A-Za-z]\.){2,}|[A-Z][\w'’\-]*(?:/[A-Z][\w'’\-]*)+|[^\W\d_](?:[\w'’\-]*\w)?)|(\S))")
_AND = re.compile(r"\s+and\s+")
# an object right after a bare past form makes it an active verb, not the counted noun's state:
# "30 gunmen killed| a police officer", "two drones hit| the base"
# (only for states done to people by someone: "fled the shelling" is the count's own act)
_DONE_TO = frozenset({"killed", "injured", "kidnapped", "detained"})
_INTRANSITIVE = frozenset({"died", "dead", "perished", "drowned", "surrendered"})
_OBJECT_NEXT = re.compile(r"[ \t]+(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d)\b", re.I)

class Scan(NamedTuple):
    """The noun phrase after a number, as ``scan_noun_phrase`` read it."""

    head: Head | None
    head_start: int
    head_end: int
    np_end: int
    noun: str | None                          # the unit text: kept modifiers + the head's unit
    candidate: str | None                     # an unknown noun that may be counted ("Palestinians")
    blocked: bool
    words: list[tuple[int, int, str]]         # (start, end, lower case) of the words read
    adjective: str | None = None              # a state form used as an adjective: "wounded soldiers"


def _opens_pair(text: str, end: int, low: str, heads: dict) -> bool:
    """Whether ``low`` and the word after it form a two-word head ("two Moroccan blue helmets"):
    then ``low`` is no verb after the proper noun before it."""
    m = WORD.match(text, end)
    return m is not None and m.group(1) is not None and f"{low} {m.group(1).lower()}" in heads


def scan_noun_phrase(text: str, pos: int, lex: Lexicon) -> Scan:
    """Read the noun phrase after a number: modifiers, then a head noun the lexicon knows."""
    head: Head | None = None
    head_start = head_end = 0
    np_end = pos
    candidate: str | None = None
    words: list[tuple[int, int, str]] = []
    heads = lex.heads
    unknown = 0
    adjective: str | None = None
    for i in range(6):
        m = WORD.match(text, pos)
        if m is None:
            break
        w = m.group(1)
        if w is None:                      # punctuation ends the phrase
            break
        low = w.lower()
        ws, we = m.start(1), m.end()
        pair = f"{words[-1][2]} {low}" if words else None
        if pair is not None and pair in heads:
            head = heads[pair]
            head_start, head_end = words[-1][0], we
        elif low in heads:
            head, head_start, head_end = heads[low], ws, we
        elif head is not None and head.anaphoric and len(words) == 1 and w[0].isupper():
            # "300 more National Guard troops": "more" before a name and the counted noun
            named = _name_then_head(text, m.start(), lex)
            if named is None:
                break
            head, head_start, head_end, named_words = named
            words.extend(named_words)
            pos = np_end = head_end
            break
        elif head is not None:
            # "militia sources", "drone footage": the head was only a modifier of another noun
            if low in lex.blocked:
                return Scan(head, head_start, head_end, np_end, None, candidate, True, words, adjective)
            if (low.endswith("s") and not low.endswith("ss") and w[0].islower() and low not in lex.stop
                    and low not in lex.aux and low not in lex.say and low not in lex.states_after
                    and low not in lex.trend):
                head, candidate = None, low
                words.append((ws, we, low))
                pos = np_end = we
            break
        elif i == 0 and low in lex.blocked:
            return Scan(head, head_start, head_end, np_end, None, candidate, True, words, adjective)
        elif (low in lex.states_after or low in lex.say) and not _modifies(text, we, low, lex):
            if not (i == 0 and low in lex.states_after and _head_next(text, we, lex)):
                break
            adjective = low                # "three wounded soldiers died": the noun comes next
        elif low in lex.keep_modifiers or low in lex.skip_modifiers or low in lex.enumerating:
            pass                           # "10 other cities", "65 drone attacks", "7 key areas"
        elif low in lex.stop or low in lex.aux or low in lex.trend:
            break
        elif w[0].isupper():
            candidate = low
        elif low in lex.state_openers and state_after(text, pos, lex):
            break                          # "250 taken hostage": a state, not a noun
        elif candidate is not None and words and words[-1][2] == candidate and text[words[-1][0]].isupper() \
                and not (text[words[-1][0]:words[-1][1]].isupper()
                         and (low in lex.partitive or _plural_noun(w, low, lex))) \
                and not _opens_pair(text, we, low, heads):
            # "60,000 Israelis remain": a verb after a proper noun; but "12 DI members
            # surrendered", "20 suspected ADF collaborators were arrested": an acronym names
            # the body whose members or people are counted
            break
        else:
            unknown += 1
            if unknown > 2:
                break
            candidate = low
        words.append((ws, we, low))
        pos = np_end = we
    noun = None
    if head is not None:
        mods = []
        for ws, we, low in reversed(words):
            if ws >= head_start:
                continue
            if low not in lex.keep_modifiers:
                break
            mods.append(low)
        noun = " ".join([*reversed(mods), head.unit]) if mods else head.unit
        np_end = head_end
        if head.cls == "person":
            # "more than 600 police and soldiers": one count of both
            c = _AND.match(text, head_end)
            w = WORD.match(text, c.end()) if c else None
            other = heads.get(w.group(1).lower()) if w is not None and w.group(1) else None
            if other is not None and other.cls == "person" and not other.anaphoric and other.unit != head.unit:
                noun = f"{noun} and {other.unit}"
                np_end = head_end = w.end()
    return Scan(head, head_start, head_end, np_end, noun, candidate, False, words, adjective)


def _name_then_head(text: str, pos: int, lex: Lexicon) -> tuple[Head, int, int, list] | None:
    """Up to three capitalised words, then a counted person the lexicon knows ("National Guard
    troops"): the head, its span and the words read; None when no such noun follows."""
    words = []
    for _ in range(4):
        m = WORD.match(text, pos)
        if m is None or m.group(1) is None:
            return None
        low = m.group(1).lower()
        head = lex.heads.get(low)
        if head is not None and head.cls == "person" and not head.anaphoric:
            words.append((m.start(1), m.end(), low))
            return head, m.start(1), m.end(), words
        if not m.group(1)[0].isupper() or len(words) == 3:
            return None
        words.append((m.start(1), m.end(), low))
        pos = m.end()
    return None


def _plural_noun(w: str, low: str, lex: Lexicon) -> bool:
    """Whether a lower-case word after an acronym reads as a plural noun it modifies ("ADF
    collaborators"), not a verb ("RSF says", "RSF remains": no plural in -ss, no say or aux word)."""
    return (w[0].islower() and low.endswith("s") and not low.endswith(("ss", "ys")) and low not in lex.stop
            and low not in lex.aux and low not in lex.say and low not in lex.states_after
            and low not in lex.trend)


def _modifies(text: str, pos: int, low: str, lex: Lexicon) -> bool:
    """Whether a modifier that is also a say-verb ("alleged") modifies a noun here: "seven
    alleged criminals", not "seven, he alleged, were" or "alleged that"."""
    if low not in lex.skip_modifiers and low not in lex.keep_modifiers:
        return False
    m = WORD.match(text, pos)
    nxt = m.group(1).lower() if m is not None and m.group(1) else None
    return nxt is not None and nxt not in lex.stop and nxt not in lex.aux and nxt not in lex.say


def _head_next(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a counted person follows at once ("wounded *soldiers*")."""
    m = WORD.match(text, pos)
    head = lex.heads.get(m.group(1).lower()) if m is not None and m.group(1) else None
    return head is not None and head.cls == "person" and not head.anaphoric


def state_after(text: str, pos: int, lex: Lexicon) -> tuple[dict[str, str], int] | None:
    """The state after a counted noun ("were later killed", "in Gaza were wounded") and its end."""
    w = WORD.match(text, pos)
    if w is None or (w.group(1) is None and w.group(2) != ",") or \
            (w.group(1) is not None and w.group(1).lower() not in lex.state_openers):
        return None                        # a quick reject before the long alternation
    m = lex.state_after_re.match(text, pos)
    if m is None:
        return None
    states = lex.states_after[" ".join(m.group("state").lower().split())]
    if states.get("person") in _DONE_TO and not text[pos:m.start("state")].strip() and " " not in m.group("state") \
            and m.group("state").lower() not in _INTRANSITIVE and _OBJECT_NEXT.match(text, m.end()):
        return None                        # "About 30 gunmen killed a police officer": the count did it
    return states, m.end()
