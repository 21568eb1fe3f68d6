"""The cross-document reduce for events: one Event per happening, with every report of it.

Facts (one document's account) are grouped when they have the same category, compatible actor and
target (equal after mapping doc-local actors to entity ids, or unknown on one side, and at least one
of them shared) and compatible dates:
  - both dated to the day: at most one day apart; a month-level date matches any day of its month;
  - an undated report is lined up by its publication date: it joins an event dated up to three days
    before publication (news reports what happened on or just before the day it appears), or
    undated reports published within a day of it;
  - reports of one story (``DocInfo.story``) and copies of one text (``copy_of``) join regardless;
  - a report with no time at all (undated, from an undated document) joins when its casualty figures
    agree with the event's, or when exactly one event of its category shares a role with it and
    contradicts none (nothing else in the corpus could be what it reports).
A demonym stands for its state ("the Israeli complaint": Israel's), per the knowledge base.
A capital or country that stands for its government becomes the government (``government_of``).
Sources name actors at different granularity ("the Israeli army", "Israel", "Israeli soldiers";
"Iran-backed militias" and a named member group): ``family_of`` gives each entity the entities it
belongs to (part_of ancestors, and the state for state organs, demonyms and capitals); two related
entities fit when the dates agree to the day or the figures agree, and the event keeps the more
specific one.

Figures: each independent source gives a figure with a bound (exact, at least, up to, about); two
figures agree when the ranges they allow overlap ("24 injured" and "more than 20"). Copies of one
wire story, and articles of one outlet, are one source. An event with two or more sources is
"corroborated" unless their figures disagree, then "disputed" (``disputes`` names each figure and
its outlets; the event keeps the most conservative figure, as ACLED does).
"""
from __future__ import annotations

import collections
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Mapping, Sequence

from sitrep.model import Event, EventFact, Report, content_id

UNDATED_LAG_DAYS = 3
PART_OF_HOPS = 2          # "KH part of PMF part of the security forces": further up is another actor


def kb_family(entity_id: str) -> frozenset[str]:
    """What an entity belongs to, from the shipped knowledge base (entity ids are KB ids)."""
    return _kb_family(entity_id)


@lru_cache(maxsize=4096)
def _kb_family(entity_id: str) -> frozenset[str]:
    try:
        from sitrep.actors.kb import KnowledgeBase
        kb = KnowledgeBase.default()
    except ImportError:                    # no actors stage: every entity stands alone
        return frozenset()
    e = kb.entry(entity_id)
    if not e:
        return frozenset()
    out: set[str] = set()
    state = None
    if e.get("capital_of"):
        state = e["capital_of"]
    elif e.get("government"):
        state = entity_id
    elif e.get("demonym_of"):
        state = e["demonym_of"]
    frontier, hops = [entity_id], 0
    while frontier and hops <= PART_OF_HOPS and state is None:
        nxt = []
        for cur in frontier:
            ce = kb.entry(cur) or {}
            country = ce.get("country")
            if country and (kb.entry(country) or {}).get("government") == cur:
                state = country           # cur is a government: entity_id is a state organ
                break
            if hops < PART_OF_HOPS:
                nxt += [r["object"] for r in ce.get("relations") or () if r.get("predicate") == "part_of"]
        frontier, hops = nxt, hops + 1
    frontier = [entity_id]
    for _ in range(PART_OF_HOPS):
        frontier = [r["object"] for cur in frontier for r in (kb.entry(cur) or {}).get("relations") or ()
                    if r.get("predicate") == "part_of"]
        out.update(frontier)
    if state:
        out.add("state:" + state)
    return frozenset(out)


def kb_demonym_state(entity_id: str) -> str | None:
    """The state a demonym stands for ("Israeli" -> Israel): "the Israeli complaint" is Israel's."""
    return _kb_demonym_state(entity_id)


@lru_cache(maxsize=4096)
def _kb_demonym_state(entity_id: str) -> str | None:
    try:
        from sitrep.actors.kb import KnowledgeBase
        kb = KnowledgeBase.default()
    except ImportError:
        return None
    state = (kb.entry(entity_id) or {}).get("demonym_of")
    return state if state and kb.entry(state) else None


