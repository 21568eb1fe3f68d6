"""Where one unknown token may be split: the rules for glued words, context-free.

* Orthographic signals are trusted when the parts make sense: a function word before a capital
  ("theGaza"), an acronym before a word ("USforces"), "al-" glued to the word before it
  ("Ministeral-Sudani"), digits with no space ("in2019", "2020election").
  A camel-case token that wordfreq lists (YouTube, McDonald, DeSantis) is a name.
* Plain glue is scored with wordfreq: a split's log-probability must beat the whole token's.
  Splits with a function word ("itselfat") are *strong*. Content+content splits ("dialoguetable",
  "GolanHeights") are *weak*: in clean text they are mostly compounds or brands (byline,
  RawStory), so they are made only in a document that already shows many strong sites.

A plan depends on the document only through which strings stand alone in it (``Doc.rare``,
``Doc.words``); ``plan_of`` remembers each token's plan with the membership answers it used, and
reuses it in any document that gives the same answers (the same plan, at a few set operations).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.clean.glue_calendar import CALENDAR_WORDS, calendar_split
from sitrep.clean.lexicon import FUNC, KNOWN_Z, PART_Z, PART3_Z, RUN, Lexicon, PerLexicon, misjoins
from sitrep.clean.glue_weak_splits import (LOOKALIKE, acronym_after, camel_weak, capital_tail, capital_tail_token, function_edge, function_pair_split, given_head, lone_camel,
                                           lone_content, particle_noun, participle_tail, proper_adjective_floor, title_name, written_apart)

CASE_WHOLE_Z = 1.0   # camel/acronym tokens that wordfreq lists at all are names or brands
DOC_Z = 3.0          # zipf credited to a part seen standalone in the document, or a known name
MARGIN = 1.0         # weak split: log-probability over a listed whole token's (forgo, amiss)
STRONG_S = 1.0       # strong split: at least this log-probability (zipf sum - 9) ...
STRONG_MARGIN = 1.8  # ... and this far above a listed whole token's (byline, onside stay whole)
RARE_Z = 1.5         # listed below this, a token is mostly web glue ("hesaid"): margin 0.3
WEAK_FLOOR = -1.0    # least log-probability of a content+content split ...
DOC_FLOOR = -3.0     # ... or of one whose parts both stand alone elsewhere in the document
UNLISTED_FLOOR = -2.0  # ... or of a lower-case token that wordfreq does not list

# Bound morphemes that are also words: "counterdrone", "hackable" are coinages, not glue.
PREFIXES = frozenset("""over under out counter cross self non anti post pre pro mid super inter
multi semi sub up down off back fore mis dis co bio eco geo neo micro mega mini ultra hyper nano
cyber tele trans extra pseudo quasi psycho electro""".split())
SUFFIXES = frozenset("""able ably ability less ness ship ships hood like wide ward wards fold man
men woman women ism isms ist ists ize ise ized ised ing ers ment ments ation ity ful proof worthy
wise free ally long mania""".split())
# two-letter function words glued after an acronym ("CEOof", "AIis"); no acronym's plural or
# lower-case ending is one (CEOs, PhDs, GmbH, OKed)
ACRONYM_TAILS = frozenset({"of", "in", "on", "at", "by", "is", "to", "as"})

# Site kinds. Strong sites are always made; weak ones only in a document shown to be glued.
WEAK, STRONG, START_ONLY, START_STRONG = 0, 1, 2, 3   # 2: dropped, 3: weak, unless a sentence starts
LONE = 4   # made in any document, its shape alone vouching for it ("heavyweapons"); no proof of glue
Plan = list[tuple[int, int]]          # split points of one token, or sites in a document: (offset, kind)

_MISJOINS = misjoins()
# two-letter function words glued after a capitalised word that no name is seen to end in; names
# end in the others ("Archivaldo", "Mikano", "Alonso", "Kagame")
_NAME_NEVER_ENDS = frozenset({"of", "to", "by", "in", "on", "at", "is"})
_ACRONYM_HEAD = re.compile(r"[A-Z]{2,}(?=[a-z])")


class Doc:
    """One document: its text, its words as written, and the rare ones (names like Fartousi)."""

    __slots__ = ("text", "lex", "words", "rare")

    def __init__(self, text: str, lex: Lexicon, words, rare):
        self.text, self.lex, self.words, self.rare = text, lex, words, rare

    def is_part(self, p: str) -> bool:
        return p in self.lex.parts or (len(p) >= 3 and p in self.rare)

    def part_z(self, p: str) -> float:
        """Zipf credited to ``p`` (which passed is_part) as one part of a split."""
        z = self.lex.zipf_of.get(p, 0.0)
        return max(z, DOC_Z) if len(p) >= 3 and (p in self.rare or p in self.lex.extra) else z


# ----------------------------------------------------------------------------- tokens

DIGITS, QUICK, NAMES, CALENDAR = 1, 2, 4, 8   # digit glue, runs to analyse, names, "Fridaythat"
# (letter runs not known as words (lower-cased), DIGITS|QUICK|NAMES bits, runs analysed at once
# as (run, lower-cased, base before a final "al"/"el" or None, ``fixed_plan``), name-like runs
# (run, lower-cased))
TokenInfo = tuple[tuple[str, ...], int, tuple[tuple[str, str, str | None, "Fixed | None"], ...],
                  tuple[tuple[str, str], ...]]
Fixed = tuple[tuple[tuple[int, int], ...], bool, bool]


class TokenBook:
    """What each unknown token seen so far is (names and odd tokens recur across a corpus):
    one dict lookup per unknown token of a document, instead of analysing it again."""

    # tokens remembered before the book starts afresh: a corpus's names keep coming, so a larger book grows the memory
    SIZE = 50_000

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.of: dict[str, TokenInfo] = {}

    def infos(self, tokens: list[str]) -> list[TokenInfo]:
        """The record of each of ``tokens``, made for those not seen before."""
        infos = list(map(self.of.get, tokens))
        if None in infos:
            if len(self.of) >= self.SIZE:
                self.of.clear()
            for i, info in enumerate(infos):
                if info is None:
                    infos[i] = self.of[tokens[i]] = token_info(tokens[i], self.lex)
        return infos


_BOOKS: dict[Lexicon, TokenBook] = {}


def token_book(lex: Lexicon) -> TokenBook:
    book = _BOOKS.get(lex)
    if book is None:
        if len(_BOOKS) >= 4:                # lexicons are made once per run; keep a few
            _BOOKS.clear()
        book = _BOOKS[lex] = TokenBook(lex)
    return book


_NOTHING: TokenInfo = ((), 0, (), ())


def token_info(c: str, lex: Lexicon) -> TokenInfo:
    """What an unknown token is, whatever the document."""
    if c.isalpha():                       # most unknown tokens: one letter run, often a name
        w = c.lower()
        if len(c) < 3 or w in lex.known:
            return _NOTHING
        if len(c) < 4 or w in lex.extra or c.isupper():
            return (w,), 0, (), ()
        if w.startswith(CALENDAR_WORDS) and calendar_split(c):     # most tokens: no call
            return (w,), CALENDAR, (), ()
        if _name_like(c, w) and not capital_tail_token(w, lex.zipf_of):   # "Vegasand": no name
            return (w,), NAMES, (), ((c, w),)
        return (w,), QUICK, ((c, w, w[:-2] if w[-2:] in ("al", "el") else None, fixed_plan(c, w, lex)),), ()
    runs = RUN.findall(c)
    digits = bool(runs) and runs[0] != c and (c[0].isalnum() or c[0] in "$£€") and any(ch.isdigit() for ch in c)
    rare: list[str] = []
    quick: list[tuple[str, str, str | None]] = []
    names: list[tuple[str, str]] = []
    for r in runs:
        w = r.lower()
        if len(r) >= 3 and w not in lex.known:
            rare.append(w)
            if len(r) >= 4 and w not in lex.extra and not r.isupper():
                if _name_like(r, w) and not capital_tail_token(w, lex.zipf_of):
                    names.append((r, w))
                else:
                    quick.append((r, w, w[:-2] if w[-2:] in ("al", "el") else None, fixed_plan(r, w, lex)))
    kind = (DIGITS if digits else 0) | (QUICK if quick else 0) | (NAMES if names else 0)
    return tuple(rare), kind, tuple(quick), tuple(names)


def fixed_plan(orig: str, w: str, lex: Lexicon) -> Fixed | None:
    """``plan(orig, w, doc, quick=True)`` when no document can change it, else None: a
    capitalised run with no function word at any split point ("Zhelbal", "Amira") has no split
    a quick pass may make, whatever the document's words; its record spares a memo check."""
    if len(w) < 5 and orig[0].isupper():
        return (), False, True
    if not (orig[0].isupper() and orig[1:].islower()):
        return None
    n, z = len(w), lex.zipf_of
    if ((orig[0] == "I" and n >= 5) or orig[0] in "aA") and z.get(w[1:], 0.0) >= KNOWN_Z:
        return None
    # ``_lexical_split``'s context-free tests (names=True): a split needs a function word
    for k in range(2, n - 1):
        left, right = w[:k], w[k:]
        lf, rf = left in FUNC, right in FUNC
        if not (lf or rf) or (left in PREFIXES and not rf) or (right in SUFFIXES and not lf):
            continue
        if not lf and (k < 3 or (k == 3 and z.get(left, 0.0) >= PART3_Z)):
            continue
        return None
    return (), True, False


