"""Repair words glued together by lost line breaks or lost spaces ("itselfat", "theGaza").

The repair must never split real words or rare names, and must cost little on clean text:
* Only words that are not known words reach any analysis (one ``split`` and one set difference).
* Orthographic signals are trusted when the parts make sense: a function word before a capital
  ("theGaza"), an acronym before a word ("USforces"), "al-" glued to the word before it
  ("Ministeral-Sudani"), punctuation or digits with no space ("security.However", "in2019").
  A camel-case token that wordfreq lists (YouTube, McDonald, DeSantis) is a name.
* Plain glue is scored with wordfreq: a split's log-probability must beat the whole token's.
  Splits with a function word ("itselfat") are *strong*. Content+content splits ("dialoguetable",
  "GolanHeights") are *weak*: in clean text they are mostly compounds or brands (byline,
  RawStory), so they are made only in a document that already shows many strong sites.
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from sitrep.model import Edit

REASON = "glued words"
KNOWN_Z = 3.0        # zipf at or above which a token is a word and never split
CASE_WHOLE_Z = 1.0   # camel/acronym tokens that wordfreq lists at all are names or brands
PART_Z = 2.5         # least zipf for a split part of 4+ letters
PART3_Z = 3.5        # 3-letter parts: wordfreq's large list holds many junk trigrams
DOC_Z = 3.0          # zipf credited to a part seen standalone in the document, or a known name
MARGIN = 1.0         # weak split: log-probability over a listed whole token's (forgo, amiss)
STRONG_S = 1.0       # strong split: at least this log-probability (zipf sum - 9) ...
STRONG_MARGIN = 1.8  # ... and this far above a listed whole token's (byline, onside stay whole)
RARE_Z = 1.5         # listed below this, a token is mostly web glue ("hesaid"): margin 0.3
WEAK_FLOOR = -1.0    # least log-probability of a content+content split ...
DOC_FLOOR = -3.0     # ... or of one whose parts both stand alone elsewhere in the document
GLUED_DENSITY = 400  # a glued document shows one strong site per this many characters ...
GLUED_MIN = 3        # ... and at least this many
FOREIGN = 0.35       # share of unknown words above which a text is not English: leave it alone

# Function words: split parts that make glue unmistakable, and the lowercase side of "theGaza".
FUNC = frozenset("""a an the of in on at to by for from with and or but as is was are were be
been being has had have that this these those its his her their our my your into onto over under
after before between against during via than near across toward towards about amid among said
says not also which who whose where when while if then so no nor both all any each every some such
will would can could should may might must did do does he she it we they you him them""".split())
TWO = frozenset("of to in on at by is it as be he we me my no so up us an or do go if am".split())
LOOKALIKE = frozenset("a an in on be for over under up out".split())   # amoral, inefficacy, forgo
# Bound morphemes that are also words: "counterdrone", "hackable" are coinages, not glue.
PREFIXES = frozenset("""over under out counter cross self non anti post pre pro mid super inter
multi semi sub up down off back fore mis dis co bio eco geo neo micro mega mini ultra hyper
cyber tele trans extra pseudo quasi""".split())
SUFFIXES = frozenset("""able ably ability less ness ship ships hood like wide ward wards fold man
men ism isms ist ists ize ise ized ised ing ers ment ments ation ity ful proof worthy wise free
""".split())
UNITS = frozenset("""mph kph kmh khz mhz ghz kwh mwh gwh mah yrs hrs min mins sec secs lbs pts
bps gbps mbps kbps fps rpm ppm ppb mln bln sqm sqft million billion trillion""".split())
MONTHS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# Words that stand before numbers ("in2019", "nearly150"); "covid19", "web3" are names.
BEFORE_NUMBERS = FUNC | MONTHS | frozenset("""about around nearly almost since until including just
only least than more less per page""".split())
CLITICS = ("ll", "re", "ve", "s", "t", "d", "m")
CLITIC_HOSTS = {"t": "n", "m": "i"}   # don’tknow, I’mfine; 'll 're 've 'd follow pronouns

# Site kinds. Strong sites are always made; weak ones only in a document shown to be glued.
WEAK, STRONG, START_ONLY, START_STRONG = 0, 1, 2, 3   # 2: dropped, 3: weak, unless a sentence starts

_RUN = re.compile(r"[^\W\d_]+")
_SPLIT_AT = ",.;:!?\"()“”‘’'-—–[]/"
_ACRONYM_HEAD = re.compile(r"[A-Z]{2,}(?=[a-z])")
_WORD_NUMBER = re.compile(r"([^\W\d_]{2,})\d+(?:s|st|nd|rd|th)?")   # in2019, the1990s, the14th
_NUMBER_WORD = re.compile(r"[$£€]?\d+%?([^\W\d_]{3,})")        # 2020election
_AFTER = re.compile(r"[,;:.?!)”]['’\"”(‘“]?[^\W_$£€]")         # punctuation, then a letter or digit
_BEFORE = re.compile(r"[(“‘$£€\"]")                            # opening marks
_CLITIC = re.compile(r"['’](?:ll|re|ve|[stdm])(?=[a-z])")
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

            zipf = {w: math.log10(f) + 9.0 for w, f in wordfreq.get_frequency_dict("en", "large").items()}
            # Web text glues "of the" often enough for wordfreq to list "ofthe": not a word.
            glue = {a + b for a in FUNC for b in FUNC if a != b and a + b in zipf
                    and zipf[a] + zipf[b] - 9.0 >= zipf[a + b] + 2.5}
            known = frozenset(w for w, z in zipf.items() if z >= KNOWN_Z and w not in glue)
            plain = known | {w.capitalize() for w in known} | {str(n) for n in range(10000)}
            parts = frozenset(w for w, z in zipf.items()
                              if len(w) >= 3 and z >= (PART3_Z if len(w) == 3 else PART_Z))
            lex = cls(zipf, known, plain, parts | TWO, frozenset())
            lex = _CACHE["default"] = lex.with_names(wordlist("lexicon_extra.txt"))
        return lex

    def with_names(self, names: Iterable[str]) -> "Lexicon":
        """A lexicon that also knows ``names`` (actors, places); each word of a name counts.

        Builds new sets (~2 ms for 1,000 names): make it once per run, not per document."""
        extra: set[str] = set()
        for name in names:
            low = name.strip().lower()
            extra.update(p for p in _RUN.findall(low) if len(p) >= 3)
            if len(low) >= 3 and not any(c.isspace() for c in low):
                extra.add(low)                # whole single tokens too ("youtube", "chatgpt")
        extra -= self.extra
        if not extra:
            return self
        return Lexicon(self.zipf_of, self.known, self.plain, self.parts | extra, self.extra | extra)

    def is_word(self, token: str) -> bool:
        w = token.lower()
        return w in self.known or w in self.extra


_CACHE: dict[str, Lexicon] = {}


class _Doc:
    """One document: its text, its words as written, and the rare ones (names like Fartousi)."""

    __slots__ = ("text", "lex", "words", "rare")

    def __init__(self, text: str, lex: Lexicon, words: set[str], rare: set[str]):
        self.text, self.lex, self.words, self.rare = text, lex, words, rare

    def is_part(self, p: str) -> bool:
        return p in self.lex.parts or (len(p) >= 3 and p in self.rare)

    def part_z(self, p: str) -> float:
        """Zipf credited to ``p`` (which passed is_part) as one part of a split."""
        z = self.lex.zipf_of.get(p, 0.0)
        return max(z, DOC_Z) if len(p) >= 3 and (p in self.rare or p in self.lex.extra) else z


# Split points of one token, or sites in a document: (offset, kind)
_Plan = list[tuple[int, int]]


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
    words = set(spaced.split())
    rare: set[str] = set()
    sites: _Plan = []
    known = _token_cache(lex)
    unknown = list(words.difference(lex.plain))
    infos = list(map(known.get, unknown))
    for i, info in enumerate(infos):
        if info is None:
            if len(known) >= _TOKEN_CACHE_SIZE:
                known.clear()
            info = infos[i] = known[unknown[i]] = _token_info(unknown[i], lex)
        if info[0]:
            sites.extend(_digit_sites(unknown[i], text, spaced, lex))
    rare.update(*[info[1] for info in infos])
    cands = list(chain.from_iterable([info[2] for info in infos]))
    if len(words) >= 100 and len(rare) > FOREIGN * len(words):
        return [[] for _ in lines]            # wordfreq's English list cannot judge these words
    doc = _Doc(text, lex, words, rare)
    # First only what can give strong sites; the rest waits until the document proves glued.
    # name-like words give weak splits at most (the order of sites does not matter)
    deferred: list[tuple[str, str, _Plan | None, bool]] = [(orig, w, None, True) for orig, w, name_like in cands
                                                           if name_like]
    for orig, w, name_like in cands:
        if name_like:
            continue
        plan, unique, complete = _plan(orig, w, doc, quick=True)
        if any(kind != WEAK for _, kind in plan) or (w[-2:] in ("al", "el") and (w[:-2] in lex.known or w[:-2] in rare)):
            sites.extend(_place(orig, w, plan, unique, doc, strong_only=True))
        if not complete or any(kind in (WEAK, START_STRONG) for _, kind in plan):
            deferred.append((orig, w, plan if complete else None, unique))
    sites.extend(_punct_sites(text, lex))
    if deferred and sum(1 for _, kind in sites if kind) >= max(GLUED_MIN, len(text) // GLUED_DENSITY):
        for orig, w, plan, unique in deferred:
            plan = _plan(orig, w, doc, quick=False)[0] if plan is None else plan
            sites.extend(_place(orig, w, plan, unique, doc, strong_only=False))
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out: list[list[Edit]] = [[] for _ in lines]
    for p in sorted({p for p, _ in sites}):
        li = bisect.bisect_right(starts, p) - 1
        out[li].append(Edit(start=p - starts[li], end=p - starts[li], replacement=" ", reason=REASON))
    return out


# What a token is, whatever the document: names and odd tokens recur across a corpus, so this
# is computed once per process and lexicon (a bounded cache, cleared when full).
_TokenInfo = tuple[bool, tuple[str, ...], tuple[tuple[str, str, bool], ...]]
_TOKEN_CACHE_SIZE = 200_000
_TOKEN_CACHES: dict[Lexicon, dict[str, _TokenInfo]] = {}


def _token_cache(lex: Lexicon) -> dict[str, _TokenInfo]:
    cache = _TOKEN_CACHES.get(lex)
    if cache is None:
        if len(_TOKEN_CACHES) >= 4:           # lexicons are made once per run; keep a few
            _TOKEN_CACHES.clear()
        cache = _TOKEN_CACHES[lex] = {}
    return cache


def _token_info(c: str, lex: Lexicon) -> _TokenInfo:
    """For an unknown token: whether it may hold digit glue (in2019), its letter runs not known
    as words (lower-cased), and the runs to analyse as (run, lower-cased, name-like)."""
    runs = [c] if c.isalpha() else _RUN.findall(c)
    digits = bool(runs) and runs[0] != c and (c[0].isalnum() or c[0] in "$£€") and any(ch.isdigit() for ch in c)
    rare: list[str] = []
    cands: list[tuple[str, str, bool]] = []
    for r in runs:
        w = r.lower()
        if len(r) >= 3 and w not in lex.known:
            rare.append(w)
            if len(r) >= 4 and w not in lex.extra and not r.isupper():
                name_like = r[0].isupper() and r[1:].islower() and r[0] not in "IA" and w[-2:] not in ("al", "el") \
                    and w[:2] not in FUNC and w[:3] not in FUNC and w[:4] not in FUNC and w[:5] not in FUNC
                cands.append((r, w, name_like))
    return digits, tuple(rare), tuple(cands)


def _plan(orig: str, w: str, doc: _Doc, quick: bool) -> tuple[_Plan, bool, bool]:
    """Context-free split points of one token; whether weak ones need the token to occur once;
    whether the plan is complete (``quick`` skips the searches that can only give weak sites)."""
    if len(w) < 5 and orig[0].isupper():
        return [], False, True
    if orig[1:].islower():
        plan, complete = _lexical_split(orig, w, doc, quick)
        return plan, orig[0].isupper(), complete
    return _case_split(orig, w, doc), True, True  # a camel-case token seen twice is a brand


def _place(orig: str, w: str, plan: _Plan, unique: bool, doc: _Doc, strong_only: bool) -> _Plan:
    """Document offsets of the split points, checked against each occurrence's surroundings."""
    text = doc.text
    hits = list(_occurrences(text, orig))
    out: _Plan = []
    for i in hits:
        j = i + len(orig)
        before, after = text[i - 1] if i else "\n", text[j] if j < len(text) else "\n"
        # Digits, handles, hashtags, snake_case, paths and URLs are not prose; a word alone on its
        # line is a name or a label; "fallin’" drops a g.
        if before.isdigit() or after.isdigit() or before in "#@_/\\." or after in "_@/\\" or \
                before == after == "\n" or (after in "'’" and w.endswith("in")) or \
                (after in ".:" and _URLISH.search(_chunk_at(text, i))):
            continue
        local = plan
        if after == "-" and w[-2:] in ("al", "el") and text[j + 1:j + 2].isupper():
            local = _particle(w, doc) or plan
        start = None
        for off, kind in local:
            if kind >= START_ONLY:
                start = _sentence_start(text, i) if start is None else start
                kind = STRONG if start else (WEAK if kind == START_STRONG else -1)
            if kind == WEAK and strong_only or (unique and len(hits) > 1 and (
                    kind == WEAK or orig[0].isupper() and orig[:off] != "I")):
                continue                          # weak: only in glued docs; never names seen twice
            if kind >= 0:
                out.append((i + off, kind))
    return out


