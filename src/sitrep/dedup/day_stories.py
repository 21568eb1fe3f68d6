"""Reports of one happening that tell no toll, or tell it days later, joined by the day their leads
give it and the names that set it apart from that day's other happenings.

``lead_stories`` joins an independent report to the wire's story by its lead's day AND toll. Many
reports of one happening have no toll to compare: a hostage's release, a siege, a television
studio taken over, a president's address; and an explainer or an analysis written days later
("It was shortly before 3 a.m. on Sunday, September 24, when ...", "On November 11, suspected
militants attacked ...") opens on the happening's day, with its own sources and its own wording,
so it is neither a copy nor a rewrite and shares too few figures for a story link. What it shares
with the story's reports is the day its lead tells and the names of that happening: the village,
the task force, the pilot's airline.

A document alone in its story joins another story when:

- the first paragraph of its head that names a day (a weekday or a date, not the day something was
  said: ``lead_facts._filed``) names a day a lead of that story names ("spent Monday burying
  relatives killed in Sunday's attack" names both), at most FOLLOW_UP_DAYS before each publication
  (a date further back is history, "the March 23 Movement", not the news); an undated page counts
  when it states the date itself ("this Tuesday, January 9, 2024");
- the two heads share at least SHARED_NAMES names that no other story of more than one document
  leading with that day holds: "Israel", "Hezbollah" and "Beirut" are every report's of a day of
  strikes in Lebanon, the village is the happening's own (other lone reports of that day may be
  reports of the same happening, and do not take its names away);
- that story shares more such names than any other story of that day: a tie is two happenings
  (or the day's common names) the report could be; another lone report of the same happening
  shares fewer with it than the story of the wire and its copies does.

A desk template's report of another incident leads with its own day, so it joins nothing here.
A report whose lead states a toll with its day is judged by ``lead_stories`` first (its toll is the
stronger test); left alone there, it joins here only a story none of whose leads of that day tells
another toll: an analysis days later ("the death toll has since risen to 22 ... six attackers were
killed") beside a wire whose toll is an official's count further down, or a state agency's report
whose toll paragraph dates the fighting days before the ceasefire its lead tells "today".
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping

from sitrep.dedup.dateline_credit import _CREDIT
from sitrep.dedup.day_after import days_before
from sitrep.dedup.lead_facts import _PARAGRAPHS, HEAD_CHARS, _paragraph_facts
from sitrep.dedup.lead_stories import SHARED_NAMES, Lead, _common, _same_incident, apply_joins, lead_of
from sitrep.disjoint import DisjointSets

FOLLOW_UP_DAYS = 10         # a lead's day at most this many days before the publication ...
# ... or this many, when the paragraph names that one day alone and as a date ("On the morning of
# Saturday, August 24, fighters ... attacked"): an explainer or analysis written weeks later opens
# on the happening's date, which a weekday cannot state. A lead that names its own day as well
# ("on Tuesday ... since the August 2 attack") tells a new happening, and the old date stays history.
DATED_FOLLOW_UP_DAYS = 62
MAX_DAY_DOCS = 200          # documents leading with one day, at most, for the day to be compared
_NAME = re.compile(r"\b[A-Z][A-Za-z]{2,}\b")

# a lead's day: the ISO day, or for an undated page the "MM-DD" its stated date gives
Day = str


def _fold(text: str) -> str:
    """Without diacritics: "Zvečan" and "Zvecan" are one name."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def head_names(text: str) -> frozenset[str]:
    """The capitalised words of a text's head, lower-cased, without stopwords, days, months, numbers
    and the agency its dateline credits ("(Reuters)": every report of that wire names it)."""
    common = _common()
    head = text[:HEAD_CHARS]
    credit = _CREDIT.match(head)
    if credit is not None:
        head = head[:credit.start(1)] + head[credit.end(1):]
    return frozenset(w for w in (m.lower() for m in _NAME.findall(_fold(head))) if w not in common)


MAX_LEAD_DAYS = 2           # days one opening may name ("spent Monday burying those killed in Sunday's attack")


