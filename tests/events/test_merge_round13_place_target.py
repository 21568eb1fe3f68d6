"""A target one outlet names by its place ("rebels stormed Hpakant") and another names as the
party at that place ("killed police officers in Hpakant") is one happening when the actor is
shared and the day agrees; an undated follow-up naming the place joins it too (invented Myanmar
reports). Another day, another actor, or no actor at all keep the reports apart."""
from __future__ import annotations

from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact

# 0 = Kachin Independence Army, 1 = Hpakant (town), 2 = police, 3 = Tatmadaw
NAMES = ["e-kia", "e-hpakant", "e-police", "e-tatmadaw"]
DOCS = {"wire": DocInfo("Irrawaddy Wire", "2025-03-04"), "daily": DocInfo("Yangon Daily", "2025-03-04"),
        "later": DocInfo(None, None)}


def _ents():
    return {(d, i): e for d in DOCS for i, e in enumerate(NAMES)}


def _town(day="2025-03-03", actor=0):
    # "KIA fighters stormed Hpakant before dawn on Monday"
    return ("wire", EventFact("ASSAULT", 0, 60, actor=actor, target=1, date=day, date_basis="stated"))


def _party(day="2025-03-03", actor=0):
    # "the KIA killed 12 police officers at their post in Hpakant on Monday"
    return ("daily", EventFact("ASSAULT", 0, 70, actor=actor, target=2, location=1, date=day,
                               date_basis="stated", fatalities=12))


def _assaults(facts):
    return [e for e in merge_events(facts, _ents(), DOCS) if e.action == "ASSAULT"]


def test_the_town_as_target_and_the_party_at_the_town_are_one_attack():
    for facts in ([_town(), _party()], [_party(), _town()]):
        events = _assaults(facts)
        assert len(events) == 1
        # the party is kept over the place that stands for it
        assert events[0].target == "e-police" and events[0].actor == "e-kia"


def test_a_day_apart_still_fits_but_a_week_apart_does_not():
    assert len(_assaults([_town("2025-03-03"), _party("2025-03-02")])) == 1
    assert len(_assaults([_town("2025-02-24"), _party("2025-03-03")])) == 2


def test_another_actor_or_no_actor_keeps_them_apart():
    assert len(_assaults([_town(actor=3), _party()])) == 2
    no_actor = ("daily", EventFact("ASSAULT", 0, 70, target=2, location=1, date="2025-03-03", date_basis="stated"))
    assert len(_assaults([_town(), no_actor])) == 2


def test_undated_follow_up_naming_the_town_joins_the_attack_on_the_party():
    # "the attack on Hpakant, claimed by the KIA" in a follow-up with no date at all
    follow = ("later", EventFact("ASSAULT", 0, 50, actor=0, target=1))
    events = _assaults([_party(), follow])
    assert len(events) == 1 and len({r.doc for r in events[0].reports}) == 2


def test_a_party_at_another_town_is_another_attack():
    ents = {**_ents(), ("daily", 4): "e-laiza"}
    party_elsewhere = ("daily", EventFact("ASSAULT", 0, 70, actor=0, target=2, location=4, date="2025-03-03",
                                          date_basis="stated"))
    events = [e for e in merge_events([_town(), party_elsewhere], ents, DOCS) if e.action == "ASSAULT"]
    assert len(events) == 2
