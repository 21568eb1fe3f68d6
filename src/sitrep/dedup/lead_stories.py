"""Independent reports of one incident joined by their leads: the same day, a like toll, the same places.

A state agency's or a local paper's own report of an attack shares neither wording nor figures
with the wire (its own quotes, its own revised toll: "three heroes ... were martyred" against the
wire's four killed), so no duplicate candidate and no story link reaches it, and when its events
are not merged with the wire's (a nominal "the attack that targeted ...") the happenings do not
join it either. Its lead still tells the incident: the day (a weekday or a date, resolved against
its publication day), a toll, and the names of the places and units around it.

A document alone in its story joins another story when one of that story's documents leads with
an incident of the same day, published at most LEAD_DAYS apart, with a killed toll close to its own
(a revision, not another attack: TOLL_SLACK), and at least SHARED_NAMES names of both heads in
common ("Kirkuk", "Wadi", "Shay", "Division"); and only when exactly one story qualifies, so that
two incidents of one day never both pull a report in.

Outlets date one incident a day apart: a night attack is "late on Sunday" at the wire and "in the
night of Sunday 27 to Monday 28 October" or "on Monday" at a local paper, and a copy may put the
dateline's date where the wire had the weekday. A lead of the day before or after counts as well
when its killed toll is the same specific figure (ADJACENT_DAYS, SPECIFIC_TOLL): a day's slack with
a toll's slack, or with "two soldiers", would be another attack of the next night. And an analysis written weeks later that opens on the incident's
date ("flew to Barkaram on October 28, hours after ... killed about 40 soldiers") states that date
outright, which a weekday cannot: a lead naming a date joins up to DATED_LEAD_DAYS of publication
apart (with the same killed figure), a weekday's LEAD_DAYS.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from sitrep import knowledge
from sitrep.dedup.lead_facts import HEAD_CHARS, LeadFacts, _vocab, lead_facts
from sitrep.disjoint import DisjointSets

LEAD_DAYS = 3           # publication days apart, at most
DATED_LEAD_DAYS = 31    # ... for a lead that names its incident's date (an analysis weeks later)
ADJACENT_DAYS = 1       # incident days this far apart are one incident's, with the same killed toll ...
# ... when that toll is specific: "a police officer", "two soldiers" killed on two nights are two of
# a desk's incidents as often as one told twice (the counts ``sketch.specific_figures`` leaves out)
SPECIFIC_TOLL = 13
TOLL_SLACK = 1          # killed tolls this far apart are one incident's revisions ...
TOLL_SHARE = 0.34       # ... or this share of the larger
SHARED_NAMES = 3        # capitalised words (no stopwords, days, months, numbers) both heads hold
MAX_HOLDERS = 50        # documents of one day holding a name, at most, for it to count
_NAME = re.compile(r"\b[A-Z][A-Za-z]{2,}\b")

# (incident day, killed, names)
Lead = tuple[str, int | None, frozenset[str]]


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    numbers, weekdays, months, before, after = _vocab()
    return frozenset(knowledge.wordlist("stopwords.txt")) | frozenset(numbers) | frozenset(weekdays) | frozenset(months)


def _incident_day(facts: LeadFacts, published: str) -> str | None:
    """The day the lead's weekday or date names, at or before the publication day."""
    try:
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    if len(facts.dates) == 1:
        (month, day), = facts.dates
        for year in (pub.year, pub.year - 1):
            try:
                when = dt.date(year, month, day)
            except ValueError:
                return None
            if when <= pub:
                return when.isoformat()
        return None
    if len(facts.weekdays) == 1 and not facts.dates:
        (weekday,) = facts.weekdays
        return (pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)).isoformat()
    return None


def lead_of(text: str, published: str | None) -> Lead | None:
    """A document's lead incident: its day, killed toll and the names of its head; None when the
    lead states no toll with one day, or the document has no date."""
    found = _lead_and_dated(text, published)
    return found[0] if found is not None else None


# the reduce joins stories by leads in each of its rounds over the same heads and dates: the answer
# depends on them alone and is immutable, so it is worked out once per process (bounded)
@lru_cache(maxsize=16_384)
def _lead_and_dated(text: str, published: str | None) -> tuple[Lead, bool] | None:
    """``lead_of``, and whether the lead names its day as a date (not a weekday)."""
    if not published:
        return None
    head = text[:HEAD_CHARS]
    facts = lead_facts(head)
    if facts.killed is None and facts.wounded is None:
        return None
    day = _incident_day(facts, published)
    if day is None:
        return None
    common = _common()
    names = frozenset(w for w in (m.lower() for m in _NAME.findall(head)) if w not in common)
    return (day, facts.killed, names), bool(facts.dates)


def _shifted(day: str, by: int) -> str | None:
    try:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=by)).isoformat()
    except ValueError:
        return None


