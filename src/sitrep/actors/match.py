"""Known names in a text: knowledge-base actors and outlets, and (via ``place_match``) gazetteer places.

Works on a ``fold.Folded`` text, so case, apostrophes, hyphens and (for KB names) transliteration
variants do not matter, while the checks here restore the care a plain case-insensitive search
would lose: acronyms and ambiguous names must be written as listed, a name must be capitalised,
a place alias that is also an everyday word needs a preposition before it, an outlet
that is an everyday word needs a media cue, and a KB person's bare surname preceded by another
first name ("Thaier Al-Sudani") is someone else. The gazetteer-place rules live in
``place_match``; ``Cand`` lives in ``cand`` and is re-exported here for the other matchers.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from bisect import bisect_left

from .cand import Cand  # the other matchers import Cand from here
from .cand import capitalised as _capitalised
from .cues import Cues, is_common_word
from .fold import Folded
from .kb import Alias, KnowledgeBase
from .place_match import _NAME_LINKS, _locative_before, _place_cand

_MEDIA_BEFORE = frozenset("told to according by via on citing cited quoted newspaper channel agency "
                          "broadcaster outlet network daily site website paper station".split())
_MEDIA_AFTER = frozenset("reported reports said says quoted cited published news newspaper channel "
                         "tv report reporting broadcast aired".split())
_ARTICLES = frozenset(("al", "el", "the"))
# a word this frequent in English is not taken for a one-word name it only sounds like
_VARIANT_COMMON_ZIPF = 4.0


def _words_plain(ws) -> tuple[str, ...]:
    return tuple(w.replace(".", "") for w in ws)


def _case_ok(f: Folded, i: int, j: int, a: Alias) -> bool:
    if a.case:
        text_words = _words_plain(f.words[i:j])
        if text_words == _words_plain(a.words):
            return True
        return a.titled and text_words[0] == a.words[0].title()
    # a name written all lowercase ("the pentagon", "iran" in a URL) is no name
    return any(not c.islower() for w in f.words[i:j] for c in w if c.isalpha())


def _surname_only(a: Alias) -> bool:
    return sum(1 for w in a.words if w.lower() not in _ARTICLES) == 1


def _another_first_name(f: Folded, i: int, cues: Cues) -> bool:
    """Whether the word before ``i`` is a capitalised name word that makes a different person."""
    if i > 0 and f.lights[i - 1] in _ARTICLES and f.joined[i]:
        i -= 1                       # "Thaier Al-Sudani": look past the article
    if i == 0 or f.joined[i] != 1:
        return False
    prev = f.words[i - 1]
    lp = f.lights[i - 1]
    if not _capitalised(prev) or prev in cues.not_name or lp in _ARTICLES:
        return False
    if cues.titles.match_before(f.lights, i):
        return False
    return True


def _name_start(f: Folded, i: int, cues: Cues) -> int:
    """Where the first names before a surname at ``i`` begin (past an article, up to 3 words)."""
    if i > 0 and f.lights[i - 1] in _ARTICLES and f.joined[i]:
        i -= 1
    first = i
    while (first > 0 and i - first < 3 and f.joined[first] == 1 and _capitalised(f.words[first - 1])
           and f.words[first - 1] not in cues.not_name and not cues.titles.match_before(f.lights, first)):
        first -= 1
    return first


_MIN_SHARED = 0.5


def _letters_apart(written: str, listed: str) -> bool:
    """Whether a word shares too few of a known alias's letters, in order, to be a spelling of it."""
    listed = listed.rsplit(" ", 1)[-1]          # "al qaeda": the word the text's one word stands for
    if not written or not listed or written == listed:
        return False
    return SequenceMatcher(None, written, listed, autojunk=False).ratio() < _MIN_SHARED


def _name_end(f: Folded, j: int, cues: Cues) -> int:
    """Where the name of someone else who shares a known surname ends: "Laishram Barel Singh" holds
    "Barel" (which folds like "Borrell") in the middle, and "Singh" is still his name (up to 2
    capitalised words after it, never an organisation's head word)."""
    end = j
    while (end < len(f.words) and end - j < 2 and f.joined[end] == 1 and _capitalised(f.words[end])
           and f.words[end] not in cues.not_name and f.lights[end] not in cues.head_words
           and f.words[end].isalpha()):
        end += 1
    return end


