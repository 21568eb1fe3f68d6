"""Glue shapes the general split rules (``glue_splits``) pass over, each with its own evidence.

* A capitalised proper adjective glued to a plain word ("Russianpeacekeepers"): the pair scores
  low in wordfreq (both words are long, the second often rare-ish), but when the text also writes
  the capitalised word alone and wordfreq has never seen the whole, it is glue, not a name.
* A participle glued to "men"/"man" ("armedmen"): those are also suffixes (chairmen), but no
  participle takes them.
* A plain word glued to an acronym ("localTV") and two rare name parts written as one camel-case
  word ("AdhanomGhebreyesus"): both weak, so made only in a document shown to be glued.
* "onX": a function word glued to the one-letter name of a platform; too short for the token
  rules, so found by one pattern over the text.
* A common word and a function word of three or more letters as one unlisted lower-case token
  ("mobilizedand", "asbarricades"): strong, since no English word is built so.
"""
from __future__ import annotations

import re
from collections.abc import Container

from sitrep.clean.lexicon import FUNC, KNOWN_Z, PART_Z

# suffix-words that no past participle takes ("armedmen"), unlike "-ness" (preparedness)
PARTICIPLE_TAILS = frozenset({"men", "man"})
COMMON_Z = 4.0      # the plain word before an acronym must be this common ("local", "state")
ACRONYM_MAX = 4     # "TV", "UN", "NATO"; longer capitals are names, not glued acronyms
DEMONYM_ENDS = ("ian", "ean", "ese", "ish", "i")   # Russian, Korean, Sudanese, Turkish, Iraqi
NAME_PART_MIN = 4   # each part of a glued camel-case name ("Adhanom", "Ghebreyesus")

_PLATFORM = re.compile(r"(?<![\w@#/.\-])(?:on|via)(?=X(?![\w@/\-]|\.\w))")


def participle_tail(left: str, right: str) -> bool:
    """armed+men: a participle before a suffix-word is two words."""
    return right in PARTICIPLE_TAILS and len(left) >= 5 and left.endswith("ed")


# verb particles that are also prefixes ("upgrade", "offshore"), and the endings of abstract
# nouns no such prefix makes a word of: "beef upsecurity", "step upsurveillance" are glue, while
# wordfreq lists the real compounds ("upbringing", "backlash"), which never reach this test
PARTICLES = frozenset({"up", "down", "off", "back", "out"})
NOUN_ENDS = ("ity", "tion", "sion", "ment", "ness", "ance", "ence")


def particle_noun(left: str, right: str, whole: float) -> bool:
    """up+security: a particle glued to an abstract noun, in a token wordfreq does not list."""
    return whole == 0.0 and left in PARTICLES and len(right) >= 6 and right.endswith(NOUN_ENDS)


def proper_adjective_floor(orig: str, k: int, whole: float, words, zipf: dict) -> bool:
    """Whether a capitalised token unknown to wordfreq splits with the lower floor of unlisted
    lower-case glue: its capitalised head also stands alone in the document ("Israeli"), or is a
    common word shaped like a nationality ("Russian", "Yemeni", "Sudanese", "Turkish")."""
    if whole != 0.0:
        return False
    head = orig[:k]
    return head in words or (head.lower().endswith(DEMONYM_ENDS) and zipf.get(head.lower(), 0.0) >= COMMON_Z)


def camel_weak(left: str, right: str, zipf: dict) -> bool:
    """localTV, AdhanomGhebreyesus: weak splits the part tests of ``_case_split`` miss."""
    if right.isupper():
        return (left.islower() and len(left) >= 4 and zipf.get(left, 0.0) >= COMMON_Z
                and 2 <= len(right) <= ACRONYM_MAX and zipf.get(right.lower(), 0.0) >= KNOWN_Z)
    return (len(left) >= NAME_PART_MIN and len(right) >= NAME_PART_MIN and left[0].isupper()
            and left[1:].islower() and right[1:].islower()
            and zipf.get(left.lower(), 0.0) < KNOWN_Z and zipf.get(right.lower(), 0.0) < KNOWN_Z)


def acronym_after(left: str, right: str, zipf: dict) -> bool:
    """ownedNTV, stateTV: a common lower-case word glued to the capitals of an acronym; brands
    written so start with a short or rare word (macOS, eBay, myUSA)."""
    return (left.islower() and len(left) >= 4 and zipf.get(left, 0.0) >= COMMON_Z
            and 2 <= len(right) <= ACRONYM_MAX + 1 and right.isalpha())