def _close_enough(mine: Lead, other: Lead, published_apart: int, dated: bool) -> bool:
    """Whether two leads published ``published_apart`` days apart tell one incident: within
    LEAD_DAYS as ``_same_incident`` says; up to DATED_LEAD_DAYS when one names the date and both
    tell the same killed figure (a revised toll weeks later is too loose a match)."""
    if published_apart <= LEAD_DAYS:
        return _same_incident(mine, other)
    return (dated and published_apart <= DATED_LEAD_DAYS and _same_specific_toll(mine, other)
            and _same_incident(mine, other))


def _same_specific_toll(mine: Lead, other: Lead) -> bool:
    return mine[1] is not None and mine[1] >= SPECIFIC_TOLL and mine[1] == other[1]


def _same_incident(mine: Lead, other: Lead) -> bool:
    """Whether two leads' days and tolls fit one incident: the same day with agreeing tolls, or
    days ADJACENT_DAYS apart with the same killed figure (see the module doc)."""
    if mine[0] == other[0]:
        return _tolls_agree(mine[1], other[1])
    return _same_specific_toll(mine, other) and _days_apart(mine[0], other[0]) <= ADJACENT_DAYS


def _tolls_agree(a: int | None, b: int | None) -> bool:
    if a is None or b is None:
        return True
    return abs(a - b) <= max(TOLL_SLACK, TOLL_SHARE * max(a, b))


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 10**6


def join_by_leads(heads: Iterable[tuple[str, str, str | None]], story_of: Mapping[str, str],
                  sets: DisjointSets[str], size: dict[str, int]) -> int:
    """Join each document alone in its story to the one other story whose documents lead with its
    incident (see the module doc). ``heads``: (doc id, head of its text, publication day), read
    once (a stream: only the leads are kept); ``size``: documents per story root (kept up to
    date). Returns how many were joined."""
    root = sets.find
    leads: dict[str, Lead] = {}
    published: dict[str, str] = {}
    dated: set[str] = set()         # leads naming their day as a date
    # (day, name) -> documents: candidates come from shared names, never from a whole day's reports
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc, text, day_published in heads:
        if doc not in story_of:
            continue
        found = _lead_and_dated(text, day_published)
        if found is not None:
            (leads[doc], is_dated), published[doc] = found, day_published or ""
            if is_dated:
                dated.add(doc)
            for name in leads[doc][2]:
                index[(leads[doc][0], name)].append(doc)
    joins = []
    for doc, lead in leads.items():
        day, _killed, names = lead
        mine = root(story_of[doc])
        if size.get(mine, 1) != 1:
            continue
        days = [day] + [d for d in (_shifted(day, -ADJACENT_DAYS), _shifted(day, ADJACENT_DAYS)) if d]
        shared: Counter = Counter()
        for name in names:
            for when in days:
                holders = index[(when, name)]
                if len(holders) <= MAX_HOLDERS:        # a name in many reports of the day places nothing
                    shared.update(holders)
        fits = [other for other, n in shared.items()
                if n >= SHARED_NAMES and other != doc and root(story_of[other]) != mine
                and _close_enough(lead, leads[other], _days_apart(published[doc], published[other]),
                                  doc in dated or other in dated)]
        roots = {root(story_of[other]) for other in fits}
        if len(roots) > 1:
            roots = _one_incident(fits, list(shared), leads, published, dated, lambda x: root(story_of[x]), size)
        if len(roots) == 1:
            joins.append((mine, roots.pop()))
    return apply_joins(joins, sets, size)


def _one_incident(fits: list[str], near: list[str], leads: Mapping[str, Lead], published: Mapping[str, str],
                  dated: set[str], root_of: Callable[[str], str], size: Mapping[str, int]) -> set[str]:
    """Of several stories a lead fits, the one corroborated story (more than one document) when
    every other is a lone report whose lead fits that story's leads too: two more reports of the
    same incident (a local paper's and an analysis weeks later), not two incidents. Else all.
    ``near``: the documents sharing names with the report (the story's leads are looked for there)."""
    roots = {root_of(x) for x in fits}
    corroborated = {r for r in roots if size.get(r, 1) > 1}
    if len(corroborated) != 1:
        return roots
    (story,) = corroborated
    members = [x for x in near if root_of(x) == story]
    for lone in (x for x in fits if root_of(x) != story):
        if not any(len(leads[lone][2] & leads[m][2]) >= SHARED_NAMES
                   and _close_enough(leads[lone], leads[m], _days_apart(published[lone], published[m]),
                                     lone in dated or m in dated) for m in members):
            return roots
    return corroborated


def apply_joins(joins: list[tuple[str, str]], sets: DisjointSets[str], size: dict[str, int]) -> int:
    """Join the story pairs, decided on the stories as they were; ``size`` kept up to date.
    Returns how many pairs there were."""
    root = sets.find
    for mine, other in joins:
        a, b = root(mine), root(other)
        if a != b:
            sets.parent[a] = b
            size[b] = size.get(a, 1) + size.get(b, 1)
    return len(joins)
