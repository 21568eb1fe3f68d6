"""Role tests of the event merge: whether two entities name one party, whether a report is told at
another place than a cluster, and where a report that nothing places in time belongs."""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Callable, Iterable

from sitrep.events.family import kb_family, kb_person
from sitrep.events.merge_basics import MergeCluster, MergeItem, figures_agree

Family = Callable[[str], frozenset[str]]

# how long before its publication a stated date still makes news: a date further back is background
# ("Traore, who seized power in a coup in September 2022"), told to explain the news, not as it
BACKGROUND_DAYS = 60


def related(a: str, b: str, family_of: Family) -> bool:
    if a == b:
        return True
    # the merge asks the same few pairs hundreds of thousands of times: a memoised family
    # (``merge_items.memo``) carries a per-run answer table
    pairs = getattr(family_of, "pairs", None)
    if pairs is not None:
        got = pairs.get((a, b))
        if got is None:
            got = pairs[(a, b)] = _related(a, b, family_of)
        return got
    return _related(a, b, family_of)


def _related(a: str, b: str, family_of: Family) -> bool:
    fa, fb = family_of(a), family_of(b)
    if a in fb or b in fa:
        return True
    # organs of one state stand for it alike; two of its officials are still two people
    return any(x.startswith("state:") and x in fb for x in fa) and not (kb_person(a) and kb_person(b))


def elsewhere(c: MergeCluster, it: MergeItem, family_of: Family) -> bool:
    """Whether ``it`` names a place and the cluster names only other, unrelated places."""
    loc = it.location
    if loc is None:
        return False
    seen = False
    for o in c.items:
        if o.location is not None:
            if o.location == loc or related(o.location, loc, family_of):
                return False
            seen = True
    return seen


def only_fit(candidates: Iterable[MergeCluster], it: MergeItem, family_of: Family = kb_family) -> MergeCluster | None:
    """For a report with no date and no publication date: the one cluster of other documents
    with the same category that shares a role with it and contradicts none (roles may name one
    party at two granularities: a prime minister and his government). Nothing ties it in time,
    so it joins only when the corpus offers no other happening it could be; of several, the one
    sharing more roles than any other ("Iraq's government rejected Israel's letter" is the prime
    minister's rejection of Israel, not "Iraq rejects the use of its airspace")."""
    best: list[MergeCluster] = []
    most = 0
    action, doc, actor, target = it.fact.action, it.doc, it.actor, it.target
    # two clusters sharing every role the report names: no later one can be the only best
    full = (actor is not None) + (target is not None)
    for c in candidates:
        if c.action != action or c.old != it.old:
            continue
        # the role tests first: they settle most candidates before any set is looked in
        shared = 0
        if c.actor is not None and actor is not None:
            if not related(c.actor, actor, family_of):
                continue
            shared += 1
        if c.target is not None and target is not None:
            # or one names the target by its place, the other the party at it ("the attack on
            # Djibo" after "killed VDP fighters at Djibo"), when both name the same actor
            if not related(c.target, target, family_of) and not (
                    shared and (target in c.places or (it.location is not None and c.target == it.location))):
                continue
            shared += 1
        if not shared or doc in c.docs:
            continue
        if it.speaker is not None and c.actor is not None and not related(c.actor, it.speaker, family_of):
            continue                       # a statement is its speaker's (``merge_fit.fits``)
        if it.fact.fatalities is not None and any(o.fact.fatalities is not None and not figures_agree(o.fact, it.fact)
                                                  for o in c.items):
            continue                       # another toll: another happening
        if elsewhere(c, it, family_of):
            continue                       # told at another place: another happening
        if background(c, it):
            continue                       # an old happening recalled, not what undated news reports
        if shared > most:
            best, most = [c], shared
        elif shared == most:
            best.append(c)
            if most == full:
                return None
    return best[0] if len(best) == 1 else None


def _last_day(date: str) -> dt.date | None:
    """The last day a stated date ("2022-09-14", "2022-09", "2022") allows."""
    try:
        y = int(date[:4])
        if len(date) >= 10:
            return dt.date(y, int(date[5:7]), int(date[8:10]))
        if len(date) >= 7:
            m = int(date[5:7])
            return dt.date(y, m, calendar.monthrange(y, m)[1])
        return dt.date(y, 12, 31)
    except ValueError:
        return None


