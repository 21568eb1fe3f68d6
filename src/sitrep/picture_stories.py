"""Stories joined by the happenings their documents report (after events are merged): same-day
reports of one event, undated documents sharing several events with a story, parts of one page.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from sitrep.disjoint import DisjointSets
from sitrep.picture_store import PictureStore
from sitrep.store import Store

NEWS_DAYS = 3       # an event this close to a document's date is what the document reports


def _publication_dates(store: Store) -> dict[str, str | None]:
    inferred = PictureStore(store.db).inferred_dates()
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
    actors and targets), and only when one story clearly wins.
    """
    from collections import Counter
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


def link_stories_by_events(store: Store, events: list[dict[str, Any]]) -> int:
    """Join stories whose documents report the same dated happening.

    Copying links documents into stories; independent reports of one incident (the same event,
    dated to the day, reported by several documents) belong together too, and so do the parts
    of one page. Events dated only to a month or a range (campaigns, background) link nothing:
    sharing a topic is not a story.
    Returns how many stories were joined into others.
    """
    from sitrep.model import Story, content_id
    stories = store.stories()
    sets: DisjointSets[str] = DisjointSets()
    root = sets.find
    parent = sets.parent

    story_of = {doc: s.id for s in stories for doc in s.documents}
    published = _publication_dates(store)
    for e in events:
        if not e.get("date") or len(e["date"]) != 10:
            continue
        # only documents for which the happening is news, not background recalled weeks later
        linked = {story_of[r["doc"]] for r in e.get("reports", [])
                  if r["doc"] in story_of and _days_apart(e["date"], published.get(r["doc"])) <= NEWS_DAYS}
        first, *rest = sorted(linked) or [None]
        for other in rest:
            parent[root(other)] = root(first)
    for doc, story in _undated_story_matches(events, story_of, published).items():
        parent[root(story_of[doc])] = root(story)
    # the parts of one page (PATH#1, PATH#2) were put together by whoever made the page
    pages: dict[str, str] = {}
    for doc_id, source in store.db.execute("SELECT id, source FROM documents WHERE source LIKE '%#%'"):
        page = source.rsplit("#", 1)[0]
        if doc_id in story_of:
            if page in pages:
                parent[root(story_of[doc_id])] = root(pages[page])
            else:
                pages[page] = story_of[doc_id]
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

