"""Stories joined by events: documents reporting one specific happening as news join; a campaign,
a war or a happening with no day, place or toll joins nothing, and stories do not snowball."""
from __future__ import annotations

from sitrep.model import Document, RawArticle, Story
from sitrep.picture_stories import link_stories_by_events, news_reports, specific
from sitrep.store import Store

PUBLISHED = {"d1": "2024-11-04", "d2": "2024-11-04", "d3": "2024-11-05", "d4": "2024-11-05",
             "d5": "2024-11-06", "d6": "2024-11-06", "d7": "2024-11-07"}


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "stories.db")
    for doc, published in PUBLISHED.items():
        raw = RawArticle(source=f"{doc}.txt", text=doc, fmt="txt")
        store.add_article(raw, [Document(id=doc, source=f"{doc}.txt", text=f"Report {doc}.", raw=doc, fmt="txt",
                                         published=published)])
    store.replace_links([], [Story("s-" + d, None, [d]) for d in PUBLISHED])
    return store


def event(date, *reports, basis="stated", location=None, fatalities=None, action="ASSAULT"):
    return {"action": action, "date": date, "date_basis": basis, "location": location, "fatalities": fatalities,
            "injuries": None, "reports": [{"doc": d, "start": s} for d, s in reports]}


# an invented Darfur setting: the war every report mentions, and two shellings of different towns
WAR = event("2024-11", ("d1", 0), ("d2", 0), ("d3", 0), ("d4", 0), ("d5", 0), basis="publication")
WAR_DAY = event("2024-11-04", ("d1", 1), ("d3", 1), basis="publication", location="e-darfur")
SHELLED_FASHER = event("2024-11-03", ("d1", 50), ("d2", 80), ("d5", 300), location="e-fasher", fatalities=12)
SHELLED_NYALA = event("2024-11-04", ("d3", 40), ("d4", 60), ("d5", 40), ("d6", 500), location="e-nyala", fatalities=5)
DRONES_KASSALA = event("2024-11-05", ("d6", 30), ("d7", 20), location="e-kassala")
TALKS_NO_PLACE = event("2024-11-04", ("d2", 5), ("d4", 5), action="CONSULT")


def _groups(store):
    return sorted(sorted(s.documents) for s in store.stories())


def test_only_specific_happenings_tie_stories():
    assert specific(SHELLED_FASHER) and specific(DRONES_KASSALA)
    assert not specific(WAR)                    # a month: a campaign
    assert not specific(WAR_DAY)                # a day inferred from the publication date
    assert not specific(TALKS_NO_PLACE)         # no place, no toll


def test_two_stories_sharing_a_generic_campaign_event_stay_apart(tmp_path):
    store = _store(tmp_path)
    link_stories_by_events(store, [WAR, WAR_DAY, TALKS_NO_PLACE])
    assert all(len(g) == 1 for g in _groups(store))


def test_stories_join_where_a_happening_is_central_and_do_not_chain(tmp_path):
    store = _store(tmp_path)
    # d5 is a roundup recalling El Fasher and Nyala; d6 leads with Kassala and recalls Nyala. Nyala
    # (four documents) joins d3, d4, d5 and d6 first; El Fasher is then central to d1 and d2 but to
    # one document of four in that story, and Kassala to one of four: the chain stops there
    link_stories_by_events(store, [WAR, WAR_DAY, SHELLED_FASHER, SHELLED_NYALA, DRONES_KASSALA, TALKS_NO_PLACE])
    assert _groups(store) == [["d1", "d2"], ["d3", "d4", "d5", "d6"], ["d7"]]


def test_background_recalled_weeks_later_is_not_news():
    late = event("2024-10-01", ("d1", 0), ("d2", 0), location="e-fasher", fatalities=3)
    assert news_reports([late, SHELLED_FASHER], PUBLISHED) == [(1, ["d1", "d2", "d5"])]


def test_parts_of_one_page_join_but_items_of_one_feed_do_not(tmp_path):
    store = Store(tmp_path / "pages.db")
    # a JSONL file's two items: separate raw articles whose sources share the file's path
    for n, doc in enumerate(("j1", "j2"), start=1):
        raw = RawArticle(source=f"feed.jsonl#{n}", text=doc, fmt="jsonl")
        store.add_article(raw, [Document(id=doc, source=raw.source, text=f"Item {doc}.", raw=doc, fmt="jsonl",
                                         published="2024-11-04")])
    # one scraped page holding two outlets' excerpts: one raw article, two documents
    page = RawArticle(source="roundup.txt", text="p1 p2", fmt="txt")
    store.add_article(page, [Document(id=d, source=f"roundup.txt#{i}", text=f"Excerpt {d}.", raw="p1 p2",
                                      fmt="txt", published="2024-11-04") for i, d in enumerate(("p1", "p2"), start=1)])
    store.replace_links([], [Story("s-" + d, None, [d]) for d in ("j1", "j2", "p1", "p2")])
    link_stories_by_events(store, [])
    assert _groups(store) == [["j1"], ["j2"], ["p1", "p2"]]
