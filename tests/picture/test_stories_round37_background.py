"""One desk's reports of two nights share background lines ("Dorsk has been shelled almost daily
since the autumn"), which events may merge into one happening that every report of the series
recalls: it joins no stories, since no report leads with it. The reports of one night, which both
lead with its shelling, still join."""
from __future__ import annotations

from sitrep.model import Document, RawArticle, Story
from sitrep.picture_stories import link_stories_by_events
from sitrep.store import Store

PUBLISHED = {"mon": "2026-03-10", "tue": "2026-03-11", "tue-agency": "2026-03-11"}


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "nights.db")
    for doc, published in PUBLISHED.items():
        raw = RawArticle(source=f"{doc}.txt", text=doc, fmt="txt")
        store.add_article(raw, [Document(id=doc, source=f"{doc}.txt", text=f"Report {doc}.", raw=doc, fmt="txt",
                                         published=published)])
    store.replace_links([], [Story("s-" + d, None, [d]) for d in PUBLISHED])
    return store


def event(date, *reports, location="e-dorsk", fatalities=None):
    return {"action": "ASSAULT", "date": date, "date_basis": "stated", "location": location,
            "fatalities": fatalities, "injuries": None, "reports": [{"doc": d, "start": s} for d, s in reports]}


MONDAY = event("2026-03-09", ("mon", 0), fatalities=3)
TUESDAY = event("2026-03-10", ("tue", 0), ("tue-agency", 0), fatalities=2)
# the background line of both Eastern Herald reports, merged into Monday's shelling
RECALLED = event("2026-03-09", ("mon", 275), ("tue", 275))


def test_a_recalled_background_happening_joins_no_stories(tmp_path):
    store = _store(tmp_path)
    link_stories_by_events(store, [MONDAY, TUESDAY, RECALLED])
    assert sorted(sorted(s.documents) for s in store.stories()) == [["mon"], ["tue", "tue-agency"]]
