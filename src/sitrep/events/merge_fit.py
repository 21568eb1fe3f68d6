"""Whether one report is the happening of a cluster (``sitrep.events.merge``): roles that fit
(the same, related through ``family_of``, or a target named by its place) and times that allow
one happening. Related roles need firm evidence (the same day, an agreeing toll: also an agreeing
count of the hurt, or a month and a place, ``merge_related``); a story-mate joins on dates that do
not contradict, unless it was published before the happening or is a statement made anew
(``merge_story``)."""
from __future__ import annotations

import datetime as dt

from sitrep.events.blocking import dated_key, day_key, emit_time_key
from sitrep.events.campaigns import STRONG
from sitrep.events.merge_acts import other_act_of_text
from sitrep.events.merge_basics import (MergeCluster, MergeItem, dates_fit, figure_range, figures_agree, other_night,
                                        night_end, other_weekday, span_ok, timeless)
from sitrep.events.merge_related import related_corroborated
from sitrep.events.merge_rewrite import told_by_rewrite
from sitrep.events.merge_story import not_the_storys
from sitrep.events.merge_roles import Family, background as _background, elsewhere as _elsewhere, related as _related

__all__ = ["fits", "merged_target", "placed", "roles_fit", "specific", "split_places"]


def specific(a: str, b: str, family_of: Family) -> str:
    """Of two related entities, the narrower: a member over its group, an army over its state."""
    fa, fb = family_of(a), family_of(b)
    if b in fa or (len(fa) > len(fb) and a not in fb):
        return a
    return b


def roles_fit(c: MergeCluster, it: MergeItem, family_of: Family) -> str | None:
    """"same" when a role is shared, "related" when roles only fit through ``family_of``, "placed"
    when one source names the target by its place and the other names the party at that place
    ("stormed Djibo" / "killed VDP fighters at Djibo"), else None."""
    if c.action != it.fact.action:
        return None
    related = False
    for slot, mine, theirs in ((0, c.actor, it.actor), (1, c.target, it.target)):
        if mine is not None and theirs is not None and mine != theirs:
            if not _related(mine, theirs, family_of):
                if slot and placed(c, it):
                    return "placed"
                return None
            related = True
    if (c.actor is not None and c.actor == it.actor) or (c.target is not None and c.target == it.target):
        return "same"
    return "related" if related else None


def placed(c: MergeCluster, it: MergeItem) -> bool:
    """Whether the two targets differ only as a place and a party at it: the cluster's target is
    where the report is told, or the report's target is where one of the cluster's is. Only with
    an actor named on both sides (checked first by ``roles_fit``): a place alone is no party."""
    return c.actor is not None and it.actor is not None and (
        (it.location is not None and c.target == it.location) or it.target in c.places)


def merged_target(c: MergeCluster, it: MergeItem, family_of: Family) -> str | None:
    """The target a cluster keeps on taking ``it``: the party over the place that stands for it."""
    if not (c.target and it.target) or c.target == it.target:
        return c.target or it.target
    if _related(c.target, it.target, family_of):
        return specific(c.target, it.target, family_of)
    if it.target in c.places:
        return c.target
    if it.location is not None and it.location == c.target:
        return it.target
    return specific(c.target, it.target, family_of)


