"""The cross-document reduce for events: one Event per happening, with every report of it.

Facts (one document's account) are grouped when they have the same category, compatible actor and
target (equal after mapping doc-local actors to entity ids, or unknown on one side, and at least one
of them shared) and compatible dates:
  - both dated to the day: at most one day apart; a month-level date matches any day of its month;
  - an undated report is lined up by its publication date: it joins an event dated up to three days
    before publication (news reports what happened on or just before the day it appears), or
    undated reports published within a day of it;
  - reports of one story (``DocInfo.story``) and copies of one text (``copy_of``) join regardless;
  - other reports must keep the cluster's time span bounded (``merge_basics.span_ok``): within two
    days of its first stated day, within its first stated month, or (nothing dated) within two days
    of its first publication day -- a report fitting any one report would otherwise chain a cluster
    across weeks, and make large clusters (and merge time) grow without bound;
  - a report with no time at all (undated, from an undated document) joins when its casualty figures
    agree with the event's, or when exactly one event of its category shares a role with it and
    contradicts none (nothing else in the corpus could be what it reports).
A demonym stands for its state ("the Israeli complaint": Israel's), per the knowledge base.
A capital or country that stands for its government becomes the government (``government_of``).
Sources name actors at different granularity ("the Israeli army", "Israel", "Israeli soldiers";
"Iran-backed militias" and a named member group): ``family_of`` gives each entity the entities it
belongs to (part_of ancestors, and the state for state organs, demonyms and capitals); two related
entities fit when the dates agree to the day, or the figures agree and the times allow one
happening, and the event keeps the more specific one.
Reports of a campaign ("Israel's war on Gaza", "the militias have attacked Israel since October")
are period events: each document dates it its own way, so across documents they join the campaign
with the same category and roles reported within months of them (``sitrep.events.campaigns``).
A rewrite or paraphrase of a document (``DocInfo.rewrite_of``) counts as the same text.
Reports that name no one ("a drone hit a base in the Golan Heights, killing two soldiers") are
grouped by place and time, and join a named happening at that place and time whose toll agrees
(``sitrep.events.unattributed``). One source naming only the actor and another only the target
join on the same day and an agreeing toll (``merge_roles.join_complements``); reports of one day
at unrelated places, with no toll tying them, are parted (``merge_fit.split_places``). A meeting or
accord each source tells from its own side (roles swapped) is one (``merge_symmetric``).

Figures, sources and corroboration: ``sitrep.events.corroboration``. Each report is compared only
with the clusters that share its category, a role and a time key (``sitrep.events.blocking``), so
merging stays near-linear in the number of reports.
"""
from __future__ import annotations

import gc
from typing import Callable, Iterable, Mapping, Sequence

from sitrep.events.blocking import BlockIndex, RoleIndex, emit_time_key, query_time_keys, query_time_set, role_keys
from sitrep.events.campaigns import STRONG, CampaignIndex, campaign_time
from sitrep.events.campaigns import role_keys as campaign_keys
from sitrep.events.corroboration import FigureKinds, build_events
from sitrep.events.family import kb_demonym_state, kb_family
from sitrep.events.merge_affiliation import base_of
from sitrep.events.merge_fit import absorb, fits, merged_target, roles_fit, specific, split_places
from sitrep.events.merge_symmetric import join_swapped
from sitrep.events.merge_roles import Family, join_complements, only_fit as _only_fit, related as _related
from sitrep.events.merge_basics import DocInfo, MergeCluster, MergeItem, timeless
from sitrep.events.merge_copies import rejoin_copies
from sitrep.events.merge_undated import place_undated
from sitrep.events.merge_items import canonical as _canonical, items as _items, memo as _memo
from sitrep.events.tollfold import fold_updates
from sitrep.events.unattributed import place_unattributed
from sitrep.ids import content_id
from sitrep.model import Event, EventFact

# days apart two undated, toll-less reports may be told and still be one series (the undated window)
_WEAK_DAYS = 3

__all__ = ["DocInfo", "kb_demonym_state", "kb_family", "merge_events"]


