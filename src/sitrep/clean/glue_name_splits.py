"""A capitalised word glued to the plain word after it: "Turkishwarplanes", "Indonesiafor",
"Kangpokpidistrict".

Capitalised runs that wordfreq does not know are mostly names, so the general rules
(``glue_splits``) split them only in a document already shown to be glued. A page with two or
three lost spaces shows no such proof, and keeps its glue. Three shapes carry their own evidence:
* a nationality or a day glued to a common word or a function word ("Turkishwarplanes",
  "Colombianand", "Thursdaystrikes"): no name is built on those words;
* a head the same document also writes alone, capitalised, glued to a function word
  ("Indonesiafor") or, when the head is itself a rare word (a name: "Faizal", "Mimika"), to a
  common word; never to an ending that names are built on ("-son", "-abad", "-allah":
  ``glue_name_tails.txt``);
* a long word for a kind of place ("district", "province", "governorate") after a name: no name
  ends in one, so the head needs no other evidence.
Both make LONE sites, which ``glue._place`` turns weak (not made) when the token recurs: a run the
text writes twice is a word it uses.
"""
from __future__ import annotations

from collections.abc import Container

from sitrep.clean.glue_calendar import CALENDAR_WORDS
from sitrep.clean.glue_splits import PREFIXES, SUFFIXES
from sitrep.clean.glue_weak_splits import DEMONYM_ENDS, given_names
from sitrep.clean.lexicon import FUNC, KNOWN_Z
from sitrep.knowledge import wordlist

HEAD_MIN = 4        # letters in the capitalised head ("Serb", "Amaq", "Turkish")
TAIL_Z = 2.5        # the plain word after a nationality this common ("warplanes"); after a
                    # name, a known word (KNOWN_Z: "regency", not "pura" of "Jaya|pura"); three
                    # letters only if a function word ("and", "for"; not "non" of "Rhian|non")
# Russian, Korean, Sudanese, Turkish, Papuan, Moroccan; "-i" apart (Iraqi, not mini)
NATIONALITY_ENDS = (*(e for e in DEMONYM_ENDS if e != "i"), "an")
# a nationality has five letters or more (Tian|shui, Xian|feng, Mian|wali are Chinese and Punjabi
# names)
NATIONALITY_MIN = 5
# the word after it long or common: a short rarer one is a name's half (Roshan|pura, Kerman|shah)
NATIONALITY_TAIL_MIN = 6
NATIONALITY_Z = 2.0  # "Papuan", "Ecuadorian": wordfreq knows nationalities, if rarely
# two-letter prepositions no name is seen to end in after a word the text writes alone ("in", "on",
# "at" are left out: Muslimin, Mujahidin, Hassanin are names and plurals)
SHORT_TAILS = frozenset({"of", "to", "by"})
PLACE_KIND_MIN = 6  # "district", "province", "region"; "state", "town", "city" end names too

WHOLE_MAX_Z = 1.0   # a token wordfreq lists this often is a name written as one word
COMMON_HEAD_Z = 3.0  # a capitalised everyday word before a function word ("Department", "Night")
KNOWN_TAIL_MIN = 5  # letters of a common word after a known name ("early", "yesterday") ...
KNOWN_TAIL_Z = 4.0  # ... this common: rarer words are names' second halves ("Abdi|salam", "Kita|hiroshima")
# function words that names end in, as the gazetteer's towns and the given names show ("Kristian|sand",
# "Long|she", "Miss|our", "Mate|are", "Jiang|you", "Marco|via", "Bret|ten", "Chita|to", "Far|had")
# suffixes that are words a name is glued to ("Maduro|ally", "Putin|ally"); no name of four
# letters or more takes them
WORD_SUFFIXES = frozenset({"ally"})
_NAME_END_FUNC = frozenset("and she our are you via ten her had his him its any all can may nor one two six to".split())
# endings of derived words: "Kenya|ns", "Iran|ian", "Kabul|ite" are words of their own
_DERIVED = ("ian", "ians", "ese", "ish", "ite", "ites", "ism", "ist", "ists", "ology", "ization", "ize")

_TAILS: frozenset[str] | None = None


def _name_tails() -> frozenset[str]:
    global _TAILS
    if _TAILS is None:
        _TAILS = wordlist("glue_name_tails.txt")
    return _TAILS


def name_word_split(orig: str, words: Container[str], zipf: dict, place_kinds: tuple[str, ...]) -> int | None:
    """The offset where ``orig`` (a capitalised run unknown to wordfreq) splits into a name and
    the plain word glued to it, or None."""
    global _STEPS_FOR
    if _STEPS_FOR is None or _STEPS_FOR[0] is not zipf or _STEPS_FOR[1] is not place_kinds:
        _STEPS.clear()                        # the steps hold for one word list and one set of kinds
        _STEPS_FOR = (zipf, place_kinds, tuple(k for k in place_kinds if len(k) >= PLACE_KIND_MIN))
    steps = _STEPS.get(orig)
    if steps is None:
        if len(_STEPS) >= _STEPS_MAX:
            _STEPS.clear()
        steps = _STEPS[orig] = _steps(orig, zipf, _STEPS_FOR[2])
    for k, head in steps:
        if head is None or head in words:
            return k
    return None


# per token, its split offsets in order, each unconditional (None) or made only when the document
# also writes the head alone: the same names recur in every document of a corpus, so each token is
# analysed once and a document only checks a few heads (this was half of glue repair's time)
_STEPS: dict[str, tuple[tuple[int, str | None], ...]] = {}
_STEPS_MAX = 100_000
_STEPS_FOR: tuple | None = None     # (word list, place kinds, the long kinds among them)


