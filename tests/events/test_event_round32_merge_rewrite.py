"""A rewrite of a wire story tells the minister's dated statement as his state's undated one, two
days later: one act. An independent paper of that day, a rewrite published a week later, or a
kinetic act stay apart (``sitrep.events.merge_rewrite``)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.events.merge_affiliation import affiliated_family
from sitrep.events.merge_rewrite import REWRITE_DAYS
from sitrep.model import EventFact


def fact(actor=0, date=None, action="MOBILIZE", **kw) -> EventFact:
    return EventFact(action=action, start=0, end=40, actor=actor, target=None, date=date, **kw)


# invented Caucasus setting: the wire copy "Ardenian Interior Minister Teymur Vashadze said on
# Thursday his country had moved police units to the border"; the rewrite "Ardenia said it had
# deployed police along the frontier". Ids unknown to the knowledge base; the office is stated.
ENT = {("wire", 0): "x-teymur-vashadze", ("wire", 1): "x-ardenia", ("rw", 0): "x-ardenia"}
LINKS = [("wire", 0, 1)]


def docs(pub_rw: str, rewrite: bool = True) -> dict:
    return {"wire": DocInfo("Wire", "2025-03-07", story="s1"),
            "rw": DocInfo("Daily", pub_rw, story="s1" if rewrite else "s2", rewrite_of="wire" if rewrite else None)}


def run(pub_rw: str, action: str = "MOBILIZE", rewrite: bool = True, order: int = 0, **kw) -> list:
    facts = [("wire", fact(date="2025-03-06", action=action)), ("rw", fact(date=None, action=action, **kw))]
    if order:
        facts.reverse()
    return merge_events(facts, ENT, docs(pub_rw, rewrite), family_of=affiliated_family(LINKS, ENT))


def test_rewrite_two_days_later_tells_the_same_deployment():
    events = run("2025-03-08")
    assert len(events) == 1
    assert events[0].actor == "x-teymur-vashadze"
    assert len(run("2025-03-08", order=1)) == 1


def test_independent_paper_two_days_later_stays_apart():
    assert len(run("2025-03-08", rewrite=False)) == 2


def test_rewrite_long_after_stays_apart():
    late = f"2025-03-{6 + REWRITE_DAYS + 2:02d}"
    assert len(run(late)) == 2


def test_rewrite_of_a_kinetic_act_stays_apart():
    assert len(run("2025-03-08", action="ASSAULT")) == 2


def test_rewrite_with_its_own_toll_stays_apart():
    assert len(run("2025-03-08", action="ASSAULT", fatalities=3)) == 2
