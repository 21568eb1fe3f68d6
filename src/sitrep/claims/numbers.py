"""Number expressions: find them, read their value, and drop those that are no count.

A number is digits ("1,200", "3.5bn", "$1 billion", "10-15"), number words ("twenty-four",
"a dozen", "two million") or a vague count kept as words ("dozens", "tens of thousands"), with
an approximation before it ("at least", "more than"). What it counts is decided later
(``units``); here only the number itself and the forms that are never counts (dates, times,
ordinals, ages, model designations, names with numbers in them) are settled.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sitrep.claims.lexicon import Lexicon

_DIGITS = re.compile(r"\d[\d,.]*")
# "2.000 soldiers", "15.500": a dot before exactly three digits is a thousands separator in
# European and translated copy; English decimals of counts ("2.5 million", "1.5") do not have three
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# a decimal comma ("11,5 million", "2,5"): a thousands comma is always followed by three digits
_COMMA_DECIMAL = re.compile(r"\d{1,3},\d{1,2}")
_QUOTES = "\"'“”‘’«»()[]"
_WORD_BACK = re.compile(r"([A-Za-z]+)\s+$")
_WORDISH = re.compile(r"[\w.#’']+")
_TIME_AFTER = re.compile(r"(?i)\s?(?:[ap]\.m\.|[ap]m\b|gmt\b|utc\b|hrs\b|h\b|local time\b)")
_ORDINAL = re.compile(r"(?i)(?:st|nd|rd|th)\b")
_COMPOUND = re.compile(r"-(?P<w>[A-Za-z]+)")
_YEAR_BEFORE = frozenset("in since of by until till before after during from to year early late mid "
                         "end summer winter spring autumn fall the fiscal and between".split())
_ONE_BEFORE = frozenset("no the this that any every each which someone such of".split())
# casualty nouns whose "of one" counts a victim ("the killing of one peacekeeper")
_ONE_STATE_NOUNS = frozenset("killing killings death deaths wounding injury injuries abduction kidnapping "
                             "arrest detention capture execution murder".split())
_ONE_AFTER = re.compile(r"\s+(?:of|another|day|time|by)\b")
# "one of its soldiers died": one of a side's own people is a count (bare "one" with no state is
# dropped later); so is "one of the attackers was wounded", which the unit reader keeps only for a
# person in a casualty state ("one of the candidates" stays a pronoun)
# ("one of them was wounded": the unit reader keeps it only in a casualty state too)
_ONE_OF_OWN = re.compile(r"\s+of\s+(?:(?:its|their|our|the)\s|them\b)")
# the word after "one": "said that one soldier died", "that one of its soldiers": "that" is the
# conjunction, not the demonstrative of "that one"
_NEXT = re.compile(r"\s+([A-Za-z][\w-]*)")


def _counted_after(text: str, end: int, lex) -> bool:
    """Whether "one" ending at ``end`` counts a noun the lexicon knows, or one of a side's own."""
    if _ONE_OF_OWN.match(text, end, end + 12):
        return True
    m = _NEXT.match(text, end, end + 40)
    return m is not None and m.group(1).lower() in lex.heads


_MONTHS_DAYS = frozenset("january february march april may june july august september october "
                         "november december jan feb mar apr jun jul aug sep sept oct nov dec monday "
                         "tuesday wednesday thursday friday saturday sunday".split())


@dataclass(slots=True)
class Number:
    start: int                     # the number as written, a currency sign included
    end: int
    text: str
    value: int | float | str       # a vague count or a range stays words: "dozens", "10-15"
    qstart: int                    # where an approximation before it starts (== start if none)
    qualifier: str | None = None
    money: str | None = None       # currency unit named by a sign ("$") before the number
    vague: bool = False
    words: bool = False            # spelled out: "two", "a dozen"
    strong: bool = False           # "a 5,000-strong force": counts the noun that follows
    yearlike: bool = False
    # a range read as one ("3,000 to 4,000"): where the first number ends and the second starts,
    # so that each bound becomes a claim of its own
    bounds: tuple[int, int] | None = None
    sized: str | None = None       # what a size compound counts: "troops" ("5,000-strong"), "members" ("nine-member")
    length: str | None = None      # the length unit of a length compound: "km" ("the 970-km border")