def fits(c: MergeCluster, it: MergeItem, family_of: Family, when: frozenset | None = None) -> bool:
    """Whether report ``it`` is the happening of cluster ``c``. ``when``: the time keys the report
    fits (``blocking.query_time_set``) when it has a time, to test a cluster's times by its keys."""
    if c.old != it.old:
        return False                   # an act of years back is no report of today's happening
    fit = roles_fit(c, it, family_of)
    if fit is None:
        return False
    # a report the text does not date is placed only by its publication day, which allows several
    # nights: another place is then another happening ("downed 31 drones over Bryansk" three days
    # after "18 over Kursk"); a report dated to the day may name the place at another granularity
    # (unless the cluster holds this very text as another document retells it: copies and rewrites
    # of one text place its sentence at the granularity each extraction found, a city or its district)
    if it.date is None and not it.campaign and c.incident and not _retold(c, it) and _elsewhere(c, it, family_of):
        return False
    # a war and one strike in it are two happenings, even in one text (``sitrep.events.campaigns``);
    # an undated report telling its own toll ("strikes on the valley since dawn killed 12") is a
    # strike too, not the month-long air campaign another outlet of the story recalls
    if (c.incident and it.campaign >= STRONG) or (c.campaign and not it.campaign and (
            it.when is not None or it.fact.fatalities is not None or it.fact.injuries is not None)):
        return False
    # one text or one story tells one happening, however its mentions are dated; independent
    # reports must keep the cluster within its time span (no chaining across weeks)
    if not (it.root in c.roots or (it.story is not None and it.story in c.stories) or span_ok(c, it)):
        return False
    # a story-mate recalling an old happening is no report of today's news (the same text may
    # name it undated again: "the coup"; another document of the story tells the news)
    if it.root not in c.roots and _background(c, it):
        return False
    # another stated day with another toll: another happening, in any text or story; and the
    # weekday before or after, told by another text, when neither can be the other's night; and
    # another text's "overnight" a day off
    if other_night(c, it) or other_weekday(c, it) or other_overnight(c, it):
        return False
    # two sentences of one text, one act dated and the other not, by other means: two acts, not
    # one told twice (``merge_acts``)
    if other_act_of_text(c, it):
        return False
    # a statement is its speaker's: one coded without its speaker, whose sentence names another
    # actor ("the regional government said ... and called on the army and the PKK"), is not a
    # named minister's demand to the PKK, though both address it
    if it.speaker is not None and c.actor is not None and it.root not in c.roots \
            and not _related(c.actor, it.speaker, family_of):
        return False
    if fit == "placed":
        # a place for a party is firm only on the same day (or one day off, as the time keys allow)
        if it.when is None:
            return False
        if when is not None:
            return any(day_key(k) and k in when for k in c.times)
        return any(o.when is not None and dates_fit(o, it) for o in c.items)
    if fit == "related":
        # different granularity is only trusted on firm evidence: the same day, or the same toll
        # at a time that allows one happening (the same toll weeks apart is another happening)
        if _told_that_day(c, it) or told_by_rewrite(c, it) or related_corroborated(c, it, family_of):
            return True
        if when is not None:
            if it.when is not None and any(day_key(k) and k in when for k in c.times):
                return True                # a report dated to the day, at most one day apart
            # a report with a toll that agrees and a time that fits: by the cluster's summary
            # (``MergeCluster.tolls``), as the keys stand for ``dates_fit`` exactly
            dead = it.fact.fatalities
            if dead is None or not c.tolls:
                return False
            lo, hi = figure_range(dead, it.fact.fatalities_bound)
            return any(k in when and any(a <= hi and lo <= b for a, b in ranges) for k, ranges in c.tolls.items())
        return any((o.date and it.date and len(o.date) == len(it.date) == 10
                    and dates_fit(o, it))
                   or (figures_agree(o.fact, it.fact) and (timeless(o) or timeless(it) or dates_fit(o, it)))
                   for o in c.items)
    if it.root in c.roots or (it.story is not None and it.story in c.stories):
        # one text, or one story: dates only need not contradict; but one text telling two days
        # and two tolls ("killed four on Monday", "killed two on Tuesday") tells two happenings
        if it.root in c.roots and _other_day_other_toll(c, it):
            return False
        if not_the_storys(c, it):
            return False                   # told before it happened, or a statement made anew
        if when is not None:
            return not it.date or all(k in when for k in c.times if dated_key(k))
        return all(not (o.date and it.date and not dates_fit(o, it)) for o in c.items)
    if when is not None:
        return any(k in when for k in c.times)
    return any(dates_fit(o, it) or ((timeless(it) or timeless(o)) and figures_agree(o.fact, it.fact))
               for o in c.items)