# A lone split must rest on common words: wordfreq lists junk and rare parts ("stun", "grenades"
# are common enough; "ana", "lyst" are not)
LONE_Z = 3.3        # each part at least this common ...
LONE_S = -2.5       # ... and the pair this probable (zipf sum - 9)
LONE_MIN = 3        # letters in each part; a three-letter part must be a very common word
LONE_LONG, LONE_LONG_Z = 5, 3.0   # two parts of five letters or more may be less common
LONE3_Z = 4.5       # ("met", "had", "six"; not "ons", "abs", "ups", "ear")
LONE_RARER_Z, LONE_COMMON_Z, LONE_PAIR_S = 2.5, 4.5, -1.3   # one rarer long part (a split part at all: PART_Z), the other very common


def lone_content(left: str, right: str, s: float, zipf: dict) -> bool:
    """heavy+weapons, organized+crime: a lower-case token wordfreq has never seen that splits into
    two common words is glue even in a document with no other glue. Real words unknown to wordfreq
    are rare coinages, and coinages are built on prefixes and suffixes, which the split rules
    already refuse (counterdrone, hackable)."""
    if len(left) < LONE_MIN or len(right) < LONE_MIN or s < LONE_S:
        return False
    zl, zr = zipf.get(left, 0.0), zipf.get(right, 0.0)
    if min(len(left), len(right)) >= LONE_LONG:     # drones+pounded, ambulances+rushing
        if min(zl, zr) >= LONE_LONG_Z:
            return True
    elif zl >= (LONE3_Z if len(left) == 3 else LONE_Z) and zr >= (LONE3_Z if len(right) == 3 else LONE_Z):
        return True
    # a rarer word of five letters or more beside a very common one: the pair is still likely
    # ("arms outstretched", "hooded men", "deposed head")
    (rarer, zrare), (common, zcommon) = sorted(((left, zl), (right, zr)), key=lambda p: p[1])
    return len(rarer) >= LONE_LONG and zrare >= LONE_RARER_Z and s >= LONE_PAIR_S \
        and zcommon >= (LONE3_Z if len(common) == 3 else LONE_COMMON_Z)


LONE_CAMEL_LONG, LONE_CAMEL_LONG_Z = 7, 2.5   # a long plain word before a capital, if rarer


LONE_CAMEL_NAME_Z = 4.0   # a plain word this common before a name seen nowhere else ("opposition")
LONE_CAMEL_NAME_MIN = 5   # ... of this many letters, the name of four or more
LONE_CAMEL_RARE_Z = 2.5   # ... and the name no split part (lexicon.PART_Z)


def lone_camel(left: str, right: str, zipf: dict, words: Container[str], rare: Container[str]) -> bool:
    """ethnic+Albanian, northern+Benin, opposition+Samagi: a common lower-case word glued to a
    capitalised word. Brands in camel case start with a letter or a short prefix (iPhone, eBay,
    macOS), never a common word."""
    rl = right.lower()
    if not (left.islower() and right[1:].islower()):
        return False
    least = LONE_CAMEL_LONG_Z if len(left) >= LONE_CAMEL_LONG else LONE_Z   # straddling+Benin
    if len(left) >= LONE_MIN and zipf.get(left, 0.0) >= least and len(right) >= LONE_MIN \
            and (right in words or rl in rare or zipf.get(rl, 0.0) >= KNOWN_Z):
        return True
    # a name the text writes only here: wordfreq does not know it, the word before it is common
    # (or one it lists only as a rare word: a name of a few thousand speakers, "Thulani")
    return len(left) >= LONE_CAMEL_NAME_MIN and zipf.get(left, 0.0) >= LONE_CAMEL_NAME_Z \
        and len(right) >= 4 and zipf.get(rl, 0.0) < LONE_CAMEL_RARE_Z


TITLE_MIN = 4   # letters of an office title glued to the name after it ("President", "General")
_TITLE_WORDS: frozenset[str] | None = None


def title_words() -> frozenset[str]:
    """The one-word office titles of the actor cues, as written ("President", "Colonel")."""
    global _TITLE_WORDS
    if _TITLE_WORDS is None:
        from sitrep.knowledge import load
        _TITLE_WORDS = frozenset(w for e in load("actor_cues.json") if e.get("kind") == "title" for w in e["words"]
                                 if w.isalpha() and len(w) >= TITLE_MIN and w[0].isupper() and w[1:].islower())
    return _TITLE_WORDS


def title_name(left: str, right: str, zipf: dict, words: Container[str]) -> bool:
    """President+Gotabaya, Colonel+Randrianirina, Minister+Scott: an office title glued to a name
    (one wordfreq barely knows, one the text writes alone, or a given name of the knowledge however
    common: "Scott", "Daniel"). No brand or name starts with an office title."""
    return left in title_words() and len(right) >= 3 and right[1:].islower() \
        and (zipf.get(right.lower(), 0.0) < KNOWN_Z or right in words or right in given_names())


