"""An explainer that opens on no day of its own, joined to the story whose day it tells further down.

"What we know about ...", "How a ban toppled a government", "For years, the country was described
as ...": an explainer or a backgrounder written a few days after a happening opens on the wider
crisis, with no day and often no toll in its head, so ``lead_stories`` and ``day_stories`` (which
read the head) cannot place it, and it words everything its own way, so it is neither a copy nor
a rewrite, and shares too few figures for a story link. Further down it tells the happening:
"On Monday, September 8, tens of thousands marched to parliament", with the happening's places
and people.

A document alone in its story joins another story when:

- the day its head opens on (``day_stories.lead_days``), if any, is before that story's day: an
  explainer opens on the history ("On September 4, the government blocked 26 platforms") and
  comes to the news further down, while a desk template's report of a later happening opens on
  that happening's own day, after the story's;
- a paragraph of its text names a day at most ``day_stories.FOLLOW_UP_DAYS`` before its
  publication that the leads of that story tell, the story holding more than one document (copies,
  rewrites or reports of one happening: a corroborated story, not another lone page) all
  published at or before it;
- its text holds at least EXPLAINER_NAMES of the names of that story's heads that no other such
  story's heads hold (the happening's own village, minister, party; a country's name is every
  story's), and that story holds more of them than any other.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from sitrep.dedup.day_stories import Day, _fold, _NAME, _head_facts, _resolved, _unique_best
from sitrep.dedup.lead_facts import _PARAGRAPHS, _paragraph_facts
from sitrep.dedup.lead_stories import _common, apply_joins
from sitrep.disjoint import DisjointSets

EXPLAINER_NAMES = 4     # names of the story's heads, its own, the explainer's text holds
MAX_TEXT = 20_000       # characters of an explainer's text read for days and names


def text_days(text: str, published: str | None) -> frozenset[Day]:
    """Every day a paragraph of ``text`` names (weekdays resolved against ``published``, dates),
    at most ``day_stories.FOLLOW_UP_DAYS`` before it (one date alone reaches further, as for a
    lead). Empty for an undated text."""
    if not published:
        return frozenset()
    out: set[Day] = set()
    for para in _PARAGRAPHS.split(text[:MAX_TEXT]):
        facts = _paragraph_facts(para)
        if facts.weekdays or facts.dates:
            out |= _resolved(facts.weekdays, facts.dates, published)
    return frozenset(out)


def text_names(text: str) -> frozenset[str]:
    """The capitalised words of a text, lower-cased, without stopwords, days, months and numbers."""
    common = _common()
    return frozenset(w for w in (m.lower() for m in _NAME.findall(_fold(text[:MAX_TEXT]))) if w not in common)


def join_explainers(heads: Iterable[tuple[str, str, str | None]], texts: Mapping[str, str],
                    story_of: Mapping[str, str], sets: DisjointSets[str], size: dict[str, int]) -> int:
    """Join each lone document whose head names no day to the one corroborated story whose day
    its text tells, by the happening's names (see the module doc). ``heads``: (doc id, head of
    its text, publication day) of every document; ``texts``: the whole texts of (at least) the
    lone documents; ``size``: documents per story root (kept up to date). Returns how many were
    joined."""
    root = sets.find
    lead_days: dict[str, frozenset[Day]] = {}
    head_names: dict[str, frozenset[str]] = {}
    published: dict[str, str | None] = {}
    lone: list[str] = []
    for doc, head, day in heads:
        if doc not in story_of:
            continue
        published[doc] = day
        found, names, _lead = _head_facts(doc, head, day)
        if found:
            lead_days[doc], head_names[doc] = found, names or frozenset()
        if size.get(root(story_of[doc]), 1) == 1 and doc in texts and day:
            lone.append(doc)
    if not lone:
        return 0
    # the days the corroborated stories' leads tell, with the names of those leads' heads
    story_days: dict[str, set[Day]] = defaultdict(set)
    story_names: dict[str, set[str]] = defaultdict(set)
    latest: dict[str, str] = {}
    for doc, days in lead_days.items():
        story = root(story_of[doc])
        if size.get(story, 1) < 2:
            continue
        story_days[story] |= {d for d in days if len(d) == 10}
        story_names[story] |= head_names[doc]
    for doc in story_of:
        story = root(story_of[doc])
        if story in story_days and published.get(doc):
            latest[story] = max(latest.get(story, ""), published[doc][:10])
    joins = []
    for doc in lone:
        pub = published[doc][:10]
        days = text_days(texts[doc], pub)
        # the story's day is the explainer's news: the day its head opens on, if any, is history
        # before it (a desk's report of a later happening opens on that happening's own day)
        opens = max((d for d in lead_days.get(doc, ()) if len(d) == 10), default="")
        told = [s for s, sd in story_days.items()
                if any(opens < d for d in sd & days) and latest.get(s, "9999") <= pub and s != root(story_of[doc])]
        if not told:
            continue
        names = text_names(texts[doc])
        held = {s: names & story_names[s] for s in told}
        scores = {}
        for s, shared in held.items():
            # a name another story of those days holds too is the crisis's, not the happening's
            others = set().union(*(story_names[r] for r in told if r != s))
            scores[s] = len(shared - others)
        best = _unique_best(scores)
        if best is not None and scores[best] >= EXPLAINER_NAMES:
            joins.append((root(story_of[doc]), best))
    return apply_joins(joins, sets, size)
