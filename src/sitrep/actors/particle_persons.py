"""People whose names hold a lowercase link: "Marcelo de Menezes", "Antonio da Silva",
"Edgar Alves de Andrade", "Luc van der Berg".

A run's lowercase "de"/"da"/"del" is also the link of place and body names ("Rio de Janeiro",
"Banco do Brasil"), so the shapes split a run there and a Lusophone or Hispanic name fell apart
into a given name and a surname, one often read as a town. The run is kept whole only on positive
evidence that it names a person: a known given name opens it, or a title stands before it ("Colonel
Marcelo de Menezes", "Justice X de Y"); the person test of the shapes then decides as for any
name.
"""
from __future__ import annotations

from .cues import Cues
from .fold import Folded

# the lowercase links of people's names (not "of", "for", "the": those link bodies' names)
NAME_LINKS = frozenset(("de", "da", "do", "dos", "das", "di", "del", "della", "du", "van", "von", "der", "den"))
# articles that follow a link inside a name ("Juan Carlos de la Fuente"), never alone
_ARTICLES = frozenset(("la", "las", "los", "le"))


def particle_person_run(f: Folded, c: Cues, a: int, b: int, inner: list[int]) -> bool:
    """Whether the piece a..b, split only by the lowercase links at ``inner``, may be one
    person's name: every inner word a name link, a capitalised word after each, and a given name
    or a title at the front."""
    L, words = f.lights, f.words
    if not inner or inner[0] == a or inner[-1] >= b - 1:
        return False
    for k in inner:
        # "de la", "van der": an article after a link is part of it
        if not words[k].islower() or not (L[k] in NAME_LINKS or (L[k] in _ARTICLES and L[k - 1] in NAME_LINKS)):
            return False
        if L[k + 1] in NAME_LINKS or L[k + 1] in _ARTICLES:
            continue                    # the next word is the link's article: checked in turn
        if not words[k + 1][:1].isupper():
            return False
    first = inner[0]
    # the given name right before the first link, or at the run's front
    if L[a] in c.given or L[first - 1] in c.given:
        return True
    return any(c.titles.match_at(L, k) for k in range(a, first) if L[k] in c.titles.firsts)


def particle_pieces(f: Folded, a: int, b: int, inner: list[int]):
    """The pieces of a..b split at the inner words that are no name link ("of", "for", "the"):
    each piece may still be split at its name links afterwards."""
    s = a
    for k in inner:
        if f.lights[k] in NAME_LINKS or (f.lights[k] in _ARTICLES and f.lights[k - 1] in NAME_LINKS):
            continue
        if k > s:
            yield (s, k)
        s = k + 1
    if b > s:
        yield (s, b)