def merge_events(facts: Sequence[tuple[str, EventFact]], entity_of: Mapping[tuple[str, int], str],
                 docs: Mapping[str, DocInfo], government_of: Callable[[str], str | None] | None = None,
                 family_of: Family | None = kb_family, figure_kinds: FigureKinds | None = None,
                 built: dict | None = None) -> list[Event]:
    """One Event per happening from every document's event facts.

    ``family_of`` (entity id -> ids it belongs to, plus "state:<country>" for state organs) lets
    reports that name an actor at different granularity join; None compares ids only.
    ``figure_kinds`` ((doc, death toll) -> "own" / "contested", see ``corroboration``) tells a
    party's claim about its own attack, and a figure its own report says is disputed.
    ``built``: events already built from the same reports, kept by the caller across calls with
    the same ``figure_kinds`` (``corroboration.build_events``)."""
    # merging builds millions of small acyclic objects; the cyclic collector would rescan them all
    # again and again (a third of the time at 10k documents), and none of them can form a cycle
    collecting = gc.isenabled()
    gc.disable()
    try:
        # parted and joined after the role-keyed merge (``merge_clusters`` decides as its
        # unblocked reference): each cluster is then looked at once, as a whole
        clusters = merge_clusters(facts, entity_of, docs, government_of, family_of)
        fam = _memo(family_of or (lambda _e: frozenset()))
        clusters = join_complements(split_places(rejoin_copies(clusters, fam), fam))
        # a meeting or accord each source tells from its own side (``merge_symmetric``)
        clusters = join_swapped(clusters, fam)
        events = build_events(clusters, docs, figure_kinds, built)
        # an undated happening takes the day its first report appeared, once merging is done
        place_undated(zip(events, clusters))
    finally:
        if collecting:
            gc.enable()
    _unique_ids(events)
    events.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return events


def _unique_ids(events: list[Event]) -> None:
    """Give each event an id of its own: two events built from the same first report with the
    same roles, day and place (a report parted between happenings) would otherwise share one, and
    the store keys events by id."""
    seen: set[str] = set()
    for e in events:
        n = 0
        while e.id in seen:
            n += 1
            e.id = content_id(e.id, str(n))
        seen.add(e.id)


def merge_clusters(facts: Sequence[tuple[str, EventFact]], entity_of: Mapping[tuple[str, int], str],
                   docs: Mapping[str, DocInfo], government_of: Callable[[str], str | None] | None = None,
                   family_of: Family | None = kb_family) -> list[MergeCluster]:
    """The groups of reports ``merge_events`` turns into Events, in creation order."""
    # a demonym names its state ("Israeli strikes", "the Iraqi response"), as far as the knowledge
    # base behind ``family_of`` knows; with no family knowledge ids are compared as they are
    state_of = kb_demonym_state if base_of(family_of) is kb_family else (lambda _e: None)
    family = _memo(family_of or (lambda _e: frozenset()))
    named, unnamed = _items(facts, entity_of, docs, state_of, government_of)
    clustering = _Clustering(family)
    clusters = clustering.run(named)
    place_unattributed(unnamed, clusters, clustering.canonical and all(_canonical(it) for it in unnamed))
    return fold_updates(clusters, lambda c, it: roles_fit(c, it, family) not in (None, "placed"))