def _media_cue(f: Folded, i: int, j: int) -> bool:
    before = f.lights[i - 1] if i else ""
    after = f.lights[j] if j < len(f.lights) else ""
    return before in _MEDIA_BEFORE or after in _MEDIA_AFTER


def _weak_name(words: list[str], cues: Cues, kb: KnowledgeBase) -> bool:
    from .fold import light_cached
    core = [w for w in words if w.lower() != "the"]
    return len(core) <= 2 and all(is_common_word(w) or light_cached(w) in cues.given
                                   or kb.place_ids(light_cached(w)) for w in core)


def known_candidates(f: Folded, kb: KnowledgeBase, cues: Cues) -> tuple[list[Cand], list[int]]:
    """Every KB, outlet or gazetteer name found in the text (overlaps included), from one pass of
    the automaton, and the token indices of weapon head words ("drones") it met on the way."""
    out: list[Cand] = []
    heads: list[int] = []
    if not len(kb.automaton):
        return out, heads
    off, words = f.deep_off, f.words
    ntoks = len(off)
    memo = kb.memo
    if len(memo) > 200_000:
        memo.clear()
    hits = kb._hits
    for end, idx in kb.automaton.iter(f.deep_text):
        hit = hits[idx] or kb.hit(idx)
        s = end - hit.klen + 2
        i = bisect_left(off, s)
        if i >= ntoks or off[i] != s:
            continue
        if hit.weapon_head:
            heads.append(i)
        if hit.aliases and (words[i][:1].isupper() or not (hit.aliases[0].case and len(hit.aliases) == 1)):
            j = i + hit.ntok
            mkey = (idx, words[i]) if hit.ntok == 1 else (idx, tuple(words[i:j]))
            m = memo.get(mkey, _MISSING)
            if m is _MISSING:
                m = _plan(f, i, hit.aliases, kb, cues)
                # one word that folds like a known name but shares few of its letters is another
                # name: "Koudou" (falls in Benin) folds like "Qaeda"
                if m is not None and hit.ntok == 1 and _letters_apart(f.lights[i], m[0].light):
                    m = None
                memo[mkey] = m
            if m is not None:
                a, typ, shift, partial, context, alts, amb = m
                if typ != "PERSON" and (_variant_in_person_name(f, i, j, a, cues)
                                        or _piece_of_longer_name(f, i, j, a, kb, cues)):
                    m = None
            if m is not None:
                if context:
                    c = _kb_cand(f, i, a, kb, cues)
                    if c is not None:
                        c.alts, c.amb = alts, amb
                        out.append(c)
                elif not (typ == "WEAPON" and _code_after(f, j)):
                    out.append(Cand(i + shift, j, typ, "kb", 50, a.entry, partial, None, alts, amb))
        if hit.places and words[i][:1].isupper():
            c = _place_cand(f, i, i + hit.ntok, hit.places, kb, cues)
            if c is not None:
                out.append(c)
    return out, heads


_MISSING = object()


def _code_after(f: Folded, j: int) -> bool:
    """"BMP-MS guidance": a weapon name hyphen-joined to a letter code is a piece of another
    product's name ("BMP-2" keeps the vehicle: a digit is its variant)."""
    return j < len(f.words) and f.joined[j] == 2 and f.words[j].isalpha() and f.words[j].isupper()


def _plan(f: Folded, i: int, aliases: tuple[Alias, ...], kb: KnowledgeBase, cues: Cues) -> tuple | None:
    """What a hit on these words yields, as far as the words alone decide (memoised per KB):
    (alias, type, tokens to skip at the start, partial, whether the context must be checked,
    the other entries these words name as well, whether the alias is one the KB marks ambiguous)."""
    tied = _best_alias(f, i, aliases)
    if not tied:
        return None
    typ = kb.entries[tied[0].entry]["type"]
    # of the entries the words name equally well, one that lists them as a plain name answers
    # before one that marks them generic ("Defense Department": the US one, unless the document
    # is about another country)
    tied = sorted((t for t in tied if kb.entries[t.entry]["type"] == typ), key=lambda t: _is_ambiguous(kb, t))
    a = tied[0]
    alts = tuple(t.entry for t in tied[1:])
    amb = _is_ambiguous(kb, a)
    partial = a.partial or (typ == "PERSON" and _surname_only(a))
    if typ in ("PERSON", "MEDIA") or (typ in _PLACE_TYPES and a.ntok == 1 and f.light_span(i, i + 1) != a.light):
        return a, typ, 0, partial, True, alts, amb
    shift = 1 if f.lights[i] == "the" and a.ntok > 1 else 0
    return a, typ, shift, partial, False, alts, amb


