"""Round-4 coding rules on invented sentences: a generic force reporting its own act is a described
actor; aggregates (trends, counts) and advice, needs or an interviewer's first person are no
events; ", as" opens another clause."""
from __future__ import annotations

from sitrep.actors.kb import KnowledgeBase
from sitrep.analysis import analyze_text


def _coded(text: str, published: str = "2025-03-11"):
    a = analyze_text("d", text, published, None, KnowledgeBase.default())
    names = {m.local: m.text for m in a.mentions}
    return [(e.action, names.get(e.actor), e.actor_name, names.get(e.target), names.get(e.location), e.date, e.fatalities)
            for e in a.events]


def test_a_generic_force_reporting_its_own_killing_is_the_described_actor():
    got = _coded("The army said on Tuesday that it killed nine insurgents in a dawn operation near Kidal.")
    assert [(act, a, name, loc, d, n) for act, a, name, _, loc, d, n in got] == \
        [("ASSAULT", None, "the army", "Kidal", "2025-03-11", 9)]


def test_a_pronoun_after_a_reporting_force_is_not_an_earlier_subject():
    text = ("Wagner fighters entered Anefis last week. "
            "Police said they arrested four suspects in a raid in Gao on Sunday.")
    got = [g for g in _coded(text) if g[5] == "2025-03-09"]
    assert got and all(a is None and name == "police" for _, a, name, *_ in got)


def test_a_named_army_still_takes_its_name():
    got = _coded("The Sudanese Armed Forces said they shelled RSF positions in Omdurman on Monday.")
    assert [(act, a) for act, a, *_ in got if act == "ASSAULT"] == [("ASSAULT", "Sudanese Armed Forces")]


def test_generic_soldiers_as_subject_describe_the_actor():
    got = _coded("Soldiers killed six gunmen near Zurmi on Monday, a local official said.")
    assert [(act, name, n) for act, _, name, _, _, _, n in got] == [("ASSAULT", "soldiers", 6)]


def test_a_trend_of_attacks_is_no_incident():
    assert _coded("Al-Shabaab has intensified its attacks on bases in Lower Shabelle since the truce collapsed in 2023.") == []
    assert _coded("Aid workers reported a surge in drone strikes by the RSF on El Fasher.") == []


def test_one_attack_stepped_up_is_still_an_incident():
    got = _coded("The RSF stepped up the assault on El Fasher on Monday.")
    assert [(act, d) for act, *_, d, _ in got] == [("ASSAULT", "2025-03-10")]


def test_a_need_or_an_imperative_is_no_consultation():
    assert _coded("Sudan needs real talks, not more drones.") == []
    assert _coded("A: Negotiate with the RSF, and the shelling will stop.") == []
    assert _coded("Talk to Khartoum first.") == []


def test_an_interviewers_first_person_is_no_consultation():
    assert [g for g in _coded("We spoke to Dr Halima Yusuf about the siege of El Fasher.") if g[0] == "CONSULT"] == []


def test_a_reported_meeting_is_still_a_consultation():
    got = _coded("Burhan met Ruto in Nairobi on Monday.")
    assert [(act, a, t) for act, a, _, t, *_ in got] == [("CONSULT", "Burhan", "Ruto")]


def test_a_comma_as_clause_takes_no_target_of_the_strike():
    got = _coded("Crowds attended the funerals of soldiers killed in a drone strike on a base near Kassala, "
                 "as President Omar Haddad vowed revenge.")
    assert [t for act, _, _, t, *_ in got if act == "ASSAULT"] == [None]
