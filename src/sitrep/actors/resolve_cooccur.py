"""Namesakes in one document: two actors one article keeps apart are two actors.

An article spells one actor one way; outlets differ from each other. So two names that a
spelling test finds close ("Daniel Arce" / "Daniela Arce", "Hamid Juma" / "Hamad Juma",
"Joseph Kabila" / "Joseph Kabisa") but that one document names as two different doc-local actors
are relatives or namesakes, not spellings of one person (people only: an article may quote an
organisation's name in another outlet's spelling): the fuzzy cross-document joins
(spelling variants, transliterations) must not make them one. ``DocGuard`` tracks, for every set
of the union-find, the documents it has an actor in; two sets that share a document are not
joined by those tests. Exact key joins come first and are not guarded, except where one document
holds two actors under one folded key (``split_keys``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from .fold import light

_DOUBLED = re.compile(r"(.)\1+")
_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=100_000)
def spelling(name: str) -> str:
    """A name's letters as spelled, case, accents, punctuation and doubled letters folded away:
    "Mohammed al-Sudani" and "Mohamed Al Sudani" are one spelling, "Hamid" and "Hamad" two."""
    # word by word: "Daniela Arce" must not collapse to "Daniel Arce" over the gap
    return " ".join(_DOUBLED.sub(r"\1", w) for w in _WORDS.findall(light(name)))


class DocGuard:
    """The documents of each set (by its root) while fuzzy joins run."""

    def __init__(self, docs_of_actor: Sequence[int], find, name_of: Callable[[int], str],
                 is_person: Callable[[int], bool]) -> None:
        self.name_of = name_of                 # an actor's canonical name
        self.is_person = is_person
        self.docs: dict[int, set[int] | int] = {}
        for i, d in enumerate(docs_of_actor):
            r = find(i)
            got = self.docs.get(r)
            if got is None:
                self.docs[r] = d           # most sets have one document: an int, no set
            elif isinstance(got, int):
                if got != d:
                    self.docs[r] = {got, d}
            else:
                got.add(d)

    def clash(self, x: int, y: int, ra: int, rb: int) -> bool:
        """Whether actors ``x`` and ``y`` are differently spelled and their sets (roots ``ra``,
        ``rb``) both hold an actor of one document. One spelling is one name: a place the
        gazetteer and the text's cues typed apart ("Kumbo" twice) is still joined."""
        if not (self.is_person(x) and self.is_person(y)):
            # organisations: an article may print an agency's own variant of a body's name
            # beside its usual one ("Islamic Revolution Guards Corps" in a quoted statement)
            return False
        a, b = self.docs.get(ra), self.docs.get(rb)
        if a is None or b is None:
            return False
        # the shared document first: most pairs share none, and the spellings are then not
        # folded at all (both tests are pure, so the order does not change the answer)
        if isinstance(a, int):
            shared = a == b if isinstance(b, int) else a in b
        elif isinstance(b, int):
            shared = b in a
        else:
            shared = not a.isdisjoint(b)
        return shared and spelling(self.name_of(x)) != spelling(self.name_of(y))

    def merged(self, lo: int, hi: int) -> None:
        """Set ``hi`` was joined under ``lo``."""
        b = self.docs.pop(hi, None)
        if b is None:
            return
        a = self.docs.get(lo)
        if a is None:
            self.docs[lo] = b
            return
        sa = {a} if isinstance(a, int) else a
        sa |= {b} if isinstance(b, int) else b
        self.docs[lo] = sa


def split_keys(keys: list[tuple[str, str]], name_col: Sequence[int], doc_col: Sequence[int],
               canonical: Sequence[str], kb_id: Sequence[str | None]) -> list[tuple]:
    """The joining key of each name record, with the spelling added to the folded name keys that
    one document holds two actors under: "Hamid Juma" and "Hamad Juma" fold to one key, and an
    article naming both means two people, so each other document's actor joins the one spelled
    as it is (or neither)."""
    seen: set[tuple[tuple[str, str], int]] = set()
    clashing: set[tuple[str, str]] = set()
    for n, d in zip(name_col, doc_col):
        if kb_id[n]:
            continue
        k = keys[n]
        if not k[0].startswith("name:"):
            continue
        if (k, d) in seen:
            clashing.add(k)
        else:
            seen.add((k, d))
    if not clashing:
        return list(keys)
    return [(k[0], k[1], spelling(canonical[n])) if k in clashing and not kb_id[n] else k
            for n, k in enumerate(keys)]
