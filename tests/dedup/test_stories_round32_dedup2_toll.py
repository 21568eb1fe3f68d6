"""An independent report whose lead tells the next day's aftermath (a curfew) and gives the attack
only further down, by its toll and no place or attacker, joins the story of the one incident of
that day with that toll; a desk template's report of another attack never gets a story link to
the wire's undated copy through the background figures they share."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from sitrep.dedup.same_story import same_story
from sitrep.dedup.sketch import sketch
from sitrep.model import Document, RawArticle, Story
from sitrep.picture_stories import link_stories_by_events
from sitrep.stories_signatures import happenings, lead_events
from sitrep.store import Store

_spec = importlib.util.spec_from_file_location(
    "dedup2_incident_pages", Path(__file__).with_name("test_dedup_round32_dedup2_incident.py"))
pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pages)

# invented: an ambush in Mindanao on Sunday 2025-03-09; a regional site reports the curfew on
# Monday and the ambush's toll in its second paragraph
PUBLISHED = {"wire": "2025-03-09", "copy": "2025-03-09", "local": "2025-03-10", "later": "2025-03-16",
             "roundup": "2025-03-10"}


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
    # the wire and its copy are one story already (copying)
    store.replace_links([], [Story("s-wire", None, ["wire", "copy"]),
                             *(Story("s-" + d, None, [d]) for d in docs if d not in ("wire", "copy"))])
    return store


def _groups(store):
    return sorted(sorted(s.documents) for s in store.stories())


AMBUSH = ev("2025-03-09", ("wire", 0), ("copy", 0), location="agusan-del-sur", fatalities=11)
CURFEW = ev("2025-03-10", ("local", 0), action="COERCE", location="loreto")
TOLD_BELOW = ev("2025-03-09", ("local", 420), fatalities=11)


def test_a_report_giving_the_attack_by_its_toll_below_its_lead_joins_the_story(tmp_path):
    store = _store(tmp_path)
    link_stories_by_events(store, [AMBUSH, CURFEW, TOLD_BELOW])
    assert ["copy", "local", "wire"] in _groups(store)


def test_another_toll_or_two_incidents_of_that_day_join_nothing():
    other_toll = ev("2025-03-09", ("local", 420), fatalities=4)
    events = [AMBUSH, CURFEW, other_toll]
    assert happenings(events, [0, 2], lead_events(events, [0, 1, 2])) == [[0], [2]]
    # a second incident that day with the same toll: the toll tells neither apart
    raid = ev("2025-03-09", ("later", 0), location="bukidnon", fatalities=11)
    events = [AMBUSH, CURFEW, TOLD_BELOW, raid]
    assert happenings(events, [0, 2, 3], lead_events(events, [0, 1, 2, 3])) == [[0], [2], [3]]


def test_a_toll_recalled_a_week_later_or_beside_its_own_lead_joins_no_story(tmp_path):
    store = _store(tmp_path)
    # the desk's report of another attack a week later recalls the ambush's toll: no news then
    recalled = ev("2025-03-09", ("later", 900), fatalities=11)
    own = ev("2025-03-15", ("later", 0), location="talakag", fatalities=5)
    # a document leading with its own incident that day tells that one, not the ambush
    other_lead = ev("2025-03-09", ("roundup", 0), location="davao", fatalities=2)
    in_roundup = ev("2025-03-09", ("roundup", 500), fatalities=11)
    link_stories_by_events(store, [AMBUSH, recalled, own, other_lead, in_roundup])
    assert ["copy", "wire"] in _groups(store) and ["later"] in _groups(store) and ["roundup"] in _groups(store)


def test_template_report_of_another_attack_gets_no_story_link_to_an_undated_copy():
    # the whole wire reposted without a date: the same background figures (212 rebels, 96 camps,
    # 1,350 dead, 480 personnel) and much vocabulary, another incident in each lead
    trap = Document(id="trap", source="trap.txt", text=pages.TRAP, raw="", fmt="txt", published="2025-03-16")
    copy = Document(id="copy", source="copy.txt", text=pages.WIRE, raw="", fmt="txt", published=None)
    assert same_story(trap, copy, sketch(pages.TRAP), sketch(pages.WIRE)) is None