@dataclass(slots=True, frozen=True)
class DocInfo:
    """What merging needs to know about a reporting document."""

    outlet: str | None = None
    published: str | None = None         # YYYY-MM-DD
    copy_of: str | None = None           # the document this one copies
    story: str | None = None             # the story the document belongs to


@dataclass(slots=True)
class _Item:
    doc: str
    fact: EventFact
    actor: str | None
    target: str | None
    location: str | None
    published: dt.date | None


def _related(a: str, b: str, family_of: Callable[[str], frozenset[str]]) -> bool:
    if a == b:
        return True
    fa, fb = family_of(a), family_of(b)
    return a in fb or b in fa or any(x.startswith("state:") and x in fb for x in fa)


def _specific(a: str, b: str, family_of: Callable[[str], frozenset[str]]) -> str:
    """Of two related entities, the narrower: a member over its group, an army over its state."""
    fa, fb = family_of(a), family_of(b)
    if b in fa or (len(fa) > len(fb) and a not in fb):
        return a
    return b


@dataclass(slots=True)
class _Cluster:
    action: str
    actor: str | None
    target: str | None
    items: list[_Item] = field(default_factory=list)
    roots: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _root(doc: str, docs: Mapping[str, DocInfo]) -> str:
    seen = {doc}
    info = docs.get(doc)
    while info is not None and info.copy_of and info.copy_of not in seen:
        doc = info.copy_of
        seen.add(doc)
        info = docs.get(doc)
    return doc


def _dates_fit(a: _Item, b: _Item) -> bool:
    da, db = a.fact.date, b.fact.date
    if da and db:
        x, y = _day(da), _day(db)
        if x and y:
            return abs((x - y).days) <= 1
        return da[:7] == db[:7]
    if da or db:
        dated, undated = (a, b) if da else (b, a)
        when, pub = _day(dated.fact.date), undated.published
        if pub is None:
            return False
        if when is None:                       # a month-level date
            return dated.fact.date[:7] in (pub.isoformat()[:7], (pub - dt.timedelta(days=UNDATED_LAG_DAYS)).isoformat()[:7])
        return 0 <= (pub - when).days <= UNDATED_LAG_DAYS
    if a.published and b.published:
        return abs((a.published - b.published).days) <= 1
    return False


def _roles_fit(c: _Cluster, it: _Item, family_of) -> str | None:
    """"same" when a role is shared, "related" when roles only fit through ``family_of``, else None."""
    if c.action != it.fact.action:
        return None
    related = False
    for mine, theirs in ((c.actor, it.actor), (c.target, it.target)):
        if mine is not None and theirs is not None and mine != theirs:
            if not _related(mine, theirs, family_of):
                return None
            related = True
    if (c.actor is not None and c.actor == it.actor) or (c.target is not None and c.target == it.target):
        return "same"
    return "related" if related else None


def _figures_agree(a: EventFact, b: EventFact) -> bool:
    """Both reports give a death toll, and the tolls allow a common value."""
    if a.fatalities is None or b.fatalities is None:
        return False
    ra, rb = _range(a.fatalities, a.fatalities_bound), _range(b.fatalities, b.fatalities_bound)
    return max(ra[0], rb[0]) <= min(ra[1], rb[1])


def _timeless(it: _Item) -> bool:
    return it.fact.date is None and it.published is None


def _fits(c: _Cluster, it: _Item, root: str, story: str | None, family_of) -> bool:
    fit = _roles_fit(c, it, family_of)
    if fit is None:
        return False
    if fit == "related":
        # different granularity is only trusted on firm evidence: the same day, or the same toll
        return any((o.fact.date and it.fact.date and len(o.fact.date) == len(it.fact.date) == 10
                    and _dates_fit(o, it)) or _figures_agree(o.fact, it.fact) for o in c.items)
    if root in c.roots or (story is not None and story in c.stories):
        # one text, or one story: dates only need not contradict
        return all(not (o.fact.date and it.fact.date and not _dates_fit(o, it)) for o in c.items)
    return any(_dates_fit(o, it) or ((_timeless(it) or _timeless(o)) and _figures_agree(o.fact, it.fact))
               for o in c.items)


