"""A merged happening as an Event: its reports, date, place, figures and how well sources agree.

Each independent source gives a figure with a bound (exact, at least, up to, about); two figures
agree when the ranges they allow overlap ("24 injured" and "more than 20"). Copies of one wire story,
and articles of one outlet, are one source. An event with two or more sources is "corroborated"
unless their figures disagree, then "disputed" (``disputes`` names each figure and its outlets; the
event keeps the most conservative figure, as ACLED does).

Not every figure is as good a source: a party's count of what its own attack achieved ("the
rebels said they killed 11 soldiers", ``figure_kinds`` "own") heads the event only when no one
else gives one, and is no conservative figure either; a figure its own report says is disputed ("a figure residents disputed", "contested") makes
the event disputed even when every outlet repeats it.
"""
from __future__ import annotations

import collections
import dataclasses
import datetime as dt
from typing import Iterable, Mapping

from sitrep.disjoint import DisjointSets
from sitrep.events.merge_basics import DocInfo, MergeCluster, MergeItem, figure_range, root_of
from sitrep.model import Event, Report, content_id

# (document, death toll it reports) -> "own" (the actor's claim about its own attack) or
# "contested" (an own claim its report says others dispute); figures not in it are plain counts
FigureKinds = Mapping[tuple[str, int], str]


def _most_common(values) -> object | None:
    values = [v for v in values if v is not None]
    if len(values) < 2:
        return values[0] if values else None
    counts = collections.Counter(values)
    return max(counts, key=lambda v: (counts[v], -values.index(v)))


# bases of a date the coder took from the text around the act, not from the act's own clause
_INFERRED = frozenset({"context", "anaphora"})


def _news_day(items: list[MergeItem], dated: list[MergeItem], month: str) -> str | None:
    """The day independent texts give a happening as their news, when it overrules a month that
    only one text inferred from its paragraph ("Its condemnation ... was swift" under a paragraph
    about July): at least two other texts telling it as their day's news (publication basis),
    within a day of each other, in another month. A month is a coarse guess from the narrative
    around the act; two sources agreeing on the day of their news are firmer evidence. A date
    stated in the act's own clause, or a day, is never overruled."""
    if len(month) != 7 or any(it.fact.date_basis not in _INFERRED for it in dated):
        return None
    roots = {it.root or it.doc for it in dated}
    if len(roots) != 1:
        return None
    news = [(it.fact.date, it.root or it.doc) for it in items
            if it.date is None and it.fact.date_basis == "publication" and it.fact.date
            and len(it.fact.date) == 10 and (it.root or it.doc) not in roots]
    if len({r for _d, r in news}) < 2:
        return None
    days = sorted(d for d, _r in news)
    if days[0][:7] == month or days[-1][:7] == month:
        return None                   # the month holds the news: nothing contradicts it
    lo, hi = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    if (hi - lo).days > 1:
        return None                   # the texts' news days disagree: none of them is firm
    return _most_common(days)


def build_events(clusters: Iterable[MergeCluster], docs: Mapping[str, DocInfo],
                 figure_kinds: FigureKinds | None = None, built: dict | None = None) -> list[Event]:
    """``build_event`` of each cluster. ``built``: a table kept across calls with the same
    ``figure_kinds`` (the reduce's rounds of one run): a cluster of the same reports (the same
    fact objects, dated, rooted and placed alike) whose documents are known alike is built once,
    and each call gets a fresh copy of it (the merge then sets its id and undated day)."""
    if built is None:
        return [build_event(c, docs, figure_kinds) for c in clusters]
    out = []
    for c in clusters:
        its = c.items
        key = (c.action, c.actor, c.target,
               tuple([(id(it.fact), it.doc, it.date, it.root, it.location) for it in its]),
               tuple([(d, docs.get(d), root_of(d, docs)) for d in sorted({it.doc for it in its})]))
        got = built.get(key)
        if got is None:
            # the facts are kept with the event: their ids in the key are never reused meanwhile
            got = built[key] = (build_event(c, docs, figure_kinds), [it.fact for it in its])
        out.append(dataclasses.replace(got[0]))
    return out


