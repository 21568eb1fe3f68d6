"""Events built once per run: the reduce's rounds merge the same reports again and again, and a
cluster of the same reports with its documents known alike is built once (``built``), giving the
same events as building each anew (invented Sahel reports)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def _facts() -> list[tuple[str, EventFact]]:
    return [("a", EventFact("ASSAULT", 0, 9, actor=0, target=1, date="2025-05-05", date_basis="stated",
                            fatalities=4)),
            ("b", EventFact("ASSAULT", 20, 29, actor=0, target=1, date="2025-05-05", date_basis="stated",
                            fatalities=6)),
            ("b", EventFact("ASSAULT", 60, 69, actor=0, target=None, date=None, fatalities=None))]


_ENT = {("a", 0): "e-jnim", ("a", 1): "e-army", ("b", 0): "e-jnim", ("b", 1): "e-army"}


def _docs(published_b: str = "2025-05-06", story: str | None = None) -> dict[str, DocInfo]:
    return {"a": DocInfo("Sahel Wire", "2025-05-06", story=story),
            "b": DocInfo("Bamako Daily", published_b, story=story)}


def test_built_events_equal_events_built_anew_in_every_round():
    facts, built = _facts(), {}
    for docs in (_docs(), _docs(), _docs(story="s1"), _docs("2025-05-07", "s1")):
        fresh = merge_events(facts, _ENT, docs, family_of=None)
        kept = merge_events(facts, _ENT, docs, family_of=None, built=built)
        assert kept == fresh
    assert built                          # the later rounds found the events of the first


def test_a_kept_event_is_a_copy_the_merge_may_change():
    facts, built = _facts(), {}
    first = merge_events(facts, _ENT, _docs(), family_of=None, built=built)
    for e in first:
        e.id, e.date = "changed", "1999-01-01"
    again = merge_events(facts, _ENT, _docs(), family_of=None, built=built)
    assert again == merge_events(facts, _ENT, _docs(), family_of=None)


def test_a_dispute_note_lists_one_value_with_two_bounds_in_a_fixed_order():
    # "5 killed" (two outlets) and "at least 5" and "at least 6" (a third): the note's order may
    # not depend on the process's hash seed
    from sitrep.events.corroboration import _figure
    docs = {"a": DocInfo("Wire One"), "b": DocInfo("Wire Two"), "c": DocInfo("Local Post")}
    figs = [("a", 5, None), ("b", 5, None), ("c", 5, "min"), ("c", 6, "min")]
    _, note = _figure(figs, {"a": "a", "b": "b", "c": "c"}, docs, "fatalities")
    assert note == "fatalities: 5 (Wire One, Wire Two); at least 5 (Local Post); at least 6 (Local Post)"