def given_head(left: str, right: str) -> bool:
    """Matthew+Wale, Kevin+Durant: a given name of the knowledge glued to a capitalised word of
    three letters or more; camel-case brands are not built on a given name (of four letters or more:
    "Uri", "Rui" also head brands and run-together names)."""
    return len(left) >= 4 and len(right) >= 3 and right[1:].islower() and left in given_names()


_GIVEN: frozenset[str] | None = None


def given_names() -> frozenset[str]:
    """The given names of ``given_names.json``, as written (capitalised)."""
    global _GIVEN
    if _GIVEN is None:
        from sitrep.knowledge import load
        _GIVEN = frozenset(n for e in load("given_names.json") for n in e.get("names", ()))
    return _GIVEN


# Words after a place name that a name itself seldom ends in ("Kangpokpi district", "Assam
# state"); "town" and "city" are left out: Georgetown, Elizabethtown are names
_NAME_ENDS_TOO = frozenset({"town", "city", "area"})
_PLACE_HEADS: tuple[str, ...] | None = None


def place_heads() -> tuple[str, ...]:
    """The lower-case words that name a kind of place (``gpe_head`` in actor_cues.json)."""
    global _PLACE_HEADS
    if _PLACE_HEADS is None:
        from sitrep.knowledge import load
        heads = {w for e in load("actor_cues.json") if e.get("kind") == "gpe_head" for w in e["words"]}
        _PLACE_HEADS = tuple(sorted(w for w in heads if w.isalpha() and w.islower() and w not in _NAME_ENDS_TOO))
    return _PLACE_HEADS


# per token, the split offsets its place-kind endings allow (in head order): the same names recur
# in every document of a corpus, so the scan of every head runs once per token, not per document
_HEAD_SPLITS: dict[str, tuple[int, ...]] = {}
_HEAD_SPLITS_MAX = 200_000      # a bound on memory over a long batch (cleared when full)


def _head_splits(orig: str) -> tuple[int, ...]:
    ks = _HEAD_SPLITS.get(orig)
    if ks is None:
        w = orig.lower()
        heads = place_heads()
        ks = tuple(len(w) - len(h) for h in heads if len(w) - len(h) >= 4 and w.endswith(h)) \
            if w.endswith(heads) else ()
        if len(_HEAD_SPLITS) >= _HEAD_SPLITS_MAX:
            _HEAD_SPLITS.clear()
        _HEAD_SPLITS[orig] = ks
    return ks


def place_head_split(orig: str, words: Container[str], zipf: dict) -> int | None:
    """Kangpokpi+district, Assam+state: a place name glued to the word that names its kind, where
    the text also writes the name alone (or it is a known word). The offset of the split or None."""
    for k in _head_splits(orig):
        name = orig[:k]
        if name in words or zipf.get(name.lower(), 0.0) >= KNOWN_Z:
            return k
    return None


def platform_sites(text: str) -> list[tuple[int, int]]:
    """Strong sites of "wrote onX": a function word glued to X (formerly Twitter)."""
    if "nX" not in text and "aX" not in text:
        return []
    return [(m.end(), 1) for m in _PLATFORM.finditer(text)]


_CAMEL_PAIR = re.compile(r"[A-Z][a-z]{2,}(?=[A-Z][a-z]{2,}$)")


def written_apart(orig: str, words: Container[str]) -> int | None:
    """Where a listed camel-case token ("HumanRights", which web text glues) splits when the same
    document also writes its two words apart ("Human Rights Watch"): a weak site. A brand
    (YouTube, WhatsApp) is seldom written both ways in one article."""
    m = _CAMEL_PAIR.match(orig)
    if m is None:
        return None
    k = m.end()
    return k if orig[:k] in words and orig[k:] in words else None


LOOKALIKE = frozenset("a an in on be for over under up out".split())   # amoral, inefficacy, forgo
PLURAL_PREPS = frozenset({"in", "on"})   # after a plural: "takeovers|in", "attacks|on"
EDGE_FUNC_MIN = 3     # the function word at the edge: "and", "the", "from" (not "a", "in", "on")
EDGE_WORD_MIN = 5     # the content word beside it, and a common one (KNOWN_Z)
# two-letter function words that end no English word built on a common one of five letters or more
# ("barricadesof", "handedto"), unlike "in", "on", "as", "is" (lexicon, basis)
EDGE_SHORT = frozenset({"of", "to", "at", "by"})