def _int(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def _word_value(words: str, lex: Lexicon) -> int | None:
    key = " ".join(words.lower().split())
    if key in lex.number_words:
        return lex.number_words[key]
    total = current = 0
    for part in re.split(r"[ -]+(?:and[ -]+)?", key):
        v = lex.number_words.get(part)
        if v is None:
            return None
        if v == 100:
            current = (current or 1) * 100
        elif v == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += v
    return total + current


def read_number(m: re.Match[str], lex: Lexicon) -> Number | None:
    """The value of one ``number_re`` match, or None when it cannot be a count by its form."""
    sign, dig, rng, mult, gmult, vague, words, wmult = m.groups()
    start, end = m.span()
    money = lex.currency_signs.get(sign) if sign else None
    if dig is not None:
        if " " in dig or "\u00a0" in dig or "\u202f" in dig:
            dig = "".join(dig.split())       # "2 800": a blank thousands separator
        if rng:
            value: int | float | str = (dig + rng).replace("–", "-")
        elif dig.isdigit():
            value = int(dig)
        elif not (mult or gmult) and _DOT_THOUSANDS.fullmatch(dig):
            value = int(dig.replace(".", ""))
        elif _COMMA_DECIMAL.fullmatch(dig):
            value = _int(float(dig.replace(",", ".")))
        else:
            value = _int(float(dig.replace(",", "")))
        mult = mult or gmult
        if mult:
            factor, _, money_only = lex.multipliers[mult.lower()]
            if money_only and money is None and (lex.glued_count_re is None
                                                 or not lex.glued_count_re.match(m.string, end)):
                return None                # "500m" without a currency sign is a distance; "1.5m people" a count
            if isinstance(value, str):
                return None
            value = _int(round(value * factor, 6))
        yearlike = (not sign and not mult and not rng and len(dig) == 4
                    and dig.isdigit() and 1900 <= int(dig) <= 2100)
        return Number(start, end, m.group(), value, start, None, money, False, False, False, yearlike)
    if vague is not None:
        return Number(start, end, m.group(), " ".join(vague.lower().split()), start, vague=True)
    if sign:
        return None
    v = _word_value(words, lex)
    if v is None:
        return None
    if wmult:
        v *= lex.multipliers[wmult.lower()][0]
    return Number(start, end, m.group(), v, start, words=True)


# a dateline before the first word of a story: "KANDI:", "GOMA, Congo (Reuters) -" (its
# closing dash is stripped with the quotes before the test)
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,30}(?:,[^:—–\n]{1,40})?(?:\s*\([^)\n]{1,30}\))?\s*[:—–-]?")


def _sentence_initial(text: str, pos: int, sent_start: int) -> bool:
    """Whether only quotes, brackets, a bullet or a dateline stand between the sentence start and pos."""
    head = text[sent_start:pos].strip(" \t\"'“‘«([—–-•·▪►*")
    return not head or _DATELINE.fullmatch(head) is not None


def prev_word(text: str, lo: int, hi: int) -> tuple[str, int]:
    """The word right before ``hi`` (blanks between allowed) and its start, or ("", hi)."""
    chunk = text[lo:hi]
    stripped = chunk.rstrip(" \t")
    if not stripped or stripped[-1] in "\n\r":
        return "", hi
    last = stripped.rsplit(None, 1)[-1]
    if not _WORDISH.fullmatch(last):
        return "", hi
    return last, lo + len(stripped) - len(last)


