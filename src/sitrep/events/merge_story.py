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
    one of them (``UNDATED_LAG`` is for acts, which are retold; a condemnation is repeated);
  - a report the coder dates as its own news (``publication`` basis: "at least 64 men have been
    killed in an ambush", "Israel has carried out a series of strikes") is of its news cycle, and
    a happening every report of which is dated more than ``STALE_DAYS`` before that cycle began
    (a clash "in September 2023" the story recalls in February) is another one, however the story
    groups them. A report with no date at all ("the attack", "fighting erupted") still retells.
Copies and rewrites of one text (``root``) stay exempt from the first two: one text tells one
happening; but not from the third: a text's own news and the months-old clash it recalls are two.
"""
from __future__ import annotations

import datetime as dt

from sitrep.events.merge_basics import MergeCluster, MergeItem

__all__ = ["STALE_DAYS", "not_the_storys", "stale_news"]

_KINETIC = frozenset({"ASSAULT", "COERCE"})
# days between the end of a happening's stated time and the start of a report's own news cycle
# beyond which the report is no news of it. Reports retell a request or a strike of the past weeks
# as their news ("Baghdad's requests in the past two months", told undated a month on), so only a
# gap of two months parts them: a clash of last September is no news of February
STALE_DAYS = 60
# dates the coder took from the paragraph around the act, not its own clause
_INFERRED = frozenset({"context", "anaphora"})


def not_the_storys(c: MergeCluster, it: MergeItem) -> bool:
    """Whether story-mate ``it`` cannot report ``c``'s happening (see the module)."""
    if it.date is None and stale_news(c, it):
        return True                            # today's news, not a happening of months back
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


def _period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a day (YYYY-MM-DD) or month (YYYY-MM) value, else None."""
    try:
        if value and len(value) == 10:
            d = dt.date.fromisoformat(value)
            return d, d
        if value and len(value) == 7:
            first = dt.date.fromisoformat(value + "-01")
            return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    except ValueError:
        return None
    return None


def stale_news(c: MergeCluster, it: MergeItem) -> bool:
    """Whether ``it``, dated as its report's own news, began its news cycle more than
    ``STALE_DAYS`` after the last day any report of ``c`` states for it (see the module)."""
    if it.fact.date_basis != "publication" or c.campaign:
        return False
    news = _period(it.fact.date)
    if news is None:
        return False
    cutoff = news[0] - dt.timedelta(days=STALE_DAYS)
    dated = False
    # one pass, left at the first report that keeps the happening fresh (most clusters hold one)
    for o in c.items:
        if not o.date:
            continue
        if o.fact.date_basis in _INFERRED:
            return False  # a paragraph's time is a guess the news days may overrule (``corroboration``)
        p = _period(o.date)
        if p is None or p[1] >= cutoff:
            return False
        dated = True
    return dated