def _sentence_start(text: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and text[k] in " \"“‘'(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:"


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
    a, b = i, i
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b]


def _particle(w: str, doc: _Doc) -> _Plan:
    """Ministeral-Sudani: the Arabic article "al-"/"el-" glued to the word before it."""
    base = w[:-2]
    if len(base) < 3 or w in doc.lex.zipf_of or w in doc.lex.extra:
        return []                                 # Nepal-India, Abdel-Fattah
    ok = doc.lex.zipf_of.get(base, 0.0) >= DOC_Z or base in doc.rare or base in doc.lex.extra
    return [(len(base), STRONG)] if ok else []


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
        if len(r) >= 3 and z.get((r[-1] + tail).lower(), 0.0) >= max(KNOWN_Z, z.get(tail.lower(), 0.0)):
            start = len(r) - 1                    # USPresident: "US President", not "USP resident"
            out.append((start, WEAK))             # weak: brands look the same (CNNMoney)
        elif tail.islower() and len(tail) >= 3 and tail not in SUFFIXES and z.get(tail, 0.0) >= KNOWN_Z:
            return [(len(r), STRONG)]             # USforces (never CEOs, MHz)
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
            out.append((k, STRONG))               # theGaza: a function word before a capital
        elif right == "I" and ll in FUNC:
            out.append((k, STRONG))               # whenI
        elif right.isupper() or len(left) < 3 or len(right) < 3:
            continue                              # ChatGPT, macOS, McDonald, iPhone
        elif doc.is_part(ll) and (doc.is_part(rl) or z.get(ll, 0.0) >= KNOWN_Z):
            out.append((k, WEAK))                 # GolanHeights, PresidentVolodymyr; RawStory too
    return out


