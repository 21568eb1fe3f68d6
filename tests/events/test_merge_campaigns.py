"""Period events (campaigns, wars, series of attacks) merge across documents however each dates them,
while incidents on other days or at other places stay apart."""
from __future__ import annotations

from sitrep.events.campaigns import STRONG, WEAK, is_campaign
from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# doc-local actor numbers: 0 = RSF, 1 = El Fasher, 2 = Sudanese army, 3 = Khartoum, 4 = Darfur
NAMES = ("rsf", "fasher", "army", "khartoum", "darfur")


def entity_of(docs):
    return {(d, i): "e-" + name for d in docs for i, name in enumerate(NAMES)}


def fact(actor=0, target=1, date=None, basis=None, trigger="attacks on", start=0, action="ASSAULT", **kw):
    return EventFact(action=action, start=start, end=start + 50, actor=actor, target=target, date=date,
                     date_basis=basis, trigger=trigger, **kw)


def _docs(*published):
    # every document its own outlet and its own story: nothing but the campaign ties them
    return {f"d{i}": DocInfo(f"Outlet {i}", p, story=f"s{i}") for i, p in enumerate(published)}


def test_recognising_a_campaign():
    assert is_campaign(fact(trigger="siege of")) == STRONG
    assert is_campaign(fact(trigger="war on")) == STRONG
    assert is_campaign(fact(date="2024-10", basis="period")) == STRONG
    assert is_campaign(fact(date="2024-11", basis="publication")) == WEAK
    # one act told in the present perfect, with its toll, is an incident
    assert is_campaign(fact(date="2024-11", basis="publication", fatalities=3)) == 0
    assert is_campaign(fact(date="2024-11-03", basis="stated", trigger="shelled")) == 0


def test_one_siege_dated_differently_in_three_documents_is_one_event():
    docs = _docs("2024-10-03", "2024-10-28", "2024-11-20")
    facts = [("d0", fact(date="2024-05", basis="period", trigger="siege of")),   # "since May"
             ("d1", fact(trigger="siege of")),                                   # undated
             ("d2", fact(date="2024-11", basis="publication", trigger="war on"))]
    events = merge_events(facts, entity_of(docs), docs)
    assert len(events) == 1
    assert {r.doc for r in events[0].reports} == {"d0", "d1", "d2"}
    assert events[0].corroboration == "corroborated"


def test_campaigns_on_different_targets_stay_apart():
    docs = _docs("2024-10-03", "2024-10-28")
    facts = [("d0", fact(target=1, trigger="siege of")), ("d1", fact(target=3, trigger="offensive on"))]
    assert len(merge_events(facts, entity_of(docs), docs)) == 2


def test_a_war_reported_again_a_year_later_is_another_war():
    docs = _docs("2023-04-20", "2024-10-28")
    facts = [("d0", fact(trigger="war on")), ("d1", fact(trigger="war on"))]
    assert len(merge_events(facts, entity_of(docs), docs)) == 2


def test_incidents_on_other_days_do_not_join_the_campaign_or_each_other():
    # "drones downed on Monday" and "drones downed on Thursday" next to reports of the campaign
    docs = _docs("2024-05-07", "2024-05-10", "2024-05-30")
    facts = [("d0", fact(date="2024-05-06", basis="stated", trigger="shot down")),
             ("d0", fact(date="2024-05", basis="period", trigger="campaign against", start=100)),
             ("d1", fact(date="2024-05-09", basis="stated", trigger="shot down")),
             ("d2", fact(trigger="campaign against"))]
    events = merge_events(facts, entity_of(docs), docs)
    incidents = sorted((e.date, tuple(sorted(r.doc for r in e.reports))) for e in events if e.date and len(e.date) == 10)
    assert incidents == [("2024-05-06", ("d0",)), ("2024-05-09", ("d1",))]
    campaign = [e for e in events if not (e.date and len(e.date) == 10)]
    assert len(campaign) == 1 and {r.doc for r in campaign[0].reports} == {"d0", "d2"}


def test_strikes_on_two_towns_stay_apart_beside_a_campaign():
    docs = _docs("2024-06-02", "2024-06-03", "2024-06-20")
    facts = [("d0", fact(target=1, date="2024-06-01", basis="stated", trigger="struck", fatalities=8)),
             ("d1", fact(target=3, date="2024-06-02", basis="stated", trigger="struck", fatalities=5)),
             ("d2", fact(target=None, location=4, trigger="war in"))]
    events = merge_events(facts, entity_of(docs), docs)
    assert sorted(len(e.reports) for e in events) == [1, 1, 1]


def test_a_report_naming_one_role_joins_only_the_one_campaign_it_can_be():
    docs = _docs("2024-10-03", "2024-10-20", "2024-11-05")
    one = [("d0", fact(target=1, trigger="siege of")), ("d2", fact(target=None, trigger="war"))]
    events = merge_events(one, entity_of(docs), docs)
    assert len(events) == 1
    two = one[:1] + [("d1", fact(target=3, trigger="offensive on"))] + one[1:]
    events = merge_events(two, entity_of(docs), docs)
    assert len(events) == 3                    # the RSF's war: on El Fasher or on Khartoum?


def test_an_ongoing_report_needs_two_roles_in_common():
    # "the RSF has been attacking" (publication-dated, no toll) is too vague to pick a campaign by its actor alone
    docs = _docs("2024-10-03", "2024-11-05")
    facts = [("d0", fact(target=1, trigger="siege of")),
             ("d1", fact(target=None, date="2024-11", basis="publication", trigger="attacking"))]
    assert len(merge_events(facts, entity_of(docs), docs)) == 2
    facts[1] = ("d1", fact(target=1, date="2024-11", basis="publication", trigger="attacking"))
    assert len(merge_events(facts, entity_of(docs), docs)) == 1


def test_a_campaign_does_not_swallow_a_dated_incident():
    # a cluster that is a strike dated to the day is that strike: weeks later the war is reported apart
    docs = _docs("2024-06-02", "2024-06-02", "2024-07-15")
    facts = [("d0", fact(date="2024-06-01", basis="stated", trigger="struck")),
             ("d1", fact(trigger="war on")),
             ("d2", fact(trigger="war on"))]
    events = merge_events(facts, entity_of(docs), docs)
    struck = [e for e in events if e.date == "2024-06-01"]
    assert len(struck) == 1 and "d2" not in {r.doc for r in struck[0].reports}
