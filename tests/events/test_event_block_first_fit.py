"""BlockIndex.first_fit: the earliest fitting cluster, found without building the candidate set."""
from __future__ import annotations

import random

from sitrep.events.blocking import BlockIndex, RoleIndex


def _filled(seed: int) -> BlockIndex:
    rng = random.Random(seed)
    index = BlockIndex()
    for _ in range(400):
        # clusters gain roles and times out of creation order, as growing clusters do
        cid = rng.randrange(120)
        roles = index.ids([("ASSAULT", "A-", f"e{rng.randrange(6)}") for _ in range(rng.randrange(1, 3))])
        index.add(cid, roles, rng.randrange(10), index.ids([("ASSAULT", "root", f"d{rng.randrange(30)}")]))
    return index


def test_first_fit_is_the_smallest_fitting_candidate() -> None:
    for seed in range(20):
        index = _filled(seed)
        rng = random.Random(100 + seed)
        for _ in range(50):
            roles = index.ids([("ASSAULT", "A-", f"e{rng.randrange(6)}")])
            times = tuple(rng.sample(range(10), 3))
            plain = index.ids([("ASSAULT", "root", f"d{rng.randrange(30)}")])
            bad = set(rng.sample(range(120), 60))
            cands = index.candidates(roles, times, plain)
            want = min((c for c in cands if c not in bad), default=None)
            for time_set in (frozenset(times), None):
                assert index.first_fit(roles, times, plain, time_set, lambda c: c not in bad) == want


def test_lists_stay_ascending_without_repeats() -> None:
    index = BlockIndex()
    rid = index.ids(["k"])
    for cid in (5, 2, 9, 2, 5, 1, 9):
        index.add(cid, rid, "t")
    assert index._by_role[rid[0]]["t"] == [1, 2, 5, 9]


def test_role_index_files_only_asked_keys_and_new_tolls() -> None:
    index = RoleIndex(asked={"a", "b"})
    index.add(1, ["a", "z"], [(10, None)])
    index.add(1, ["a", "b"], [(3, None)])          # a new key gets the earlier toll as well
    assert set(index.with_role(["a", "b", "z"])) == {1}
    assert index.with_toll(["b"], 10, None) == {1} and index.with_toll(["b"], 3, None) == {1}
    assert index.with_toll(["z"], 10, None) == set()