def _lexical_split(orig: str, w: str, doc: _Doc, quick: bool) -> tuple[_Plan, bool]:
    """itselfat, Iraqiarmed, Isent: the best two-way split into known words."""
    n, cap, z = len(w), orig[0].isupper(), doc.lex.zipf_of
    whole = z.get(w, 0.0)
    best: tuple[float, int] | None = None
    # "Isent", "afew", "astrategic": only the words I and a, before a common word
    if ((orig[0] == "I" and n >= 5) or orig[0] in "aA") and z.get(w[1:], 0.0) >= KNOWN_Z:
        best = (z[w[0]] + z[w[1:]] - 9.0, 1)
    # Most unknown words are capitalised names; their only strong splits hold a function word,
    # so the quick pass looks at nothing else.
    names = quick and cap
    parts, rare = doc.lex.parts, doc.rare        # doc.is_part, inlined: this is the hot loop
    for k in range(2, n - 1):
        left = w[:k]
        if left not in parts and (k < 3 or left not in rare):
            continue
        right = w[k:]
        if (right not in parts and right not in rare) or (names and left not in FUNC and right not in FUNC):
            continue
        if (left in PREFIXES and right not in FUNC) or (right in SUFFIXES and left not in FUNC):
            continue
        if cap and (k < 3 or (k == 3 and z.get(left, 0.0) >= PART3_Z)) and left not in FUNC:
            continue                              # Redford: a name, not "Red ford"
        s = doc.part_z(left) + doc.part_z(right) - 9.0
        if best is None or s > best[0]:
            best = (s, k)
    if best is None:
        return [], not names
    s, k = best
    left, right = w[:k], w[k:]
    alone = all(p in doc.words or p.capitalize() in doc.words for p in (left, right))
    # wordfreq lists words down to zipf 1: an unlisted token has no probability to beat
    lo = whole < RARE_Z
    if s < (DOC_FLOOR if alone else WEAK_FLOOR) or (whole > 0.0 and s < whole + (0.3 if lo else MARGIN)):
        return [], not names
    need = 2 * STRONG_S if k == 1 else 1.5 * STRONG_S if cap else STRONG_S   # atremble, Ameris
    # Web glue ("shebelieves") ends in a content word; furin, Ameris end in a function word, and
    # a-, in-, be-, for- are also prefixes (amoral, inefficacy, belabor, forgo).
    strong = (k == 1 or left in FUNC or right in FUNC) and s >= need and \
        s >= whole + (0.3 if lo and left in FUNC and left not in LOOKALIKE else STRONG_MARGIN)
    if cap and (k == 1 and orig[0] == "A" or k > 1 and (k < 3 or left in FUNC)):
        # Inman, Hisham, Forman are names; "Hisefforts", "Astrategic" where a sentence starts
        return ([(k, START_ONLY)] if strong else []), not names
    return [(k, (START_STRONG if cap and k > 1 else STRONG) if strong else WEAK)], not names