def _name_like(r: str, w: str) -> bool:
    """A capitalised run that starts with no function word: it gives weak splits at most, so it
    waits until a document is shown to be glued."""
    return r[0].isupper() and r[1:].islower() and r[0] not in "IA" and w[-2:] not in ("al", "el") \
        and w[:2] not in FUNC and w[:3] not in FUNC and w[:4] not in FUNC and w[:5] not in FUNC


# ----------------------------------------------------------------------------- plans, remembered


class _Probe:
    """A set whose membership tests are recorded: what a remembered plan depended on."""

    __slots__ = ("items", "hits", "misses")

    def __init__(self, items) -> None:
        self.items, self.hits, self.misses = items, set(), set()

    def __contains__(self, x: str) -> bool:
        if x in self.items:
            self.hits.add(x)
            return True
        self.misses.add(x)
        return False


# (plan, unique, complete, rare hits, rare misses, word hits, word misses): tuples of strings,
# which the garbage collector stops tracking (a corpus leaves tens of thousands of them)
_Memo = tuple[tuple[tuple[int, int], ...], bool, bool, tuple[str, ...], tuple[str, ...], tuple[str, ...],
              tuple[str, ...]]
_ONCE: _Memo = ((), False, False, (), (), (), ())            # a token seen once: no plan kept
PLANS = PerLexicon(50_000)


