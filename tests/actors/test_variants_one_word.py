"""One-word names skip the word scores (their name score is the word's): the sets come out as
when every word pair is scored (invented Sahel and Caucasus place names, mutated letter by letter)."""
import random

import sitrep.actors.variants as variants
from sitrep.actors.resolve import _UF
from sitrep.actors.variants import join_variants


def _names(seed: int) -> list[str]:
    rng = random.Random(seed)
    bases = ["tessalit", "tinzaouaten", "tarkint", "tabankort", "tskhinvali", "tkvarcheli", "tbilisi", "tin"]
    out = []
    for _ in range(120):
        w = list(rng.choice(bases))
        for _ in range(rng.randrange(0, 3)):
            w[rng.randrange(1, len(w))] = rng.choice("aeioulnrst7")
        out.append("".join(w))
    return list(dict.fromkeys(out))


def _sets(names: list[str], kb: list[str | None]) -> set[frozenset[int]]:
    uf = _UF(list(kb))
    join_variants([(i, (n,), n) for i, n in enumerate(names)], uf.find, uf.union, uf.kb.__getitem__)
    out: dict[int, set[int]] = {}
    for i in range(len(names)):
        out.setdefault(uf.find(i), set()).add(i)
    return {frozenset(s) for s in out.values()}


def test_one_word_groups_join_as_with_every_word_scored(monkeypatch):
    for seed in range(12):
        names = _names(seed)
        kb = [("kb:a" if i == 0 else "kb:b" if i == 5 else None) for i in range(len(names))]
        fast = _sets(names, kb)
        assert any(len(s) > 1 for s in fast)            # variants were met
        init = variants._Words.__init__

        def scored_init(self, group, init=init):
            init(self, group)
            self.one_word = False
        monkeypatch.setattr(variants._Words, "__init__", scored_init)
        assert _sets(names, kb) == fast, seed
        monkeypatch.undo()


def test_numbered_words_still_need_to_be_equal():
    # "sector 7"-style names score high as names, but a number is no spelling variant
    assert _sets(["tessalit7", "tessalit8"], [None, None]) == {frozenset({0}), frozenset({1})}
    assert _sets(["tessalita", "tessaliti"], [None, None]) == {frozenset({0, 1})}