def _digit_sites(chunk: str, text: str, spaced: str, lex: Lexicon) -> _Plan:
    """in2019, 2020election, 24abstentions; never 1990s, 5km, COVID19, A10, my6sense, 4Motion."""
    if lex.zipf_of.get(chunk.lower(), 0.0) >= 2.0:
        return []                                 # 4chan, 7eleven
    k = -1
    m = _WORD_NUMBER.fullmatch(chunk)
    if m and m.group(1).lower() in BEFORE_NUMBERS and (m.group(1).islower() or m.group(1)[1:].islower()):
        k = m.end(1)
    m = _NUMBER_WORD.fullmatch(chunk)
    # "£38million" is a house style, "4Motion", "3Com" are brands
    if m and m.group(1).islower() and m.group(1) not in UNITS and m.group(1) not in SUFFIXES \
            and lex.zipf_of.get(m.group(1), 0.0) >= KNOWN_Z:
        k = m.start(1)
    out: _Plan = []
    i = spaced.find(chunk)
    while i >= 0 and k > 0:
        j = i + len(chunk)
        if (i == 0 or spaced[i - 1].isspace()) and (j == len(spaced) or spaced[j].isspace()) \
                and not _URLISH.search(_chunk_at(text, i)):
            out.append((i + k, STRONG))
        i = spaced.find(chunk, i + 1)
    return out