def lead_days(text: str, published: str | None) -> frozenset[Day]:
    """The days the first paragraph of the head that names any tells (see the module doc): ISO
    days, resolved against ``published`` and at most FOLLOW_UP_DAYS before it; "MM-DD" of the
    dates an undated text states. Empty when none, or more than MAX_LEAD_DAYS (a chronology).
    A state agency or a local paper dates its lead by the day it writes: "today signed a
    protocol", "yesterday's attack" (``relative_day``), the publication day or the one before."""
    for para in _PARAGRAPHS.split(text[:HEAD_CHARS]):
        facts = _paragraph_facts(para)
        if not facts.weekdays and not facts.dates:
            relative = relative_day(para, published)
            if relative is not None:
                return frozenset({relative})
            continue
        if not published:
            days = frozenset(f"{month:02d}-{day:02d}" for month, day in facts.dates)
        else:
            days = _resolved(facts.weekdays, facts.dates, published)
            # "the day after the attack": the happening the report follows up is of the day before
            days |= days_before(para, days)
        return days if len(days) <= MAX_LEAD_DAYS else frozenset()
    return frozenset()


# "today" and "yesterday" outside quotations (a speaker's "today" is no date of the report)
_RELATIVE = {"today": 0, "yesterday": 1}
_RELATIVE_WORD = re.compile(r"\b(today|yesterday)\b", re.I)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def relative_day(para: str, published: str | None) -> Day | None:
    """The ISO day a paragraph's "today" or "yesterday" names against ``published`` (outside
    quotations; one such word, or several naming one day), or None."""
    if not published:
        return None
    found = {_RELATIVE[m.group(1).lower()] for m in _RELATIVE_WORD.finditer(_QUOTED.sub(" ", para))}
    if len(found) != 1:
        return None
    try:
        return (dt.date.fromisoformat(published[:10]) - dt.timedelta(days=found.pop())).isoformat()
    except ValueError:
        return None


