"""Repair words glued together by lost line breaks or lost spaces ("itselfat", "theGaza").

Scraped text loses the space where a line break was, so the last word of one line sticks to the
first word of the next. The repair must never split real words or rare names, so:

* Only words that are not known words reach any analysis: a few ``str.replace``, one ``split``
  and one set difference per document keep clean text cheap (the budget is ~0.3 ms per 5 KB).
* Orthographic signals are trusted when the parts make sense: a function word before a capital
  ("theGaza"), an acronym glued to a word ("USforces"), an Arabic article glued to the word before
  it ("Ministeral-Sudani"), punctuation or digits with no space ("security.However", "in2019").
  A token that wordfreq lists as a whole (YouTube, McDonald, DeSantis) is never touched.
* Plain glue is scored with wordfreq: a split's log-probability must beat the whole token's.
  Splits with a function word ("itselfat", "tothe") are *strong*. Content+content splits
  ("dialoguetable", "GolanHeights") are *weak*: in a clean document they are mostly compounds or
  brand names (byline, RawStory), so they are made only when the document already shows many
  strong sites, i.e. when its line breaks were lost wholesale.
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sitrep.model import Edit

REASON = "glued words"

KNOWN_Z = 3.0        # zipf at or above which a token is a word and never split
CASE_WHOLE_Z = 2.0   # camel/acronym tokens wordfreq knows this well are names or brands
PART_Z = 2.5         # least zipf for a split part of 4+ letters
PART3_Z = 3.5        # 3-letter parts: wordfreq's large list holds many junk trigrams
DOC_Z = 3.0          # zipf credited to a part seen standalone in the document, or a known name
MARGIN = 0.3         # weak split: log-probability over the whole token's (if wordfreq lists it)
STRONG_S = 1.0       # strong split: at least this log-probability (zipf sum - 9) ...
STRONG_MARGIN = 1.8  # ... and this far above a listed whole token's (byline, onside stay whole)
WEAK_FLOOR = -1.0    # least log-probability of a content+content split
GLUED_DENSITY = 400  # a glued document shows one strong site per this many characters ...
GLUED_MIN = 3        # ... and at least this many

# Function words: split parts that make glue unmistakable, and the lowercase side of "theGaza".
FUNC = frozenset("""
a an the of in on at to by for from with and or but as is was are were be been being has had
have that this these those its his her their our my your into onto over under after before
between against during via than near across toward towards about amid among said says not also
which who whose where when while if then so no nor both all any each every some such will would
can could should may might must did do does he she it we they you him them
""".split())
TWO = frozenset("of to in on at by is it as be he we me my no so up us an or do go if am".split())
# Bound morphemes that are also words: "counterdrone", "hackable" are coinages, not glue.
PREFIXES = frozenset("""over under out counter cross self non anti post pre pro mid super inter
multi semi sub up down off back fore mis dis co bio eco geo neo micro mega mini ultra hyper
cyber tele trans extra pseudo quasi""".split())
SUFFIXES = frozenset("""able ably ability less ness ship ships hood like wide ward wards fold man
men ism isms ist ists ize ise ized ised ing ers ment ments ation ity ful proof worthy wise free
""".split())
UNITS = frozenset("""mph kph kmh khz mhz ghz kwh mwh gwh mah yrs hrs min mins sec secs lbs pts
bps gbps mbps kbps fps rpm ppm ppb mln bln sqm sqft""".split())
MONTHS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
CLITICS = ("ll", "re", "ve", "s", "t", "d", "m")

_RUN = re.compile(r"[^\W\d_]+")
_SPLIT_AT = ",.;:!?\"()“”‘’'-—–[]/"
_APOS = "'’"
_ACRONYM_HEAD = re.compile(r"[A-Z]{2,}(?=[a-z])")
_DIGIT_EDGE = re.compile(r"(?<=\d)(?=[^\W\d_]{3})|(?<=[^\W\d_])(?=\d)")
# Punctuation directly followed by a letter or digit; each hit is verified in _after_mark.
_AFTER = re.compile(r"[,;:.?!)”]['’\"”(]?[^\W_]")
_BEFORE = re.compile(r"[(“$\"]")
_PLURAL_POSS = re.compile(r"s’(?=[a-z]{3})")
_URLISH = re.compile(r"://|www\.|@|/|\\|&\w+;|\.(?:com|org|net|gov|edu|int|mil|io|co|uk|ly|me|info|"
                     r"biz|html?|php|pdf)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Known words: wordfreq's English list (load once, as a dict word->zipf) plus extra names."""

    zipf_of: dict[str, float]        # shared between lexicons, never mutated
    known: frozenset[str]            # zipf >= KNOWN_Z: never split
    plain: frozenset[str]            # known words as written ("The"), small numbers: skip at once
    parts: frozenset[str]            # words that may be one part of a split (with extra words)
    extra: frozenset[str]            # lower-cased extra words and name parts

    @classmethod
    def default(cls) -> "Lexicon":
        """Cached singleton; includes knowledge wordlist "lexicon_extra.txt" if present."""
        lex = _CACHE.get("default")
        if lex is None:
            import wordfreq
            from sitrep.knowledge import wordlist

            freqs = wordfreq.get_frequency_dict("en", wordlist="large")
            zipf = {w: math.log10(f) + 9.0 for w, f in freqs.items()}
            known = frozenset(w for w, z in zipf.items() if z >= KNOWN_Z)
            plain = known | {w.capitalize() for w in known} | {str(n) for n in range(10000)}
            parts = frozenset(w for w, z in zipf.items()
                              if len(w) >= 3 and z >= (PART3_Z if len(w) == 3 else PART_Z))
            lex = cls(zipf, known, plain, parts | TWO, frozenset())
            lex = _CACHE["default"] = lex.with_names(wordlist("lexicon_extra.txt"))
        return lex

    def with_names(self, names: Iterable[str]) -> "Lexicon":
        """A lexicon that also knows ``names`` (actors, places); each word of a name counts."""
        extra = _name_parts(names) - self.extra
        if not extra:
            return self
        return Lexicon(self.zipf_of, self.known, self.plain, self.parts | extra, self.extra | extra)

    def is_word(self, token: str) -> bool:
        w = token.lower()
        return w in self.known or w in self.extra