def _punct_sites(text: str, lex: Lexicon) -> _Plan:
    """Offsets where a space is missing after (or before) punctuation, or after a clitic."""
    out: _Plan = []
    for m in _AFTER.finditer(text):
        q = _after_mark(text, m.start(), m.group())
        if q is not None:
            out.append((q, STRONG))
    for m in _BEFORE.finditer(text):
        q = _before_mark(text, m.start())
        if q is not None:
            out.append((q, STRONG))
    z = lex.zipf_of
    for m in _CLITIC.finditer(text):              # Iraq’sgovernment, don’tknow, it’sin
        t, host = m.group()[1:], _word_before(text, m.start()).lower()
        run = _RUN.match(text, m.start() + 1).group()
        rest = run[len(t):]
        if not host or not run.islower() or (CLITIC_HOSTS[t] not in host[-1:] if t in CLITIC_HOSTS else
                                             t != "s" and host not in FUNC and host not in ("i", "there")):
            continue                              # Ma’dan, Mu’tasim, O’Malley
        if (rest in TWO or (len(rest) >= 3 and rest in lex.parts)) and z.get(run, 0.0) < z.get(rest, 0.0) - 1.0:
            out.append((m.end(), STRONG))
    return out


def _after_mark(text: str, p: int, hit: str) -> int | None:
    """Where a space is missing after punctuation hit ``hit`` at ``p``, or None."""
    mark, inner, prev = hit[0], hit[1:-1], text[p - 1] if p else " "
    if prev.isspace() or not (prev.isalnum() or prev in ")”\"’" or mark in ")”") or \
            _URLISH.search(_chunk_at(text, p)):
        return None                               # "...", " (", ":)", www.reuters.com, a@b.org
    after = p + 1 + len(inner)
    nxt = text[after:after + 2]
    m = _RUN.match(text, after)
    nxt_run = m.group() if m else ""
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
    word = _word_before(text, p)
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
    return after if len(nxt) == 2 and nxt[0].isupper() and nxt[1].islower() else None


