"""Transliteration variants of one person's name the spelling test leaves apart ("Keikal" /
"Kikal" / "Kaykal", "Khaing Thukha" / "Khine Thu Kha"): a conservative second pass over PERSON
names that compares their sound skeletons.

A skeleton folds what transliterations of one name vary in: case and accents, spaces and hyphens
inside the name, "h" (kh/k, th/t), "ee"/"oo" as "i"/"u", doubled letters, g/q/k, "y" as "i", a word-final "ng" ("-aing"
/ "-ine") and a silent word-final "e". The consonants must then be equal and the vowel groups
compatible one by one (sharing a letter: "ei" / "i" / "ai" pass, "Hassan" / "Hussein" do not).
A skeleton bucket joins only when every name in it is compatible with every other and at most
one of them is known to the KB: another entity competing for the skeleton leaves them all apart.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from .fold import light
from .variants import glue_prefixes

MIN_CONSONANTS = 3           # shorter skeletons ("Ali", "Ola") say too little to join on
_FINAL_NG = re.compile(r"ng\b")
_FINAL_E = re.compile(r"(?<=[^aeiouy\W])e\b")
_NOT_LETTER = re.compile(r"[^a-z]+")
_FOLD = str.maketrans({"h": None, "g": "k", "q": "k", "y": "i"})
_DOUBLE = re.compile(r"(.)\1+")
_SPLIT = re.compile(r"([aeiou]+)")


# letters only Turkish spelling has: a name written with them is an Arabic or Persian name in
# Turkish letters ("İzzet er-Rişk", "Rıdvan"), whose "e" renders the Arabic "a" (İzzet/Izzat,
# Mehmet/Muhammad)
_TURKISH = frozenset("ıİşŞğĞ")
_TURKISH_FOLD = str.maketrans({"e": "a"})
# a sun-letter article written as it sounds ("er-Rişk", "es-Saadi") is the article "al-"
_SUN_ARTICLE = re.compile(r"(?<![^\W\d_])(?:[ae][dnrstz]h?|u[dnst])-(?=[^\W\d_])")


def skeleton(name: str) -> tuple[str, tuple[str, ...]] | None:
    """(consonants, vowel groups) of a person's name, or None when it is too short to compare."""
    name = _SUN_ARTICLE.sub("al-", name)
    s = light(glue_prefixes(name) or name)
    if not _TURKISH.isdisjoint(name):
        s = s.translate(_TURKISH_FOLD)
    s = _FINAL_E.sub("", _FINAL_NG.sub("n", s))
    # English spellings write a long i and u doubled ("Mateen" / "Matin", "Mahmood" / "Mahmud")
    s = s.replace("ee", "i").replace("oo", "u")
    s = _DOUBLE.sub(r"\1", _NOT_LETTER.sub("", s).translate(_FOLD))
    parts = _SPLIT.split(s)
    consonants = "".join(parts[0::2])
    if len(consonants) < MIN_CONSONANTS:
        return None
    # the vowel groups between the consonant runs, in place ("" where a name has none there)
    return "|".join(parts[0::2]), tuple(parts[1::2])


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return len(a) == len(b) and all(x == y or (x and y and set(x) & set(y)) for x, y in zip(a, b))


def join_transliterations(records: Iterable[tuple[int, str, str, str | None]],
                          find: Callable[[int], int], union: Callable[[int, int], bool]) -> None:
    """``records``: (first actor, type, canonical form, KB id) per distinct name."""
    buckets: dict[str, list[tuple[int, tuple[str, ...], str | None]]] = defaultdict(list)
    for i, typ, canonical, kb_id in records:
        if typ != "PERSON" or not canonical:
            continue
        sk = skeleton(canonical)
        if sk is not None:
            buckets[sk[0]].append((i, sk[1], kb_id))
    for members in buckets.values():
        if len(members) < 2 or len({find(i) for i, _, _ in members}) < 2:
            continue
        if len({k for _, _, k in members if k}) > 1:
            continue
        vowels = [v for _, v, _ in members]
        if not all(_compatible(vowels[0], v) for v in vowels[1:]) or not all(
                _compatible(x, y) for n, x in enumerate(vowels) for y in vowels[n + 1:]):
            continue
        for i, _, _ in members[1:]:
            union(members[0][0], i)
