"""A statement or a deployment told by a rewrite of the same text at another granularity.

"Venezuela's defence minister said on Sunday his country had reinforced its border with troops"
in the wire copy, and "Neighbouring Venezuela said it had deployed troops along the border" in a
rewrite of that copy published two days later: one act, told by the minister in one version and
by his state, undated, in the other. ``merge_fit._told_that_day`` only trusts an undated report
published on the day or the next, as an independent text of two days later may tell another
statement; a rewrite of the same text (same ``root``, another document) tells the same story, so
its undated report of a related actor is the dated one, within a few days of it.

Never a kinetic act (an undated strike in a later rewrite may be the next night's), never a report
with its own toll, and never within one document (two sentences of one text are two mentions).
"""
from __future__ import annotations

import datetime as dt

from sitrep.events.merge_basics import MergeCluster, MergeItem

__all__ = ["REWRITE_DAYS", "told_by_rewrite"]

# How long after the dated version a rewrite may still tell the act undated: a rewrite or a
# translation of a wire story appears within days; later, "said" is more likely a new statement.
REWRITE_DAYS = 3
_KINETIC = frozenset({"ASSAULT", "COERCE"})


def _undated(it: MergeItem) -> bool:
    return it.date is None and it.published is not None and it.fact.fatalities is None \
        and it.fact.injuries is None


def _within(day: dt.date, published: dt.date) -> bool:
    return 0 <= (published - day).days <= REWRITE_DAYS


def told_by_rewrite(c: MergeCluster, it: MergeItem) -> bool:
    """Whether ``it`` and a report of ``c`` are one act told by two versions of one text, one
    dated to the day and the other undated and published within ``REWRITE_DAYS`` of that day
    (roles already found related by the caller)."""
    if c.action in _KINETIC or it.root not in c.roots:
        return False
    if _undated(it):
        return any(o.root == it.root and o.doc != it.doc and o.when is not None and _within(o.when, it.published)
                   for o in c.items)
    if it.when is not None:
        return any(o.root == it.root and o.doc != it.doc and _undated(o) and _within(it.when, o.published)
                   for o in c.items)
    return False
