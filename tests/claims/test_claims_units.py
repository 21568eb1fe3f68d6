"""What a number counts: heads, casualty states, "others", series, tolls, money, shares, areas."""
from __future__ import annotations

import pytest


def qu(found):
    return [(c.quantity, c.unit) for c in found]


def test_killed_and_others_injured(claims):
    found = claims("Two soldiers were killed and 24 others were injured when a drone hit the base.")
    assert qu(found) == [(2, "soldiers killed"), (24, "soldiers injured")]


def test_active_verbs_without_nouns(claims):
    found = claims("A rocket hit a bus station in Sderot, killing 3 and wounding 12.")
    assert qu(found) == [(3, "people killed"), (12, "people injured")]


def test_active_verb_with_noun_then_bare_count_inherits_the_noun(claims):
    found = claims("The strike killed two Israeli soldiers and wounded more than 20 near the border.")
    assert qu(found) == [(2, "soldiers killed"), (20, "soldiers injured")]


def test_active_verb_evidence_starts_at_the_verb(claims):
    text = "Shelling hit the market, killing 7 in the morning."
    c = claims(text)[0]
    assert text[c.start:c.end] == "killing 7"


@pytest.mark.parametrize("sentence, expected", [
    ("At least 32 killed and 40 wounded in Gao market blast.", [(32, "people killed"), (40, "people injured")]),
    ("The attack left 12 dead.", [(12, "people killed")]),
    ("Fourteen Palestinians were killed in Khan Younis overnight.", [(14, "palestinians killed")]),
    ("Nine civilians in Kherson were reportedly wounded by shelling.", [(9, "civilians injured")]),
    ("Gunmen abducted 40 students from a school in Kaduna.", [(40, "civilians kidnapped")]),
    ("Police arrested 150 protesters in the capital.", [(150, "civilians detained")]),
    ("The fighting has displaced 700,000 people since April.", [(700000, "people displaced")]),
    ("Twelve of them were taken hostage.", [(12, "people kidnapped")]),
    ("Five paramedics and two journalists were killed.", [(5, "civilians killed"), (2, "civilians killed")]),
])
def test_casualty_forms(claims, sentence, expected):
    assert qu(claims(sentence)) == expected


def test_first_count_shares_the_state_of_the_second(claims):
    found = claims("Six soldiers and three civilians were killed in the ambush near Menaka.")
    assert qu(found) == [(6, "soldiers killed"), (3, "civilians killed")]


def test_death_toll(claims):
    found = claims("The death toll from the strike on the Odesa port rose to 45, rescuers said.")
    assert qu(found) == [(45, "deaths")]


def test_series_inherits_the_governing_noun(claims):
    text = "Drone attacks rose from six in August to 31 in September, and 90 in October."
    found = claims(text, timexes=[("August", "2024-08"), ("September", "2024-09"), ("October", "2024-10")])
    assert qu(found) == [(6, "drone attacks"), (31, "drone attacks"), (90, "drone attacks")]
    assert [c.period for c in found] == ["2024-08", "2024-09", "2024-10"]


def test_series_after_a_looser_subject(claims):
    text = "Monitors noted a steep rise in attacks on convoys, from four in May to 19 in June."
    found = claims(text)
    assert [c.quantity for c in found] == [4, 19]
    assert all(c.unit in ("attacks", "vehicles") for c in found)


@pytest.mark.parametrize("sentence, quantity, unit", [
    ("Russia launched 65 Shahed drones and 8 ballistic missiles overnight.", 65, "shahed drones"),
    ("The air force flew 120 sorties over the Sahel.", 120, "operations"),
    ("Jihadists carried out 14 attacks on army posts in Burkina Faso.", 14, "attacks"),
    ("The offensive destroyed 300 homes in Bakhmut.", 300, "homes destroyed"),
    ("Air defences intercepted 23 drones over Kyiv.", 23, "drones intercepted"),
    ("The US keeps 2,500 troops in Iraq.", 2500, "troops"),
    ("Hezbollah fired 200 rockets at northern Israel.", 200, "rockets"),
    ("RSF fighters looted 30 aid trucks in Darfur.", 30, "aid vehicles"),
    ("Militants overran 3 villages in Tillaberi.", 3, "villages"),
    ("A 5,000-strong force was deployed to the border.", 5000, "troops"),
    ("Two Iraqi militias are behind the attacks.", 2, "armed groups"),
])
def test_counted_heads(claims, sentence, quantity, unit):
    found = claims(sentence)
    assert (quantity, unit) == qu(found)[0]


