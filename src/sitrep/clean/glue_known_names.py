"""Glue beside a name the system knows (the actor knowledge: countries, places, groups, bodies).

wordfreq has no case, so a capitalised run made of a common word and another word
("Kremlinspokesman", "Stateflag") looks like the names built that way ("Stonewall", "Riverbend"),
and the general rules (``glue_name_splits``) leave it whole. The actor knowledge says which
capitalised words are names, and so where such a run splits:
* a single-word name glued to a plain word ("Kremlin|spokesman", "Tanzania|in");
* the last word of a known multi-word name, glued to a plain word, where the text writes the
  name's other word just before it ("Islamic State|flag", "National Guard|troops");
* two words of a known name written as one camel-case word ("United|Nations", "State|Khorasan").
The run itself must be unknown to wordfreq and to the knowledge (a listed word or a known name
stays whole), and the plain word common, so rare names and transliterations are never cut.
A possessive glued to a capitalised word ("Venezuela'sAragua") needs no knowledge: no word is
spelt with "'s" inside it.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from dataclasses import dataclass
from functools import lru_cache

from sitrep.clean.lexicon import FUNC, KNOWN_Z

NAME_MIN = 4        # letters of a single-word name ("Serb", "Amaq"; not "Ali", "Sea")
PAIR_WORD_MIN = 3   # letters of each word of a multi-word name's pair ("Sea" of "Caribbean Sea")
TAIL_MIN = 3        # letters of the plain word after a name ("agency", "and") ...
SINGLE_TAIL_MIN = 5  # ... after a single-word name, unless a function word: names are built on
                     # a short name and a short word ("Sool|king", "Thai|rin")
# ... or one of these prepositions, which no name ending is ("Tanzania|in"; "-is", "-an", "-as"
# end demonyms and names: Kashmiris, Afghan, Texas)
TAIL_PREPS = frozenset({"in", "on", "at", "to", "of", "by"})
# endings of demonyms and derived words: "Serb|ian", "Iran|ian", "Kremlin|ology" are words
TITLE_MIN = 6       # letters of an office title a camel-case run may end in ("Minister", "Governor")
TITLE_BEFORE_Z = 4.0  # the capitalised word before it this common ("Interior", "Communications")
_DERIVED = ("ian", "ians", "ese", "ish", "ite", "ites", "ism", "ist", "ists", "ology", "ization", "ize")

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class KnownNames:
    singles: frozenset[str]               # single-word names as written ("Kremlin", "Tanzania")
    places: frozenset[str]                # those that name no people (not "Muslim", "Serb")
    pairs: frozenset[tuple[str, str]]     # adjacent capitalised words of longer names
    folded: frozenset[str]                # every name lower-cased with its spaces removed
    seconds: frozenset[str]               # the second words of ``pairs``
    starts: frozenset[str]                # the first four letters of ``singles`` and ``seconds``


def _actor_texts() -> list[str]:
    """The actor knowledge files, shipped then user (as ``actors.kb_sources`` reads them; read here
    without importing the actors package, which the cleaning stage does not otherwise need)."""
    from importlib import resources

    from sitrep import knowledge
    out: list[str] = []
    shipped = resources.files(knowledge.__name__).joinpath("actors")
    if shipped.is_dir():
        out += [p.read_text(encoding="utf-8") for p in sorted(shipped.iterdir(), key=lambda p: p.name)
                if p.name.endswith(".json")]
    for folder in knowledge.user_dirs():
        if (folder / "actors").is_dir():
            out += [p.read_text(encoding="utf-8") for p in sorted((folder / "actors").glob("*.json"))]
    return out


@lru_cache(maxsize=1)
def known_names() -> KnownNames:
    """The names of the actor knowledge files (shipped and user), read once per process and kept
    between runs (``buildcache``: a build takes ~0.1 s, loading it a few ms)."""
    import hashlib

    from sitrep.buildcache import cached
    texts = _actor_texts()
    # the build's code is in the key as well: an edit to it must not load an older build
    key = hashlib.sha1("\0".join([*texts, Path(__file__).read_text(encoding="utf-8")]).encode()).hexdigest()[:16]
    return cached(f"gluenames-{key}-{_BUILD}.pickle", KnownNames, lambda: _build(texts), keep=2)


_BUILD = "2"    # bump when ``_build`` changes what it makes


def _build(texts: list[str]) -> KnownNames:
    singles: set[str] = set()
    places: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    folded: set[str] = set()
    for text in texts:
        data = json.loads(text)
        for e in data["entries"] if isinstance(data, dict) else data:
            if not isinstance(e, dict):
                continue
            for name in [e.get("name"), *(e.get("aliases") or ())]:
                if not isinstance(name, str):
                    continue
                words = _WORD.findall(name)
                folded.add("".join(words).lower())
                if len(words) == 1 and name == words[0] and len(name) >= NAME_MIN \
                        and name[0].isupper() and name[1:].islower():
                    singles.add(name)
                    if e.get("type") != "NORP":
                        places.add(name)
                pairs.update((a, b) for a, b in zip(words, words[1:])
                             if a[0].isupper() and b[0].isupper() and len(a) >= PAIR_WORD_MIN
                             and len(b) >= PAIR_WORD_MIN)
    seconds = frozenset(b for _, b in pairs)
    return KnownNames(frozenset(singles), frozenset(places), frozenset(pairs), frozenset(folded), seconds,
                      frozenset(n[:4] for n in singles | seconds if len(n) >= 4))


@lru_cache(maxsize=1)
def _titles_of() -> frozenset[str]:
    """The last words of the actor cues' multi-word office titles ("Foreign Minister", "Vice
    President"): words that end a title after another word, as "Communications|Minister" does."""
    from sitrep.knowledge import load
    ends = (w.split()[-1] for e in load("actor_cues.json") if e.get("kind") == "title" for w in e["words"] if " " in w)
    return frozenset(w for w in ends if w.isalpha() and len(w) >= TITLE_MIN and w[0].isupper() and w[1:].islower())


