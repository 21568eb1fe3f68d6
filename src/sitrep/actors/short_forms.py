"""Short forms of a person's name met earlier in the same document, linked to the full name.

A bare surname ("Sudani", "al-Sudani", "Miller"), a kunya form ("Abu Jabal"), the first of a
double surname ("Ruiz") or, for names that refer back by it, the given name ("Legesse") joins
the full name it shortens. Split from ``mentions``, which runs this after overlaps are settled.
"""
from __future__ import annotations

from itertools import compress

from .cand import Cand
from .cues import Cues
from .fold import Folded
from .kb import KnowledgeBase
from .kunya_forms import kunya_forms, kunyas
from .soundalike import sounds_like

_ARTICLE = frozenset(("al", "el"))


def _core_tokens(f: Folded, c: Cand) -> list[int]:
    return [k for k in range(c.i, c.j) if f.lights[k] not in _ARTICLE]


def short_forms(f: Folded, chosen: list[Cand], links: list[tuple[int, int]], cues: Cues,
                starts: set[int], kb: KnowledgeBase) -> list[Cand]:
    """Bare surnames ("Sudani", "al-Sudani", "Miller") join the full name met in the same text."""
    surnames: dict[str, list[int]] = {}
    # given name -> the full names opening with it: Ethiopian and Eritrean names (and Icelandic,
    # and many a feature story) refer back by the given name ("Legesse Tulu ... Legesse said")
    givens: dict[str, dict[tuple, int]] = {}
    kunya: dict[tuple[str, str], list[int]] = {}
    doubles: dict[tuple[str, str], list[int]] = {}
    for idx, c in enumerate(chosen):
        if c.type == "PERSON" and not c.partial and c.j - c.i >= 2:
            core = _core_tokens(f, c)
            if len(core) >= 2:
                surnames.setdefault(f.deeps[core[-1]], []).append(idx)
                if len(core) == 2:
                    givens.setdefault(f.deeps[core[0]], {}).setdefault(
                        tuple(f.deeps[k] for k in core), idx)
            if len(core) >= 3 and f.deeps[core[-2]] in kunyas():
                # "Karim Abu Jabal" is called "Abu Jabal": the kunya is his surname's form
                kunya.setdefault((f.deeps[core[-2]], f.deeps[core[-1]]), []).append(idx)
            if len(core) >= 3:
                # a double surname ("Hernando Ruiz Vargas") is cut to its first one ("Ruiz"):
                # the word before the last is a surname unless it is a given (middle) name
                mid = core[-2]
                if f.words[mid][:1].isupper() and f.lights[mid] not in cues.given:
                    full = surnames.setdefault(f.deeps[mid], [])
                    if idx not in full:
                        full.append(idx)
                    # ... or named by both surnames ("Rocha Moya" of "Rubén Rocha Moya")
                    doubles.setdefault((f.deeps[mid], f.deeps[core[-1]]), []).append(idx)
    if not surnames:
        return chosen
    if kunya:
        kunya_forms(f, chosen, links, kunya)
    # a given name that is also someone's surname, or opens two people's names, is ambiguous
    givens = {g: next(iter(full.values())) for g, full in givens.items()
              if len(full) == 1 and g not in surnames}

    def nearest(k: int, cands: list[int]) -> int:
        before = [i for i in cands if chosen[i].i < k]
        return before[-1] if before else cands[0]

    covered = bytearray(len(f.words))
    for c in chosen:
        covered[c.i:c.j] = b"\x01" * (c.j - c.i)
    # single-word people, and places found only by the gazetteer, that are a surname met here
    lights, deeps = f.lights, f.deeps
    for idx, c in enumerate(chosen):
        if c.j - c.i == 1:               # most mentions: one word, inlined
            if lights[c.i] in _ARTICLE:
                continue
            core0 = c.i
        elif c.j - c.i > 2:
            continue
        else:
            core = _core_tokens(f, c)
            if len(core) != 1:
                if doubles and len(core) == 2 and c.type == "PERSON" and not c.partial:
                    _double_surname(f, chosen, links, doubles, idx, core)
                continue
            core0 = core[0]
        full = surnames.get(deeps[core0])
        if not full:
            given = givens.get(deeps[core0])
            if given is not None and given != idx and c.type == "PERSON" and not c.kb_id:
                c.partial = True
                links.append((given, idx))
            continue
        if idx in full or _kin(f, c.j, cues):
            continue
        if c.type == "PERSON" or c.source in ("gazetteer", "place-shape") or sounds_like(kb, f, c) \
                or _named_place_as_person(f, c, cues):
            target = nearest(c.i, full)
            if c.kb_id and chosen[target].kb_id != c.kb_id:
                c.kb_id = None
            c.type, c.partial = "PERSON", True
            links.append((target, idx))
    extra: list[Cand] = []
    for k in _key_positions(f, surnames):
        w = f.words[k]
        if covered[k] or not w[:1].isupper() or w in cues.not_name:
            continue
        t = cues.titles.match_at(f.lights, k)
        if t and k + t < len(f.words) and f.joined[k + t] == 1 and f.words[k + t][:1].isupper():
            continue             # "Major General David Majur Dak": a rank before a name, not "Majur"
        if _kin(f, k + 1, cues):
            if f.lights[k + 1] in cues.tribe_after:
                extra.append(Cand(k, k + 1, "NORP", "tribe-shape", 10))
            continue
        full = surnames[f.deeps[k]]
        i = k
        if k > 0 and f.lights[k - 1] in _ARTICLE and f.joined[k] and not covered[k - 1]:
            i = k - 1
        # another first name before the surname is another person: "Thaier Al-Sudani"
        first = i
        while (first > 0 and i - first < 3 and f.joined[first] == 1 and not covered[first - 1]
               and f.words[first - 1][:1].isupper() and f.words[first - 1] not in cues.not_name
               and not cues.titles.match_before(f.lights, first)
               and not cues.org_heads.match_at(f.lights, first - 1, 1)):
            first -= 1
        if first < i:
            covered[first:k + 1] = b"\x01" * (k + 1 - first)
            extra.append(Cand(first, k + 1, "PERSON", "name-shape", 10))
            continue
        extra.append(Cand(i, k + 1, "PERSON", "short-form", 10, partial=True))
        links.append((nearest(k, full), len(chosen) + len(extra) - 1))
    return chosen + extra


