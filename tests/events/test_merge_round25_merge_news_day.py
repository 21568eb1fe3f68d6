"""A month one text inferred from its paragraph yields to the day two other texts give the same
happening as their news (invented Horn of Africa reports: an analysis piece recalls the bloc's
condemnation under a paragraph about March; two wires report it on their day in May)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# one story (the dedup stage grouped the three texts), so the merge joins them whatever their dates
DOCS = {"analysis": DocInfo("Horn Review", "2026-05-13", story="st"), "w1": DocInfo("Wire One", "2026-05-12", story="st"),
        "w2": DocInfo("Wire Two", "2026-05-13", story="st")}
ENTS = {(d, i): e for d in DOCS for i, e in enumerate(["e-igad", "e-shabaab"])}


def _fact(date: str, basis: str, text: str | None = None, start: int = 0) -> EventFact:
    return EventFact(action="ACCUSE", start=start, end=start + 50, actor=0, target=1, date=date,
                     date_text=text, date_basis=basis)


def _merge(facts):
    return merge_events(facts, ENTS, DOCS, family_of=lambda _e: frozenset())


def test_two_wires_news_day_overrules_one_texts_inferred_month() -> None:
    got = _merge([("analysis", _fact("2026-03", "context", "March")),
                  ("w1", _fact("2026-05-12", "publication")), ("w2", _fact("2026-05-13", "publication"))])
    assert len(got) == 1 and len(got[0].reports) == 3
    assert got[0].date in ("2026-05-12", "2026-05-13") and got[0].date_basis == "publication"


def test_a_stated_month_is_never_overruled() -> None:
    got = _merge([("analysis", _fact("2026-03", "stated", "in March")),
                  ("w1", _fact("2026-05-12", "publication")), ("w2", _fact("2026-05-13", "publication"))])
    merged = [e for e in got if "analysis" in {r.doc for r in e.reports}]
    assert merged and merged[0].date == "2026-03"


def test_one_other_text_is_not_enough() -> None:
    got = _merge([("analysis", _fact("2026-03", "context", "March")), ("w1", _fact("2026-05-12", "publication"))])
    merged = [e for e in got if {r.doc for r in e.reports} >= {"analysis"}]
    assert merged and merged[0].date == "2026-03"


def test_news_days_that_disagree_leave_the_month() -> None:
    docs = dict(DOCS, w2=DocInfo("Wire Two", "2026-05-16", story="st"))
    facts = [("analysis", _fact("2026-03", "context", "March")),
             ("w1", _fact("2026-05-12", "publication")), ("w2", _fact("2026-05-16", "publication"))]
    got = merge_events(facts, {(d, i): e for d in docs for i, e in enumerate(["e-igad", "e-shabaab"])}, docs,
                       family_of=lambda _e: frozenset())
    merged = [e for e in got if "analysis" in {r.doc for r in e.reports}]
    assert merged and merged[0].date == "2026-03"
