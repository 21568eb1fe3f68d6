"""Parting a happening by places: a text's own toll ties the places it names, when the reports at
the leading place give none (invented reports)."""
from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

_DOCS = {"a": DocInfo("Wire", "2025-04-24", story="s"), "b": DocInfo("Daily", "2025-04-24", story="s"),
         "c": DocInfo("Weekly", "2025-04-26", story="s")}
# local actors: 0 the group, 1 the park, 2 the border post, 3 the falls
_ENT = {(d, 0): "e-group" for d in "abc"} | {(d, 1): "e-park" for d in "abc"} | \
       {(d, 2): "e-post" for d in "abc"} | {(d, 3): "e-falls" for d in "abc"}


def _fact(start: int, loc: int, dead: int | None, basis: str = "stated") -> EventFact:
    return EventFact("ASSAULT", start, start + 50, actor=0, location=loc, date="2025-04-17",
                     date_basis=basis, fatalities=dead)


def test_a_texts_toll_keeps_its_places_in_one_happening() -> None:
    facts = [("a", _fact(0, 1, 54, "context")), ("a", _fact(100, 2, None)),
             ("b", _fact(0, 2, None)), ("c", _fact(0, 3, 54))]
    events = merge_events(facts, _ENT, _DOCS)
    assert len(events) == 1 and events[0].fatalities == 54


def test_places_with_no_toll_to_tie_them_are_parted() -> None:
    facts = [("a", _fact(100, 2, None)), ("b", _fact(0, 2, None)), ("c", _fact(0, 3, 12))]
    events = merge_events(facts, _ENT, _DOCS)
    assert len(events) == 2


def test_the_toll_of_the_leads_own_sentence_ties_nothing() -> None:
    # one sentence coded once per coordinated place: the toll stays with the place it was given
    facts = [("a", _fact(0, 2, None)), ("a", _fact(0, 3, 12))]
    events = merge_events(facts, _ENT, _DOCS)
    assert len(events) == 2