def _titles(zipf: dict) -> frozenset[str]:
    """The title ends (``_titles_of``) that are English words ("Minister"; not "Thipadei")."""
    global _TITLES
    if _TITLES is None:
        _TITLES = frozenset(t for t in _titles_of() if zipf.get(t.lower(), 0.0) >= KNOWN_Z)
    return _TITLES


_TITLES: frozenset[str] | None = None


def _plain_tail(tail: str, zipf: dict, place: bool) -> bool:
    """A common plain word that may follow a name: a preposition (after a name that is no people's:
    "Muslimin", "Mujahidin" are plurals), a function word, or a known word that no derived form of
    a name ends in."""
    if tail in TAIL_PREPS:
        return place
    return len(tail) >= TAIL_MIN and (tail in FUNC or zipf.get(tail, 0.0) >= KNOWN_Z) and not tail.endswith(_DERIVED)


def known_name_split(orig: str, text: str, zipf: dict) -> int | None:
    """Where ``orig`` (an unknown capitalised run of ``text``) splits beside a known name, or None."""
    cands = _CANDIDATES.get(orig)
    if cands is None:
        if len(_CANDIDATES) >= _CANDIDATES_MAX:
            _CANDIDATES.clear()
        cands = _CANDIDATES[orig] = _candidates(orig, zipf)
    before: list[str] | None = None
    for k, single in cands:
        if single:
            return k
        if before is None:
            before = _words_before(orig, text)
        if any((p, orig[:k]) in known_names().pairs for p in before):
            return k                          # (National) Guard|troops, (Caribbean) Sea|and
    return None


# per token, its split points in order, each vouched for by the token alone or needing the word
# before it: the same names recur in every document of a corpus, so each is analysed once
_CANDIDATES: dict[str, tuple[tuple[int, bool], ...]] = {}
_CANDIDATES_MAX = 100_000


def _candidates(orig: str, zipf: dict) -> tuple[tuple[int, bool], ...]:
    w = orig.lower()
    if not orig[0].isupper() or len(orig) < 6 or zipf.get(w, 0.0) > 0.0:
        return ()
    names = known_names()
    if not orig[1:].islower():
        bounds = [k for k in range(1, len(orig)) if orig[k].isupper() and orig[k - 1].islower()]
        if len(bounds) != 1 or not orig[bounds[0] + 1:].islower():
            return ()
        k = bounds[0]
        left, right = orig[:k], orig[k:]
        if (left, right) in names.pairs:
            return ((k, True),)               # UnitedNations; StateKhorasan (of "Islamic State Khorasan")
        if right in _titles(zipf) and len(left) >= NAME_MIN and left[1:].islower() \
                and zipf.get(left.lower(), 0.0) >= TITLE_BEFORE_Z:
            return ((k, True),)               # InteriorMinister: a common word before an office title
        return ()
    if w in names.folded:
        return ()                             # a known name written as one word ("Barsalogho")
    out: list[tuple[int, bool]] = []
    singles, seconds = names.singles, names.seconds
    if orig[:4] not in names.starts and orig[:3] not in seconds:
        return ()                             # no name it could start with: most tokens stop here
    for k in range(len(orig) - 2, PAIR_WORD_MIN - 1, -1):     # the longest name first
        head = orig[:k]
        single = head in singles              # set tests first: most heads are neither
        if not (single or head in seconds):
            continue
        tail = w[k:]
        if not _plain_tail(tail, zipf, head in names.places):
            continue
        if single and (tail in FUNC or len(tail) >= SINGLE_TAIL_MIN):
            out.append((k, True))             # Kremlin|spokesman, Tanzania|in
            break
        if head in seconds:
            out.append((k, False))
    return tuple(out)


def _words_before(orig: str, text: str) -> list[str]:
    """The capitalised word just before each occurrence of ``orig`` in ``text``."""
    out: list[str] = []
    i = text.find(orig)
    while i >= 0:
        j = i - 1
        if j >= 0 and text[j] == " ":
            m = re.search(r"([A-Z][^\W\d_]+)$", text[max(0, j - 40):j])
            if m:
                out.append(m.group(1))
        i = text.find(orig, i + 1)
    return out


def possessive_sites(text: str) -> list[tuple[int, int]]:
    """Strong sites of a possessive glued to a capitalised word ("Venezuela'sAragua")."""
    out: list[tuple[int, int]] = []
    for mark in ("'s", "\u2019s"):
        i = text.find(mark, 1)
        while i >= 0:                         # str.find: a regex scan of every page costs 3x more
            j = i + 2
            if text[j:j + 1].isupper() and text[j + 1:j + 2].islower() and text[i - 1].isalpha():
                out.append((j, 1))
            i = text.find(mark, j)
    return out