def _retold(c: MergeCluster, it: MergeItem) -> bool:
    """Whether the cluster holds a report of ``it``'s own text (``root``) from another document,
    and none from ``it``'s document: a copy or rewrite telling the sentence the cluster took from
    its sibling, not a second act of one text (whose own report would sit in the cluster)."""
    return it.root in c.roots and it.doc not in c.docs


# Kinetic acts: an undated one published the day after a dated one may be the next night's strike
# of a same-template series; statements, deployments, sanctions are told on the day they are made.
_KINETIC = frozenset({"ASSAULT", "COERCE"})
_ONE = dt.timedelta(days=1)


def _told_that_day(c: MergeCluster, it: MergeItem) -> bool:
    """Whether one side is dated to a day and the other, undated, was published that day or the
    next: "AA spokesman Khine Thu Kha denied it on Wednesday" and an undated "the Arakan Army
    denied" in Wednesday's paper are one denial told at two granularities (related roles only;
    never a kinetic act, whose undated report may be another night of the same template)."""
    if c.action in _KINETIC:
        return False
    if it.date is None:
        if it.published is None or it.fact.fatalities is not None:
            return False
        keys = (emit_time_key(it.published.isoformat(), None), emit_time_key((it.published - _ONE).isoformat(), None))
    elif it.when is not None:
        keys = (emit_time_key(None, it.when), emit_time_key(None, it.when + _ONE))
    else:
        return False
    return any(k in c.times for k in keys)


def other_overnight(c: MergeCluster, it: MergeItem) -> bool:
    """Whether another text dates the cluster by the night ending a day before or after the night
    ``it`` is dated by: "strikes overnight" in Thursday's paper and in Friday's are two nights,
    though the one-day tolerance of ``dates_fit`` would join them."""
    nights = c.overnights
    if not nights:
        return False
    end = night_end(it)
    if end is None or end in nights:
        return False
    return any(abs((end - d).days) == 1 and roots - {it.root} for d, roots in nights.items())


def _other_day_other_toll(c: MergeCluster, it: MergeItem) -> bool:
    """Whether the cluster holds a report of another day whose death toll excludes ``it``'s."""
    if it.when is None or it.fact.fatalities is None or not c.tolls:
        return False
    lo, hi = figure_range(it.fact.fatalities, it.fact.fatalities_bound)
    own = emit_time_key(it.date, it.published, it.week)
    return any(day_key(k) and k != own and any(b < lo or hi < a for a, b in ranges) for k, ranges in c.tolls.items())


def split_places(clusters: list[MergeCluster], family_of: Family) -> list[MergeCluster]:
    """Part a cluster whose reports dated to the day tell it at unrelated places, and whose tolls
    do not tie the places together: "a strike on a depot in Kherson on Tuesday" and "shelling in
    Sumy killed three on Tuesday" share the actor and the day, not the happening, and the depot
    strike must not carry the shelling's dead. The reports of the leading place (the most reports,
    then the earliest placed) keep the cluster, with those that name no place; each other place
    becomes its own happening. Places that only differ in granularity are related through
    ``family_of``, or tied by an agreeing toll ("Kherson" / "Chornobaivka, near Kherson", 7 dead
    both); a state, or a place that is a party, holds any other place. Applied after the merge
    (which places each report once), before the events are built; new clusters are appended,
    ``index`` is the position again."""
    out = list(clusters)
    for c in clusters:
        if len(c.places) < 2 or not c.incident or c.campaign or len(c.items) < 2:
            continue
        groups: list[list[MergeItem]] = []
        # a place that is a party of the happening ("rockets into Ethiopia near Zalambessa") or a
        # state (or its capital, standing for it) may hold any other place: no evidence of another
        parties = {r for o in c.items for r in (o.actor, o.target) if r is not None}
        group_of: dict[str, int] = {}          # place -> its group: each place compared once
        for it in c.items:
            loc = it.location
            if loc is None or it.when is None or it.campaign or loc in parties:
                continue
            k = group_of.get(loc)
            if k is None:
                if any(x.startswith("state:") for x in family_of(loc)):
                    continue
                k = next((group_of[p] for p in group_of if _related(loc, p, family_of)), len(groups))
                group_of[loc] = k
                if k == len(groups):
                    groups.append([])
            groups[k].append(it)
        if len(groups) < 2:
            continue
        # the most reports, then the first placed (groups are made in the cluster's order)
        lead = max(groups, key=lambda g: (len(g), -groups.index(g)))
        lead_tolls = [o.fact for o in lead if o.fact.fatalities is not None] or _text_tolls(c, lead)
        parted = [g for g in groups if g is not lead
                  and not any(figures_agree(x, o.fact) for x in lead_tolls for o in g if o.fact.fatalities is not None)]
        if not parted:
            continue
        out += part_out(c, parted, family_of)
    return renumbered(out, len(clusters))


