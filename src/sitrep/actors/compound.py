"""Compound surnames over gazetteer places.

Spanish and Portuguese names carry two surnames ("Joaquín Guzmán López", "Marisol Ibarra
Quintero"), and many surnames are also towns somewhere. A capitalised word written straight after
a person's given name and surname is a further part of that name, not a place; two one-word
places side by side after a capitalised name word are the surnames of one person.

The longer name may be someone else than a known person the shorter form names: the KB's
"Joaquín Guzmán" (maternal surname Loera) is not "Joaquín Guzmán López", his son. The link is
kept unless the KB lists the person with a different word after that surname.
"""
from __future__ import annotations

from .cues import Cues, is_common_word
from .fold import Folded, fold_text
from .kb import KnowledgeBase
from .match import Cand

_PLACE_SOURCES = frozenset(("gazetteer", "place-context"))


def _name_word(f: Folded, k: int, cues: Cues, first: bool = False) -> bool:
    """A capitalised name word written straight after the previous one (``first``: anywhere)."""
    w = f.words[k]
    return ((first or f.joined[k] == 1) and w[:1].isupper() and w.isalpha() and not w.isupper()
            and w not in cues.not_name and not is_common_word(w))


def _surname_town(f: Folded, k: int, nxt: Cand | None, cues: Cues) -> bool:
    """A frequent surname that the gazetteer also knows as a town ("Lopez", "Thomson"), written
    straight after a two-word person's name: the word frequency that keeps "Police" out counts
    surnames too, but a gazetteer town is no everyday English word."""
    w = f.words[k]
    return nxt is not None and nxt.j - nxt.i == 1 and nxt.type == "GPE" and nxt.source == "gazetteer" \
        and f.joined[k] == 1 and w.isalpha() and not w.isupper() and w not in cues.not_name


def _one_word_place(c: Cand | None) -> bool:
    return c is not None and c.j - c.i == 1 and c.type in ("GPE", "LOC") and \
        (c.source in _PLACE_SOURCES or (c.source == "kb" and c.kb_id is not None))


def compound_surnames(f: Folded, chosen: list[Cand], kb: KnowledgeBase, cues: Cues) -> list[Cand]:
    """Persons widened over the place-named surname that follows them; place pairs that are a
    person's surnames ("Marisol Ibarra Quintero") made one person."""
    n = len(f.words)
    words = f.words
    by_start: dict[int, Cand] | None = None
    covered = b""
    drop: set[int] = set()
    extra: list[Cand] = []
    for c in chosen:
        person = c.type == "PERSON"
        if person and not c.kb_id and c.j - c.i == 2:
            _known_surnames(f, c, kb)
        k = c.j
        # most mentions stand before no capitalised word, and are neither persons nor places
        if k >= n or not words[k][:1].isupper() or not (person or _one_word_place(c)) or id(c) in drop:
            continue
        if by_start is None:
            by_start = {x.i: x for x in chosen}
            cov = bytearray(n)
            for x in chosen:
                cov[x.i:x.j] = b"\x01" * (x.j - x.i)
            covered = bytes(cov)
        nxt = by_start.get(k)
        if not _name_word(f, k, cues) and not (person and c.j - c.i >= 2 and _surname_town(f, k, nxt, cues)):
            continue
        if person and (not covered[k] or _one_word_place(nxt)) and \
                (c.j - c.i >= 2 or (c.kb_id and _listed_pair(f, c, k, kb))):
            if nxt is not None:
                drop.add(id(nxt))
            drop.add(id(c))
            kb_id = c.kb_id if c.kb_id and not _other_person(f, c, k, kb) else None
            extra.append(Cand(c.i, k + 1, "PERSON", c.source if kb_id else "name-shape", c.prio, kb_id))
        elif _one_word_place(c) and _one_word_place(nxt) and c.i > 0 and _name_word(f, c.i, cues) \
                and not covered[c.i - 1] and _name_word(f, c.i - 1, cues, first=True) \
                and not cues.titles.match_before(f.lights, c.i):
            # "Marisol Ibarra Quintero": a name word, then two towns with nothing between them
            drop.update((id(c), id(nxt)))
            extra.append(Cand(c.i - 1, k + 1, "PERSON", "name-shape", 10))
    if not extra:
        return chosen
    out = [c for c in chosen if id(c) not in drop] + extra
    out.sort(key=lambda c: c.i)
    return out


def _known_surnames(f: Folded, c: Cand, kb: KnowledgeBase) -> None:
    """"Sheinbaum Pardo": both surnames of the one known person whose names hold them in a row
    (the first a surname the KB knows on its own) are that person."""
    key = ("surname", f.deeps[c.i])
    aliases = kb.memo.get(key)
    if aliases is None:
        # the known persons this one word names (memoised per KB: most words name none)
        aliases = kb.memo[key] = tuple(a.entry for a in kb.aliases(f.deeps[c.i])
                                       if kb.entries[a.entry]["type"] == "PERSON")
    if not aliases:
        return
    found = {e for e in aliases if _listed_pair(f, Cand(c.i, c.i + 1, "PERSON", "", 0, e), c.i + 1, kb)}
    if len(found) == 1:
        c.kb_id = found.pop()


def _listed_pair(f: Folded, c: Cand, k: int, kb: KnowledgeBase) -> bool:
    """Whether a known person's names hold the surname at c.i followed by the word at k: "Sheinbaum
    Pardo" of the KB's "Claudia Sheinbaum Pardo"."""
    e = kb.entries.get(c.kb_id or "") or {}
    pair = f" {f.lights[c.i]} {f.lights[k]} "
    return any(pair in f" {fold_text(n).light_text.strip()} " for n in (e.get("name") or "", *(e.get("aliases") or ())))


def _other_person(f: Folded, c: Cand, k: int, kb: KnowledgeBase) -> bool:
    """Whether the KB knows person ``c`` with another word after the surname at c.j - 1."""
    e = kb.entries.get(c.kb_id or "") or {}
    wider = f.light_span(c.i, k + 1)
    surname, after = f.lights[c.j - 1], f.lights[k]
    for name in (e.get("name") or "", *(e.get("aliases") or ())):
        folded = fold_text(name)
        if folded.light_text.strip() == wider:
            return False
        lights = folded.lights
        for p in range(len(lights) - 1):
            if lights[p] == surname and lights[p + 1] != after:
                return True
    return False
