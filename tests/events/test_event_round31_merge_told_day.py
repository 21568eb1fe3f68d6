"""A spokesman's statement dated to the day and his group's undated statement in that day's (or
the next day's) paper are one statement told at two granularities; a later paper, or a kinetic act,
stays apart (an undated strike may be another night of the same template)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.events.merge_affiliation import affiliated_family
from sitrep.model import EventFact


def fact(actor=0, target=None, date=None, action="REJECT", start=0, **kw) -> EventFact:
    return EventFact(action=action, start=start, end=start + 40, actor=actor, target=target, date=date, **kw)


# invented Sahel setting: "the Liptako Brigades denied ..." (undated, in one paper) and "Brigades
# spokesman Issa Dembele denied on Tuesday ..." (another paper); ids unknown to the knowledge base
ENT = {("a", 0): "x-liptako-brigades", ("b", 0): "x-issa-dembele", ("b", 1): "x-liptako-brigades"}
LINKS = [("b", 0, 1)]                       # spokesperson_of, stated in document b


def docs(pub_a: str) -> dict:
    return {"a": DocInfo("Outlet A", pub_a, story="s1"), "b": DocInfo("Outlet B", "2025-06-11", story="s2")}


def run(pub_a: str, action: str = "REJECT", **kw) -> list:
    facts = [("b", fact(date="2025-06-10", action=action)), ("a", fact(date=None, action=action, **kw))]
    return merge_events(facts, ENT, docs(pub_a), family_of=affiliated_family(LINKS, ENT))


def test_undated_group_statement_in_that_days_paper_joins_the_spokesman():
    for pub in ("2025-06-10", "2025-06-11"):
        events = run(pub)
        assert len(events) == 1, pub
        assert events[0].actor == "x-issa-dembele"


def test_order_does_not_matter():
    facts = [("a", fact(date=None)), ("b", fact(date="2025-06-10"))]
    events = merge_events(facts, ENT, docs("2025-06-10"), family_of=affiliated_family(LINKS, ENT))
    assert len(events) == 1


def test_a_paper_days_later_stays_apart():
    assert len(run("2025-06-14")) == 2


def test_undated_strike_stays_apart():
    assert len(run("2025-06-11", action="ASSAULT")) == 2