def _named_place_as_person(f: Folded, c: Cand, cues: Cues) -> bool:
    """A one-word known place or people that is the surname of someone this text names and
    stands as a person here: a title before it ("Minister Sana conveyed", beside "Mahamadou
    Sana") or a speech verb after it ("Sana said", "Türk said" beside "Volker Türk", where the
    word is also a demonym). Any place preposition before it keeps it a place."""
    if c.type not in ("GPE", "NORP") or c.source != "kb" or c.j - c.i != 1:
        return False
    k = c.j
    titled = c.i > 0 and f.joined[c.i] == 1 and cues.titles.match_before(f.lights, c.i) > 0
    speaks = k < len(f.words) and f.joined[k] == 1 and f.words[k].islower() \
        and f.lights[k] in cues.verbs_after and f.lights[k] not in ("was", "is")
    return titled or speaks


def _kin(f: Folded, k: int, cues: Cues) -> bool:
    """Whether the word at ``k`` makes the surname before it a tribe, clan or family ("Mehsud
    elders"): such a surname is not a short form of the person met earlier."""
    return k < len(f.words) and f.lights[k] in cues.kin_after and f.words[k].islower()


def _double_surname(f: Folded, chosen: list[Cand], links: list[tuple[int, int]],
                    doubles: dict[tuple[str, str], list[int]], idx: int, core: list[int]) -> None:
    """A two-word person that is the double surname of one full name of the text joins it."""
    full = doubles.get((f.deeps[core[0]], f.deeps[core[1]]))
    if not full or idx in full or len({id(chosen[i]) for i in full}) != 1:
        return
    c, target = chosen[idx], full[0]
    if c.kb_id and chosen[target].kb_id != c.kb_id:
        return                      # a known person of that name is someone else
    c.partial = True
    links.append((target, idx))


def _key_positions(f: Folded, keys: dict[str, list[int]]) -> list[int]:
    """Token indices whose deep key is one of ``keys`` (one C-level pass: a regex built per
    document cost a compile per document)."""
    return list(compress(range(len(f.deeps)), map(keys.__contains__, f.deeps)))

