"""Two acts of one text (``sitrep.events.merge_fit``): a document telling, in different
sentences, a dated act and an undated one of the same actor by another means tells two
happenings ("a drone killed a man on Monday ... Hours later, it fired two
missiles"); the missing date is no licence to fold them. A fact restated in another sentence
(the same means, or none given on one side) still folds."""
from __future__ import annotations

from sitrep.events.merge_basics import MergeCluster, MergeItem

__all__ = ["other_act_of_text"]


def _differ(a: MergeItem, b: MergeItem) -> bool:
    """Whether two reports tell the act by another means (a drone strike, a missile launch)."""
    # Only the means: tolls that exclude each other across an undated sentence would part
    # more, but change decisions the blocked-merge reference (tests/events/test_event_merge_blocking)
    # pins; another day with another toll is parted already (``merge_fit._other_day_other_toll``)
    fa, fb = a.fact, b.fact
    return bool(fa.mode and fb.mode and fa.mode != fb.mode)


def other_act_of_text(c: MergeCluster, it: MergeItem) -> bool:
    """Whether ``it`` is another act of a document already in ``c``: the same document, no shared
    sentence, only one side dated, and another means. Cheap: only the cluster's reports of
    the same document are read, and only when one side lacks a date."""
    if not it.fact.mode:
        return False                   # no means told: nothing to tell two acts apart (fast path)
    same = [o for o in c.items if o.doc == it.doc]
    if not same:
        return False
    s, e = it.fact.start, it.fact.end
    if any(o.fact.start < e and s < o.fact.end for o in same):
        return False                   # one sentence (or clause): one act told with its parts
    return any(bool(o.date) != bool(it.date) and _differ(o, it) for o in same)