def build_event(c: MergeCluster, docs: Mapping[str, DocInfo], figure_kinds: FigureKinds | None = None) -> Event:
    per_doc: dict[str, list[MergeItem]] = {}
    for it in sorted(c.items, key=lambda it: (it.doc, it.fact.start)):
        per_doc.setdefault(it.doc, []).append(it)
    reports: list[Report] = []
    figures: list[tuple[str, str, int, str | None, int, str | None]] = []
    others: list[tuple[str, int, str | None, bool]] = []
    for doc, its in per_doc.items():
        first = its[0]
        info = docs.get(doc) or DocInfo()
        standing = _standing([(i.fact.fatalities, i.fact.fatalities_bound, i.fact.toll_update) for i in its
                              if i.fact.fatalities is not None])
        dead = _latest(standing, (None, None, False))
        # another party's figure told after the toll ("the group said only two died") still disputes it
        others.extend((doc, v, b, u) for v, b, u in standing if (v, b, u) != dead)
        hurt = _latest([(i.fact.injuries, i.fact.injuries_bound, False) for i in its
                        if i.fact.injuries is not None], (None, None, False))
        date = next((i.date for i in its if i.date), None) or next((i.fact.date for i in its if i.fact.date), None)
        reports.append(Report(doc=doc, start=first.fact.start, end=first.fact.end, outlet=info.outlet,
                              fatalities=dead[0], injuries=hurt[0], date=date, copy_of=info.copy_of))
        figures.append((doc, info.outlet or "", dead[0], dead[1], hurt[0], hurt[1], dead[2]))
    dated = [it for it in c.items if it.date]
    days = [it.date for it in dated if len(it.date) == 10]
    # a day a report states for the act itself outranks one the coder took from the paragraph
    # around it (``_INFERRED``): another report's context is a later sentence's day, not this act's
    stated = [it.date for it in dated if len(it.date) == 10 and it.fact.date_basis not in _INFERRED]
    date = _most_common(stated) or _most_common(days) or _most_common([it.date for it in dated])
    if date is not None and not days and (news := _news_day(c.items, dated, date)) is not None:
        dated, date = [it for it in c.items if it.fact.date == news], news
    if date is None:
        # no report states a date: the one inferred from a period or the publication day, so the
        # happening still sits in the timeline (its basis says it is inferred)
        dated = [it for it in c.items if it.fact.date]
        date = _most_common([it.fact.date for it in dated])
    date_text = next((it.fact.date_text for it in dated if it.fact.date == date), None)
    date_basis = _most_common([it.fact.date_basis or "stated" for it in dated if it.fact.date == date])
    sources = _sources(list(per_doc), docs)
    dead_figs, superseded = _supersede([(f[0], f[2], f[3], f[6]) for f in figures] + others, docs)
    kinds = figure_kinds or {}
    own = {(d, v) for d, v, _ in dead_figs if v is not None and (d, v) in kinds}
    fatalities, dead_dispute = _figure(dead_figs, sources, docs, "fatalities", own)
    injuries, hurt_dispute = _figure([(f[0], f[4], f[5]) for f in figures], sources, docs, "injuries")
    disputed = [d for d in (dead_dispute, hurt_dispute) if d]
    contested = sorted({_name(d, docs) for d, v, _ in dead_figs if v == fatalities and kinds.get((d, v)) == "contested"})
    if contested and not dead_dispute:
        # every source may repeat the party's count; the reports themselves say it is disputed
        disputed.append(f"fatalities: {fatalities} is the attacker's own claim, disputed in its report "
                        f"({', '.join(contested)})")
    # a superseded toll is noted with the disputes, but is none: the sources agree the toll rose
    disputes = ([superseded] if superseded else []) + disputed
    n_sources = len(set(sources.values()))
    corroboration = "disputed" if disputed else ("corroborated" if n_sources >= 2 else "single source")
    first = min(reports, key=lambda r: (r.doc, r.start))
    location = _most_common([it.location for it in c.items])
    # one report of strikes on two places is two events (``merge_fit.split_places``) with the same
    # first report: the place tells their ids apart
    return Event(
        id=content_id(c.action, c.actor, c.target, date, f"{first.doc}:{first.start}", *([location] if location else [])),
        action=c.action, date=date, date_text=date_text, actor=c.actor, target=c.target,
        location=location, fatalities=fatalities, injuries=injuries,
        mode=_most_common([it.fact.mode for it in c.items]), reports=reports,
        corroboration=corroboration, disputes=disputes, date_basis=date_basis,
        actor_name=None if c.actor else _described([it.fact.actor_name for it in c.items]),
        target_name=None if c.target else _described([it.fact.target_name for it in c.items]))


