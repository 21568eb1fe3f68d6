"""Organisations named in both word orders: "Defence Army of Velmora" and "Velmora Defence
Army", "Union of Karst Farmers" and "Karst Farmers Union". Outlets and translations switch
between the two; the words are the same, so the two names are one actor when exactly one entity
bears the inverted form."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .cues import Cues, cues
from .fold import light, name_key

# names longer than this are descriptions, not names that get inverted
_MAX_WORDS = 6


def inverted_key(canonical: str, generic_ok: bool = False) -> tuple[str, ...] | None:
    """The folded words of "Z H" for a name "H of Z", when H ends with an organisation's head
    word and Z names something in particular (not "Ministry of Health": a generic domain would
    join the health ministries of different states)."""
    words = canonical.split()
    the = "the" in words[2:-1] and words.count("the") == 1 and words[words.index("the") - 1] == "of"
    if the:
        # "Cell of the Security Media" (a translation's word order) is "Security Media Cell"
        words.remove("the")
    if not 3 <= len(words) <= _MAX_WORDS:
        return None
    lights = [light(w) for w in words]
    if lights.count("of") != 1:
        return None
    k = lights.index("of")
    if k == 0 or k == len(words) - 1 or "the" in lights or "for" in lights:
        return None
    c = cues()
    before, after = lights[:k], lights[k + 1:]
    if not c.org_heads.match_before(before, len(before)):
        return None
    if not all(w[:1].isupper() for w in words[k + 1:]) or any(w in c.head_words for w in after):
        return None
    if k >= 2 and _demonym_led(words[0], lights[0], c):
        # "Velorian Commission of Human Rights" = "Velorian Human Rights Commission": the demonym
        # stays in front and pins the state, so a generic domain ("Ministry of Health") is safe here
        return tuple(name_key(" ".join(words[:1] + words[k + 1:] + words[1:k])).split())
    # "Ministry of Health" would join every state's health ministry (``generic_ok``: the caller
    # only joins it to a known actor's listed name, "Cell of the Security Media" to the KB's
    # "Security Media Cell")
    if not (generic_ok and the) and any(w in c.generic for w in after):
        return None
    return tuple(name_key(" ".join(words[k + 1:] + words[:k])).split())


def _demonym_led(word: str, folded: str, c: Cues) -> bool:
    """A capitalised first word shaped like a demonym ("Ethiopian", "Sudanese") and no head word."""
    if not word[:1].isupper() or folded in c.head_words or folded in c.generic:
        return False
    return any(len(folded) >= len(s) + 3 and folded.endswith(s) for s in c.demonym_suffixes)


def join_inverted(rows: Sequence[tuple[int, str, str, tuple[str, ...]]],
                  find: Callable[[int], int], union: Callable[[int, int], bool],
                  known: Callable[[int], bool] = lambda i: False) -> None:
    """``rows``: (first actor, type class, canonical name, folded words) of each name record.
    Joins each "H of Z" name to the one entity named "Z H" of its type class (``known``: whether
    an actor's set is linked to the knowledge base)."""
    by_words: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    ofs: list[tuple[int, str, str]] = []
    for i, cls, canonical, toks in rows:
        if cls == "PERSON" or not toks:
            continue
        by_words.setdefault((cls, toks), []).append(i)
        if "of" in canonical:
            ofs.append((i, cls, canonical))
    for i, cls, canonical in ofs:
        key = inverted_key(canonical)
        if key is None:
            key = inverted_key(canonical, generic_ok=True)
            if key is None:
                continue
            roots = {find(j) for j in by_words.get((cls, key), ())}
            if len(roots) == 1 and known(next(iter(roots))):
                union(i, roots.pop())
            continue
        roots = {find(j) for j in by_words.get((cls, key), ())}
        if len(roots) == 1:
            union(i, roots.pop())
