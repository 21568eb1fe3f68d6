"""Shapes that decide an act's category or target in news text of any conflict (session 22): a place
reached through a locating phrase is where, not whom; a raid that killed is an assault; a meeting
asked for or used as a time reference is no consultation, and neither is where borders meet; a curfew,
an internet cut and a withdrawal of support named with words in between. Invented reports."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

PUB = "2025-06-03"


def _coded(text: str, actors: dict[str, str]) -> list[tuple]:
    """(action, actor name, target name) of each coded act."""
    names = {m.local: m.text for m in mentions_from(text, actors)}
    return [(f.action, names.get(f.actor), names.get(f.target)) for f in coded_with_dates(text, actors, PUB)]


def test_countries_beyond_a_border_only_say_where_an_attack_was():
    text = ("Thirty soldiers were killed on Monday when militants attacked an army post in northern Varnia "
            "near the borders with Ostrland and Belmark, the army said.")
    acts = _coded(text, {"Varnia": "GPE", "Ostrland": "GPE", "Belmark": "GPE"})
    assert any(a == "ASSAULT" for a, _, _ in acts)
    assert not any(t in ("Ostrland", "Belmark") for _, _, t in acts)


def test_a_list_of_provinces_after_in_the_provinces_of_is_where():
    text = ("The army said four of its men were killed on Saturday while repelling the Talvan air attack on "
            "military sites in the provinces of Kerat, Musan and Ilbar.")
    acts = _coded(text, {"Talvan": "NORP", "Kerat": "GPE", "Musan": "GPE", "Ilbar": "GPE"})
    assert any(a == "ASSAULT" for a, _, _ in acts)
    assert not any(t in ("Kerat", "Musan", "Ilbar") for _, _, t in acts)


def test_an_island_or_a_city_of_after_a_locating_word_is_where():
    text = ("Two soldiers were killed on Tuesday when fighters of the Kalun Brigade ambushed an army patrol on the "
            "southern island of Pelan.")
    assert not any(t == "Pelan" for _, _, t in _coded(text, {"Kalun Brigade": "ORG", "Pelan": "GPE"}))
    text = "Kalun Brigade gunmen shot dead a judge on a busy avenue in Marova's port city of Dastin on Wednesday."
    assert not any(t == "Dastin" for _, _, t in _coded(text, {"Kalun Brigade": "ORG", "Marova": "GPE", "Dastin": "GPE"}))


def test_a_town_stays_the_one_anchor_of_an_act_with_no_named_party():
    text = "A rocket slammed into an orchard outside the northern border town of Dastin, killing four farm workers."
    assert any(a == "ASSAULT" and t == "Dastin" for a, _, t in _coded(text, {"Dastin": "GPE"}))


def test_strikes_on_the_town_of_x_still_aim_at_it():
    text = "Air strikes on the town of Korel killed 19 people on Sunday, residents said."
    assert any(a == "ASSAULT" and t == "Korel" for a, _, t in _coded(text, {"Korel": "GPE"}))


def test_a_deployment_along_a_border_may_aim_at_the_country_beyond():
    text = "The Drevan army has deployed troops and tanks along the border with Ostrland since Friday."
    assert any(a == "MOBILIZE" and t == "Ostrland" for a, _, t in
               _coded(text, {"Drevan army": "ORG", "Ostrland": "GPE"}))


def test_a_nominal_raid_that_killed_is_an_assault():
    text = ("Suspected Kalun Brigade insurgents killed four civilians in an overnight raid on a village near "
            "Tamsa on Sunday, local officials said.")
    acts = _coded(text, {"Kalun Brigade": "ORG", "Tamsa": "GPE"})
    assert any(a == "ASSAULT" and who == "Kalun Brigade" for a, who, _ in acts)
    assert not any(a == "COERCE" for a, _, _ in acts)


def test_a_raid_in_which_people_lost_their_lives_is_an_assault():
    text = "Nine people lost their lives on Sunday after fighters of the Zande Front raided a camp for displaced people."
    acts = _coded(text, {"Zande Front": "ORG"})
    assert any(a == "ASSAULT" for a, _, _ in acts) and not any(a == "COERCE" for a, _, _ in acts)


def test_a_police_raid_with_arrests_stays_coercion():
    text = "Police arrested 12 people in a raid on a market in Dastin on Monday."
    assert not any(a == "ASSAULT" for a, _, _ in _coded(text, {"Dastin": "GPE"}))


def test_a_meeting_called_for_or_referred_back_to_is_no_consultation():
    for text in ("Foreign Minister Tavo Relan called for an emergency meeting of the Security Council.",
                 "Tavo Relan asked the Security Council to call an urgent meeting.",
                 "Tavo Relan sent a letter to the council requesting an urgent meeting on the attacks.",
                 "Tavo Relan said he had asked the Security Council to convene an urgent meeting.",
                 "Tavo Relan told reporters after the meeting that no deal had been reached."):
        acts = _coded(text, {"Tavo Relan": "PERSON", "Security Council": "ORG"})
        assert not any(a == "CONSULT" for a, _, _ in acts), text


def test_where_three_countries_meet_is_no_meeting():
    text = ("Fifty soldiers were killed when fighters stormed two army positions, one at the point where "
            "Varnia, Ostrland and Belmark meet, and another near the river.")
    acts = _coded(text, {"Varnia": "GPE", "Ostrland": "GPE", "Belmark": "GPE"})
    assert not any(a == "CONSULT" for a, _, _ in acts)


def test_meetings_that_happened_are_still_consultations():
    actors = {"Tavo Relan": "PERSON", "Mira Osk": "PERSON"}
    assert any(a == "CONSULT" for a, _, _ in _coded("Tavo Relan met Mira Osk in Dastin on Monday.", actors))
    assert any(a == "CONSULT" for a, _, _ in
               _coded("A meeting between Tavo Relan and Mira Osk took place in Dastin on Monday.", actors))
    assert any(a == "CONSULT" for a, _, _ in
               _coded("Tavo Relan, meeting Mira Osk in Dastin on Monday, raised the hostages.", actors))


def test_a_curfew_with_words_before_it_and_an_internet_cut_are_coercion():
    actors = {"Dastin police": "ORG", "Marovan government": "ORG"}
    assert any(a == "COERCE" and who == "Dastin police" for a, who, _ in
               _coded("The Dastin police imposed an indefinite night curfew on Sunday evening.", actors))
    assert any(a == "COERCE" and who == "Marovan government" for a, who, _ in
               _coded("The Marovan government suspended mobile internet in seven districts on Monday.", actors))


def test_withdrawing_support_from_a_government_is_a_sanction():
    text = "On Sunday, the Unity Party withdrew its support to the Tavo Relan government, saying it had failed."
    acts = _coded(text, {"Unity Party": "ORG", "Tavo Relan": "PERSON"})
    assert any(a == "SANCTION" and who == "Unity Party" for a, who, _ in acts)
    assert not any(a == "RETREAT" for a, _, _ in acts)


def test_a_meeting_chaired_or_attended_is_a_consultation():
    for text in ("Interior Minister Tavo Relan chaired a security review meeting in Dastin on Sunday.",
                 "Tavo Relan chaired an emergency meeting of the national security council on Monday."):
        assert any(a == "CONSULT" and who == "Tavo Relan" for a, who, _ in _coded(text, {"Tavo Relan": "PERSON"})), text


def test_a_border_meeting_another_is_no_meeting():
    text = "The attack hit an army post close to where Varnia's borders meet those of Ostrland and Belmark."
    assert not any(a == "CONSULT" for a, _, _ in _coded(text, {"Varnia": "GPE", "Ostrland": "GPE", "Belmark": "GPE"}))


def test_a_campaign_promise_in_a_profile_is_no_agreement():
    actors = {"Tavo Relan": "PERSON"}
    for text in ("Tavo Relan, 41, won a snap election in October on promises to build new prisons.",
                 "Tavo Relan took office in November promising to restore security after a violent year.",
                 "Tavo Relan came to power in 2022 promising to end six decades of conflict."):
        assert not any(a == "AGREE" for a, _, _ in _coded(text, actors)), text
    assert any(a == "AGREE" for a, _, _ in _coded("Tavo Relan on Monday promised to release the prisoners.", actors))


def test_homes_demolished_by_an_army_are_coercion():
    text = "Varnian army bulldozers demolished Talvan homes and shops in the south on Sunday, officials said."
    acts = _coded(text, {"Varnian army": "ORG", "Talvan": "NORP"})
    assert any(a == "COERCE" and who == "Varnian army" for a, who, _ in acts)
    assert not _coded("Engineers demolished the old bridge last year.", {})


def test_a_resignation_is_a_retreat():
    text = "General Tavo Relan resigned on Sunday as the opposition threatened to storm his residence."
    acts = _coded(text, {"Tavo Relan": "PERSON"})
    assert any(a == "RETREAT" and who == "Tavo Relan" for a, who, _ in acts)
    assert not any(a == "CONCEDE" for a, _, _ in acts)


def test_a_unit_sent_to_an_area_is_a_mobilization():
    acts = _coded("The peacekeeping mission Kivumo said it had sent a rapid reaction unit to the area.", {"Kivumo": "ORG"})
    assert any(a == "MOBILIZE" and who == "Kivumo" for a, who, _ in acts)
    acts = _coded("The Drevan government ordered additional police commandos to villages along the border.",
                  {"Drevan government": "ORG"})
    assert any(a == "MOBILIZE" and who == "Drevan government" for a, who, _ in acts)
    acts = _coded("The Drevan government ordered more troops to withdraw from the border.", {"Drevan government": "ORG"})
    assert not any(a == "MOBILIZE" for a, _, _ in acts)
    assert not any(a == "MOBILIZE" for a, _, _ in
                   _coded("The Union sent a team of observers to Varnia.", {"Union": "ORG", "Varnia": "GPE"}))


def test_the_leader_named_after_led_by_is_no_subject():
    text = ("On Sunday, the Unity Party (UP), led by regional chief minister Tavo Relan, withdrew its support "
            "to the Mira Osk government.")
    acts = _coded(text, {"UP": "ORG", "Tavo Relan": "PERSON", "Mira Osk": "PERSON"})
    assert any(a == "SANCTION" and who == "UP" for a, who, _ in acts)
    assert not any(who == "Tavo Relan" for _, who, _ in acts)
    text = "The Kalun Brigade, headed by Tavo Relan, attacked an army post near Tamsa on Sunday."
    acts = _coded(text, {"Kalun Brigade": "ORG", "Tavo Relan": "PERSON", "Tamsa": "GPE"})
    assert any(a == "ASSAULT" and who == "Kalun Brigade" for a, who, _ in acts)


def test_a_list_closed_by_provinces_is_where():
    text = ("Air defence headquarters said the Talvan attacks had targeted military sites in Kerat, Musan and Ilbar "
            "provinces and had been intercepted.")
    assert not any(t in ("Kerat", "Musan", "Ilbar") for _, _, t in
                   _coded(text, {"Talvan": "NORP", "Kerat": "GPE", "Musan": "GPE", "Ilbar": "GPE"}))


def test_protests_staged_with_a_modifier_are_protests():
    text = "Thousands of students staged mass demonstrations in Dastin on Saturday against the Tavo Relan government."
    assert any(a == "PROTEST" for a, _, _ in _coded(text, {"Dastin": "GPE", "Tavo Relan": "PERSON"}))
    text = "Opposition activists have staged rallies in Dastin against Tavo Relan."
    assert any(a == "PROTEST" and t == "Tavo Relan" for a, _, t in _coded(text, {"Dastin": "GPE", "Tavo Relan": "PERSON"}))
    assert not _coded("The Unity Party held a press conference in Dastin on Monday.", {"Unity Party": "ORG", "Dastin": "GPE"})


def test_investigations_opened_against_someone_are_accusations():
    text = "Judge Mira Osk opened fraud investigations against 28 officials of the Drevan government."
    assert any(a == "ACCUSE" and who == "Mira Osk" for a, who, _ in
               _coded(text, {"Mira Osk": "PERSON", "Drevan government": "ORG"}))


def test_taking_hostages_is_an_assault():
    actors = {"Kalun Brigade": "ORG", "Tamsa": "GPE"}
    for text in ("Fighters of the Kalun Brigade took 20 bus passengers hostage near Tamsa on Monday.",
                 "Twelve aid workers were taken hostage by the Kalun Brigade near Tamsa on Monday.",
                 "The Kalun Brigade took hostages in Tamsa on Monday."):
        assert any(a == "ASSAULT" and who == "Kalun Brigade" for a, who, _ in _coded(text, actors)), text
    assert not _coded("He said he would take the issue to the Kalun Brigade.", actors)


def test_forces_cut_or_reduced_are_a_retreat():
    actors = {"Tavo Relan": "PERSON", "Drevan government": "ORG"}
    assert any(a == "RETREAT" and who == "Tavo Relan" for a, who, _ in _coded(
        "Tavo Relan said he had ordered the number of troops near the boundary cut from 8,000 to 4,500.", actors))
    assert any(a == "RETREAT" and who == "Drevan government" for a, who, _ in _coded(
        "The Drevan government has reduced its military presence along the river.", actors))
    assert not _coded("The budget cut forces the Drevan government to close schools.", actors)
