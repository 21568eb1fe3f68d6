"""Spelling variants: the shortcuts of ``join_variants`` (the words of similar pairs tested in
numpy, blocks of names already one set left unscored) join exactly what a plain pairwise test
joins."""
import itertools
import random

from sitrep.actors.variants import NAME_SIMILARITY, _has_digit, join_variants, words_close
from rapidfuzz.distance import JaroWinkler


class UF:
    def __init__(self, n):
        self.p = list(range(n))

    def find(self, x):
        while self.p[x] != x:
            x = self.p[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        self.p[max(ra, rb)] = min(ra, rb)
        return True


def _group(names):
    return [(i, tuple(n.split()), n) for i, n in enumerate(names)]


def _plain(names):
    uf = UF(len(names))
    for (i, x), (j, y) in itertools.combinations(enumerate(names), 2):
        tx, ty = x.split(), y.split()
        if JaroWinkler.similarity(x, y) >= NAME_SIMILARITY and all(map(words_close, tx, ty)):
            uf.union(i, j)
    return {frozenset(k for k in range(len(names)) if uf.find(k) == r) for r in range(len(names))} - {frozenset()}


def _joined(names):
    uf = UF(len(names))
    join_variants(_group(names), uf.find, uf.union)
    return {frozenset(k for k in range(len(names)) if uf.find(k) == r) for r in range(len(names))} - {frozenset()}


def test_crowded_group_joins_as_the_plain_test_does():
    # invented transliterations of a few Sahel commanders' names, over several scoring blocks
    rng = random.Random(7)
    bases = ["amadou kelbaro", "amina kessouba", "abdou karamoko", "ali kountiere"]
    names = []
    for _ in range(700):
        w = list(rng.choice(bases))
        k = rng.randrange(2, len(w))
        if w[k] != " " and rng.random() < 0.6:
            w[k] = rng.choice("aeiouy")
        names.append("".join(w))
    names = list(dict.fromkeys(names))
    assert _joined(names) == _plain(names)
    assert _joined(list(reversed(names))) == _plain(list(reversed(names)))


def test_names_already_one_set_are_not_scored_again(monkeypatch):
    import sitrep.actors.variants as variants
    rng = random.Random(3)
    names = ["amina kessouba", "amina kessuba"]
    while len(names) < 600:
        w = list("abdoulaye kelbarakounde")
        for _ in range(2):
            k = rng.randrange(3, len(w))
            if w[k - 1] != " " and w[k] != " ":       # initials stay: variants share them
                w[k] = rng.choice("aeiou")
        names.append("".join(w))
    names = list(dict.fromkeys(names))
    cells = []
    real = variants.cdist
    monkeypatch.setattr(variants, "cdist", lambda a, b, **k: cells.append(len(a) * len(b)) or real(a, b, **k))
    assert _joined(names) == _plain(names)
    # the rows of the set the first rows made are scored against the other sets' names only,
    # and the blocks after it are one set already: far fewer pairs than one block of every name
    assert sum(cells) < 256 * len(names) // 4


def test_words_with_digits_never_join_by_spelling():
    assert not _has_digit("kelbara") and _has_digit("brigade7") and _has_digit("٣rd") and not _has_digit("")
    assert not words_close("unit101", "unit102")
    assert words_close("kelbara", "kelbarra")


def test_word_tests_in_bulk_agree_with_words_close_on_awkward_names():
    # short words, digits, other initials, names of other lengths (zip semantics): invented units
    names = ["brigade 101 kelbar", "brigade 102 kelbar", "brigadd 101 kelbar", "al kelbara", "al kelbarra",
             "el kelbara", "kelbara", "kelbarra", "kelbara front", "kelbarra front", "kelbara frunt",
             "ab kessou", "ab kessu", "abc kessou", "unit7 tessit", "unit7 tessitt", "unit8 tessit",
             "kelbara", "ḱelbara", "kelbara 2", "kelbara 3"]
    assert _joined(names) == _plain(names)
    assert _joined(names[::-1]) == _plain(names[::-1])