_AMBIGUOUS: dict[str, frozenset[str]] = {}


def _is_ambiguous(kb: KnowledgeBase, a: Alias) -> bool:
    """An alias the entry marks ambiguous, of a body with a country (which may then decide)."""
    e = kb.entries[a.entry]
    return bool(e.get("ambiguous")) and bool(e.get("country")) and a.light in _ambiguous_lights(e)


def _ambiguous_lights(e: dict) -> frozenset[str]:
    """The light keys of the names an entry marks ambiguous (per entry id, computed once)."""
    got = _AMBIGUOUS.get(e["id"])
    if got is None:
        from .fold import fold_text
        got = _AMBIGUOUS[e["id"]] = frozenset(fold_text(n).light_text.strip() for n in e["ambiguous"])
    return got


def _kb_cand(f: Folded, i: int, a: Alias, kb: KnowledgeBase, cues: Cues) -> Cand | None:
    e = kb.entries[a.entry]
    j = i + a.ntok
    typ = e["type"]
    if typ == "PERSON" and _surname_only(a) and _hyphen_piece(f, i, j):
        # "Nkweta-Salami" is a double surname of someone else, not the known "Salami"
        return None
    if typ == "PERSON" and _surname_only(a) and _another_first_name(f, i, cues):
        # someone else with that surname: "Thaier Al-Sudani" is a person of his own
        return Cand(_name_start(f, i, cues), _name_end(f, j, cues), "PERSON", "name-shape", 10)
    if typ == "MEDIA" and _weak_name(f.words[i:j], cues, kb) and not _media_cue(f, i, j):
        return None
    exact = f.light_span(i, j) == a.light
    # an outlet's name is a brand spelled one way: a mere transliteration of it ("Al Jazira",
    # the Sudanese state, for Al Jazeera) is that outlet only where the text treats it as one
    if typ == "MEDIA" and not exact and not _media_cue(f, i, j):
        return None
    # one word that only sounds like a known name and runs on into a capitalised word is a piece
    # of another name: "Kani Township" (not Qaani), "Hélène Marchetti" (not Halane)
    if not exact and a.ntok - (a.words[0].lower() in _ARTICLES) == 1 and _name_goes_on(f, j):
        return None
    # one word that only sounds like a known place ("Kundal" for Qandil, "Diario" for Daraa) is
    # that place only after a place word: "in Kundal"
    # ("in Diario del Pacífico": even after one, a linked longer name is that name)
    if typ in _PLACE_TYPES and a.ntok == 1 and f.light_span(i, j) != a.light and (
            not _locative_before(f, i, cues) or _linked_name_after(f, j)):
        return None
    # a word that is itself a place the gazetteer knows as written may be that place ("Quetta"
    # is no Quito, "Janin" is Jenin): the document's country decides (``country.by_country``)
    same = kb.place_ids(f.lights[i]) if typ in _PLACE_TYPES and j - i == 1 and not exact else ()
    # "the States", "the Pentagon": the name span leaves the article out
    if f.lights[i] == "the" and j - i > 1:
        i += 1
    # "President Biden" listed as a name: the title is an office, not part of the name
    if typ == "PERSON":
        t = cues.titles.match_at(f.lights, i)
        if t and t < j - i:
            i += t
    return Cand(i, j, typ, "kb", 50, kb_id=a.entry,
                partial=a.partial or (typ == "PERSON" and _surname_only(a)), places=tuple(same))