def _steps(orig: str, zipf: dict, long_kinds: tuple[str, ...]) -> tuple[tuple[int, str | None], ...]:
    n = len(orig)
    if n < HEAD_MIN + 3 or not orig[0].isupper() or not orig[1:].islower():
        return ()
    w = orig.lower()
    if w.endswith(long_kinds):                # one C call; most tokens end in no kind of place
        for kind in long_kinds:
            if n - len(kind) >= HEAD_MIN and w.endswith(kind):
                return ((n - len(kind), None),)
    plain_tails = _tail_sets(zipf)[0]
    steps: list[tuple[int, str | None]] = []
    for k in range(n - 3, HEAD_MIN - 1, -1):       # the longest head first
        tail = w[k:]
        if tail not in plain_tails:
            continue
        head = w[:k]
        if _nationality_or_day(head, zipf) and (len(head) >= NATIONALITY_MIN or head in CALENDAR_WORDS) and \
                (tail in FUNC or len(tail) >= NATIONALITY_TAIL_MIN or zipf.get(tail, 0.0) >= KNOWN_Z):
            steps.append((k, None))                 # Turkish+warplanes, Colombian+and, Thursday+strikes
            return tuple(steps)
        if tail in FUNC or zipf.get(head, 0.0) < KNOWN_Z <= zipf.get(tail, 0.0):
            steps.append((k, orig[:k]))             # Indonesia+for, Faizal+said, Mimika+regency
    if w[-2:] in SHORT_TAILS and n - 2 >= HEAD_MIN:
        steps.append((n - 2, orig[:-2]))            # Nadal+to, Board+of, written alone elsewhere
    if zipf.get(w, 0.0) < WHOLE_MAX_Z:
        k = known_head_split(orig, w, zipf)
        if k is not None:
            steps.append((k, None))
    return tuple(steps)


_TAIL_SETS: tuple[dict, frozenset[str], frozenset[str]] | None = None


def _tail_sets(zipf: dict) -> tuple[frozenset[str], frozenset[str]]:
    """The words that may follow a name in ``name_word_split`` and in ``known_head_split``, listed
    once per word list: each token's scan then costs one set look-up per split point."""
    global _TAIL_SETS
    if _TAIL_SETS is None or _TAIL_SETS[0] is not zipf:
        tails = _name_tails()
        plain = frozenset(t for t in FUNC | {t for t, z in zipf.items() if z >= TAIL_Z and len(t) > 3}
                          if t not in tails and (t not in SUFFIXES or t in WORD_SUFFIXES))
        func = {t for t in FUNC if (len(t) >= 3 or t in SHORT_TAILS) and t not in _NAME_END_FUNC}
        content = {t for t, z in zipf.items() if z >= KNOWN_TAIL_Z and len(t) >= KNOWN_TAIL_MIN
                   and not t.endswith(_DERIVED) and t not in SUFFIXES}
        known = frozenset((func | content) - tails)
        _TAIL_SETS = (zipf, plain, known)
    return _TAIL_SETS[1], _TAIL_SETS[2]


def known_head_split(orig: str, w: str, zipf: dict) -> int | None:
    """The offset where ``orig`` splits into a head that is a word or a name in its own right and
    a function word glued to it ("Departmentof", "Christmasand", "Weinsteinsaid"), or into a
    known place or given name and a common word ("Timikaregency", "Abbasyesterday"); else None.

    The head is an everyday English word (a capitalised one: a title, a name made of a word), a
    place of the gazetteer or a given name of the knowledge; the token is one wordfreq does not
    list. Names are built on some function words ("Muslim|in", "Hassan|in", "Kashmir|is", "Tex|as"):
    only tails of three letters or more, and "of", "to", "by", count; never a name ending
    (``glue_name_tails.txt``)."""
    n = len(w)
    known_tails = _tail_sets(zipf)[1]
    for k in range(n - 2, HEAD_MIN - 1, -1):       # the longest head first
        tail = w[k:]
        if tail not in known_tails:
            continue
        func = tail in FUNC and (len(tail) >= 3 or tail in SHORT_TAILS) and tail not in _NAME_END_FUNC
        head = w[:k]
        if head in PREFIXES:
            continue
        if func and zipf.get(head, 0.0) >= COMMON_HEAD_Z:
            return k                                # Department+of, Christmas+and
        if _known_name(orig[:k]):
            return k                                # Timika+regency, Abbas+said
    return None


def _known_name(head: str) -> bool:
    """A place of the gazetteer or a given name of the knowledge, as written (capitalised)."""
    if head in given_names():
        return True
    from sitrep.metadata.places import is_known_place
    return is_known_place(head)


def _nationality_or_day(head: str, zipf: dict) -> bool:
    """A common word shaped like a nationality ("Turkish", "Nigerian", "Yemeni") or a day or
    month: capitalised words no name is built on. "Stone|wall", "River|bend", "Health|watch" are
    names made of other common words, and stay whole."""
    if head in CALENDAR_WORDS:
        return True
    if head in PREFIXES:                            # Multi|dimensional, Anti|war
        return False
    if head.endswith("i"):                          # Yemeni, Iraqi; not mini, taxi
        return len(head) >= 5 and zipf.get(head, 0.0) >= KNOWN_Z
    if head.endswith("an") and not head.endswith(DEMONYM_ENDS) and len(head) < 6:
        return False                                # Papuan, Afghan; not Titan (Titanfall)
    return head.endswith(NATIONALITY_ENDS) and zipf.get(head, 0.0) >= NATIONALITY_Z
