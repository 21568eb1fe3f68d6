"""More firm evidence that two reports naming a party at two granularities tell one happening.

``merge_fit.fits`` joins related roles ("the TPNPB" and "the Free Papua Movement" it belongs to,
"KFOR" and "NATO") only on firm evidence: the same day, or an agreeing death toll. Two more kinds
of evidence are as firm, and outlets give them often:
  - an agreeing count of the hurt where no one died ("more than 90 NATO peacekeepers were
    injured" / "more than 90 KFOR soldiers were injured"), at times that allow one happening;
  - the same place, in a month one report states and the other dates to a day of (or to the same
    month), with no count of the dead or hurt that tells another happening ("rebels shot
    dead two soldiers near Sugapa in June" / "gunmen opened fire on troops near Sugapa on
    Wednesday"): with the same actor a month already admits any of its days; a party named at
    another granularity must also be at the same (or an enclosing) place.
Two undated statements of one story by related parties are not joined: a story holds many
statements of a movement and of its officials ("Hamas rejected ..." and a Hamas official's
rejection of another proposal), which their publication days do not tell apart.
Never within one document: two sentences of one text are two mentions (``merge_acts``).
"""
from __future__ import annotations

from sitrep.events.merge_basics import MergeCluster, MergeItem, dates_fit, figure_range
from sitrep.events.merge_roles import Family, related

__all__ = ["related_corroborated"]


def _tolls_conflict(a: MergeItem, b: MergeItem) -> bool:
    """Both give a count of the dead, or of the hurt, and the counts exclude each other."""
    fa, fb = a.fact, b.fact
    for va, ba, vb, bb in ((fa.fatalities, fa.fatalities_bound, fb.fatalities, fb.fatalities_bound),
                           (fa.injuries, fa.injuries_bound, fb.injuries, fb.injuries_bound)):
        if va is not None and vb is not None:
            lo1, hi1 = figure_range(va, ba)
            lo2, hi2 = figure_range(vb, bb)
            if hi1 < lo2 or hi2 < lo1:
                return True
    return False


def _hurt_agree(a: MergeItem, b: MergeItem) -> bool:
    """Both give a count of the hurt, neither a death toll the other lacks, and the counts overlap."""
    fa, fb = a.fact, b.fact
    if fa.injuries is None or fb.injuries is None or (fa.fatalities is None) != (fb.fatalities is None):
        return False
    lo1, hi1 = figure_range(fa.injuries, fa.injuries_bound)
    lo2, hi2 = figure_range(fb.injuries, fb.injuries_bound)
    return lo1 <= hi2 and lo2 <= hi1


def _same_place(a: MergeItem, b: MergeItem, family_of: Family) -> bool:
    return a.location is not None and b.location is not None and (
        a.location == b.location or related(a.location, b.location, family_of))


def _month_holds(a: MergeItem, b: MergeItem) -> bool:
    """One is dated to a month, the other to that month or a day of it (of its week, where the
    month stands for "last week": ``dates_fit``)."""
    if not (a.date and b.date) or (a.when is not None and b.when is not None):
        return False
    return dates_fit(a, b)


def _told_before(a: MergeItem, b: MergeItem) -> bool:
    """One is dated to a day after the other, not dated to the day, was published: no report tells
    what happens after it appeared ("earlier this week" in Thursday's paper is no Saturday strike)."""
    for x, y in ((a, b), (b, a)):
        if x.when is not None and y.when is None and y.published is not None and y.published < x.when:
            return True
    return False


def related_corroborated(c: MergeCluster, it: MergeItem, family_of: Family) -> bool:
    """Whether a report of ``c`` and ``it`` (roles already found related by the caller) agree on
    a count of the hurt, or on a month and a place."""
    for o in c.items:
        if o.doc == it.doc or _told_before(o, it):
            continue
        if _hurt_agree(o, it) and dates_fit(o, it):
            return True
        if _month_holds(o, it) and _same_place(o, it, family_of) and not _tolls_conflict(o, it):
            return True
    return False
