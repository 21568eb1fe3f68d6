"""An undated report is news; a cluster whose every stated date lies months before publication is
background a text recalls ("the colonel, who seized power in a coup in March 2021"). The
only-one-candidate and story-mate rules must not put this week's news into the old happening
(invented Sahel and Caucasus reports)."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def _fact(date, actor=0, target=None, basis="stated", start=0):
    return EventFact("COERCE", start, start + 9, actor=actor, target=target, date=date, date_basis=basis)


# wire (published 2025-08-20): "Colonel Diarra, who seized power in a coup in March 2021, ..."
# follow-up (no date, no publication): "soldiers rounded up men in Tindirma and shot them"
ENT = {("wire", 0): "e-army", ("follow", 0): "e-army", ("follow", 1): "e-herders"}


def test_a_timeless_report_does_not_join_an_old_coup_as_its_only_candidate():
    docs = {"wire": DocInfo("Sahel Wire", "2025-08-20"), "follow": DocInfo("Niger Bend Post", None)}
    facts = [("wire", _fact("2021-03")), ("follow", _fact(None, target=1))]
    events = merge_events(facts, ENT, docs, family_of=None)
    assert len(events) == 2
    assert next(e for e in events if e.date is None).reports[0].doc == "follow"


def test_a_timeless_report_still_joins_the_only_recent_candidate():
    # the same follow-up when the wire's act is a week old: nothing else it could be
    docs = {"wire": DocInfo("Sahel Wire", "2025-08-20"), "follow": DocInfo("Niger Bend Post", None)}
    facts = [("wire", _fact("2025-08-13")), ("follow", _fact(None, target=1))]
    assert len(merge_events(facts, ENT, docs, family_of=None)) == 1


def test_a_story_mate_does_not_join_a_background_event_of_its_story():
    # one story: the wire recalls the coup, the next day's report tells an undated raid
    docs = {"wire": DocInfo("Sahel Wire", "2025-08-20", story="s1"),
            "follow": DocInfo("Niger Bend Post", "2025-08-21", story="s1")}
    facts = [("wire", _fact("2021-03")), ("follow", _fact(None, target=1))]
    assert len(merge_events(facts, ENT, docs, family_of=None)) == 2


def test_a_story_mate_still_joins_a_recent_event_of_its_story():
    docs = {"wire": DocInfo("Sahel Wire", "2025-08-20", story="s1"),
            "follow": DocInfo("Niger Bend Post", "2025-08-21", story="s1")}
    facts = [("wire", _fact("2025-08-19")), ("follow", _fact(None, target=1))]
    assert len(merge_events(facts, ENT, docs, family_of=None)) == 1


def test_one_text_naming_its_old_event_again_undated_keeps_one_event():
    # "... seized power in a coup in March 2021. The coup was condemned ...": one text, one coup
    docs = {"wire": DocInfo("Sahel Wire", "2025-08-20")}
    facts = [("wire", _fact("2021-03")), ("wire", _fact(None, start=50))]
    assert len(merge_events(facts, {("wire", 0): "e-army"}, docs, family_of=None)) == 1


def test_a_background_cluster_with_one_recent_report_is_news_again():
    # a second outlet dates the act last week: the cluster is not only background
    docs = {"wire": DocInfo("Sahel Wire", "2025-08-20"), "daily": DocInfo("Bamako Daily", "2025-08-20"),
            "follow": DocInfo("Niger Bend Post", None)}
    ent = {**ENT, ("daily", 0): "e-army"}
    facts = [("wire", _fact("2025-08-14")), ("daily", _fact("2025-08-15")), ("follow", _fact(None, target=1))]
    assert len(merge_events(facts, ent, docs, family_of=None)) == 1