def plan_of(orig: str, w: str, doc: Doc, quick: bool, memo: dict) -> tuple[Sequence[tuple[int, int]], bool, bool]:
    """``plan`` below, for the same token in another document at the cost of a few set tests
    (``memo``: ``PLANS.get(doc.lex)``). A token seen once is not remembered: most never recur."""
    key = (orig, quick)
    m: _Memo | None = memo.get(key)
    if m is None:
        memo[key] = _ONCE
        return plan(orig, w, doc, quick)
    if m is not _ONCE and doc.rare.issuperset(m[3]) and doc.rare.isdisjoint(m[4]) \
            and doc.words.issuperset(m[5]) and doc.words.isdisjoint(m[6]):
        return m[0], m[1], m[2]
    words = _Probe(doc.words)              # a split tests at most its two parts, as written or capitalised
    if orig[1:].islower():
        # a plain split looks up only the token's prefixes and suffixes in the rare words: a set
        # operation finds which are there, instead of recording each test
        plan_, unique, complete = plan(orig, w, Doc(doc.text, doc.lex, words, doc.rare), quick)
        keys = _rare_keys(w)
        rare_hits = keys.intersection(doc.rare)
        rare_misses = keys - rare_hits
    else:
        rare = _Probe(doc.rare)
        plan_, unique, complete = plan(orig, w, Doc(doc.text, doc.lex, words, rare), quick)
        rare_hits, rare_misses = rare.hits, rare.misses
    memo[key] = m = (tuple(plan_), unique, complete, tuple(rare_hits), tuple(rare_misses),
                     tuple(words.hits), tuple(words.misses))
    return m[0], unique, complete


