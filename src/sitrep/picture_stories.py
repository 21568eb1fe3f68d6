"""Stories joined by the happenings their documents report (after events are merged): documents
reporting one specific happening as news, undated documents sharing several with a story, parts
of one page.

Only specific happenings join stories: dated to the day by the text itself (not inferred from a
period or the publication day), with a place, a toll, or an actor and a target. A campaign, a war
or "attacks on Israel" is a topic many stories share, not one story. And a happening joins stories
only where it is central to each (reported by at least half of its documents), so a roundup that
recalls five incidents does not chain their five stories into one, and stories cannot snowball
through chains of documents each sharing one happening with the next (``join_by_happenings``).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from sitrep.disjoint import DisjointSets
from sitrep.model import Entity
from sitrep.picture_store import PictureStore
from sitrep.store import Store
from sitrep.stories_signatures import happenings, lead_events, place_of, scene_test
from sitrep.dedup.lead_facts import HEAD_CHARS
from sitrep.dedup.lead_stories import join_by_leads
from sitrep.dedup.day_stories import join_by_days
from sitrep.dedup.explainer_stories import join_explainers

NEWS_DAYS = 3       # an event this close to a document's date is what the document reports
FOLLOW_UP_DAYS = 10  # ... and this close after it, if the document leads with it
INFERRED_BASES = frozenset({"publication", "period"})   # a day the text does not state


def specific(e: dict[str, Any], day: bool = True, places: Collection[str] = ()) -> bool:
    """A happening that can tie stories: stated to the day (not inferred from a period or the
    publication day, nor only a month: a campaign), with a place, a toll, or both an actor and a
    target ("Iraq's government rejected Israel's letter on Tuesday"). ``day=False`` for the
    reports of undated documents, which cannot date what they tell: no date will do. ``places``:
    the entities some event is located at; a target among them is the place attacked ("bombers
    struck Gwoza on Saturday", no attacker named), which places the happening as well."""
    date = e.get("date")
    if e.get("date_basis") in INFERRED_BASES or (date and len(date) != 10) or (day and not date):
        return False
    return (place_of(e, places) is not None or e.get("fatalities") is not None or e.get("injuries") is not None
            or (e.get("actor") is not None and e.get("target") is not None))


def event_places(events: list[dict[str, Any]]) -> frozenset[str]:
    """The entities the corpus's events are located at: the places, as far as events tell."""
    return frozenset(e["location"] for e in events if e.get("location") is not None)


def unknown_names(entities: Iterable[Entity]) -> dict[str, list[str]]:
    """Entity id -> its name and aliases, for the entities the knowledge base does not hold."""
    return {e.id: [e.name, *e.aliases] for e in entities if not e.kb_id}


def _texts(store: Store, ids: list[str]) -> dict[str, str]:
    import json
    return {r[0]: r[1] for r in store.db.execute(
        "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}


def _publication_dates(store: Store) -> dict[str, str | None]:
    """Each document's date, stated or inferred from its story; a date guessed from the corpus
    alone (``timex.infer.corpus_guess``) says nothing of which story a page belongs to."""
    from sitrep.timex.infer import corpus_guess
    inferred = {doc: found for doc, found in PictureStore(store.db).inferred_dates().items() if not corpus_guess(found[1])}
    return {r[0]: r[1] or (inferred.get(r[0]) or (None,))[0]
            for r in store.db.execute("SELECT id, published FROM documents")}


def _days_apart(a: str | None, b: str | None) -> int:
    import datetime as dt
    if not a or not b:
        return 10**6
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)
    except ValueError:
        return 10**6


UNDATED_SHARED_EVENTS = 2   # an undated document joins a story it shares this many happenings with


def _undated_story_matches(events: list[dict[str, Any]], story_of: dict[str, str],
                           published: dict[str, str | None]) -> dict[str, str]:
    """Undated documents (no date stated, none inferred yet) and the story they belong to.

    Without a date the same-day rule cannot apply, so an undated document joins the story of
    dated documents with which it shares several merged happenings (same category, compatible
    actors and targets), and only when one story clearly wins. One shared happening is not
    enough, even the one a follow-up leads with: the story would date the document to its own
    day, and a follow-up written days later would then misdate everything it reports.
    """
    shared: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        docs = {r["doc"] for r in e.get("reports", [])}
        undated = {d for d in docs if not published.get(d) and d in story_of}
        dated_stories = {story_of[d] for d in docs - undated if d in story_of}
        for doc in undated:
            for story in dated_stories - {story_of[doc]}:
                shared[doc][story] += 1
    out: dict[str, str] = {}
    for doc, counts in shared.items():
        ranked = counts.most_common(2)
        if ranked[0][1] >= UNDATED_SHARED_EVENTS and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            out[doc] = ranked[0][0]
    return out


def news_reports(events: list[dict[str, Any]], published: dict[str, str | None],
                 texts: Callable[[list[str]], dict[str, str]] | None = None,
                 unknown: Mapping[str, Sequence[str]] | None = None) -> list[tuple[int, list[str]]]:
    """(event index, documents for which it is news) for the specific happenings, the most widely
    reported first: a happening many documents report settles their story before the side
    happenings that some of them also mention. Events that merging left apart but that share an
    incident's signature count as one happening (``stories_signatures``), listed under the index
    of their first event. A document's lead happening is news to it for longer (a follow-up a week
    later leads with the attack it follows up); a happening it only recalls is news for a few days.
    ``texts``: the texts of documents by id, where lead happenings placed apart may be joined by
    the places their documents name (``stories_signatures._join_cross_named``), one of them a place
    ``unknown`` names (entity id -> names, for the entities the knowledge base does not hold).
    A happening no document leads with joins nothing: it is background to all of them."""
    places = event_places(events)
    candidates = [i for i, e in enumerate(events) if specific(e, places=places)]
    lead = lead_events(events, candidates)
    out = []
    scene = scene_test(events, lead, places, texts, unknown) if texts is not None and unknown else None
    for group in happenings(events, candidates, lead, places, scene):
        members = set(group)
        reporters = {r["doc"] for i in group for r in events[i].get("reports", [])}
        # a happening no document leads with is every report's background (the evacuation order
        # a speech, a live blog and a wire story each recall further down): it tells no story
        if not any(lead.get(doc) in members for doc in reporters):
            continue
        docs = sorted({r["doc"] for i in group for r in events[i].get("reports", [])
                       if _is_news(events[i]["date"], published.get(r["doc"]), lead.get(r["doc"]) == i)})
        if len(docs) > 1:
            out.append((group[0], docs))
    out.sort(key=lambda x: (-len(x[1]), x[0]))
    return out


def _is_news(day: str, published: str | None, leads: bool) -> bool:
    apart = _days_apart(day, published)
    if apart <= NEWS_DAYS:
        return True
    # a follow-up comes after what it follows up, never before
    return leads and apart <= FOLLOW_UP_DAYS and published is not None and published[:10] > day


def join_by_happenings(reports: list[tuple[int, list[str]]], story_of: dict[str, str],
                       sets: DisjointSets[str], size: dict[str, int]) -> None:
    """Join the stories of each happening's documents, where the happening is central to each:
    reported by at least half the documents of each (already joined) story it joins. A side
    happening that one document of a story mentions does not pull in another story, so stories
    cannot snowball through chains (a roundup recalling five incidents, each shared with another
    document, joins one or two of them, not five). ``size``: documents per story root."""
    root = sets.find
    for _i, docs in reports:
        per_root: Counter = Counter(root(story_of[d]) for d in docs if d in story_of)
        central = sorted(r for r, n in per_root.items() if 2 * n >= size.get(r, 1))
        if len(central) < 2:
            continue
        first, *rest = central
        for other in rest:
            total = size.get(first, 1) + size.get(other, 1)
            sets.parent[other] = first
            size[first] = total


def link_stories_by_events(store: Store, events: list[dict[str, Any]],
                           unknown: Mapping[str, Sequence[str]] | None = None) -> int:
    """Join stories whose documents report the same specific happening as news.

    Copying links documents into stories; independent reports of one incident (the same event,
    dated to the day, with a place, a toll or both roles, central to each story) belong together too,
    and so do the parts of one page. Events dated only to a month or a range, or by inference
    (campaigns, background), link nothing: sharing a topic is not a story.
    ``unknown``: entity id -> names, for the entities the knowledge base does not hold (a
    neighbourhood one report places a strike in, where another names the city: ``news_reports``).
    Returns how many stories were joined into others.
    """
    from sitrep.model import Story, content_id
    stories = store.stories()
    sets: DisjointSets[str] = DisjointSets()
    root = sets.find
    parent = sets.parent

    story_of = {doc: s.id for s in stories for doc in s.documents}
    published = _publication_dates(store)
    # the parts of one page (one raw article split into several) were put together by whoever
    # made the page: joined first, so the page leads with one happening and does not chain two
    # stories' groups. The items of a JSON list, JSONL file or feed are separate articles.
    pages: dict[str, str] = {}
    for doc_id, page in store.db.execute("SELECT id, raw_id FROM documents WHERE part IS NOT NULL"):
        if doc_id in story_of:
            if page in pages:
                parent[root(story_of[doc_id])] = root(pages[page])
            else:
                pages[page] = story_of[doc_id]
    size: Counter = Counter(root(story) for story in story_of.values())
    join_by_happenings(news_reports(events, published, lambda ids: _texts(store, ids), unknown), story_of, sets, size)
    # an independent report left alone (its events not merged with the wire's) joins by its lead
    join_by_leads(((r[0], r[1], published.get(r[0])) for r in store.db.execute(
        f"SELECT id, substr(text, 1, {HEAD_CHARS}) FROM documents")), story_of, sets, size)
    # ... and one whose lead tells no toll (a release, a siege), or tells the day days later (an
    # explainer, an analysis), by its lead's day and the names of its happening
    join_by_days(((r[0], r[1], published.get(r[0])) for r in store.db.execute(
        f"SELECT id, substr(text, 1, {HEAD_CHARS}) FROM documents")), story_of, sets, size)
    # ... and an explainer that opens on history, by the day its text tells further down
    lone = [d for d, s in story_of.items() if size.get(root(s), 1) == 1]
    join_explainers(((r[0], r[1], published.get(r[0])) for r in store.db.execute(
        f"SELECT id, substr(text, 1, {HEAD_CHARS}) FROM documents")), _texts(store, lone), story_of, sets, size)
    # a page dated from the corpus alone had its rounds to join a story while undated and stayed
    # alone: the events its guessed date resolves may merge with anything of that day, and must
    # not pull it (and then its story-mates) into another story
    from sitrep.timex.infer import corpus_guess
    guessed = {doc for doc, (_day, basis) in PictureStore(store.db).inferred_dates().items() if corpus_guess(basis)}
    undated_story = {d: s for d, s in story_of.items() if d not in guessed}
    for doc, story in _undated_story_matches([e for e in events if specific(e, day=False)], undated_story, published).items():
        parent[root(story_of[doc])] = root(story)
    groups: dict[str, list[Story]] = defaultdict(list)
    for st in stories:
        groups[root(st.id)].append(st)
    if all(len(g) == 1 for g in groups.values()):
        return 0
    joined: list[Story] = []
    for group in groups.values():
        if len(group) == 1:
            joined.append(group[0])
            continue
        docs = sorted({d for st in group for d in st.documents}, key=lambda d: (published.get(d) or "9999", d))
        title = next((st.title for st in sorted(group, key=lambda st: published.get(st.documents[0]) or "9999")
                      if st.title), None)
        joined.append(Story(content_id(*sorted(docs)), title, docs))
    with store.db:
        store.db.execute("DELETE FROM stories")
        store.db.executemany("INSERT INTO stories VALUES (?, ?)", [(st.id, st.title) for st in joined])
        store.db.executemany("INSERT INTO story_documents VALUES (?, ?, ?)",
                             [(st.id, d, i) for st in joined for i, d in enumerate(st.documents)])
    return len(stories) - len(joined)