def _described(names: list[str | None]) -> str | None:
    """The description most reports give an unnamed actor ("Gunmen", "suspected jihadists"),
    compared case-blind and shown as the first report wrote it."""
    seen: dict[str, str] = {}
    for n in names:
        if n:
            seen.setdefault(" ".join(n.lower().split()), n)
    key = _most_common([" ".join(n.lower().split()) for n in names if n])
    return seen[key] if key is not None else None


def _supersede(figs: list[tuple[str, int | None, str | None, bool]], docs: Mapping[str, DocInfo]
               ) -> tuple[list[tuple[str, int | None, str | None]], str | None]:
    """The death tolls that still count, and a note on those a later toll update supersedes.

    "The toll rose to nine" replaces the five of the first reports: every lower toll published no
    later than the highest update (and every lower update) is superseded, not disputed. A lower
    toll published after the update disagrees with it, and stays a dispute."""
    plain = [(doc, value, bound) for doc, value, bound, _ in figs]
    updates = [(value, doc) for doc, value, _, update in figs if update and value is not None]
    if not updates:
        return plain, None
    top = max(v for v, _ in updates)
    pubs = [(docs.get(d) or DocInfo()).published for v, d in updates if v == top]
    last = None if any(p is None for p in pubs) else max(pubs)
    kept, old = [], []
    for doc, value, bound, update in figs:
        pub = (docs.get(doc) or DocInfo()).published
        if value is not None and figure_range(value, bound)[0] < top and (
                update or last is None or pub is None or pub <= last):
            old.append((doc, value, bound))
        else:
            kept.append((doc, value, bound))
    if not old:
        return plain, None
    def named(rows) -> str:
        spelled: dict[str, set[str]] = collections.defaultdict(set)
        for doc, value, bound in rows:
            spelled[_spell(value, bound)].add(_name(doc, docs))
        return "; ".join(f"{k} ({', '.join(sorted(v))})" for k, v in spelled.items())
    news = [(d, v, b) for d, v, b in kept if v == top]
    return kept, f"fatalities: {named(news)} supersedes {named(sorted(old, key=lambda r: r[1]))} (toll update)"


def _sources(doc_ids: list[str], docs: Mapping[str, DocInfo]) -> dict[str, str]:
    """doc -> independent source: copies of one text, and one outlet's articles, are one source."""
    sets: DisjointSets[str] = DisjointSets()
    for d in doc_ids:
        info = docs.get(d) or DocInfo()
        sets.union("doc:" + d, "root:" + root_of(d, docs))
        if info.outlet:
            sets.union("doc:" + d, "outlet:" + info.outlet.strip().lower())
    return {d: sets.find("doc:" + d) for d in doc_ids}


def _spell(value: int, bound: str | None) -> str:
    return {"min": f"at least {value}", "max": f"up to {value}", "approx": f"about {value}"}.get(bound or "", str(value))