def _rare_keys(w: str) -> frozenset[str]:
    """What ``_lexical_split`` may look up in ``Doc.rare``: the token's prefixes and suffixes of
    three letters or more (the rare words are no shorter)."""
    return frozenset([w[:k] for k in range(3, len(w))] + [w[k:] for k in range(1, len(w) - 2)])


def plan(orig: str, w: str, doc: Doc, quick: bool) -> tuple[Plan, bool, bool]:
    """Context-free split points of one token; whether weak ones need the token to occur once;
    whether the plan is complete (``quick`` skips the searches that can only give weak sites)."""
    if len(w) < 5 and orig[0].isupper():
        return [], False, True
    if orig[1:].islower():
        three = function_pair_split(orig, doc.lex.zipf_of)      # "from|the|school": three words
        plan_, complete = ([(k, LONE) for k in three], True) if three else _lexical_split(orig, w, doc, quick)
        return plan_, orig[0].isupper(), complete
    plan_ = _case_split(orig, w, doc)
    # a camel-case token seen twice is a brand, unless its parts stand apart in the text ("ElFasher")
    return plan_, not (plan_ and plan_[0][0] == 2 and orig[:2] in doc.words), True


def particle(w: str, doc: Doc) -> Plan:
    """Ministeral-Sudani: the Arabic article "al-"/"el-" glued to the word before it."""
    base = w[:-2]
    if len(base) < 3 or w in doc.lex.zipf_of or w in doc.lex.extra:
        return []                                 # Nepal-India, Abdel-Fattah
    ok = doc.lex.zipf_of.get(base, 0.0) >= DOC_Z or base in doc.rare or base in doc.lex.extra
    return [(len(base), STRONG)] if ok else []


def _case_split(orig: str, w: str, doc: Doc) -> Plan:
    """theGaza, GolanHeights, USforces, USPresident; never YouTube, McDonald, iPhone."""
    z = doc.lex.zipf_of
    if z.get(w, 0.0) >= CASE_WHOLE_Z or w in doc.lex.extra:
        k = written_apart(orig, doc.words)
        return [(k, WEAK)] if k else []
    out: Plan = []
    start = 0
    m = _ACRONYM_HEAD.match(orig)
    if m:                                         # an acronym glued to a word
        r, tail = m.group(), orig[m.end():]
        if len(r) >= 3 and z.get((r[-1] + tail).lower(), 0.0) >= max(KNOWN_Z, z.get(tail.lower(), 0.0)):
            start = len(r) - 1                    # USPresident: "US President", not "USP resident"
            out.append((start, WEAK))             # weak: brands look the same (CNNMoney)
        elif tail.islower() and (len(tail) >= 3 and tail not in SUFFIXES and z.get(tail, 0.0) >= KNOWN_Z
                                 or tail in ACRONYM_TAILS):
            return [(len(r), STRONG)]             # USforces, CEOof (never CEOs, MHz)
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
        elif n == 1 and len(left) == 2 and left[0].isupper() and len(right) >= 3 and right[1:].islower() \
                and left in doc.words and right in doc.words:
            out.append((k, STRONG))               # ElFasher, where the text also writes "El" and "Fasher"
        elif right == "I" and ll in FUNC:
            out.append((k, STRONG))               # whenI
        elif right.isupper() and n == 1 and len(bounds) == 1 and acronym_after(left, right, z):
            out.append((k, LONE))                 # ownedNTV, formerTV: a common word before capitals
        elif n == 1 and len(bounds) == 1 and given_head(left, right):
            out.append((k, LONE))                 # MatthewWale: a given name glued to the surname
        elif camel_weak(left, right, z):
            out.append((k, WEAK))                 # localTV, AdhanomGhebreyesus (glue_weak_splits)
        elif right.isupper() or len(left) < 3 or len(right) < 3:
            continue                              # ChatGPT, macOS, McDonald, iPhone
        elif n == 1 and len(bounds) == 1 and lone_camel(left, right, z, doc.words, doc.rare):
            out.append((k, LONE))                 # northernBenin: no brand starts with a common word
        elif n == 1 and len(bounds) == 1 and title_name(left, right, z, doc.words):
            out.append((k, LONE))                 # PresidentGotabaya: nor with an office title
        elif doc.is_part(ll) and (doc.is_part(rl) or z.get(ll, 0.0) >= KNOWN_Z):
            out.append((k, WEAK))                 # GolanHeights, PresidentVolodymyr; RawStory too
    return out