def _resolved(weekdays: frozenset[int], dates: frozenset[tuple[int, int]], published: str) -> frozenset[str]:
    """The days a paragraph's dates and weekdays name, at most FOLLOW_UP_DAYS before ``published``."""
    try:
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return frozenset()
    out = set()
    # one date alone may be a later explainer's (DATED_FOLLOW_UP_DAYS); with other days, history
    reach = DATED_FOLLOW_UP_DAYS if len(dates) == 1 and weekdays <= _weekdays_of(dates, pub) else FOLLOW_UP_DAYS
    dated = set()
    for month, day in dates:
        for year in (pub.year, pub.year - 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                break
            if candidate <= pub:
                dated.add(candidate)
                break
    # a weekday beside a date names that date ("on Monday, March 3"), resolved against the
    # publication it may name another week's day
    for weekday in () if dates else weekdays:
        out.add(pub - dt.timedelta(days=(pub.weekday() - weekday) % 7))
    return frozenset([when.isoformat() for when in out if (pub - when).days <= FOLLOW_UP_DAYS]
                     + [when.isoformat() for when in dated if (pub - when).days <= reach])


def _weekdays_of(dates: frozenset[tuple[int, int]], pub: dt.date) -> frozenset[int]:
    """The weekdays of ``dates`` in the publication's year or the one before (the weekday a
    "Saturday, August 24" names beside its date)."""
    out = set()
    for month, day in dates:
        for year in (pub.year, pub.year - 1):
            try:
                out.add(dt.date(year, month, day).weekday())
            except ValueError:
                pass
    return frozenset(out)


def _unique_best(scores: Mapping[str, int]) -> str | None:
    """The key with the highest score when no other has it, else None."""
    ranked = sorted(scores.items(), key=lambda x: -x[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _tolls_differ(doc: str, members: list[str], leads: Mapping[str, Lead]) -> bool:
    """Whether a report whose lead tells a toll on its day meets, among a story's documents leading
    with that day, one whose lead tells a toll that is not its incident's (``lead_stories``: the
    toll is the stronger test; it found no match, so their leads tell two incidents). A story whose
    leads tell no toll with a day (an official's count further down, a toll "last week") has
    nothing to hold against it: the day and the names decide."""
    mine = leads.get(doc)
    if mine is None:
        return False
    return any(leads[x][0] == mine[0] and not _same_incident(mine, leads[x]) for x in members if x in leads)


# the reduce links stories again in each of its rounds (``picture._reduce``) over the same heads
# and dates: what a head tells is worked out once per process (by document, checked against the
# head and date it was worked out from), not once per round
_HEADS: dict[str, tuple[str, str | None, tuple]] = {}
_HEADS_BOUND = 20_000


def _head_facts(doc: str, text: str, published: str | None
                ) -> tuple[frozenset[Day], frozenset[str] | None, Lead | None]:
    """(``lead_days``, and when it names any ``head_names`` and ``lead_of``) of a document's head."""
    got = _HEADS.get(doc)
    if got is not None and got[0] == text and got[1] == published:
        return got[2]
    found = lead_days(text, published)
    facts = (found, head_names(text), lead_of(text, published)) if found else (found, None, None)
    if len(_HEADS) >= _HEADS_BOUND:
        _HEADS.clear()
    _HEADS[doc] = (text, published, facts)
    return facts


def join_by_days(heads: Iterable[tuple[str, str, str | None]], story_of: Mapping[str, str],
                 sets: DisjointSets[str], size: dict[str, int]) -> int:
    """Join each document alone in its story to the one story whose documents lead with its day
    and its happening's names (see the module doc). ``heads``: (doc id, head of its text,
    publication day); ``size``: documents per story root (kept up to date). Returns how many
    were joined."""
    root = sets.find
    days: dict[str, frozenset[Day]] = {}
    names: dict[str, frozenset[str]] = {}
    leads: dict[str, Lead] = {}     # leads with a toll and a day (``lead_stories``)
    by_day: dict[str, list[str]] = defaultdict(list)
    for doc, text, published in heads:
        if doc not in story_of:
            continue
        found, doc_names, lead = _head_facts(doc, text, published)
        if not found:
            continue
        days[doc], names[doc] = found, doc_names
        if lead is not None:
            leads[doc] = lead
        for day in found:
            if len(day) == 10:
                by_day[day].append(doc)
    # each lone report's best story by the happening's own names, and the story sharing the most
    # names counted plainly (both decided on the stories as they were)
    best_of: dict[str, tuple[str, list[tuple[str, int]]]] = {}
    for doc, mine_days in days.items():
        mine = root(story_of[doc])
        if size.get(mine, 1) != 1:
            continue
        same_day = {d for day in mine_days
                    for d in (by_day[day] if len(day) == 10 else
                              [x for k, ds in by_day.items() if k[5:] == day for x in ds])} - {doc}
        if not same_day or len(same_day) > MAX_DAY_DOCS:
            continue
        # the names each story of the day holds in its leads' heads
        held: dict[str, set[str]] = defaultdict(set)
        for other in same_day:
            theirs = root(story_of[other])
            if theirs != mine:
                held[theirs] |= names[doc] & names[other]
        corroborated = {r for r in held if size.get(r, 1) > 1}
        scores = {}
        for theirs, shared in held.items():
            # a name another corroborated story of that day holds too is the day's, not the happening's
            others = set().union(*(held[r] for r in corroborated if r != theirs))
            scores[theirs] = len(shared - others)
        best = _unique_best(scores)
        if best is not None and scores[best] >= SHARED_NAMES and not _tolls_differ(
                doc, [x for x in same_day if root(story_of[x]) == best], leads):
            # the stories sharing as many names or more, counted plainly, with how many of them
            # the best story's heads do not hold
            best_of[doc] = (best, [(r, len(shared - held[best])) for r, shared in held.items()
                                   if r != best and len(shared) >= len(held[best])])
    # the one story sharing the most, without the day's common names and counted plainly (a lone
    # report of another happening holds the common names as a corroborated story does): a tie is
    # two happenings (or none) the report could be. Where another lone report shares as many names
    # or more plainly, it is the same happening's when its own best story is that one too and the
    # two share SHARED_NAMES names that story's heads lack: two outlets' own reports of one
    # happening share the details the wire left out (the attackers' names, a second official),
    # and both join the wire's story. Two lone reports of other happenings that day share with each
    # other only the day's names the story holds as well.
    lone_doc = {root(story_of[doc]): doc for doc in best_of}
    joins = []
    for doc, (best, rivals) in best_of.items():
        if all(size.get(r, 1) == 1 and r in lone_doc and best_of[lone_doc[r]][0] == best and extra >= SHARED_NAMES
               for r, extra in rivals):
            joins.append((root(story_of[doc]), best))
    return apply_joins(joins, sets, size)
