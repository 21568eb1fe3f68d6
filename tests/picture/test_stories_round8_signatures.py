"""Stories joined by an incident's signature where event merging left its reports apart, follow-ups
that lead with the incident a week later, and the traps: another night's template, a roundup, an
old incident recalled, an underspecified report with several incidents it could be."""
from __future__ import annotations

from sitrep.model import Document, RawArticle, Story
from sitrep.picture_stories import link_stories_by_events, news_reports
from sitrep.stories_signatures import happenings, lead_events
from sitrep.store import Store

# an invented Sudan setting: a raid on a market town reported by four outlets, each naming it
# differently, and other incidents around it
PUBLISHED = {"wire": "2025-02-10", "local": "2025-02-10", "trans": "2025-02-11", "thread": "2025-02-17",
             "other": "2025-02-10", "old": "2025-02-25", "round": "2025-02-11", "far": "2025-02-11"}


def ev(date, *reports, actor=None, target=None, location=None, fatalities=None, action="ASSAULT"):
    return {"action": action, "date": date, "date_basis": "stated", "actor": actor, "target": target,
            "location": location, "fatalities": fatalities, "injuries": None,
            "reports": [{"doc": d, "start": s} for d, s in reports]}


def _store(tmp_path, docs=PUBLISHED) -> Store:
    store = Store(tmp_path / "s.db")
    for doc, published in docs.items():
        raw = RawArticle(source=f"{doc}.txt", text=doc, fmt="txt")
        store.add_article(raw, [Document(id=doc, source=f"{doc}.txt", text=f"Report {doc}.", raw=doc, fmt="txt",
                                         published=published)])
    store.replace_links([], [Story("s-" + d, None, [d]) for d in docs])
    return store


def _groups(store):
    return sorted(sorted(s.documents) for s in store.stories())


# the raid on Sunday 2025-02-09: the wire names the RSF and the town's chief as target; the local
# daily names the RSF and the market; the translation names nobody and gives a toll; the thread a
# week later leads with it
WIRE = ev("2025-02-09", ("wire", 0), actor="rsf", target="chief")
LOCAL = ev("2025-02-09", ("local", 0), actor="rsf", target="market")
TRANS = ev("2025-02-09", ("trans", 0), fatalities=14)
THREAD = ev("2025-02-09", ("thread", 120), actor="rsf", target="market")


def test_same_actor_same_day_is_one_happening_unless_the_actor_acted_in_two_places():
    events = [WIRE, LOCAL, ev("2025-02-09", ("other", 0), actor="rsf", location="kadugli"),
              ev("2025-02-09", ("far", 0), actor="rsf", location="babanusa")]
    lead = lead_events(events, range(4))
    # the RSF attacked in two named places that day: its name alone tells no incident apart
    assert happenings(events, list(range(4)), lead) == [[0], [1], [2], [3]]
    lead = lead_events(events[:3], range(3))
    assert happenings(events[:3], list(range(3)), lead) == [[0, 1, 2]]


def test_independent_reports_of_one_raid_join_one_story(tmp_path):
    store = _store(tmp_path)
    link_stories_by_events(store, [WIRE, LOCAL, TRANS, THREAD])
    assert ["local", "thread", "trans", "wire"] in _groups(store)


def test_a_report_naming_nobody_joins_only_the_one_incident_it_can_be(tmp_path):
    store = _store(tmp_path)
    # two incidents lead documents that Sunday, in two towns: the translation could be either
    other = ev("2025-02-09", ("other", 0), actor="saf", location="kadugli", fatalities=12)
    link_stories_by_events(store, [WIRE, LOCAL, TRANS, other])
    assert ["trans"] in _groups(store)
    # a toll far from its own (3 against 40) rules the other incident out: one is left
    (tmp_path / "b").mkdir()
    store = _store(tmp_path / "b")
    other = ev("2025-02-09", ("other", 0), actor="saf", location="kadugli", fatalities=40)
    link_stories_by_events(store, [WIRE, LOCAL, ev("2025-02-09", ("trans", 0), fatalities=3), other])
    assert ["local", "trans", "wire"] in _groups(store) and ["other"] in _groups(store)


def test_same_place_same_day_joins_even_with_rival_blames(tmp_path):
    store = _store(tmp_path)
    # each side blames the other for the shelling of one village that day
    a = ev("2025-02-09", ("wire", 0), actor="saf", target="rsf", location="el-obeid")
    b = ev("2025-02-09", ("local", 30), actor="rsf", target="saf", location="el-obeid")
    link_stories_by_events(store, [a, b])
    assert ["local", "wire"] in _groups(store)


def test_another_night_of_the_same_template_stays_apart(tmp_path):
    store = _store(tmp_path)
    # the same bulletin on two nights: same actor and place, other days
    a = ev("2025-02-09", ("wire", 0), actor="rsf", location="el-fasher", fatalities=29)
    b = ev("2025-02-10", ("trans", 0), actor="rsf", location="el-fasher", fatalities=42)
    link_stories_by_events(store, [a, b])
    assert all(len(g) == 1 for g in _groups(store))


def test_a_follow_up_a_week_later_joins_when_it_leads_with_the_incident():
    lead_only = [WIRE, THREAD]
    assert news_reports(lead_only, PUBLISHED) == [(0, ["thread", "wire"])]
    # the thread leads with something else and recalls the raid further down: background
    opener = ev("2025-02-16", ("thread", 0), actor="saf", location="kadugli")
    assert news_reports([WIRE, THREAD, opener], PUBLISHED) == []


def test_an_old_incident_recalled_two_weeks_later_is_not_news_even_as_a_lead():
    recalled = ev("2025-02-09", ("old", 0), actor="rsf", target="market")
    assert news_reports([WIRE, recalled], PUBLISHED) == []


def test_a_roundup_recalling_two_raids_does_not_chain_their_stories(tmp_path):
    store = _store(tmp_path)
    kadugli = ev("2025-02-09", ("other", 0), ("round", 400), actor="saf", location="kadugli")
    raid = ev("2025-02-09", ("wire", 0), ("local", 0), ("round", 0), actor="rsf", location="um-sumeima")
    link_stories_by_events(store, [raid, kadugli])
    groups = _groups(store)
    assert ["local", "round", "wire"] in groups and ["other"] in groups
