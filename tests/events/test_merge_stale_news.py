"""A report the coder dates as its own news ("at least 30 villagers have been killed in a raid")
is no report of a happening every source dates months before (invented highland reports: a wire
recalls a clash "in March 2029" and a rewrite of it tells the new raid in the perfect tense)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

ENTS = {(d, i): e for d in ("wire", "rewrite", "later") for i, e in enumerate(["e-clan-a", "e-clan-b", "e-highlands"])}


def _fact(date: str | None, basis: str | None, dead: int | None, named: bool = True, start: int = 0) -> EventFact:
    return EventFact(action="ASSAULT", start=start, end=start + 60, actor=0 if named else None,
                     target=1 if named else None, date=date, date_basis=basis, fatalities=dead,
                     location=None if named else 2)


def _docs(pub: str) -> dict[str, DocInfo]:
    # a rewrite of the wire: one text for the merge, which joins its reports whatever their dates
    return {"wire": DocInfo("Wire", "2029-08-20", story="st"),
            "later": DocInfo("Paper", pub, story="st", rewrite_of="wire")}


def test_a_texts_own_news_and_the_clash_months_back_it_recalls_are_two() -> None:
    facts = [("wire", _fact("2029-03", "stated", 12)), ("later", _fact("2029-08", "publication", 30))]
    got = merge_events(facts, ENTS, _docs("2029-08-20"), family_of=None)
    assert len(got) == 2


def test_news_of_the_next_days_still_joins() -> None:
    facts = [("wire", _fact("2029-08-18", "stated", 30)), ("later", _fact("2029-08-20", "publication", 30))]
    got = merge_events(facts, ENTS, _docs("2029-08-20"), family_of=None)
    assert len(got) == 1 and len(got[0].reports) == 2


def test_unnamed_reports_of_one_rewritten_text_are_parted_too() -> None:
    # the rewrite's "at least 30 men have been killed" and the wire's "in March, 12 were killed"
    docs = {"wire": DocInfo("Wire", "2029-08-20", story="st"),
            "rewrite": DocInfo("Paper", "2029-08-20", story="st", rewrite_of="wire")}
    facts = [("wire", _fact("2029-03", "stated", 12, named=False, start=500)),
             ("rewrite", _fact("2029-08", "publication", 30, named=False))]
    got = merge_events(facts, ENTS, docs, family_of=None)
    assert len(got) == 2


def test_a_request_of_the_past_weeks_retold_a_month_on_still_joins() -> None:
    # "Baghdad's requests" told undated a month after the day another source states for them
    facts = [("wire", _fact("2029-07-04", "stated", None)), ("later", _fact("2029-08-01", "publication", None))]
    got = merge_events(facts, ENTS, _docs("2029-08-01"), family_of=None)
    assert len(got) == 1