def _text_tolls(c: MergeCluster, lead: list[MergeItem]) -> list:
    """The death tolls the lead place's own texts give the happening elsewhere in the cluster, on
    the lead's day or undated, when the lead's reports give none ("the attack on April 17 targeted
    the Point Triple position and a post near the falls" after "54 soldiers were killed when
    jihadists attacked two positions in the park"): the text's account of the happening has one
    toll, which ties the places its other reports name. Not the toll of the lead's own sentence:
    one act told at coordinated places ("strikes killed 12, hitting Qamishli and Kobani") is coded
    once per place on purpose, and its toll stays with the place it was given."""
    roots = {o.root for o in lead}
    days = {o.when for o in lead}
    sentences = {(o.root, o.fact.start) for o in lead}
    return [o.fact for o in c.items if o.root in roots and o.fact.fatalities is not None
            and (o.when is None or o.when in days) and o.date is not None
            and (o.root, o.fact.start) not in sentences]


def part_out(c: MergeCluster, parts: list[list[MergeItem]], family_of: Family) -> list[MergeCluster]:
    """Take each list of ``parts`` out of ``c`` into a cluster of its own (returned); ``c`` is
    rebuilt from the items left."""
    gone = {id(o) for g in parts for o in g}
    _refill(c, [o for o in c.items if id(o) not in gone], family_of)
    out = []
    for g in parts:
        part = MergeCluster(c.action, None, None)
        _refill(part, g, family_of)
        out.append(part)
    return out


def renumbered(out: list[MergeCluster], before: int) -> list[MergeCluster]:
    """``out`` with each cluster's index its position, when clusters were added to the ``before``."""
    if len(out) != before:
        for k, c in enumerate(out):
            c.index = k
    return out


def _refill(c: MergeCluster, items: list[MergeItem], family_of: Family) -> None:
    """Rebuild ``c`` from ``items`` as the merge's join builds it: the most specific roles, the
    summaries of time and toll."""
    fresh = MergeCluster(c.action, None, None)
    for it in items:
        if fresh.items:
            fresh.actor = specific(fresh.actor, it.actor, family_of) if fresh.actor and it.actor \
                else fresh.actor or it.actor
            fresh.target = merged_target(fresh, it, family_of)
        else:
            fresh.actor, fresh.target = it.actor, it.target
        absorb(fresh, it)
    for name in MergeCluster.__dataclass_fields__:
        if name != "index":
            setattr(c, name, getattr(fresh, name))


def absorb(c: MergeCluster, it: MergeItem) -> str | None:
    """Add ``it`` to ``c`` with its time key, and its toll under that time; the time key, or None."""
    c.add(it)
    time = emit_time_key(it.date, it.published, it.week)
    if time is not None:
        if time not in c.times:
            c.times.append(time)
        if it.fact.fatalities is not None:
            if c.tolls is None:
                c.tolls = {}
            c.tolls.setdefault(time, set()).add(figure_range(it.fact.fatalities, it.fact.fatalities_bound))
    return time
