"""When a story-mate's report cannot be the cluster's happening, however the story groups them.

Reports of one story join a cluster when their dates merely do not contradict it (``merge_fit``):
a story retells its happening undated ("the attack", "the group condemned the bombing"). But a
story groups every report of a few days about one conflict's news, and two of its happenings may
be of one category with the same parties: Tuesday's bombing and Thursday's, each condemned by the
same spokesman. Two times say a report is not the cluster's:
  - a report published before the day the cluster's happening is stated to have taken place
    cannot tell it (nor can a happening stated after every undated report of the cluster was
    published be what those reports told);
  - a statement (no kinetic act) told undated in reports published days apart is made anew in
    each news cycle: an undated statement joins undated ones only when published within a day of
    one of them (``UNDATED_LAG`` is for acts, which are retold; a condemnation is repeated).
Copies and rewrites of one text (``root``) stay exempt: one text tells one happening.
"""
from __future__ import annotations

from sitrep.events.merge_basics import MergeCluster, MergeItem

__all__ = ["not_the_storys"]

_KINETIC = frozenset({"ASSAULT", "COERCE"})


def not_the_storys(c: MergeCluster, it: MergeItem) -> bool:
    """Whether story-mate ``it`` cannot report ``c``'s happening (see the module)."""
    if it.root in c.roots:
        return False
    if it.date is None:
        pub = it.published
        if pub is None:
            return False
        days = [o.when for o in c.items if o.when is not None]
        if days:
            return min(days) > pub             # told before it happened
        if c.action in _KINETIC:
            return False
        pubs = [o.published for o in c.items if o.date is None and o.published is not None]
        return bool(pubs) and all(abs((p - pub).days) > 1 for p in pubs)
    if it.when is not None:
        pubs = [o.published for o in c.items if o.date is None and o.published is not None]
        return bool(pubs) and len(pubs) == len(c.items) and all(p < it.when for p in pubs)
    return False
