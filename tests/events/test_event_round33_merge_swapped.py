"""One phone call or accord each source tells from its own side (invented Caucasus wire and
regional reports): "Armenia's foreign minister spoke with his Georgian counterpart on Tuesday" /
"Georgia's foreign minister held a call with his Armenian counterpart on Tuesday". Joined across
swapped roles for symmetric categories only, on a shared day, never within one document."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

DOCS = {"a": DocInfo("Yerevan Wire", "2026-05-13"), "b": DocInfo("Tbilisi Daily", "2026-05-13"),
        "c": DocInfo("Caucasus Monitor", "2026-05-14")}
# 0: the Armenian minister, 1: the Georgian minister, in every document
ENTS = {(d, k): e for d in DOCS for k, e in ((0, "e-mirzo"), (1, "e-gogi"))}


def _fact(action: str, actor: int, target: int, day: str, start: int = 0) -> EventFact:
    return EventFact(action=action, start=start, end=start + 10, actor=actor, target=target, date=day,
                     date_text="Tuesday", date_basis="stated")


def _events(facts, action: str) -> list:
    return [e for e in merge_events(facts, ENTS, DOCS, family_of=None) if e.action == action]


def test_a_call_told_from_each_side_is_one_event():
    got = _events([("a", _fact("CONSULT", 0, 1, "2026-05-12")), ("b", _fact("CONSULT", 1, 0, "2026-05-12")),
                   ("c", _fact("CONSULT", 0, 1, "2026-05-12"))], "CONSULT")
    assert len(got) == 1
    assert {r.doc for r in got[0].reports} == {"a", "b", "c"}
    # the roles most sources give stay
    assert (got[0].actor, got[0].target) == ("e-mirzo", "e-gogi")


def test_an_accord_told_from_each_side_is_one_event():
    got = _events([("a", _fact("AGREE", 0, 1, "2026-05-12")), ("b", _fact("AGREE", 1, 0, "2026-05-12"))], "AGREE")
    assert len(got) == 1


def test_directed_acts_keep_their_direction():
    # each accuses the other: two accusations, not one
    got = _events([("a", _fact("ACCUSE", 0, 1, "2026-05-12")), ("b", _fact("ACCUSE", 1, 0, "2026-05-12"))], "ACCUSE")
    assert len(got) == 2


def test_calls_of_other_days_stay_apart():
    got = _events([("a", _fact("CONSULT", 0, 1, "2026-05-04")), ("b", _fact("CONSULT", 1, 0, "2026-05-12"))],
                  "CONSULT")
    assert len(got) == 2


def test_one_text_telling_both_orders_tells_two_calls():
    # "Mirzo called Gogi on Tuesday morning; Gogi called back in the evening"
    got = _events([("a", _fact("CONSULT", 0, 1, "2026-05-12")), ("a", _fact("CONSULT", 1, 0, "2026-05-12", 40))],
                  "CONSULT")
    assert len(got) == 2


def test_swapped_roles_need_a_stated_day_in_common():
    # the same pair the day after: maybe a second call; swapped roles alone are no proof of one
    got = _events([("a", _fact("CONSULT", 0, 1, "2026-05-12")), ("b", _fact("CONSULT", 1, 0, "2026-05-13"))],
                  "CONSULT")
    assert len(got) == 2