def _figure(figs: list[tuple[str, int | None, str | None]], sources: dict[str, str],
            docs: Mapping[str, DocInfo], what: str, own: set[tuple[str, int]] | frozenset = frozenset()
            ) -> tuple[int | None, str | None]:
    """The event's figure and, when independent sources disagree, a note naming each figure's
    outlets. ``own``: the (document, figure) pairs that are the attacker's claim about itself."""
    per_source: dict[str, tuple[int, str | None]] = {}
    own_head: set[str] = set()
    plain: list[tuple[int, str | None]] = []
    seen: set[str] = set()
    claimed: set[tuple[int, str | None]] = set()
    outlets: dict[tuple[int, str | None], set[str]] = collections.defaultdict(set)
    for doc, value, bound in figs:
        if value is None:
            continue
        src = sources[doc]
        # within one source the original (not a copy) speaks for it; a document's first figure
        # is its headline, any further one another party's claim
        if src not in per_source or (docs.get(doc) and not docs[doc].copy_of and not docs[doc].rewrite_of
                                     and doc not in seen):
            per_source[src] = (value, bound)
            if (doc, value) in own:
                own_head.add(src)
            else:
                own_head.discard(src)
        if (doc, value) not in own:
            plain.append((value, bound))
        seen.add(doc)
        claimed.add((value, bound))
        outlets[(value, bound)].add(_name(doc, docs))
    if not per_source:
        return None, None
    heads = list(per_source.values())
    vals = list(claimed)
    agree = all(max(figure_range(*a)[0], figure_range(*b)[0]) <= min(figure_range(*a)[1], figure_range(*b)[1])
                for i, a in enumerate(vals) for b in vals[i + 1:])
    exact = sorted(v for v, b in vals if b in (None, "exact"))
    if agree:
        if exact:
            return exact[-1], None
        return max(v for v, _ in vals), None
    note = f"{what}: " + "; ".join(f"{_spell(v, b)} ({', '.join(sorted(outlets[(v, b)]))})"
                                    # one value with two bounds ("5", "at least 5"): by bound
                                    # too, not in the set's hash-seeded order
                                    for v, b in sorted(set(vals), key=lambda x: (x[0], x[1] or "")))
    # the figure most independent sources give heads the event ("7" from three outlets, not a
    # party's "only two" from one); a party's claim about its own attack counts only when no
    # one else gives a figure. With no majority, the most conservative one (as ACLED does)
    heads = [h for s, h in per_source.items() if s not in own_head] or heads
    counts = collections.Counter(heads)
    ranked = counts.most_common(2)
    if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
        return ranked[0][0][0], note
    return min(v for v, _ in plain or vals), note


def _name(doc: str, docs: Mapping[str, DocInfo]) -> str:
    """How a dispute note names a report: its outlet, else its title or file, never a bare id."""
    info = docs.get(doc) or DocInfo()
    return info.outlet or info.label or doc


def _standing(figs: list[tuple[int, str | None, bool]]) -> list[tuple[int, str | None, bool]]:
    """One document's figures (in text order) that still stand: a figure a higher one follows is
    the toll before it rose (a flash's "three", then "five", then "seven"); one told after the
    highest is another party's count ("the military said it killed five gunmen")."""
    if len(figs) < 2:
        return figs
    kept: list[tuple[int, str | None, bool]] = []
    best = None
    for f in reversed(figs):
        lo = figure_range(f[0], f[1])[0]
        if (best is None or lo >= best) and f not in kept:
            kept.append(f)
        best = lo if best is None else max(best, lo)
    kept.reverse()
    return kept


def _latest(figs: list[tuple[int, str | None, bool]], none: tuple) -> tuple:
    """One document's figure for a happening: its latest count. A document that gives several
    (a flash and its updates, "raising an earlier toll of three", a party's lower claim quoted
    beside the toll) reports the toll as it stands by the highest of them, a stated update first."""
    if not figs:
        return none
    if len(figs) == 1:
        return figs[0]
    pool = [f for f in figs if f[2]] or figs
    return max(pool, key=lambda f: (figure_range(f[0], f[1])[0], f[1] in (None, "exact")))