def is_no_count(text: str, n: Number, sent_start: int, lex: Lexicon) -> bool:
    """Forms that are never a count: designations, ordinals, times, ages, names, pronoun "one"."""
    s, e = n.start, n.end
    prev = text[s - 1] if s > 0 else " "
    nxt = text[e] if e < len(text) else " "
    if prev.isalnum() or prev in "#/":
        return True
    if prev == "-" and s >= 2 and text[s - 2].isalpha():
        return True                                   # "F-35", "Kh-59", "COVID-19"
    if nxt == "-":
        c = _COMPOUND.match(text, e)
        if c is None:
            return True
        sized = lex.size_compounds.get(c.group("w").lower())
        if sized is not None:                         # "a 5,000-strong force", "the nine-member council"
            n.strong, n.sized = True, sized
            n.end = e = c.end()
        elif c.group("w").lower() in lex.length_compounds and prev != "(":
            # "the 970-km border": a length ("(600-mile)", a conversion in brackets, is none)
            n.length = lex.length_compounds[c.group("w").lower()]
            n.end = e = c.end()
        else:
            return True                               # "35-year-old", "12-hour", "one-third"
    if nxt == ":" and e + 1 < len(text) and text[e + 1].isdigit():
        return True                                   # "10:30"
    if prev == "(" and nxt == ")" and _WEEKDAY_DAY.search(text, max(0, s - 12), s):
        return True                                   # "on Tuesday (28)": the day of the month, as
                                                      # Brazilian and Spanish-language copy writes it
    if not n.words and not n.vague:
        if nxt.isalpha() and _ORDINAL.match(text, e):
            return True
        if nxt.isalpha():
            return True                               # "155mm", "10km", "3G"
        if _TIME_AFTER.match(text, e):
            return True
    pw, prev_start = prev_word(text, max(sent_start, n.qstart - 24), n.qstart)
    low = pw.lower()
    if low in lex.designations or low.rstrip(".") in lex.designations:
        return True                                   # "Resolution 1701", "No. 4"
    if n.words and n.text[:1].isupper() and not _sentence_initial(text, s, sent_start) \
            and not _clause_initial(text, n.qstart, sent_start):
        return True                                   # "Group of Seven", "the Big Three"
    if low == "of" and lex.kin_of:
        kin = prev_word(text, max(sent_start, prev_start - 16), prev_start)[0].lower()
        if kin in lex.kin_of:
            return True                               # "a mother of four who fled": her children
    if n.words and n.value == 1:
        if (low in _ONE_BEFORE and not (low == "that" and _counted_after(text, e, lex))) \
                or (_ONE_AFTER.match(text, e, e + 10) and not _ONE_OF_OWN.match(text, e, e + 12)):
            # "the killing of one member of its crew": "of one" after a casualty noun counts
            return not (low == "of" and prev_word(text, max(sent_start, prev_start - 16), prev_start)[0].lower()
                        in _ONE_STATE_NOUNS)
    if (not n.words and not n.vague and pw[:1].isupper() and n.qstart == n.start
            and not _sentence_initial(text, prev_start, sent_start)
            and low not in lex.stop and low not in lex.states_before and low not in lex.trend
            and low not in lex.say and low not in _MONTHS_DAYS and not n.money
            and not (low.endswith(("'s", "’s")) and not n.yearlike)):
        # (a possessive owns a count: "Kenya's 47 counties", "Nigeria's 36 states")
        return True                                   # "Kurdistan 24", "Channel 14", "Brigade 155"
    if n.yearlike and low in _YEAR_BEFORE:
        return True
    if n.yearlike and (low in _YEAR_OWNER or low.endswith(("'s", "’s"))) and _SINGULAR_AFTER.match(text, e):
        return True                                   # "the group's 2014 assault": a date, no 2014 attacks
    if not n.words and not n.vague and n.qstart == n.start and nxt == " " and named_number(text, e, lex):
        return True                                   # "the 444 Brigade", "77 Combat Brigade commander"
    if n.words and _ratio(text, n, lex):
        return True                                   # "one in five children", "three in four of whom"
    if not n.words and not n.vague and nxt in ",.;)" and isinstance(n.value, int) and n.value < 120 \
            and _AGE_AFTER_NAME.search(text, max(sent_start, s - 40), s):
        return True                                   # "said Halima, 37, who fled": an age
    return False


# a ratio written in words: "one in five", "three in four" (the other number, and "in" between)
_RATIO_AFTER = re.compile(r"\s+in\s+([a-z]+)\b", re.I)
_RATIO_BEFORE = re.compile(r"\b([a-z]+)\s+in\s+$", re.I)


def _ratio(text: str, n: Number, lex: Lexicon) -> bool:
    """Whether the number word ``n`` is a term of a ratio ("one in five children are
    malnourished"): a share, no count of either. The smaller number comes first; "killed three
    in two attacks" is a count."""
    if not isinstance(n.value, int):
        return False
    after = _RATIO_AFTER.match(text, n.end)
    if after is not None and lex.number_words.get(after.group(1).lower(), 0) > n.value:
        return _of_people(text, after.end(), lex)
    before = _RATIO_BEFORE.search(text, max(0, n.start - 16), n.start)
    return before is not None and 0 < lex.number_words.get(before.group(1).lower(), n.value) < n.value \
        and _of_people(text, n.end, lex)


