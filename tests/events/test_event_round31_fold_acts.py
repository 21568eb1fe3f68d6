"""One document telling two acts of one actor in different sentences, one dated and one not, by
other means or with other tolls, tells two happenings: the missing date does not fold them. A
restated fact (same means, or none on one side) or one sentence's parts still fold."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# invented Libyan-desert setting: "the Kufra Front" (unknown to the knowledge base)
ENT = {("a", 0): "x-kufra-front", ("a", 1): "x-tazirbu-garrison", ("b", 0): "x-kufra-front"}
DOCS = {"a": DocInfo("Desert Wire", "2025-03-12", story="s1"), "b": DocInfo("Oasis Post", "2025-03-12", story="s1")}


def fact(start: int, date=None, mode=None, dead=None, target=None, action="ASSAULT") -> EventFact:
    return EventFact(action=action, start=start, end=start + 60, actor=0, target=target, date=date,
                     date_text="on Monday" if date else None, mode=mode, fatalities=dead)


def run(*facts) -> list:
    return merge_events(list(facts), ENT, DOCS)


def test_dated_drone_killing_and_undated_missile_launch_stay_apart():
    # "A Front drone killed a herder on Monday ... Hours later, the Front fired two missiles."
    events = run(("a", fact(0, date="2025-03-10", mode="drone", dead=1)), ("a", fact(200, mode="missile")))
    assert len(events) == 2


def test_order_does_not_matter():
    events = run(("a", fact(200, mode="missile")), ("a", fact(0, date="2025-03-10", mode="drone", dead=1)))
    assert len(events) == 2


def test_other_means_without_toll_on_either_side_stays_apart():
    events = run(("a", fact(0, date="2025-03-10", mode="artillery")), ("a", fact(300, mode="drone")))
    assert len(events) == 2


def test_another_document_of_the_story_is_not_parted_by_this_rule():
    # the rule reads one document's sentences; another outlet's undated missile report is left to
    # the story rules (here: one story, so it folds)
    events = run(("a", fact(0, date="2025-03-10", mode="drone", dead=1)), ("b", fact(0, mode="missile")))
    assert len(events) == 1


def test_restated_lead_still_folds():
    # "A Front drone strike killed three on Monday ... The drone strike that killed three ..."
    events = run(("a", fact(0, date="2025-03-10", mode="drone", dead=3)), ("a", fact(400, mode="drone", dead=3)))
    assert len(events) == 1


def test_restatement_without_means_or_toll_still_folds():
    events = run(("a", fact(0, date="2025-03-10", mode="drone", dead=3, target=1)), ("a", fact(400, target=1)))
    assert len(events) == 1


def test_one_sentence_still_folds():
    # one sentence coded twice (two clauses overlap the same evidence span)
    events = run(("a", fact(0, date="2025-03-10", mode="drone", dead=1)), ("a", fact(20, mode="missile")))
    assert len(events) == 1