def _only_fit(clusters: list[_Cluster], it: _Item) -> _Cluster | None:
    """For a report with no date and no publication date: the one cluster of other documents
    with the same category that shares a role with it and contradicts none. Nothing ties it in
    time, so it joins only when the corpus offers no other happening it could be."""
    found = None
    for c in clusters:
        if c.action != it.fact.action or it.doc in {o.doc for o in c.items}:
            continue
        if any(m is not None and t is not None and m != t for m, t in ((c.actor, it.actor), (c.target, it.target))):
            continue
        if not ((c.actor is not None and c.actor == it.actor) or (c.target is not None and c.target == it.target)):
            continue
        if it.fact.fatalities is not None and any(o.fact.fatalities is not None and not _figures_agree(o.fact, it.fact)
                                                  for o in c.items):
            continue                       # another toll: another happening
        if found is not None:
            return None
        found = c
    return found


def merge_events(facts: Sequence[tuple[str, EventFact]], entity_of: Mapping[tuple[str, int], str],
                 docs: Mapping[str, DocInfo], government_of: Callable[[str], str | None] | None = None,
                 family_of: Callable[[str], frozenset[str]] | None = kb_family) -> list[Event]:
    """One Event per happening from every document's event facts.

    ``family_of`` (entity id -> ids it belongs to, plus "state:<country>" for state organs) lets
    reports that name an actor at different granularity join; None compares ids only."""
    # a demonym names its state ("Israeli strikes", "the Iraqi response"), as far as the knowledge
    # base behind ``family_of`` knows; with no family knowledge ids are compared as they are
    state_of = kb_demonym_state if family_of is kb_family else (lambda _e: None)
    family_of = family_of or (lambda _e: frozenset())

    def entity(doc: str, local: int | None, stands_for_government: bool) -> str | None:
        if local is None:
            return None
        eid = entity_of.get((doc, local))
        if eid is not None and stands_for_government:
            eid = state_of(eid) or eid
            if government_of is not None:
                eid = government_of(eid) or eid
        return eid

    items: list[_Item] = []
    for doc, f in facts:
        actor = entity(doc, f.actor, True)
        target = entity(doc, f.target, True)
        if actor is not None and actor == target:
            target = None
        if actor is None and target is None:
            continue
        info = docs.get(doc) or DocInfo()
        items.append(_Item(doc, f, actor, target, entity(doc, f.location, False), _day(info.published)))
    # the most specific reports first, so partial ones join a cluster whose roles are settled
    items.sort(key=lambda it: (it.actor is None or it.target is None, it.fact.date is None,
                               it.fact.date or "", it.doc, it.fact.start))
    clusters: list[_Cluster] = []
    # reports with no time at all go last: they join by figures, or the one happening they can be
    items = [it for it in items if not _timeless(it)] + [it for it in items if _timeless(it)]
    for it in items:
        info = docs.get(it.doc) or DocInfo()
        root = _root(it.doc, docs)
        best = None
        for c in clusters:
            if _fits(c, it, root, info.story, family_of):
                both = c.actor == it.actor and c.target == it.target
                if best is None or (both and not best[0]):
                    best = (both, c)
                    if both:
                        break
        if best is None and _timeless(it):
            only = _only_fit(clusters, it)
            best = (False, only) if only is not None else None
        if best is None:
            c = _Cluster(it.fact.action, it.actor, it.target)
            clusters.append(c)
        else:
            c = best[1]
            c.actor = _specific(c.actor, it.actor, family_of) if c.actor and it.actor else c.actor or it.actor
            c.target = _specific(c.target, it.target, family_of) if c.target and it.target else c.target or it.target
        c.items.append(it)
        c.roots.add(root)
        if info.story:
            c.stories.add(info.story)
    events = [_event(c, docs) for c in clusters]
    events.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return events


def _most_common(values) -> object | None:
    values = [v for v in values if v is not None]
    if not values:
        return None
    counts = collections.Counter(values)
    return max(counts, key=lambda v: (counts[v], -values.index(v)))


