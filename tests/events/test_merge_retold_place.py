"""Two rewrites of one wire text place its raid at the district ("the Corvalho Hill favela") and date
it by the context; the wire's own copy, undated, places the same sentence at the city ("Porto
Selva"). One text, one raid: the other-place rule, meant for other nights of a series told by
independent texts, does not part a text's own copies (``merge_fit._retold``). An independent
paper at the city, or the wire text's own second sentence at another place, stays apart."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def fact(location: int | None, date: str | None = None, start: int = 0) -> EventFact:
    return EventFact(action="COERCE", start=start, end=start + 40, actor=0, target=None, location=location,
                     date=date, date_basis="context" if date else None)


def ent(doc: str) -> dict:
    return {(doc, 0): "x-state-guard", (doc, 1): "x-corvalho-hill", (doc, 2): "x-porto-selva"}


def run(rewrite: bool = True, own_second: bool = False) -> list:
    entity_of = {**ent("wire"), **ent("rw1"), **ent("rw2")}
    docs = {"wire": DocInfo("Wire", "2025-05-14", story="s1"),
            "rw1": DocInfo("Daily", "2025-05-13", story="s1" if rewrite else "s2", rewrite_of="wire" if rewrite else None),
            "rw2": DocInfo("Post", "2025-05-13", story="s1" if rewrite else "s3", rewrite_of="wire" if rewrite else None)}
    facts = [("rw1", fact(1, "2025-05-13")), ("rw2", fact(1, "2025-05-13")), ("wire", fact(2))]
    if own_second:
        # the wire's own report of the raid is there too: its undated line at the city is another act
        facts.append(("wire", fact(1, "2025-05-13", start=200)))
    return merge_events(facts, entity_of, docs)


def test_wire_copy_at_the_city_is_its_rewrites_raid():
    events = run()
    assert len(events) == 1
    assert len(events[0].reports) == 3


def test_independent_paper_at_the_city_stays_apart():
    assert len(run(rewrite=False)) == 2


def test_the_texts_own_second_line_elsewhere_stays_apart():
    assert len(run(own_second=True)) == 2
