"""A body named by generic words alone joins the one fuller body of its kind in the corpus.

``bodies.generic_bodies`` links "the Defence Ministry" to "Russia's defence ministry" when one
article names both; an article that names only "the Defence Ministry" (kept as an actor when
written as a title) then stood beside the fuller name other articles of the corpus give it.
Across the corpus: the generic name's words (head and domain words: "defence", "ministry") and
a state's name or demonym make up exactly one other organisation's name (its written form, or one
of its KB names when it is known): the state's own body, which an article about that state calls
by its generic name. With none, or with two candidates (two states' defence ministries), the
generic name stays its own actor; "the Democratic Party" is no state's "Democratic Unionist Party".
A place the gazetteer knows owns a body as a state does ("the Gaza Health Ministry").
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from .cues import cues
from .fold import WORD, deep_key, light
from .kb import KnowledgeBase
from .national_join import _leads

_FUNCTION = frozenset(("the", "a", "an", "of", "for", "and", "al", "el"))


def _uk(w: str) -> str:
    """One spelling for the American and British forms of a word: "defense" / "defence",
    "organization" / "organisation"."""
    if w.endswith("ense"):
        return w[:-2] + "ce"
    return w.replace("ization", "isation") if "ization" in w else w


def _words(name: str) -> set[str]:
    return {_uk(light(w)) for w in WORD.findall(name)}


def generic_name(canonical: str) -> bool:
    """Whether an organisation's name is two or more generic words alone ("Ministry of Health")."""
    c = cues()
    content = _words(canonical) - _FUNCTION - {"affairs"}
    return len(content) >= 2 and all(w in c.generic or w in c.head_words for w in content)


def join_generic_bodies(records: Iterable[tuple[int, str, str, str | None]], kb: KnowledgeBase,
                        find: Callable[[int], int], union: Callable[[int, int], bool]) -> None:
    """``records``: (first actor, type, canonical form, KB id) per distinct name."""
    c = cues()
    generic: list[tuple[int, set[str]]] = []
    bodies: list[tuple[int, set[str]]] = []
    for i, typ, canonical, kb_id in records:
        if typ != "ORG" or not canonical:
            continue
        content = _words(canonical) - _FUNCTION - {"affairs"}
        if not kb_id and len(content) >= 2 and all(w in c.generic or w in c.head_words for w in content):
            generic.append((i, frozenset(content)))
            continue
        names = [canonical]
        if kb_id:
            e = kb.entry(kb_id) or {}
            names += [e.get("name", ""), *(e.get("aliases") or ())]
        bodies.append((i, names))
    if not generic or not bodies:
        return
    countries, demonyms = _leads(kb)
    for i, content in generic:
        roots = {find(j) for j, names in bodies
                 if any(_state_body(n, content, countries, demonyms, kb) for n in names)}
        if len(roots) == 1:
            union(roots.pop(), i)


def _state_body(name: str, content: frozenset[str], countries: dict, demonyms: dict,
                kb: KnowledgeBase | None = None) -> bool:
    """Whether ``name`` is the generic words ``content`` plus a state's name or demonym, or the
    name of a place the gazetteer knows ("Gaza Health Ministry", "the Health Ministry in Gaza":
    a territory's or a region's own body)."""
    words = [_uk(light(w)) for w in WORD.findall(name)]
    if not content <= set(words):
        return False
    # "Malawi's defence ministry": the possessive "s" is no word of the state's name
    rest = " ".join(w for w in words if w not in content and w not in _FUNCTION and w not in ("affairs", "s", "in"))
    if not rest:
        return False
    return bool(countries.get(rest) or demonyms.get(rest) or (kb is not None and _place(kb, rest)))


_PLACE_TYPES = frozenset(("GPE", "LOC"))


def _place(kb: KnowledgeBase, rest: str) -> bool:
    """Whether ``rest`` names a place: a gazetteer place or a KB territory ("Gaza")."""
    if kb.place_ids(rest):
        return True
    return any((kb.entry(a.entry) or {}).get("type") in _PLACE_TYPES for a in kb.aliases(deep_key(rest)))
