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
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

from sitrep import knowledge
from sitrep.dedup.lead_facts import HEAD_CHARS, LeadFacts, _vocab, lead_facts
from sitrep.disjoint import DisjointSets

LEAD_DAYS = 3           # publication days apart, at most
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
    return day, facts.killed, names


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
    # (day, name) -> documents: candidates come from shared names, never from a whole day's reports
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc, text, day_published in heads:
        if doc not in story_of:
            continue
        found = lead_of(text, day_published)
        if found is not None:
            leads[doc], published[doc] = found, day_published or ""
            for name in found[2]:
                index[(found[0], name)].append(doc)
    joins = []
    for doc, (day, killed, names) in leads.items():
        mine = root(story_of[doc])
        if size.get(mine, 1) != 1:
            continue
        shared: Counter = Counter()
        for name in names:
            holders = index[(day, name)]
            if len(holders) <= MAX_HOLDERS:        # a name in many reports of the day places nothing
                shared.update(holders)
        roots = {root(story_of[other]) for other, n in shared.items()
                 if n >= SHARED_NAMES and other != doc and root(story_of[other]) != mine
                 and _days_apart(published[doc], published[other]) <= LEAD_DAYS
                 and _tolls_agree(killed, leads[other][1])}
        if len(roots) == 1:
            joins.append((mine, roots.pop()))
    return apply_joins(joins, sets, size)


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