def _lexical_split(orig: str, w: str, doc: Doc, quick: bool) -> tuple[Plan, bool]:
    """itselfat, Iraqiarmed, Isent: the best two-way split into known words."""
    n, cap, z = len(w), orig[0].isupper(), doc.lex.zipf_of
    # a web misjoin ("atleast") is listed, but no word: it has no probability to beat
    whole = 0.0 if w in _MISJOINS else z.get(w, 0.0)
    best: tuple[float, int] | None = None
    # "Isent", "afew", "astrategic": only the words I and a, before a common word
    if ((orig[0] == "I" and n >= 5) or orig[0] in "aA") and z.get(w[1:], 0.0) >= KNOWN_Z:
        best = (z[w[0]] + z[w[1:]] - 9.0, 1)
    elif orig[0] == "a" and whole == 0.0 and n >= 7 and z.get(w[1:], 0.0) >= PART_Z:
        # "acommunique": the article before a rarer noun; an unlisted token, so no word is lost,
        # and the score keeps it weak (made only in a document shown to be glued)
        best = (z["a"] + z[w[1:]] - 9.0, 1)
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
        if (left in PREFIXES and right not in FUNC and not particle_noun(left, right, whole)) or (
                right in SUFFIXES and left not in FUNC and not participle_tail(left, right)):
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
    # a lower-case token wordfreq does not list at all is glue or a typo, not a rare compound:
    # two plain words ("sweepingsanctions") need less probability than a listed token's rivals
    floor = DOC_FLOOR if alone else UNLISTED_FLOOR if whole == 0.0 and (
        not cap or proper_adjective_floor(orig, k, whole, doc.words, z)) else WEAK_FLOOR
    if s < floor or (whole > 0.0 and s < whole + (0.3 if lo else MARGIN)):
        if not cap and whole == 0.0 and lone_content(left, right, s, z):
            return [(k, LONE)], not names     # stungrenades: rarer words, but both common enough
        return [], not names
    need = 2 * STRONG_S if k == 1 else 1.5 * STRONG_S if cap else STRONG_S   # atremble, Ameris
    # Web glue ("shebelieves") ends in a content word; furin, Ameris end in a function word, and
    # a-, in-, be-, for- are also prefixes (amoral, inefficacy, belabor, forgo).
    strong = (k == 1 or left in FUNC or right in FUNC) and s >= need and \
        s >= whole + (0.3 if lo and left in FUNC and left not in LOOKALIKE else STRONG_MARGIN) or \
        particle_noun(left, right, whole) and s >= need or \
        not cap and whole == 0.0 and function_edge(left, right, z)    # mobilizedand, asbarricades
    if cap and (k == 1 and orig[0] == "A" or k > 1 and (k < 3 or left in FUNC)):
        # Inman, Hisham, Forman are names; "Hisefforts", "Astrategic" where a sentence starts
        return ([(k, START_ONLY)] if strong else []), not names
    if not strong and not cap and whole == 0.0 and lone_content(left, right, s, z):
        return [(k, LONE)], not names         # heavyweapons: two common words, never one
    if not strong and cap and len(right) == 2 and right not in _NAME_NEVER_ENDS:
        return [], not names                  # Archival|do, Mika|no, Alon|so, Kaga|me: name endings
    start_strong = cap and k > 1 and not capital_tail(left, right, whole, z)
    return [(k, (START_STRONG if start_strong else STRONG) if strong else WEAK)], not names