def _best_alias(f: Folded, i: int, aliases: tuple[Alias, ...]) -> list[Alias]:
    """The aliases these words match best: one per entry, the first the best found; more than
    one when the same words name several entries equally well ("Defense Department" of two
    countries), which the document's country decides later."""
    best: list[Alias] = []
    top = -1
    for a in aliases:
        j = i + a.ntok
        if j > len(f.words) or not _case_ok(f, i, j, a):
            continue
        exact = f.light_span(i, j) == a.light
        if not exact:
            # a transliteration variant: only for names long enough to carry one, capitalised; a
            # shorter word must at least start like the name ("RADA" for Radaa), or a four-letter
            # word folds onto too many longer names ("Kani", a township, for Qaani)
            if len(a.light) < 5 or not any(_capitalised(w) for w in f.words[i:j]):
                continue
            if len(f.light_span(i, j)) < 5 and f.lights[i][:1] != a.light[:1]:
                continue
        if a.partial and not _capitalised(f.words[i]):
            continue
        # a given name only sounds like a one-word name ("Samer" for Semar): it names a person
        if not exact and j - i == 1 and f.lights[i] in _given():
            continue
        # nor does an everyday word: "Video" is no spelling of Vodou, "Latin" none of Laotian
        if not exact and j - i == 1 and is_common_word(f.words[i], _VARIANT_COMMON_ZIPF):
            continue
        score = 2 * exact + (not a.partial)
        if score > top:
            top, best = score, [a]
        elif score == top and a.ntok == best[0].ntok and all(b.entry != a.entry for b in best):
            best.append(a)
    return best


def _given() -> frozenset[str]:
    from .cues import cues
    return cues().given


def _variant_in_person_name(f: Folded, i: int, j: int, a: Alias, cues: Cues) -> bool:
    """Whether a one-word name that the words only sound like ("Khatib" for Kataeb) sits in an
    Arabic personal name: a capitalised word, then the article, then it ("Samer el-Khatib"), or
    it followed by an article and a capitalised word. Such a word is someone's name."""
    if a.ntok - (a.words[0].lower() in _ARTICLES) != 1 or f.light_span(i, j) == a.light:
        return False
    words, lights, joined, n = f.words, f.lights, f.joined, len(f.words)
    k = i if lights[i] in ("al", "el") else i - 1
    if k >= 1 and lights[k] in ("al", "el") and joined[k + 1] == 2 and joined[k] == 1 \
            and _capitalised(words[k - 1]) and words[k - 1] not in cues.not_name:
        return True
    return j + 1 < n and lights[j] in ("al", "el") and joined[j] == 1 and joined[j + 1] == 2 \
        and _capitalised(words[j + 1])


_PLACE_TYPES = frozenset(("GPE", "LOC", "FAC"))


def _hyphen_piece(f: Folded, i: int, j: int) -> bool:
    """Whether words i..j-1 are hyphen-joined to a capitalised word before or after them."""
    return (i > 0 and f.joined[i] == 2 and _capitalised(f.words[i - 1])) or \
        (j < len(f.words) and f.joined[j] == 2 and _capitalised(f.words[j]))


def _name_goes_on(f: Folded, j: int) -> bool:
    """Whether a capitalised word follows word j-1 in the same phrase ("Kani Township")."""
    return j < len(f.words) and f.joined[j] == 1 and _capitalised(f.words[j])


def _linked_name_after(f: Folded, j: int) -> bool:
    """"del Pacífico", "de la Sierra": a name goes on past word j-1 through a linking word."""
    n = len(f.words)
    return j + 1 < n and f.joined[j] == 1 and f.lights[j] in _NAME_LINKS and f.lights[j] != "of" \
        and f.joined[j + 1] == 1 and _capitalised(f.words[j + 1])


_NAMED_TYPES = frozenset(("ORG", "NORP", "MEDIA"))


def _piece_of_longer_name(f: Folded, i: int, j: int, a: Alias, kb: KnowledgeBase, cues: Cues) -> bool:
    """Whether a one-word known name sits inside a longer proper name it is not: after a
    personal title ("Sheikh Radwan", a district, is not the Radwan Force; "General Wagner" is a
    man), or, when the word only sounds like the name, after another capitalised name word
    ("World Central Kitchen" is no "Kachin")."""
    # most hits follow a lowercase word or punctuation: settled by the first tests
    if i == 0 or f.joined[i] != 1 or not f.words[i - 1][:1].isupper():
        return False
    prev = f.words[i - 1]
    if a.ntok - (a.words[0].lower() in _ARTICLES) != 1 or not _capitalised(prev) or prev in cues.not_name:
        return False
    typ = kb.entries[a.entry]["type"]
    if typ in _NAMED_TYPES and cues.titles.match_before(f.lights, i):
        return True
    if f.light_span(i, j) == a.light or f.lights[i - 1] in _ARTICLES:
        return False
    # a demonym or a known name before it ("Lebanese Hizbullah") qualifies the name, it does
    # not lengthen it
    return not any(kb.entries[b.entry]["type"] in ("NORP", "GPE") for b in kb.aliases(f.deeps[i - 1]))