def _before_mark(text: str, p: int) -> int | None:
    """Where a space is missing before an opening mark ( “ ‘ $ " at ``p``, or None."""
    mark, prev, nxt = text[p], text[p - 1] if p else " ", text[p + 1:p + 2]
    if not (prev.isalpha() or (mark in "“‘" and (prev.isdigit() or prev in ",.;:!?")) or (mark == '"' and prev.isdigit())):
        return None
    if mark == "(":
        # comedy(testing, Thune(S.D.); never friend(s), f(x)
        if not (nxt.isalnum() or nxt in "@“\"") or len(_word_before(text, p)) < 2 or \
                re.match(r"[^\W_]{1,2}\)", text[p + 1:p + 4]):
            return None
    elif mark in "$£€":
        if not (prev.islower() and nxt.isdigit()):
            return None                           # US$, C$, HK$ are currency codes
    elif mark == '"':
        if not nxt.isalpha():
            return None
        if text.count('"', text.rfind("\n", 0, p) + 1, p) % 2:
            return None if prev.isdigit() else p + 1   # a closing quote: the space goes after it
    elif not nxt.isalnum() or (mark == "‘" and (text[p + 1:p + 3] == "n’" or
                                               _RUN.match(text, p + 1).group() in CLITICS)):
        return None                               # rock‘n’roll, Biden‘s
    return None if _URLISH.search(_chunk_at(text, p)) else p


def _word_before(text: str, p: int) -> str:
    k = p
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:p]
