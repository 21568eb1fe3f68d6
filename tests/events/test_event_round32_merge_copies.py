"""A syndicated copy's report goes back to the happening its original's report is in, not a raid
of another text its publication day fits: the copy of "an alliance which has attacked police
stations", published the day of another paper's raid, is the original's background, not that
raid (``sitrep.events.merge_copies``)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def fact(date=None, start=0, trigger="attacked", fatalities=None) -> EventFact:
    return EventFact(action="ASSAULT", start=start, end=start + 60, actor=0, date=date, trigger=trigger,
                     fatalities=fatalities)


# invented Great Lakes setting: the "Ruzizi Front" alliance. The independent paper tells a dated
# raid; the wire and its copy (four days later) recall, undated, what the alliance has done.
ENT = {("raid", 0): "x-ruzizi-front", ("a-wire", 0): "x-ruzizi-front", ("b-copy", 0): "x-ruzizi-front"}


def docs(copy_of: str | None = "a-wire") -> dict:
    return {"raid": DocInfo("Daily", "2025-05-08", story="s-raid"),
            "a-wire": DocInfo("Wire", "2025-05-03", story="s-wire"),
            "b-copy": DocInfo("Portal", "2025-05-07", copy_of=copy_of, story="s-wire" if copy_of else "s-other")}


def reports(facts, d=None) -> list[set]:
    return sorted(({r.doc for r in e.reports} for e in merge_events(facts, ENT, d or docs())), key=len)


RAID = ("raid", fact(date="2025-05-07", trigger="stormed", fatalities=3))


def test_copy_goes_back_to_its_originals_report():
    got = reports([RAID, ("a-wire", fact(start=900)), ("b-copy", fact(start=901))])
    assert got == [{"raid"}, {"a-wire", "b-copy"}]


def test_order_of_facts_does_not_matter():
    got = reports([("b-copy", fact(start=901)), ("a-wire", fact(start=900)), RAID])
    assert got == [{"raid"}, {"a-wire", "b-copy"}]


def test_an_independent_undated_report_still_joins_the_raid():
    got = reports([RAID, ("b-copy", fact(start=901))], docs(copy_of=None))
    assert got == [{"raid", "b-copy"}]


def test_a_copy_telling_another_act_stays():
    # the copy's sentence is not the original's (another trigger): it is no copy of that report
    got = reports([RAID, ("a-wire", fact(start=900)), ("b-copy", fact(start=901, trigger="stormed"))])
    assert {"a-wire"} in got and {"raid", "b-copy"} in got