def function_edge(left: str, right: str, z: dict) -> bool:
    """A lower-case token wordfreq does not list, made of a common content word and a function
    word of three or more letters ("mobilizedand", "asbarricades"): no English word is built so,
    and a typo seldom lands on two whole words. "an" before a word opening with a vowel
    ("aneconomist") and "in"/"on" after a plural ("takeoversin") are the article and the
    preposition, which the prefixes an-, in-, on- never give (they are no plural's ending either)."""
    if left == "an":
        return right[0] in "aeiou" and len(right) >= EDGE_WORD_MIN + 1 and z.get(right, 0.0) >= KNOWN_Z \
            and right not in FUNC
    if left in FUNC and left not in LOOKALIKE and len(left) >= 2:
        return len(right) >= EDGE_WORD_MIN + 1 and z.get(right, 0.0) >= KNOWN_Z and right not in FUNC
    if right in PLURAL_PREPS:
        return left.endswith("s") and len(left) >= EDGE_WORD_MIN + 1 and z.get(left, 0.0) >= PART_Z \
            and left not in FUNC
    return right in FUNC and right not in LOOKALIKE and (len(right) >= EDGE_FUNC_MIN or right in EDGE_SHORT) \
        and len(left) >= EDGE_WORD_MIN and z.get(left, 0.0) >= KNOWN_Z and left not in FUNC


PAIR_GLUE_MARGIN = 2.5  # a pair of function words wordfreq lists this far below its two words' odds
THREE_WORD_MIN = 4      # letters of the content word after the pair ("school")


def function_pair_split(orig: str, zipf: dict) -> list[int]:
    """from+the+school: a lower-case token wordfreq does not list, made of two function words that
    web text glues so often that wordfreq lists the pair ("fromthe", "ofthe") and a common word
    that the second one does not begin ("an|incomplete"). The two offsets, or none. A two-way
    split would keep the listed pair as a word ("ofthe|bridge"), so this one is tried first."""
    n = len(orig)
    if n < 4 + THREE_WORD_MIN or not orig.islower() or zipf.get(orig, 0.0) > 0.0:
        return []
    for k1 in range(2, min(6, n - 5)):
        a = orig[:k1]
        if a not in FUNC:
            continue
        for k2 in range(k1 + 2, min(k1 + 6, n - THREE_WORD_MIN + 1)):
            b, c = orig[k1:k2], orig[k2:]
            # "an|incomplete", "the|attack", "is|nothing": the second word and the third are one
            if b in FUNC and zipf.get(c, 0.0) >= KNOWN_Z and c not in FUNC and zipf.get(b + c, 0.0) < PART_Z and \
                    zipf.get(a, 0.0) + zipf.get(b, 0.0) - 9.0 >= zipf.get(a + b, 9.0) + PAIR_GLUE_MARGIN:
                return [k1, k2]
    return []


# Function words that end no name built on a common word: "Councilof", "Vegasand" are no names;
# "on" ends many ("Robinson", "Harrison"), so the word before it must be a common one
# ("Council|on"); "in", "as", "is", "an" are left out ("Caringin", "Martin")
CAPITAL_TAILS = frozenset("of to at by and the was were has had for with from said told who".split())
CAPITAL_SOFT_TAILS = frozenset({"on"})
CAPITAL_LEFT_MIN = 5   # letters of the word before it ("Vegas|and", "Council|on": not "Bask|in")
CAPITAL_SOFT_Z = 4.0   # zipf of the word before a soft tail: "council" (5.1), not "harris", "robins"


CAPITAL_LISTED_Z = 1.5   # web glue wordfreq lists ("memberof" at 1.1: schema.org's "memberOf")


def capital_tail(left: str, right: str, whole: float, z: dict) -> bool:
    """A capitalised token wordfreq does not list (or lists as rarely as web glue), a common word
    and then a function word ("Councilof", "Vegasand", "Memberof"): a name never ends so, so the
    split needs no proof of glue."""
    if whole >= CAPITAL_LISTED_Z or len(left) < CAPITAL_LEFT_MIN or left in FUNC:
        return False
    if right in CAPITAL_TAILS:
        return z.get(left, 0.0) >= KNOWN_Z
    return whole == 0.0 and right in CAPITAL_SOFT_TAILS and z.get(left, 0.0) >= CAPITAL_SOFT_Z


def capital_tail_token(w: str, z: dict) -> bool:
    """Whether a lower-cased capitalised token splits by ``capital_tail`` at some point."""
    whole = z.get(w, 0.0)
    if whole >= CAPITAL_LISTED_Z or not w.endswith(_ALL_CAPITAL_TAILS):    # one C call: most tokens
        return False
    return any(w.endswith(t) and capital_tail(w[:-len(t)], t, whole, z) for t in _ALL_CAPITAL_TAILS)


_ALL_CAPITAL_TAILS = tuple(sorted(CAPITAL_TAILS | CAPITAL_SOFT_TAILS))