def background(c: MergeCluster, it: MergeItem) -> bool:
    """Whether ``it`` and ``c`` would join only as news and an old happening recalled. An undated
    report is news; a cluster whose every dated report states a date more than ``BACKGROUND_DAYS``
    before publication (the report's own, or, when it has none, each dated report's) is background
    a text recalls ("a coup in September 2022"); and the other way round, a report of an old date
    does not join a cluster of undated news. Joined by the only-one-candidate or story-mate rules,
    this week's killings would be dated to the old coup."""
    if it.date:
        if c.span_month is not None:
            return False               # dated against dated: the time tests decide
        return _old(it.date, it.published or min((o.published for o in c.items if o.published), default=None))
    if c.span_month is None:
        return False                   # nothing in the cluster is dated: nothing to be old
    seen = False
    for o in c.items:
        if not o.date:
            continue
        if not _old(o.date, it.published or o.published):
            return False
        seen = True
    return seen


def _old(date: str, ref: dt.date | None) -> bool:
    last = _last_day(date)
    return ref is not None and last is not None and (ref - last).days > BACKGROUND_DAYS


def join_complements(clusters: list[MergeCluster]) -> list[MergeCluster]:
    """Join a happening one source tells by its actor only to the one another tells by its target
    only ("militants stormed a checkpoint on Monday, killing 9" / "9 soldiers were killed on
    Monday"): no role is shared, so the role-keyed merge never pairs them. They are one happening
    only on firm evidence: the same category, a stated day in common and no other stated day more
    than a day off, a death toll on both sides that agrees (and none that excludes it), no places
    that differ, and no other half-named happening either could be. Returns the clusters left, in
    order, with ``index`` their position again."""
    actor_only: dict[tuple, list[MergeCluster]] = {}
    target_only: list[MergeCluster] = []
    for c in clusters:
        if not c.items or c.campaign or c.old or not c.incident or (c.actor is None) == (c.target is None):
            continue
        if c.target is None:
            for day_ in {it.when for it in c.items if it.when is not None}:
                actor_only.setdefault((c.action, day_), []).append(c)
        else:
            target_only.append(c)
    if not actor_only or not target_only:
        return clusters
    pairs: dict[int, list[MergeCluster]] = {}
    for t in target_only:
        found = {id(a): a for day_ in {it.when for it in t.items if it.when is not None}
                 for a in actor_only.get((t.action, day_), ()) if _complements(a, t)}
        if len(found) == 1:
            a = next(iter(found.values()))
            pairs.setdefault(id(a), []).append(t)
    gone: set[int] = set()
    for c in clusters:
        ts = pairs.get(id(c))
        if not ts or len(ts) != 1:
            continue                       # two target-only happenings it could be: neither
        t = ts[0]
        c.target = t.target
        absorb(c, t)
        gone.add(id(t))
    return without(clusters, gone)


def absorb(host: MergeCluster, guest: MergeCluster) -> None:
    """Add ``guest``'s reports, times and tolls to ``host``, whose roles stay."""
    for it in guest.items:
        host.add(it)
    host.times.extend(k for k in guest.times if k not in host.times)
    if guest.tolls:
        host.tolls = host.tolls or {}
        for k, ranges in guest.tolls.items():
            host.tolls.setdefault(k, set()).update(ranges)


def without(clusters: list[MergeCluster], gone: set[int]) -> list[MergeCluster]:
    """``clusters`` less those whose id is in ``gone`` (absorbed by another), renumbered."""
    if not gone:
        return clusters
    kept = [c for c in clusters if id(c) not in gone]
    for k, c in enumerate(kept):
        c.index = k
    return kept


def _complements(a: MergeCluster, t: MergeCluster) -> bool:
    """Whether an actor-only and a target-only cluster tell one happening (see ``join_complements``)."""
    days = {it.when for it in (*a.items, *t.items) if it.when is not None}
    if max(days) - min(days) > dt.timedelta(days=1):
        return False                       # another stated day: another happening
    if (a.places and t.places and not (a.places & t.places)) or a.roots & t.roots:
        return False                       # another place; or one text telling two acts
    tolls_a = [it.fact for it in a.items if it.fact.fatalities is not None]
    tolls_t = [it.fact for it in t.items if it.fact.fatalities is not None]
    return bool(tolls_a and tolls_t) and all(figures_agree(x, y) for x in tolls_a for y in tolls_t)