def _of_people(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the ratio's second term (ending at ``end``) takes a share of people or of a
    whole: no noun, "of", or a person noun after it ("two in three attacks" counts attacks)."""
    m = _NEXT.match(text, end, end + 40)
    if m is None:
        return True
    head = lex.heads.get(m.group(1).lower())
    return head is None or head.cls == "person"


# a weekday and an opening bracket right before a day number
_WEEKDAY_DAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s?\($")
# a year between a determiner (or a possessive) and a singular noun names a date: "the 2014
# assault", "its 2017 offensive"; "the 2000 soldiers" (a plural) stays a count
_YEAR_OWNER = frozenset("the its their his her our this that".split())
_SINGULAR_AFTER = re.compile(r" [a-z]+(?<!s)\b(?![-'’])")
# what may stand right before a capitalised number word that opens a clause: a full stop after
# an abbreviation the sentence splitter kept ("10:45 a.m. Three ..."), a colon, an opening quote,
# a dash after a live blog's time stamp ("16:05 – Four workers were killed")
_CLAUSE_OPEN = frozenset('.:;!?"“‘«-–—')


def _clause_initial(text: str, pos: int, sent_start: int) -> bool:
    """Whether the number word at ``pos`` opens a clause inside the sentence ('said: "Three men
    were martyred'): "Group of Seven" has a word before it, these have punctuation."""
    head = text[sent_start:pos].rstrip()
    return bool(head) and head[-1] in _CLAUSE_OPEN


# up to three capitalised words right after a number ("444 Combat Brigade")
_CAP_RUN = re.compile(r"(?: [A-Z][A-Za-z'’-]*){1,3}")


def named_number(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the digit number ending at ``end`` opens a proper name: a name head ("Brigade",
    "Road") among the capitalised words right after it. Units and roads numbered this way ("the
    444 Brigade") are names, and their number counts nothing."""
    if not lex.name_heads:
        return False
    m = _CAP_RUN.match(text, end)
    return m is not None and any(w.rstrip("'’").lower() in lex.name_heads for w in m.group().split())


# a capitalised name and a comma right before a number set off by commas: "Ana Ruiz, 52,"
# (a surname may start with a lower-case particle: "Yousef el-Khatib, 61")
_AGE_AFTER_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+(?:\s+(?:[a-z]{1,3}[-‐])?[A-Z][a-z'’-]+){0,3},[ \t]*$")


def tail_phrase(text: str, lo: int, pos: int, table, maxlen: int, last: frozenset[str],
                skip: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """The longest phrase of ``table`` ending right before ``pos`` (blanks between), and its start.

    Words in ``skip`` may stand between the phrase and ``pos`` ("killing *another* 12"). Split and
    dict look-ups: far cheaper than a backwards regex search over an alternation.
    """
    chunk = text[lo:pos]
    if not chunk or not chunk[-1].isspace():
        return None
    tail = chunk.rsplit(None, 1)
    if not tail:
        return None
    end = tail[-1].lower().strip(_QUOTES)
    if end not in last and end not in skip:
        return None                    # most numbers: the word before ends no phrase
    parts = chunk.split()
    while parts:
        for k in range(min(maxlen, len(parts)), 0, -1):
            phrase = " ".join(w.lower().strip(_QUOTES) for w in parts[-k:])
            if phrase in table:
                j = len(chunk)
                for w in reversed(parts[len(parts) - k:]):
                    j = chunk.rfind(w, 0, j)
                first = parts[len(parts) - k]
                return lo + j + len(first) - len(first.lstrip(_QUOTES)), phrase
        if parts[-1].lower().strip(_QUOTES) not in skip:
            return None
        parts.pop()
    return None


def candidates(text: str, lex: Lexicon, low: str | None = None) -> Iterator[re.Match[str]]:
    """Every number expression of ``text``, in order.

    One regex over the whole text with every number word in it costs over a millisecond per
    article; instead digits come from a trivial regex and words from an Aho-Corasick automaton,
    and the full number regex only runs, anchored, where one of them starts.
    """
    low = text.lower() if low is None else low
    if len(low) != len(text):              # a rare letter whose lower case is longer
        yield from lex.number_re.finditer(text)
        return
    starts: list[int] = []
    for m in _DIGITS.finditer(text):
        p = m.start()
        if p and not text[p - 1].isspace():
            sb = lex.sign_back_re.search(text, max(0, p - 5), p)
            if sb:
                p = sb.start()
        starts.append(p)
    for end, size in lex.word_starts.iter(low):
        p = end - size + 1
        if (p == 0 or not (low[p - 1].isalnum() or low[p - 1] == "-")) and \
                (end + 1 == len(low) or not low[end + 1].isalpha()):
            starts.append(p)
    starts.sort()
    last = -1
    for p in starts:
        if p < last:
            continue
        m = lex.number_re.match(text, p)
        if m is not None:
            last = m.end()
            yield m