_CACHE: dict[str, Lexicon] = {}


def _name_parts(names: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for name in names:
        low = name.strip().lower()
        out.update(p for p in _RUN.findall(low) if len(p) >= 3)
        if low and not any(c.isspace() for c in low):
            out.add(low)                      # whole single tokens too ("youtube", "chatgpt")
    return frozenset(out)


class _Doc:
    """One document: its text and the rare words that stand alone in it (names like Fartousi)."""

    __slots__ = ("text", "lex", "rare")

    def __init__(self, text: str, lex: Lexicon, rare: set[str]):
        self.text, self.lex, self.rare = text, lex, rare

    def is_part(self, p: str) -> bool:
        return p in self.lex.parts or (len(p) >= 3 and p in self.rare)

    def part_z(self, p: str) -> float:
        """Zipf credited to ``p`` (which passed is_part) as one part of a split."""
        z = self.lex.zipf_of.get(p, 0.0)
        if len(p) >= 3 and (p in self.rare or p in self.lex.extra):
            return max(z, DOC_Z)
        return z


# Split points of one token, or sites in a document: (offset, log-probability, strong?)
_Plan = list[tuple[int, float, bool]]


def find_glue_edits(lines: Sequence[str], lexicon: Lexicon | None = None) -> list[list[Edit]]:
    """For each line of one document, the edits that insert the missing spaces.

    An insertion is Edit(start=p, end=p, replacement=" ", reason="glued words") with p an offset
    into that line. Edits per line sorted, non-overlapping.
    """
    lex = lexicon or Lexicon.default()
    text = "\n".join(lines)
    spaced = text                             # same offsets as text, punctuation blanked
    for ch in _SPLIT_AT:                      # str.replace is far cheaper than a regex here
        if ch in spaced:
            spaced = spaced.replace(ch, " ")
    known, extra = lex.known, lex.extra
    rare: set[str] = set()
    cands: list[tuple[str, str]] = []
    sites: _Plan = []
    for c in set(spaced.split()).difference(lex.plain):
        if c.isalpha():
            runs = [c]
        else:
            runs = _RUN.findall(c)
            if runs and c[0].isalnum() and any(ch.isdigit() for ch in c):
                sites.extend(_digit_sites(c, spaced, lex))
        for r in runs:
            w = r.lower()
            if len(r) < 3 or w in known:
                continue
            rare.add(w)
            if len(r) >= 4 and w not in extra and not r.isupper():
                cands.append((r, w))
    doc = _Doc(text, lex, rare)
    deferred: list[tuple[str, str, _Plan, bool]] = []
    for orig, w in cands:
        plan, unique = _plan(orig, w, doc)
        strong = [site for site in plan if site[2]]
        if strong or _context_rule_possible(w, doc):
            sites.extend(_place(orig, w, strong, unique, doc))
        if len(strong) < len(plan):
            deferred.append((orig, w, [site for site in plan if not site[2]], unique))
    sites.extend(_punct_sites(text, lex))
    if deferred and sum(1 for s in sites if s[2]) >= max(GLUED_MIN, len(text) // GLUED_DENSITY):
        for orig, w, plan, unique in deferred:
            sites.extend(_place(orig, w, plan, unique, doc))
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out: list[list[Edit]] = [[] for _ in lines]
    last = -1
    for p, _, _ in sorted(sites):
        if p != last:
            li = bisect.bisect_right(starts, p) - 1
            out[li].append(Edit(start=p - starts[li], end=p - starts[li], replacement=" ", reason=REASON))
            last = p
    return out


def _plan(orig: str, w: str, doc: _Doc) -> tuple[_Plan, bool]:
    """Context-free split points of one token, and whether weak ones need it to occur once."""
    if len(w) < 5 and orig[0].isupper():
        return [], False
    if orig[1:].islower():
        return _lexical_split(orig, w, doc), orig[0].isupper()
    return _case_split(orig, w, doc), True    # a camel-case token seen twice is a brand


def _context_rule_possible(w: str, doc: _Doc) -> bool:
    """Could the clitic or particle rule apply, which depend on the characters around a token?"""
    known = doc.lex.known
    if w[-2:] in ("al", "el") and (w[:-2] in known or w[:-2] in doc.rare):
        return True
    return (w[0] in "stdm" and w[1:] in known) or (w[:2] in ("ll", "re", "ve") and w[2:] in known)


def _place(orig: str, w: str, plan: _Plan, unique: bool, doc: _Doc) -> _Plan:
    """Document offsets of the split points, checked against each occurrence's surroundings."""
    text = doc.text
    hits = list(_occurrences(text, orig))
    if unique and len(hits) > 1:
        plan = [site for site in plan if site[2]]
    out: _Plan = []
    for i in hits:
        j = i + len(orig)
        before = text[i - 1] if i else " "
        after = text[j] if j < len(text) else " "
        # Digits, handles, hashtags, snake_case, paths and URLs are not prose.
        if before.isdigit() or after.isdigit() or before in "#@_/\\." or after in "_@/\\":
            continue
        if (after == "." or after == ":") and _URLISH.search(_chunk_at(text, i)):
            continue
        if before in _APOS and i >= 2 and text[i - 2].isalpha():
            local = _clitic(w, doc) or plan       # Iraq'sgovernment
        elif after in _APOS and w.endswith("in"):
            continue                              # fallin', nothin’
        elif after == "-" and w[-2:] in ("al", "el") and text[j + 1:j + 2].isupper():
            local = _particle(w, doc) or plan
        else:
            local = plan
        out.extend((i + off, s, strong) for off, s, strong in local)
    return out


def _occurrences(text: str, w: str) -> Iterable[int]:
    """Offsets where ``w`` occurs in ``text`` as a whole letter run."""
    n, i = len(w), text.find(w)
    while i >= 0:
        j = i + n
        if (i == 0 or not text[i - 1].isalpha()) and (j >= len(text) or not text[j].isalpha()):
            yield i
        i = text.find(w, i + 1)


def _chunk_at(text: str, i: int) -> str:
    """The whitespace-delimited chunk around offset ``i``."""
    a = i
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = i
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b]


def _clitic(w: str, doc: _Doc) -> _Plan:
    """Iraq'sgovernment: the clitic after an apostrophe glued to the next word."""
    z = doc.lex.zipf_of
    for t in CLITICS:
        rest = w[len(t):]
        if w.startswith(t) and len(rest) >= 3 and z.get(rest, 0.0) >= KNOWN_Z and z.get(w, 0.0) < 1.0:
            return [(len(t), 9.0, True)]
    return []


def _particle(w: str, doc: _Doc) -> _Plan:
    """Ministeral-Sudani: the Arabic article "al-"/"el-" glued to the word before it."""
    base = w[:-2]
    if len(base) < 3 or w in doc.lex.zipf_of or w in doc.lex.extra:
        return []                                 # Nepal-India, Abdel-Fattah
    ok = doc.lex.zipf_of.get(base, 0.0) >= DOC_Z or base in doc.rare or base in doc.lex.extra
    return [(len(base), 9.0, True)] if ok else []


def _case_split(orig: str, w: str, doc: _Doc) -> _Plan:
    """theGaza, GolanHeights, USforces, USPresident; never YouTube, McDonald, iPhone."""
    z = doc.lex.zipf_of
    if z.get(w, 0.0) >= CASE_WHOLE_Z or w in doc.lex.extra:
        return []
    out: _Plan = []
    start = 0
    m = _ACRONYM_HEAD.match(orig)
    if m:                                         # an acronym glued to a word
        r, tail = m.group(), orig[m.end():]
        cap_word = (r[-1] + tail).lower()
        if len(r) >= 3 and z.get(cap_word, 0.0) >= max(KNOWN_Z, z.get(tail.lower(), 0.0)):
            start = len(r) - 1                    # USPresident: "US President", not "USP resident"
            out.append((start, 9.0, True))
        elif tail.islower() and len(tail) >= 3 and tail not in SUFFIXES and z.get(tail, 0.0) >= KNOWN_Z:
            return [(len(r), 9.0, True)]          # USforces (never CEOs, MHz)
        else:
            return []
    bounds = [k for k in range(start + 1, len(orig)) if orig[k].isupper() and orig[k - 1].islower()]
    # MichaelMcDonald: a two-letter capitalised piece (Mc, De, La) belongs to the next one
    bounds = [k for n, k in enumerate(bounds) if n == 0 or k - bounds[n - 1] > 2]
    edges = [start, *bounds, len(orig)]
    for n, k in enumerate(bounds, 1):
        left, right = orig[edges[n - 1]:k], orig[k:edges[n + 1]]
        ll, rl = left.lower(), right.lower()
        if left[0].islower() and ll in FUNC and len(right) >= 2 and (ll != "a" or z.get(rl, 0.0) >= KNOWN_Z):
            out.append((k, 9.0, True))            # theGaza: a function word before a capital
        elif right.isupper() or len(left) < 3 or len(right) < 3:
            continue                              # ChatGPT, macOS, McDonald, iPhone
        elif doc.is_part(ll) and doc.is_part(rl):
            out.append((k, 9.0, False))           # GolanHeights, but also RawStory: weak
    return out


def _lexical_split(orig: str, w: str, doc: _Doc) -> _Plan:
    """itselfat, Iraqiarmed, Isent: the best two- (or three-) way split into known words."""
    n = len(w)
    cap = orig[0].isupper()
    z = doc.lex.zipf_of
    whole = z.get(w, 0.0)
    best: tuple[float, int] | None = None
    # "Isent", "afew", "astrategic": only the words I and a, before a common word
    if ((orig[0] == "I" and n >= 5) or orig[0] == "a") and z.get(w[1:], 0.0) >= KNOWN_Z:
        best = (z[w[0]] + z[w[1:]] - 9.0, 1)
    parts, rare = doc.lex.parts, doc.rare        # doc.is_part, inlined: this is the hot loop
    for k in range(2, n - 1):
        left = w[:k]
        if left not in parts and (k < 3 or left not in rare):
            continue
        right = w[k:]
        if right not in parts and right not in rare:
            continue
        if (left in PREFIXES and right not in FUNC) or (right in SUFFIXES and left not in FUNC):
            continue
        if cap and (k < 3 or left in FUNC or (k == 3 and z.get(left, 0.0) >= PART3_Z)):
            # Inman, Hisham, Forman are names; "Hisefforts" at a sentence start is glue
            if left not in FUNC or whole > 0.0 or z.get(right, 0.0) < PART3_Z:
                continue
        s = doc.part_z(left) + doc.part_z(right) - 9.0
        if best is None or s > best[0]:
            best = (s, k)
    if best is None:
        return _three_way(w, whole, doc) if n >= 8 and not cap else []
    s, k = best
    # wordfreq lists words down to zipf 1: an unlisted token has no probability to beat
    if s < WEAK_FLOOR or (whole > 0.0 and s < whole + MARGIN):
        return []
    func = k == 1 or w[:k] in FUNC or (w[k:] in FUNC and not cap)   # Ameris: a name, not "Amer is"
    strong = func and s >= STRONG_S and (whole == 0.0 or s >= whole + STRONG_MARGIN)
    return [(k, s, strong)]


def _three_way(w: str, whole: float, doc: _Doc) -> _Plan:
    """tothegovernment: two lost spaces in a row (short lines)."""
    best: tuple[float, int, int] | None = None
    n = len(w)
    is_part = doc.is_part
    for a in range(2, n - 3):
        if not is_part(w[:a]) or w[:a] in PREFIXES:
            continue
        for b in range(a + 2, n - 1):
            if not (is_part(w[a:b]) and is_part(w[b:])) or w[b:] in SUFFIXES:
                continue
            s = doc.part_z(w[:a]) + doc.part_z(w[a:b]) + doc.part_z(w[b:]) - 18.0
            if best is None or s > best[0]:
                best = (s, a, b)
    if best is None or best[0] < 0.0 or (whole > 0.0 and best[0] < whole + MARGIN):
        return []
    s, a, b = best
    strong = s >= STRONG_S and any(p in FUNC for p in (w[:a], w[a:b], w[b:]))
    return [(a, s, strong), (b, s, strong)]


def _digit_sites(chunk: str, spaced: str, lex: Lexicon) -> _Plan:
    """in2019, 2020election, 40million, 2024Pentagon; never 1990s, 5km, COVID19, 4chan."""
    if chunk.lower() in lex.zipf_of:
        return []
    z = lex.zipf_of
    offs = []
    for m in _DIGIT_EDGE.finditer(chunk):
        k = m.start()
        if chunk[k].isdigit():                    # word, then number: "in" or a month only
            word = _RUN.findall(chunk[:k])[-1].lower()
            if word in FUNC or word in MONTHS:
                offs.append(k)
        else:                                     # number, then a word that is not a unit
            word = _RUN.match(chunk, k).group()
            lw = word.lower()
            if lw not in UNITS and z.get(lw, 0.0) >= (4.0 if word[0].isupper() else PART3_Z) \
                    and (word.islower() or word[1:].islower()):
                offs.append(k)
    out: _Plan = []
    i = spaced.find(chunk)
    while i >= 0 and offs:
        j = i + len(chunk)
        if (i == 0 or spaced[i - 1].isspace()) and (j == len(spaced) or spaced[j].isspace()):
            out.extend((i + k, 9.0, True) for k in offs)
        i = spaced.find(chunk, i + 1)
    return out


def _punct_sites(text: str, lex: Lexicon) -> _Plan:
    """Offsets where a space is missing after (or before) punctuation."""
    out: _Plan = []
    for m in _AFTER.finditer(text):
        q = _after_mark(text, m.start(), m.group())
        if q is not None:
            out.append((q, 9.0, True))
    for m in _BEFORE.finditer(text):
        q = _before_mark(text, m.start())
        if q is not None:
            out.append((q, 9.0, True))
    for m in _PLURAL_POSS.finditer(text):         # patients’reluctance (never they’re, Mas’ud)
        nxt = _RUN.match(text, m.end()).group()
        if nxt.islower() and lex.zipf_of.get(nxt, 0.0) >= PART3_Z and _word_before(text, m.start()).isalpha():
            out.append((m.end(), 9.0, True))
    return out


def _after_mark(text: str, p: int, hit: str) -> int | None:
    """Where a space is missing after punctuation hit ``hit`` at ``p``, or None."""
    mark, inner, prev = hit[0], hit[1:-1], text[p - 1] if p else " "
    if prev.isspace() or not (prev.isalnum() or prev in ")”\"’" or mark in ")”"):
        return None                               # "...", " (", ":)" and similar
    if _URLISH.search(_chunk_at(text, p)):
        return None                               # www.reuters.com, a@b.org, mailto:x
    after = p + 1 + len(inner)
    nxt = text[after:after + 2]
    if inner == "”" or mark == "”":
        return p + 1 + len(inner) if inner else p + 1
    if inner in ("'", "’", '"'):
        if mark not in ",.!?" or (_RUN.match(text, after) or _RUN.match("x", 0)).group().lower() in CLITICS:
            return None                           # U.S.'s
        if inner == '"' and text.count('"', text.rfind("\n", 0, p) + 1, p) % 2 == 0:
            return p + 1                          # radios."He's: an opening quote
        return after
    if inner == "(":
        return p + 1 if mark in ".,;:!?" and nxt[:1].isalpha() else None
    word = _word_before(text, p)
    if mark == ")":
        k = text.rfind("(", max(0, p - 12), p)
        if len(nxt) < 2 or not nxt.isalpha() or (k >= 0 and (k == 0 or text[k - 1].isspace()) and p - k <= 4):
            return None                           # (re)build, (s)he
        return after
    if mark in ",;":
        if (mark == ";" and word.isupper()) or (nxt[0].isdigit() and not (word or prev in ")”\"’")):
            return None                           # TL;DR, 1,000
        return after                              # name,affiliated  2023,citing  apps,19
    if mark == ":":
        return after if len(word) >= 2 and not nxt[0].isdigit() else None
    if len(word) > 1 and word.isupper():
        return None                               # ASP.Net; but U.S.Army, Mr.Smith are glue too
    if not word and prev.isdigit() and not text[max(0, p - 2)].isdigit():
        return None                               # a lone digit: list numbering, versions
    # security.However: only before a capitalised word; "reuters.com" and "Node.js" stay
    return after if len(nxt) == 2 and nxt[0].isupper() and nxt[1].islower() else None


def _before_mark(text: str, p: int) -> int | None:
    """Where a space is missing before an opening mark ( “ $ " at ``p``, or None."""
    mark, prev = text[p], text[p - 1] if p else " "
    nxt = text[p + 1:p + 2]
    if not prev.isalpha() and not (mark == "“" and prev in ",.;:!?" + "0123456789"):
        return None
    if mark == "(":
        # comedy(testing, Thune(S.D.); never friend(s), f(x), or code
        if not (nxt.isalnum() or nxt in "@“\"") or len(_word_before(text, p)) < 2 or \
                re.match(r"[^\W_]{1,2}\)", text[p + 1:p + 4]):
            return None
    elif mark == "$":
        if not (prev.islower() and nxt.isdigit()):
            return None                           # US$, C$, HK$ are currency codes
    elif mark == '"':
        if not nxt.isalpha() or text.count('"', text.rfind("\n", 0, p) + 1, p) % 2:
            return None                           # a closing quote: handled after it
    elif not (nxt.isalnum() or nxt in "‘'"):
        return None
    return None if _URLISH.search(_chunk_at(text, p)) else p


def _word_before(text: str, p: int) -> str:
    k = p
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:p]