def _event(c: _Cluster, docs: Mapping[str, DocInfo]) -> Event:
    per_doc: dict[str, list[_Item]] = {}
    for it in sorted(c.items, key=lambda it: (it.doc, it.fact.start)):
        per_doc.setdefault(it.doc, []).append(it)
    reports: list[Report] = []
    figures: list[tuple[str, str, int, str | None, int, str | None]] = []
    for doc, its in per_doc.items():
        first = its[0]
        info = docs.get(doc) or DocInfo()
        dead = next(((i.fact.fatalities, i.fact.fatalities_bound) for i in its if i.fact.fatalities is not None), (None, None))
        hurt = next(((i.fact.injuries, i.fact.injuries_bound) for i in its if i.fact.injuries is not None), (None, None))
        date = next((i.fact.date for i in its if i.fact.date), None)
        reports.append(Report(doc=doc, start=first.fact.start, end=first.fact.end, outlet=info.outlet,
                              fatalities=dead[0], injuries=hurt[0], date=date, copy_of=info.copy_of))
        figures.append((doc, info.outlet or "", dead[0], dead[1], hurt[0], hurt[1]))
    dated = [it for it in c.items if it.fact.date]
    days = [it.fact.date for it in dated if len(it.fact.date) == 10]
    date = _most_common(days) or _most_common([it.fact.date for it in dated])
    date_text = next((it.fact.date_text for it in dated if it.fact.date == date), None)
    sources = _sources(list(per_doc), docs)
    fatalities, dead_dispute = _figure([(f[0], f[2], f[3]) for f in figures], sources, docs, "fatalities")
    injuries, hurt_dispute = _figure([(f[0], f[4], f[5]) for f in figures], sources, docs, "injuries")
    disputes = [d for d in (dead_dispute, hurt_dispute) if d]
    n_sources = len(set(sources.values()))
    corroboration = "disputed" if disputes else ("corroborated" if n_sources >= 2 else "single source")
    first = min(reports, key=lambda r: (r.doc, r.start))
    return Event(
        id=content_id(c.action, c.actor, c.target, date, f"{first.doc}:{first.start}"),
        action=c.action, date=date, date_text=date_text, actor=c.actor, target=c.target,
        location=_most_common([it.location for it in c.items]), fatalities=fatalities, injuries=injuries,
        mode=_most_common([it.fact.mode for it in c.items]), reports=reports,
        corroboration=corroboration, disputes=disputes)


def _sources(doc_ids: list[str], docs: Mapping[str, DocInfo]) -> dict[str, str]:
    """doc -> independent source: copies of one text, and one outlet's articles, are one source."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    for d in doc_ids:
        info = docs.get(d) or DocInfo()
        union("doc:" + d, "root:" + _root(d, docs))
        if info.outlet:
            union("doc:" + d, "outlet:" + info.outlet.strip().lower())
    return {d: find("doc:" + d) for d in doc_ids}


def _range(value: int, bound: str | None) -> tuple[float, float]:
    if bound == "min":
        return value, float("inf")
    if bound == "max":
        return 0, value
    if bound == "approx":
        return value * 0.85 - 1, value * 1.15 + 1
    return value, value


def _spell(value: int, bound: str | None) -> str:
    return {"min": f"at least {value}", "max": f"up to {value}", "approx": f"about {value}"}.get(bound or "", str(value))


def _figure(figs: list[tuple[str, int | None, str | None]], sources: dict[str, str],
            docs: Mapping[str, DocInfo], what: str) -> tuple[int | None, str | None]:
    """The event's figure and, when independent sources disagree, a note naming each figure's outlets."""
    per_source: dict[str, tuple[int, str | None]] = {}
    outlets: dict[tuple[int, str | None], set[str]] = collections.defaultdict(set)
    for doc, value, bound in figs:
        if value is None:
            continue
        src = sources[doc]
        # within one source the original (not a copy) speaks for it
        if src not in per_source or (docs.get(doc) and not docs[doc].copy_of):
            per_source[src] = (value, bound)
        outlets[(value, bound)].add((docs.get(doc) or DocInfo()).outlet or doc)
    if not per_source:
        return None, None
    vals = list(per_source.values())
    agree = all(max(_range(*a)[0], _range(*b)[0]) <= min(_range(*a)[1], _range(*b)[1])
                for i, a in enumerate(vals) for b in vals[i + 1:])
    exact = sorted(v for v, b in vals if b in (None, "exact"))
    if agree:
        if exact:
            return exact[-1], None
        return max(v for v, _ in vals), None
    note = f"{what}: " + "; ".join(f"{_spell(v, b)} ({', '.join(sorted(outlets[(v, b)]))})"
                                    for v, b in sorted(set(vals), key=lambda x: x[0]))
    return min(v for v, _ in vals), note
