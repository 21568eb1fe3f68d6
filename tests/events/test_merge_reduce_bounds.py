"""Bounds on the work of the event merge that change no decision (invented Sahel reports): the
unnamed reports' grouping keeps each group's places and distinct times as it grows (the same
groups as rescanning every report), and ``only_fit`` stops at a second cluster sharing every role."""
from __future__ import annotations

import datetime as dt
import random

from sitrep.events.merge_basics import MergeCluster, MergeItem, dates_fit, figures_match
from sitrep.events.merge_roles import only_fit
from sitrep.events.unattributed import _group
from sitrep.model import EventFact

PLACES = ["e-gao", "e-menaka", None]


def _item(doc: str, start: int, rng: random.Random) -> MergeItem:
    day = rng.choice([None, None, None, "2024-08-03", "2024-08-04", "2024-08-12", "2024-08"])
    fact = EventFact("ASSAULT", start, start + 50, date=day, fatalities=rng.choice([None, 3, 12, 15]))
    published = dt.date(2024, 8, rng.randrange(3, 16)) if rng.random() < 0.8 else None
    return MergeItem(doc, fact, None, None, rng.choice(PLACES), published, root=doc,
                     story=rng.choice([None, "s1", "s2"]))


def _reference_same(g: MergeCluster, it: MergeItem) -> bool:
    # the grouping test as it reads every report of the group
    places = {o.location for o in g.items if o.location is not None}
    if it.location is not None and places and it.location not in places:
        return False
    if it.location is not None and it.location in places and any(dates_fit(o, it) for o in g.items):
        return True
    if it.root in g.roots or (it.story is not None and it.story in g.stories):
        return (all(not (o.date and it.date and not dates_fit(o, it)) for o in g.items)
                and any(figures_match(o.fact, it.fact) or (it.location is not None and o.location == it.location)
                        for o in g.items))
    return False


def _reference_groups(items: list[MergeItem]) -> list[list[tuple[str, int]]]:
    groups: list[MergeCluster] = []
    for it in items:
        g = next((g for g in groups if _reference_same(g, it)), None)
        if g is None:
            g = MergeCluster("ASSAULT", None, None, index=len(groups))
            groups.append(g)
        g.add(it)
    return [[(o.doc, o.fact.start) for o in g.items] for g in groups]


def test_unnamed_groups_match_the_rescanning_grouping():
    for seed in range(25):
        rng = random.Random(seed)
        items = [_item(f"d{k % 9}", 100 * k, rng) for k in range(120)]
        items.sort(key=lambda it: (it.date is None, it.date or "", it.doc, it.fact.start))
        got = [[(o.doc, o.fact.start) for o in g.items] for g in _group(list(items))]
        assert got == _reference_groups(items), seed


def _cluster(actor: str | None, target: str | None, doc: str) -> MergeCluster:
    c = MergeCluster("ASSAULT", actor, target)
    c.add(MergeItem(doc, EventFact("ASSAULT", 0, 40), actor, target, None, None, root=doc))
    return c


def test_only_fit_stops_at_a_second_cluster_sharing_every_role():
    it = MergeItem("x", EventFact("ASSAULT", 0, 40), "e-jnim", "e-army", None, None, root="x")
    walked = []

    def pool():
        for c in [_cluster("e-jnim", None, "a"), _cluster("e-jnim", "e-army", "b"),
                  _cluster("e-jnim", "e-army", "c"), _cluster("e-jnim", "e-army", "d")]:
            walked.append(c)
            yield c
    assert only_fit(pool(), it, lambda _e: frozenset()) is None
    assert len(walked) == 3            # the fourth could not make a single best


def test_only_fit_still_finds_the_one_cluster_sharing_most_roles():
    it = MergeItem("x", EventFact("ASSAULT", 0, 40), "e-jnim", "e-army", None, None, root="x")
    pool = [_cluster("e-jnim", None, "a"), _cluster(None, "e-army", "b"), _cluster("e-jnim", "e-army", "c")]
    assert only_fit(pool, it, lambda _e: frozenset()) is pool[2]
    # one role named: two clusters sharing it leave the report apart
    one = MergeItem("y", EventFact("ASSAULT", 0, 40), "e-jnim", None, None, None, root="y")
    assert only_fit(pool, one, lambda _e: frozenset()) is None
    assert only_fit(pool[1:], one, lambda _e: frozenset()) is pool[2]


def test_a_group_of_undated_reports_chains_through_each_publication_day():
    # "a blast at the market of Gao" published on the 3rd, 4th and 5th: each a day after the last
    items = [MergeItem(d, EventFact("ASSAULT", 0, 40), None, None, "e-gao", dt.date(2024, 8, day), root=d)
             for d, day in (("a", 3), ("b", 4), ("c", 5))]
    assert [[o.doc for o in g.items] for g in _group(items)] == [["a", "b", "c"]]
