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

A desk template's report of another incident leads with its own day, so it joins nothing here;
a report whose lead states a toll with its day is judged by ``lead_stories`` (its toll is the
stronger test) and left alone here.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping

from sitrep.dedup.dateline_credit import _CREDIT
from sitrep.dedup.lead_facts import _PARAGRAPHS, HEAD_CHARS, _paragraph_facts
from sitrep.dedup.lead_stories import SHARED_NAMES, _common, apply_joins, lead_of
from sitrep.disjoint import DisjointSets

FOLLOW_UP_DAYS = 10         # a lead's day at most this many days before the publication
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
    dates an undated text states. Empty when none, or more than MAX_LEAD_DAYS (a chronology)."""
    for para in _PARAGRAPHS.split(text[:HEAD_CHARS]):
        facts = _paragraph_facts(para)
        if not facts.weekdays and not facts.dates:
            continue
        if not published:
            days = frozenset(f"{month:02d}-{day:02d}" for month, day in facts.dates)
        else:
            days = _resolved(facts.weekdays, facts.dates, published)
        return days if len(days) <= MAX_LEAD_DAYS else frozenset()
    return frozenset()


def _resolved(weekdays: frozenset[int], dates: frozenset[tuple[int, int]], published: str) -> frozenset[str]:
    """The days a paragraph's dates and weekdays name, at most FOLLOW_UP_DAYS before ``published``."""
    try:
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return frozenset()
    out = set()
    for month, day in dates:
        for year in (pub.year, pub.year - 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                break
            if candidate <= pub:
                out.add(candidate)
                break
    # a weekday beside a date names that date ("on Monday, March 3"), resolved against the
    # publication it may name another week's day
    for weekday in () if dates else weekdays:
        out.add(pub - dt.timedelta(days=(pub.weekday() - weekday) % 7))
    return frozenset(when.isoformat() for when in out if (pub - when).days <= FOLLOW_UP_DAYS)


def _unique_best(scores: Mapping[str, int]) -> str | None:
    """The key with the highest score when no other has it, else None."""
    ranked = sorted(scores.items(), key=lambda x: -x[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def join_by_days(heads: Iterable[tuple[str, str, str | None]], story_of: Mapping[str, str],
                 sets: DisjointSets[str], size: dict[str, int]) -> int:
    """Join each document alone in its story to the one story whose documents lead with its day
    and its happening's names (see the module doc). ``heads``: (doc id, head of its text,
    publication day); ``size``: documents per story root (kept up to date). Returns how many
    were joined."""
    root = sets.find
    days: dict[str, frozenset[Day]] = {}
    names: dict[str, frozenset[str]] = {}
    judged: set[str] = set()        # leads with a toll and a day: ``lead_stories`` decides
    by_day: dict[str, list[str]] = defaultdict(list)
    for doc, text, published in heads:
        if doc not in story_of:
            continue
        found = lead_days(text, published)
        if not found:
            continue
        days[doc], names[doc] = found, head_names(text)
        if lead_of(text, published) is not None:
            judged.add(doc)
        for day in found:
            if len(day) == 10:
                by_day[day].append(doc)
    joins = []
    for doc, mine_days in days.items():
        mine = root(story_of[doc])
        if size.get(mine, 1) != 1 or doc in judged:
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
        # the one story sharing the most, without the day's common names and counted plainly (a
        # lone report of another happening holds the common names as a corroborated story does):
        # a tie is two happenings (or none) the report could be
        best = _unique_best(scores)
        if best is not None and scores[best] >= SHARED_NAMES and _unique_best(
                {r: len(shared) for r, shared in held.items()}) == best:
            joins.append((mine, best))
    return apply_joins(joins, sets, size)
