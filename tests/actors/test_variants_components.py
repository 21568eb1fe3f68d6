"""Spelling variants joined as connected components (``join_variants`` with ``known``): when no
union can be refused the sets come out as the pair-by-pair joining makes them, and when two KB
ids are in the group the pair order (and its refusals) still decides."""
import random

from sitrep.actors.resolve import _UF
from sitrep.actors.variants import join_variants


def _names(seed: int, count: int) -> list[str]:
    # invented transliterations of a few Caucasus villages and commanders, mutated letter by letter
    rng = random.Random(seed)
    bases = ["verkhni gulbat", "vakhtang guramov", "velikhan gasanov", "vartsikhe gori"]
    out = []
    for _ in range(count):
        w = list(rng.choice(bases))
        for _ in range(rng.randrange(1, 3)):
            k = rng.randrange(2, len(w))
            if w[k] != " ":
                w[k] = rng.choice("aeiouykh")
        out.append("".join(w))
    return list(dict.fromkeys(out))


def _partition(uf: _UF, n: int) -> set[frozenset[int]]:
    sets: dict[int, set[int]] = {}
    for i in range(n):
        sets.setdefault(uf.find(i), set()).add(i)
    return {frozenset(s) for s in sets.values()}


def _run(names: list[str], kb_ids: list[str | None], bulk: bool, pre: list[tuple[int, int]] = ()) -> _UF:
    uf = _UF(list(kb_ids))
    for a, b in pre:                  # sets joined before (by key): labels that are not the rows
        uf.union(a, b)
    group = [(i, tuple(n.split()), n) for i, n in enumerate(names)]
    join_variants(group, uf.find, uf.union, uf.kb.__getitem__ if bulk else None)
    return uf


def test_components_join_what_pair_by_pair_joining_joins():
    names = _names(3, 3000)                     # several scoring blocks of 256 rows
    kb_ids: list[str | None] = [None] * len(names)
    kb_ids[5] = "Q-gulbat"                        # one KB id: no union can be refused
    pre = [(1, 40), (7, 300), (300, 1111)]
    plain = _run(names, kb_ids, bulk=False, pre=pre)
    bulk = _run(names, kb_ids, bulk=True, pre=pre)
    assert _partition(bulk, len(names)) == _partition(plain, len(names))
    assert len(_partition(bulk, len(names))) < len(names) // 2     # the variants did join
    # a set's root is its smallest member, and it keeps the KB id it gained
    root = bulk.find(5)
    assert root == min(i for i in range(len(names)) if bulk.find(i) == root)
    assert bulk.kb[root] == "Q-gulbat"


def test_two_kb_ids_keep_the_pair_order_and_its_refusals():
    names = ["kessouba", "kessuoba", "kesouba", "kessoubaa"]
    kb_ids = ["Q1", None, "Q2", None]
    bulk = _run(names, kb_ids, bulk=True)
    plain = _run(names, kb_ids, bulk=False)
    assert _partition(bulk, 4) == _partition(plain, 4)
    assert bulk.find(0) != bulk.find(2)          # two known actors are never one
