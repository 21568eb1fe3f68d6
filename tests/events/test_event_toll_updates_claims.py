"""Toll updates fold into the attack they update (the risen toll supersedes the first count), claims
of responsibility name the actor of an attack already told, and a dateline's day is no toll
(invented Sahel, Ukraine and Lake Chad reports)."""
from __future__ import annotations

from event_helpers import coded_with_dates

from sitrep.events.figures import casualties
from sitrep.events.merge import DocInfo, merge_events
from sitrep.model import EventFact


def _dead(text: str):
    fig = casualties(text, 0, len(text))[0]
    return None if fig is None else fig.value


def test_a_datelines_day_is_no_toll():
    assert _dead("MOPTI, June 11 - Suspected jihadists killed six civilians in Tindirma on Tuesday.") == 6
    # the dateline's day (3) is no toll; "a woman" counts one (round 11b)
    assert _dead("KYIV, Sept. 3 - Russian drones killed a woman overnight, officials said.") == 1
    assert _dead("KYIV, Sept. 3 - Russian drones struck the city overnight, killing civilians.") is None
    assert _dead("Gunmen killed 14 people in Gao, and 9 died later in hospital.") == 14


def _attack(date, dead, target=1, actor=None, start=0, update=False):
    return EventFact("ASSAULT", start, start + 9, actor=actor, target=target, date=date,
                     date_basis="stated" if date else None, fatalities=dead, toll_update=update)


def test_a_later_toll_update_folds_into_the_dated_attack_and_supersedes_its_toll():
    # Sahel Wire (June 11): "jihadists killed six in Tindirma on Tuesday"; Bamako Courier (June 14):
    # "the death toll from the attack on Tindirma rose to eleven on Saturday" (undated attack)
    docs = {"a": DocInfo("Sahel Wire", "2025-06-11"), "b": DocInfo("Bamako Courier", "2025-06-14")}
    ent = {("a", 1): "e-tindirma", ("b", 1): "e-tindirma"}
    facts = [("a", _attack("2025-06-10", 6)), ("b", _attack(None, 11, update=True))]
    events = merge_events(facts, ent, docs, family_of=None)
    assert len(events) == 1
    e = events[0]
    assert (e.date, e.fatalities, e.corroboration) == ("2025-06-10", 11, "corroborated")
    assert e.disputes == ["fatalities: 11 (Bamako Courier) supersedes 6 (Sahel Wire) (toll update)"]
    # the same undated figure that is no update stays apart (its toll disagrees, nothing dates it)
    facts = [("a", _attack("2025-06-10", 6)), ("b", _attack(None, 11))]
    assert len(merge_events(facts, ent, docs, family_of=None)) == 2


def test_a_toll_update_does_not_fold_into_a_higher_toll_or_an_old_attack():
    docs = {"a": DocInfo("Sahel Wire", "2025-05-02"), "b": DocInfo("Bamako Courier", "2025-06-14"),
            "c": DocInfo("Gao Times", "2025-06-12")}
    ent = {("a", 1): "e-tindirma", ("b", 1): "e-tindirma", ("c", 1): "e-tindirma"}
    # a month before: another attack
    facts = [("a", _attack("2025-05-01", 6)), ("b", _attack(None, 11, update=True))]
    assert len(merge_events(facts, ent, docs, family_of=None)) == 2
    # a toll already above the risen one is not what rose to it
    facts = [("c", _attack("2025-06-10", 20)), ("b", _attack(None, 11, update=True))]
    assert len(merge_events(facts, ent, docs, family_of=None)) == 2


def test_a_lower_toll_published_after_the_update_stays_a_dispute():
    docs = {"a": DocInfo("Sahel Wire", "2025-06-11"), "b": DocInfo("Bamako Courier", "2025-06-14"),
            "c": DocInfo("Gao Times", "2025-06-16")}
    ent = {("a", 1): "e-t", ("b", 1): "e-t", ("c", 1): "e-t"}
    facts = [("a", _attack("2025-06-10", 6)), ("b", _attack(None, 11, update=True)), ("c", _attack("2025-06-10", 4))]
    e = merge_events(facts, ent, docs, family_of=None)[0]
    assert e.corroboration == "disputed" and any("supersedes 6" in d for d in e.disputes)


def test_the_coder_marks_a_risen_toll_as_an_update():
    text = ("The death toll from a rebel attack on the market town of Kaga rose to 17 on Monday, officials said. "
            "Aid workers said hundreds of families had fled.")
    facts = coded_with_dates(text, {"Kaga": "GPE"}, "2025-03-10")
    hit = [f for f in facts if f.action == "ASSAULT" and f.fatalities == 17]
    assert hit and all(f.toll_update for f in hit)
    plain = coded_with_dates("Rebels killed 17 people in an attack on Kaga on Monday.", {"Kaga": "GPE"}, "2025-03-10")
    assert plain and not any(f.toll_update for f in plain)


CLAIMANT = "Islamic State Sahel Province"


def test_a_claim_names_the_actor_of_the_attack_already_told():
    text = (f"Unidentified gunmen killed four soldiers at a checkpoint near Menaka on Sunday. The {CLAIMANT} "
            "later claimed responsibility for the ambush, saying its fighters had killed nine soldiers.")
    facts = [f for f in coded_with_dates(text, {CLAIMANT: "ORG", "Menaka": "GPE"}, "2025-06-10") if f.action == "ASSAULT"]
    assert len(facts) == 1
    assert facts[0].actor == 0 and facts[0].fatalities == 4      # the claimant's own count is not the toll


def test_a_claim_of_an_attack_not_otherwise_told_is_the_one_event():
    text = (f"The {CLAIMANT} claimed responsibility for an attack on a gold mine near Gao on Monday, "
            "saying its fighters had killed twelve people.")
    facts = [f for f in coded_with_dates(text, {CLAIMANT: "ORG", "Gao": "GPE"}, "2025-06-10") if f.action == "ASSAULT"]
    assert len(facts) == 1 and facts[0].actor == 0
    # two attacks told, then "the group claimed an attack": nothing refers back, both stay
    text = ("Gunmen attacked the town of Ansongo on Monday. "
            f"The {CLAIMANT} claimed an attack on a mine near Gao, saying it had killed twelve guards.")
    facts = [f for f in coded_with_dates(text, {CLAIMANT: "ORG", "Gao": "GPE", "Ansongo": "GPE"}, "2025-06-10")
             if f.action == "ASSAULT"]
    assert len(facts) == 2
