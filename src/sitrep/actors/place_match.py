"""Gazetteer places in a text, and the rules that tell a place from a piece of another name.

A one-word place must be written as listed and capitalised; one that is also an everyday word
needs a preposition before it, and one that sits in a person's name ("Abdi Hassan"), a longer
capitalised name ("Krishna Ghati") or a hyphenated name ("Shahr-e-Naw") is no place of its own.
Split from ``match`` (KB names), which calls ``_place_cand`` from its automaton pass.
"""
from __future__ import annotations

from .cand import Cand
from .cand import capitalised as _capitalised
from .cues import Cues, is_common_word
from .fold import Folded
from .fold import light_cached
from .kb import KnowledgeBase

# a one-word place name this frequent as an English word ("Reading", "Mobile", "Split") needs a
# preposition before it; place names themselves score up to about 4 ("Gaza" 3.9)
PLACE_WORD_ZIPF = 4.2
_NAME_LINKS = frozenset(("del", "de", "della", "do", "da", "of"))
# lowercase heads of a site named after the town it stands by ("the Hakari bridge")
_SITE_HEADS = frozenset(("bridge", "checkpoint", "crossing", "dam", "gate", "airport", "airbase", "prison",
                         "refinery"))


def _place_cand(f: Folded, i: int, j: int, places: dict[str, list[str]], kb: KnowledgeBase,
                cues: Cues) -> Cand | None:
    """A gazetteer place written as listed and capitalised; a weak name needs a preposition."""
    if j > len(f.words):
        return None
    ids = places.get(f.light_span(i, j))
    if not ids:
        return None
    words = f.words[i:j]
    if any(not _capitalised(w) and len(w) > 3 for w in words):
        return None
    # "Shahr-e-Naw", "Naw-e-Shahr": a piece of a hyphenated name linked by a lowercase particle
    # is no place of its own ("Kabul-Jalalabad road" keeps both places)
    if (f.joined[i] == 2 and i > 0 and f.words[i - 1].islower()) or \
            (j < len(f.words) and f.joined[j] == 2 and f.words[j].islower()):
        return None
    if len(words) == 1:
        w = words[0]
        if w.isupper() and len(w) <= 3:
            return None
        if i > 0 and f.lights[i - 1] in cues.place_prefixes and _capitalised(f.words[i - 1]) \
                and f.starts[i] - f.ends[i - 1] <= 2:
            return _prefixed_place(f, i, kb, cues)
        if _accent_mismatch(w, ids, kb):
            return None
        if w in cues.not_name:
            return None
        if is_common_word(w, PLACE_WORD_ZIPF) and not _locative_before(f, i, cues):
            return None
        # a given name followed by another name is a person: "Haifa Wehbe", "Florence Parly"
        if f.lights[i] in cues.given and j < len(f.words) and f.joined[j] == 1 and \
                _capitalised(f.words[j]):
            return None
        if _person_name_piece(f, i, ids, places, kb, cues):
            return None
        # a word that is only another name of a place ("Krishna" for Machilipatnam) and sits
        # inside a longer capitalised name ("Krishna Ghati", "Diario del Pacífico") is a piece of
        # that name unless a place word comes before it
        if _in_longer_name(f, i, j) and \
                not any(light_cached(kb.places.table[p][0]) == f.lights[i] for p in ids):
            return None
        # "Diario del Pacífico", "Cártel del Golfo": the end of a Spanish name
        if i > 1 and f.lights[i - 1] == "del" and f.joined[i - 1] == 1 and _capitalised(f.words[i - 2]):
            return None
    pid = max(ids, key=kb.places.population)
    # "Kani Township", "Tamu District": a capitalised place word right after the name is part of
    # its official name, so the span keeps it (the same place as the bare "Kani")
    if j < len(f.words) and f.joined[j] == 1 and _capitalised(f.words[j]) and f.lights[j] in cues.gpe_heads:
        j += 1
    # "the Hakari bridge", "at the Zakho checkpoint": a site named after the town, written with
    # a lowercase head, is the site (the town's own name stays unknown there, as for a town no
    # gazetteer lists)
    if j < len(f.words) and f.joined[j] == 1 and f.lights[j] in _SITE_HEADS and f.words[j].islower() \
            and i > 0 and f.lights[i - 1] == "the":
        return Cand(i, j + 1, "FAC", "fac-head", 20)
    return Cand(i, j, "GPE", "gazetteer", 20, kb_id=pid)


def _person_name_piece(f: Folded, i: int, ids: list[str], places: dict[str, list[str]],
                       kb: KnowledgeBase, cues: Cues) -> bool:
    """Whether the one word i, a gazetteer hit, is rather a piece of a person's name."""
    light = f.lights[i]
    # a bare given name that only folds onto a longer place name ("Ahmad" for Al Aḩmadī, its
    # article and ending dropped) is the name, not the place; a place listed as written stays
    if light in cues.given and all(light != (m := light_cached(kb.places.table[p][0])) and light in m
                                   for p in ids):
        return True
    if i == 0 or f.joined[i] != 1 or not _capitalised(f.words[i - 1]):
        return False
    prev = f.lights[i - 1]
    # "Abdi Hassan", "Salem Ahmed Bakri": a word right after a capitalised given name goes on the
    # person's name; a given name that is an everyday word ("Will Kherson fall") or itself a
    # place opens no name
    return prev in cues.given and not is_common_word(f.words[i - 1]) and not places.get(prev)


def _prefixed_place(f: Folded, i: int, kb: KnowledgeBase, cues: Cues) -> Cand | None:
    """"St Vincent", "St. Petersburg": a place after a word that opens place names is the whole
    name when the gazetteer lists it (the short form expanded), else a piece of a name it lacks
    ("Vincent" is a Californian town, not St Vincent)."""
    pre = f.lights[i - 1]
    for first in dict.fromkeys((pre, cues.place_prefixes[pre])):
        ids = kb.place_ids(f"{first} {f.lights[i]}")
        if ids:
            return Cand(i - 1, i + 1, "GPE", "gazetteer", 20, kb_id=max(ids, key=kb.places.population))
    return None


def _accent_mismatch(w: str, ids: list[str], kb: KnowledgeBase) -> bool:
    """A one-word place that differs from every listed spelling in its accents only where that
    matters: a word written with accents the place lacks ("Hervé" for Herve: a French given
    name), or an everyday English word without the place's accents ("God" for Göd)."""
    low = w.lower()
    names = [kb.places.table[p][0].lower() for p in ids]
    if low in names:
        return False
    if not low.isascii():
        return all(n.isascii() for n in names)
    return is_common_word(w, PLACE_WORD_ZIPF)



def _in_longer_name(f: Folded, i: int, j: int) -> bool:
    """Whether a capitalised word, or "del"/"of" and one, stands right after (or a capitalised
    word that is no everyday word right before) the words i..j-1: a place phrase before them
    then types the longer name ("residents of Krishna Ghati"), not this piece of it."""
    words, joined, n = f.words, f.joined, len(f.words)
    if j < n and joined[j] == 1:
        if _capitalised(words[j]):
            return True
        if f.lights[j] in _NAME_LINKS and j + 1 < n and joined[j + 1] == 1 and _capitalised(words[j + 1]):
            return True
    return i > 0 and joined[i] == 1 and _capitalised(words[i - 1]) and not is_common_word(words[i - 1])


def _locative_before(f: Folded, i: int, cues: Cues) -> bool:
    return i > 0 and f.joined[i] == 1 and f.lights[i - 1] in cues.locative and f.words[i - 1].islower()