def test_two_counts_with_modifiers(claims):
    found = claims("Russia launched 65 Shahed drones and 8 ballistic missiles overnight.")
    assert qu(found) == [(65, "shahed drones"), (8, "ballistic missiles")]


@pytest.mark.parametrize("sentence, quantity, unit", [
    ("About 70 percent of Gaza's buildings have been damaged.", 70, "percent of gaza's buildings"),
    ("Attacks fell by 40% after the truce.", 40, "percent"),
    ("The army retook 40 square kilometres near Kursk.", 40, "square kilometres"),
    ("Settlers seized 120 dunams of farmland.", 120, "dunams"),
    ("The convoy carried 1,200 tonnes of food.", 1200, "tonnes of food"),
    ("The EU froze 300 million euros in assets.", 300000000, "euros"),
])
def test_money_shares_and_areas(claims, sentence, quantity, unit):
    assert qu(claims(sentence)) == [(quantity, unit)]


def test_unit_words_come_from_the_knowledge_file(tmp_path, monkeypatch):
    """A user knowledge file adds a head noun: the finder picks it up after the cache is cleared."""
    import json

    from sitrep.claims import find_claims
    from sitrep.claims.lexicon import lexicon
    from sitrep.knowledge import load

    text = "Rebels paraded 14 technicals near the border."
    assert find_claims(text, [(0, len(text))], [], [], None) == []
    (tmp_path / "claim_units.json").write_text(json.dumps({"version": "t", "entries": [
        {"kind": "head", "unit": "technicals", "class": "weapon", "forms": ["technicals"]}]}))
    monkeypatch.setenv("SITREP_KNOWLEDGE", str(tmp_path))
    load.cache_clear(); lexicon.cache_clear()
    try:
        found = find_claims(text, [(0, len(text))], [], [], None)
        assert [(c.quantity, c.unit) for c in found] == [(14, "technicals")]
    finally:
        monkeypatch.delenv("SITREP_KNOWLEDGE")
        load.cache_clear(); lexicon.cache_clear()


def test_quoted_euphemism_counts_as_killed(claims):
    text = 'The army said it had "neutralised" about 40 terrorists near Boni.'
    (c,) = claims(text)
    assert (c.quantity, c.unit, c.qualifier) == (40, "fighters killed", "about")
    assert text[c.start:c.end] == 'neutralised" about 40 terrorists'


def test_neutralised_things_are_intercepted(claims):
    assert [(c.quantity, c.unit) for c in claims("Air defences neutralised 14 drones over Kyiv.")] == [
        (14, "drones intercepted")]


def test_objects_share_a_state_too(claims):
    found = claims("Two vehicles and 15 motorbikes were destroyed in the strike.")
    assert [(c.quantity, c.unit) for c in found] == [(2, "vehicles destroyed"), (15, "vehicles destroyed")]


def test_one_family_is_no_count_but_members_killed_are(claims):
    found = claims("The group said 11 members of one family were killed.")
    assert [(c.quantity, c.unit) for c in found] == [(11, "members killed")]


def test_title_case_headline(claims):
    found = claims("Israeli Strikes Kill 40 In Central Gaza, Medics Say")
    assert [(c.quantity, c.unit) for c in found] == [(40, "people killed")]


def test_of_phrase_between_noun_and_state(claims):
    found = claims("Forty members of the security forces were killed near Mopti.")
    assert [(c.quantity, c.unit) for c in found] == [(40, "security forces killed")]


@pytest.mark.parametrize("sentence, expected", [
    ("Some 60,000 Israelis remain displaced from the north.", [(60000, "israelis displaced")]),
    ("The monitor said 24 fighters from both sides were killed.", [(24, "fighters killed")]),
    ("About 300 people remain missing under the rubble in Derna.", [(300, "people missing")]),
    ("Out of 100 drones launched, 78 were shot down.", [(100, "drones"), (78, "drones intercepted")]),
    ("Hamas released 33 hostages on Sunday.", [(33, "hostages released")]),
    ("Air defences shot down 102 of 127 missiles.", [(102, "missiles intercepted"), (127, "missiles")]),
    ("At least 10 other cities lost power.", [(10, "villages")]),
])
def test_more_casualty_and_count_forms(claims, sentence, expected):
    assert [(c.quantity, c.unit) for c in claims(sentence)] == expected


def test_rate_words_before_the_counted_noun_do_not_hide_it():
    from sitrep.claims import find_claims
    from sitrep.nlp.sentences import split_sentences
    text = "Officials counted approximately five daily launches of rockets from across the border."
    claims = find_claims(text, split_sentences(text), [], [], "2025-05-02")
    assert [(c.quantity, c.qualifier) for c in claims] == [(5, "approximately")]
    assert "launches" in claims[0].unit