class _Clustering:
    """Reports naming an actor or a target, grouped one by one, each against its candidates only."""

    def __init__(self, family: Family) -> None:
        self.family = family
        self.clusters: list[MergeCluster] = []
        self.index = BlockIndex()
        self.timeless: RoleIndex | None = None
        self.campaigns = CampaignIndex()
        self._anchors: dict[str, tuple[str, ...]] = {}
        self._roles: dict[tuple, tuple[list, list]] = {}
        self._role_ids: dict[tuple, tuple[tuple, tuple]] = {}
        self._emptied = False

    def run(self, items: list[MergeItem]) -> list[MergeCluster]:
        self.canonical = all(_canonical(it) for it in items)
        # the most specific reports first, so partial ones join a cluster whose roles are settled
        items.sort(key=lambda it: (it.actor is None or it.target is None, it.date is None,
                                   it.date or "", it.doc, it.fact.start))
        # reports with no time at all go last: they join by figures, or the one happening they can be
        for it in items:
            if not timeless(it):
                self._place(it)
        self._replace()
        for it in items:
            if timeless(it):
                if self.timeless is None:
                    # only the role keys these reports ask for are ever queried
                    self._index_roles({k for o in items if timeless(o)
                                       for k in (*self.roles(o.fact.action, o.actor, o.target)[1],
                                                 *(self._place_keys(o.fact.action, o.actor, (o.target, o.location))
                                                   if o.actor is not None and o.target is not None else ()))})
                self._place(it)
        if self._emptied:
            self.clusters = [c for c in self.clusters if c.items]
            for k, c in enumerate(self.clusters):
                c.index = k              # positions, as ``place_unattributed`` expects
        return self.clusters

    def _replace(self) -> None:
        """Offer each one-document event dated to the day once more to the clusters the reports
        with a time made (those with none are placed after), and move it into the only one it now
        fits. Placing is single-pass: a report placed while the happening it tells held only
        undated reports (or none at its granularity) stood alone, though the same day, learnt
        later, now ties it to that happening."""
        for c in self.clusters:
            if len(c.docs) != 1 or not c.incident or c.campaign or not c.items:
                continue
            host = self._refit(c)
            if host is not None:
                for it in c.items:
                    self._join(host, it)
                # the index still files the emptied cluster: no category matches it any more,
                # so no later report can fit it; ``run`` drops it at the end
                c.items, c.action = [], ""
                self._emptied = True

    def _refit(self, c: MergeCluster) -> MergeCluster | None:
        """The only other cluster every report of ``c`` fits (None: none, or several)."""
        it = next(o for o in c.items if o.when is not None and not o.campaign)
        action = it.fact.action
        ask_ids = self.role_ids(action, it.actor, it.target)[1]
        if it.actor is not None and it.target is not None:
            ask_ids += self._place_ids(action, it.actor, (it.target, it.location))
        plain = self.index.ids([(action, "root", it.root)] + ([(action, "story", it.story)] if it.story else []))
        cands = self.index.candidates(ask_ids, query_time_keys(it.date, it.published, it.week), plain,
                                      query_time_set(it.date, it.published, it.week))
        cands.discard(c.index)
        clusters, family, found = self.clusters, self.family, None
        for cid in sorted(cands):
            d = clusters[cid]
            # a host holds a report dated to the day: the day it learnt is what ties the two (an
            # undated report elsewhere is no dated incident, ``merge_fit.fits``; nor the reverse)
            if d.incident and all(fits(d, o, family, None if timeless(o) or not self.canonical
                                    else query_time_set(o.date, o.published, o.week)) for o in c.items):
                if found is not None:
                    return None
                found = d
        return found

    def roles(self, action: str, actor: str | None, target: str | None) -> tuple[list, list]:
        """Role keys (to file under, to ask for) of a cluster or report with these roles."""
        key = (action, actor, target)
        got = self._roles.get(key)
        if got is None:
            got = self._roles[key] = role_keys(action, actor, target, self.anchors)
        return got

    def role_ids(self, action: str, actor: str | None, target: str | None) -> tuple[tuple, tuple, tuple]:
        """(ids to file under, ids to ask for, the id of exactly these roles). A cluster is also
        filed under its exact roles, so the reports naming the same actor and target find it
        without walking every cluster of a hot actor."""
        key = (action, actor, target)
        got = self._role_ids.get(key)
        if got is None:
            file, ask = self.roles(action, actor, target)
            exact = self.index.ids([(action, "EX", actor, target)])
            got = self._role_ids[key] = (self.index.ids(file) + exact, self.index.ids(ask), exact)
        return got

    def _place_keys(self, action: str, actor: str, places: Iterable[str | None]) -> list[tuple]:
        return [(action, "AL", x, p) for p in places if p is not None for x in self.anchors(actor)]

    def _place_ids(self, action: str, actor: str, places: Iterable[str | None]) -> tuple[int, ...]:
        return self.index.ids(self._place_keys(action, actor, places))

    def _timeless_keys(self, c: MergeCluster) -> list:
        keys = self.roles(c.action, c.actor, c.target)[0]
        if c.actor is not None and c.target is not None:
            keys = keys + self._place_keys(c.action, c.actor, (c.target, *c.places))
        return keys

    def anchors(self, e: str) -> tuple[str, ...]:
        got = self._anchors.get(e)
        if got is None:
            got = self._anchors[e] = (e, *sorted(self.family(e)))
        return got

    def _first(self, it: MergeItem, ask: tuple, exact: tuple, times: tuple, plain: tuple) -> MergeCluster | None:
        """What ``_pick`` returns for a report with a time when the time keys are exact
        (``canonical``), found through the index without building the candidate set."""
        clusters, family, index = self.clusters, self.family, self.index
        when = query_time_set(it.date, it.published, it.week)
        actor, target = it.actor, it.target

        def same(cid: int) -> bool:
            c = clusters[cid]
            return c.actor == actor and c.target == target and fits(c, it, family, when)

        # the clusters of its text or story are met only under its roles (``_place`` files them
        # under role and text): a story's clusters that share no role cannot fit, and a long
        # story would be walked whole by every report
        tags = tuple(("p", rid) for rid in plain)
        tag_set = frozenset(tags)

        def first(roles: tuple, test: Callable[[int], bool]) -> int | None:
            a = index.first_fit(roles, times, (), when, test)
            b = index.first_fit(roles, tags, (), tag_set, test) if tags else None
            return b if a is None else a if b is None else min(a, b)

        cid = first(exact, same)
        if cid is None and it.when is not None and (actor is None or target is None):
            # a report naming one party, dated to a day: a happening of that very day before one a
            # day off ("drone strike on a car, yesterday" is the strike of that day, not the shelling
            # of the day before); one more key looked up, no more clusters walked
            own = emit_time_key(it.date, it.published, it.week)
            cid = index.first_fit(ask, (own,), (), frozenset((own,)), lambda k: fits(clusters[k], it, family, when))
        if cid is None:
            cid = first(ask, lambda k: fits(clusters[k], it, family, when))
        return clusters[cid] if cid is not None else None

    def _pick(self, cands: set[int], it: MergeItem) -> MergeCluster | None:
        """The earliest cluster with the same roles that fits, else the earliest that fits."""
        order = sorted(cands)
        clusters, family = self.clusters, self.family
        # no report in a cluster is timeless while reports with a time are placed; keys stand for
        # the time test only when every date is a plain day or month (see ``_canonical``)
        when = None if timeless(it) or not self.canonical else query_time_set(it.date, it.published, it.week)
        for cid in order:
            c = clusters[cid]
            if c.actor == it.actor and c.target == it.target and fits(c, it, family, when):
                return c
        return next((clusters[cid] for cid in order if fits(clusters[cid], it, family, when)), None)

    def _place(self, it: MergeItem) -> None:
        action = it.fact.action
        file_ids, ask_ids, exact_id = self.role_ids(action, it.actor, it.target)
        if it.actor is not None and it.target is not None and it.when is not None:
            # a cluster naming this report's place as its target, or its target as a place
            # (``merge_fit.placed``): filed under actor and place, see below
            ask_ids += self._place_ids(action, it.actor, (it.target, it.location))
        plain = self.index.ids([(action, "root", it.root)] + ([(action, "story", it.story)] if it.story else []))
        if timeless(it):
            # nothing ties it in time: only its toll (or its text or story) can place it
            ask_keys = self.roles(action, it.actor, it.target)[1]
            cands = self.timeless.with_toll(ask_keys, it.fact.fatalities, it.fact.fatalities_bound)
            cands |= self.index.candidates((), (), plain)
            c = self._pick(cands, it) if cands else None
        elif self.canonical:
            c = self._first(it, ask_ids, exact_id, query_time_keys(it.date, it.published, it.week), plain)
        else:
            cands = self.index.candidates(ask_ids, query_time_keys(it.date, it.published, it.week), plain,
                                          query_time_set(it.date, it.published, it.week))
            c = self._pick(cands, it) if cands else None
        if c is None and timeless(it):
            # uniqueness does not depend on order: the pool is walked lazily, and stops at a second fit
            if it.actor is not None and it.target is not None:
                ask_keys = [*ask_keys, *self._place_keys(action, it.actor, (it.target, it.location))]
            c = _only_fit((self.clusters[cid] for cid in self.timeless.with_role(ask_keys)), it, self.family)
        if c is None and it.campaign:
            c = self._campaign(it)
        if c is None:
            c = MergeCluster(action, it.actor, it.target, index=len(self.clusters))
            self.clusters.append(c)
        self._join(c, it, plain)

    def _join(self, c: MergeCluster, it: MergeItem, plain: tuple[int, ...] | None = None) -> None:
        """Add report ``it`` to cluster ``c`` (new or found), and file the cluster anew."""
        action = it.fact.action
        file_ids = self.role_ids(action, it.actor, it.target)[0]
        if plain is None:
            plain = self.index.ids([(action, "root", it.root)] + ([(action, "story", it.story)] if it.story else []))
        before = (c.actor, c.target)
        if c.items:
            family = self.family
            c.actor = specific(c.actor, it.actor, family) if c.actor and it.actor else c.actor or it.actor
            c.target = merged_target(c, it, family)
            if (c.actor, c.target) != (it.actor, it.target):
                file_ids = self.role_ids(action, c.actor, c.target)[0]
        time = absorb(c, it)
        if c.actor is not None and c.target is not None:
            # the places filed before stay filed; all again only when the roles changed
            # (a cluster that only now has both roles files the places it named before)
            places = (c.target, *c.places) if c.actor != it.actor or len(c.items) == 1 or (c.actor, c.target) != before \
                else (c.target, it.location)
            file_ids += self._place_ids(action, c.actor, places)
        self.index.add(c.index, file_ids, time, plain)
        if self.canonical:
            for rid in plain:                   # role and text together, for ``_first``
                self.index.add(c.index, file_ids, ("p", rid))
        if it.campaign:
            keys = campaign_keys(action, it.actor, it.target, it.location)
            if (c.actor, c.target) != (it.actor, it.target):
                keys += campaign_keys(action, c.actor, c.target, None)
            self.campaigns.add(c.index, keys, campaign_time(it.date, it.published))
        if self.timeless is not None:
            self.timeless.add(c.index, self._timeless_keys(c), [(it.fact.fatalities, it.fact.fatalities_bound)])

    def _campaign(self, it: MergeItem) -> MergeCluster | None:
        """The campaign a period report is part of, across documents (``sitrep.events.campaigns``):
        the earliest that shares two of its roles, else the only one that shares one."""
        keys = campaign_keys(it.fact.action, it.actor, it.target, it.location)
        time = campaign_time(it.date, it.published)
        for cid in self.campaigns.candidates([k for k in keys if len(k) == 4], time):
            c = self.clusters[cid]
            if not c.incident and self._roles_agree(c, it) and self._weak_near(c, it, time):
                return c
        found = None
        if it.campaign < STRONG:
            return None
        for cid in self.campaigns.candidates([k for k in keys if len(k) == 3], time):
            c = self.clusters[cid]
            if not c.incident and self._roles_agree(c, it):
                if found is not None:
                    return None            # two campaigns it could be part of: neither
                found = c
        return found

    @staticmethod
    def _weak_near(c: MergeCluster, it: MergeItem, time: int | None) -> bool:
        """A report that is only maybe a series (``campaigns.WEAK``: undated, no toll, e.g. "it
        accused the rebels ...") joins a cluster of such reports only when one of them was told
        within the undated window of it: a week apart, two such reports are two statements, not
        one campaign. A sure campaign (a campaign noun or period date) still gathers them."""
        if it.campaign >= STRONG or c.campaign or time is None:
            return True
        times = [campaign_time(o.date, o.published) for o in c.items]
        return any(t is None or abs(t - time) <= _WEAK_DAYS for t in times)

    def _roles_agree(self, c: MergeCluster, it: MergeItem) -> bool:
        return c.old == it.old and all(mine is None or theirs is None or _related(mine, theirs, self.family)
                   for mine, theirs in ((c.actor, it.actor), (c.target, it.target)))

    def _index_roles(self, asked: set) -> None:
        self.timeless = RoleIndex(asked)
        for c in self.clusters:
            self.timeless.add(c.index, self._timeless_keys(c),
                              ((o.fact.fatalities, o.fact.fatalities_bound) for o in c.items))
