"""The per-document coder on invented sentences (Sahel, Caucasus, Sudan, Myanmar, Ukraine settings)."""
from __future__ import annotations

import pytest

from event_helpers import mentions_from

from sitrep.events import find_events
from sitrep.model import Mention, TimeExpr
from sitrep.nlp.sentences import split_sentences

ACTORS = {
    "Mali": "GPE", "Bamako": "GPE", "Wagner Group": "ORG", "JNIM": "ORG", "Burkina Faso": "GPE",
    "Armenia": "GPE", "Azerbaijan": "GPE", "Yerevan": "GPE", "Baku": "GPE", "Russia": "GPE", "Ukraine": "GPE",
    "Kharkiv": "GPE", "RSF": "ORG", "Sudanese army": "ORG", "El Fasher": "GPE", "Khartoum": "GPE",
    "Arakan Army": "ORG", "Myanmar junta": "ORG", "Sittwe": "GPE", "UN Security Council": "ORG",
    "Ecowas": "ORG", "Nadia Belkacem": "PERSON", "Omar Diallo": "PERSON", "Ukrainian": "NORP",
    "Malian": "NORP", "Turkey": "GPE", "Chad": "GPE", "Reuters": "MEDIA", "Kidal": "GPE", "US": "GPE",
}


def mentions_for(text: str) -> list[Mention]:
    return mentions_from(text, ACTORS)


def code(text: str, timexes: list[TimeExpr] = ()) -> list[tuple]:
    ms = mentions_for(text)
    name = {m.local: m.text for m in ms}
    facts = find_events(text, split_sentences(text), ms, list(timexes), "2024-03-10")
    return [(f.action, name.get(f.actor), name.get(f.target)) for f in facts]


def facts_of(text: str, timexes: list[TimeExpr] = ()):
    return find_events(text, split_sentences(text), mentions_for(text), list(timexes), "2024-03-10")


@pytest.mark.parametrize("sentence, expected", [
    ("JNIM launched a drone attack on Wagner Group positions near Kidal.", ("ASSAULT", "JNIM", "Wagner Group")),
    ("Azerbaijan shelled Armenia overnight.", ("ASSAULT", "Azerbaijan", "Armenia")),
    ("The RSF kidnapped Omar Diallo.", ("ASSAULT", "RSF", "Omar Diallo")),
    ("The Sudanese army arrested Omar Diallo in Khartoum.", ("COERCE", "Sudanese army", "Omar Diallo")),
    ("Russia deployed troops to the border with Ukraine.", ("MOBILIZE", "Russia", "Ukraine")),
    ("Ecowas imposed sanctions on Mali.", ("SANCTION", "Ecowas", "Mali")),
    ("Armenia recalled its ambassador to Azerbaijan.", ("SANCTION", "Armenia", "Azerbaijan")),
    ("Ecowas called on Mali to release the detainees.", ("REQUEST", "Ecowas", "Mali")),
    ("Nadia Belkacem urged the Myanmar junta to open the roads.", ("REQUEST", "Nadia Belkacem", "Myanmar junta")),
    ("Armenia accused Azerbaijan of violating the truce.", ("ACCUSE", "Armenia", "Azerbaijan")),
    ("Turkey condemned the Arakan Army.", ("ACCUSE", "Turkey", "Arakan Army")),
    ("Mali rejected the Ecowas proposal.", ("REJECT", "Mali", "Ecowas")),
    ("Baku dismissed the claims by Yerevan as a pretext.", ("REJECT", "Baku", None)),
    ("Russia threatened Ukraine with new strikes.", ("THREATEN", "Russia", "Ukraine")),
    ("Thousands protested in Bamako against Ecowas.", ("PROTEST", None, "Ecowas")),
    ("Nadia Belkacem held a phone call with Omar Diallo.", ("CONSULT", "Nadia Belkacem", "Omar Diallo")),
    ("Omar Diallo visited Khartoum on Sunday.", ("CONSULT", "Omar Diallo", "Khartoum")),
    ("Turkey praised Azerbaijan.", ("SUPPORT", "Turkey", "Azerbaijan")),
    ("Turkey sent humanitarian aid to Armenia.", ("AID", "Turkey", "Armenia")),
    ("The Arakan Army agreed to a ceasefire with the Myanmar junta.", ("AGREE", "Arakan Army", "Myanmar junta")),
    ("Wagner Group withdrew from Kidal.", ("RETREAT", "Wagner Group", "Kidal")),
    ("The Sudanese army released Omar Diallo.", ("CONCEDE", "Sudanese army", "Omar Diallo")),
    ("Mali agreed to cooperate with Burkina Faso on border security.", ("AGREE", "Mali", "Burkina Faso")),
    ("Chad cooperated with Mali in tracking JNIM.", ("COOPERATE", "Chad", "Mali")),
    ("Mali acceded to the demands of Ecowas.", ("CONCEDE", "Mali", "Ecowas")),
])
def test_every_category_codes_actor_and_target(sentence, expected):
    assert expected in code(sentence)


def test_passive_voice_takes_agent_as_actor():
    assert ("ASSAULT", "RSF", "El Fasher") in code("El Fasher was shelled by the RSF on Tuesday.")
    assert ("ASSAULT", "Arakan Army", "Myanmar junta") in code("Myanmar junta troops were attacked by the Arakan Army.")


def test_nominalisations():
    assert ("ASSAULT", "RSF", "El Fasher") in code("The RSF's attack on El Fasher drew wide condemnation.")
    assert ("ASSAULT", "Wagner Group", "Kidal") in code("The assault on Kidal by Wagner Group lasted hours.")
    assert ("ASSAULT", "Russia", "Kharkiv") in code("Russia carried out a missile strike on Kharkiv.")


def test_passive_with_nominalised_cause():
    facts = facts_of("Two Ukrainian soldiers were killed when a drone launched from Russia hit a base.")
    assert [(f.action, f.fatalities) for f in facts] == [("ASSAULT", 2)]
    assert facts[0].mode == "drone"


@pytest.mark.parametrize("sentence", [
    "Russia will not strike Kharkiv, officials said.",
    "Russia did not attack Kharkiv.",
    "Russia never attacked Kharkiv.",
    "A report said Russia is preparing to attack Kharkiv.",
    "Russia plans to attack Kharkiv next week.",
    "If Russia attacks Kharkiv, Ukraine will respond.",
    "Will Russia attack Kharkiv?",
    "Russia denied attacking Kharkiv.",
    "Russia has long attacked Kharkiv.",
    "Analysts warned of a possible attack on Kharkiv.",
])
def test_no_assault_when_the_text_does_not_assert_one(sentence):
    assert all(a != "ASSAULT" for a, _, _ in code(sentence)), code(sentence)


def test_threat_to_act_is_threaten_not_assault():
    assert code("The Arakan Army threatened to join the offensive.") == [("THREATEN", "Arakan Army", None)]
    got = code("Azerbaijan threatened to strike Armenia.")
    assert ("THREATEN", "Azerbaijan", "Armenia") in got and all(a != "ASSAULT" for a, _, _ in got)


def test_accusation_does_not_code_the_alleged_act():
    got = code("Armenia accused Azerbaijan of shelling Yerevan.")
    assert got == [("ACCUSE", "Armenia", "Azerbaijan")]


def test_quoted_threat_talk_is_no_assault():
    got = code('Omar Diallo said: "We attack Khartoum whenever we want."')
    assert all(a != "ASSAULT" for a, _, _ in got)


def test_letter_urging_codes_request_to_the_recipient_with_mode():
    facts = facts_of("Mali sent a letter to the UN Security Council urging it to act.")
    ms = {m.local: m.text for m in mentions_for("Mali sent a letter to the UN Security Council urging it to act.")}
    assert [(f.action, ms.get(f.actor), ms.get(f.target), f.mode) for f in facts] == [
        ("REQUEST", "Mali", "UN Security Council", "letter")]


def test_pronoun_subject_refers_to_the_speaker():
    assert ("ASSAULT", "RSF", "El Fasher") in code("The RSF said it shelled El Fasher.")


def test_casualties_go_to_the_assault():
    f = facts_of("The RSF shelled El Fasher, killing two people and wounding 24.")
    assert [(x.action, x.fatalities, x.injuries) for x in f] == [("ASSAULT", 2, 24)]
    f = facts_of("JNIM attacked Malian troops in Kidal, leaving at least 30 dead.")
    assert (f[0].fatalities, f[0].fatalities_bound) == (30, "min")
    f = facts_of("Russia struck Kharkiv on Monday. More than 20 people were injured in the attack.")
    assert (f[0].injuries, f[0].injuries_bound) == (20, "min")


def test_date_is_the_nearest_time_expression_of_the_sentence():
    text = "On Monday, a week after the talks, Russia struck Kharkiv on Tuesday."
    monday = TimeExpr(3, 9, "Monday", "2024-03-04", "day", basis="weekday")
    tuesday = TimeExpr(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday", "2024-03-05", "day", basis="weekday")
    f = facts_of(text, [monday, tuesday])
    assert (f[0].date, f[0].date_text) == ("2024-03-05", "Tuesday")


def test_unresolved_or_range_dates_are_not_used_and_undated_stays_none():
    text = "Russia struck Kharkiv since October."
    since = TimeExpr(text.index("since"), len(text) - 1, "since October", "2023-10", "range", basis="since")
    assert facts_of(text, [since])[0].date is None
    assert facts_of("Russia struck Kharkiv.")[0].date is None


def test_anaphoric_sentence_takes_previous_sentence_date():
    text = "Russia struck Kharkiv on Monday. The attack also hit Ukraine's power grid."
    monday = TimeExpr(text.index("Monday"), text.index("Monday") + 6, "Monday", "2024-03-04", "day")
    f = facts_of(text, [monday])
    assert all(x.date == "2024-03-04" for x in f)


def test_one_event_per_sentence_category_and_pair():
    f = facts_of("Russia launched drones at Kharkiv and struck Kharkiv again with missiles.")
    assert len([x for x in f if x.action == "ASSAULT"]) == 1


def test_toll_without_actor_needs_an_attack():
    # a toll with no actor is an attack only where the sentence speaks of one
    f = facts_of("Officials said two soldiers were killed in an attack.")
    assert [(x.action, x.actor, x.fatalities) for x in f] == [("ASSAULT", None, 2)]
    assert code("Officials said two soldiers were killed in a road accident.") == []
    assert code("Officials praised two soldiers near Kidal.") == []


def test_media_is_no_actor():
    assert ("CONSULT", None, "Reuters") not in code("Omar Diallo spoke to Reuters.")
    assert all(a is None or a != "Reuters" for _, a, _ in code("Omar Diallo told Reuters that Mali arrested him."))


def test_evidence_span_is_the_sentence():
    text = "Intro sentence here. Azerbaijan shelled Armenia overnight. Closing words."
    f = facts_of(text)[0]
    assert text[f.start:f.end] == "Azerbaijan shelled Armenia overnight."


# ---------------------------------------------------------------- roles: modifiers, quotes, titles, press

def test_a_backer_named_as_a_modifier_is_not_the_attacker():
    assert code("Russia-backed fighters shelled Kharkiv on Monday.") in ([("ASSAULT", None, "Kharkiv")], [])
    assert ("ASSAULT", "Russia", "Kharkiv") not in code("Russia-backed fighters shelled Kharkiv on Monday.")


def test_hearsay_passive_keeps_its_subject():
    assert ("REJECT", "Chad", "Ecowas") in code("Chad said to have rejected the Ecowas proposal.")


def test_quoted_words_are_not_the_addressee():
    got = code("Nadia Belkacem asked for “firm action against attacks on Mali” on Monday.")
    assert got and got[0][:2] == ("REQUEST", "Nadia Belkacem") and got[0][2] != "Mali"


def test_a_capitalised_trigger_inside_a_title_is_no_event():
    assert code("Omar Diallo, who became Finance Minister in Bamako, spoke on Monday.") == []


def test_speaking_to_a_news_outlet_is_no_consultation():
    assert not [e for e in code("Omar Diallo, speaking to Reuters, said Mali would hold elections.") if e[0] == "CONSULT"]


def test_phone_call_dated_then_between_two_people():
    assert ("CONSULT", "Nadia Belkacem", "Omar Diallo") in code(
        "In a phone call on May 5 between Nadia Belkacem and Omar Diallo, both sides discussed the border.")


def test_blame_of_an_attack_does_not_take_the_victim_as_accused():
    got = code("Turkey complained about the strikes on Armenia carried out by militias.")
    assert ("ACCUSE", "Turkey", None) in got


def test_a_week_dates_the_event_to_its_month():
    text = "Azerbaijan shelled Armenia last week."
    i = text.index("last week")
    facts = facts_of(text, [TimeExpr(i, i + 9, "last week", "2024-W09", "week", None, "relative")])
    assert facts and facts[0].date == "2024-02"


def test_a_group_acting_through_its_members_is_the_actor():
    from sitrep.analysis import analyze_text, knowledge_base
    kb = knowledge_base()
    for text in ("Fighters from the Tessit Liberation Front attacked an army post near Gossi on Sunday.",
                 "Rebels of the Tessit Liberation Front shelled the town of Gossi on Sunday, killing three people."):
        a = analyze_text("d", text, "2025-06-02", None, kb)
        actors = {m.local: m.text for m in a.mentions}
        assert [(e.action, actors.get(e.actor)) for e in a.events] == [("ASSAULT", "Tessit Liberation Front")], text


def test_a_group_named_after_of_is_not_the_actor_without_a_member_noun():
    from sitrep.analysis import analyze_text, knowledge_base
    text = "The spokesman of the Tessit Liberation Front met the envoy in Niamey on Sunday."
    a = analyze_text("d", text, "2025-06-02", None, knowledge_base())
    actors = {m.local: m.text for m in a.mentions}
    assert all(actors.get(e.actor) != "Tessit Liberation Front" or e.action == "CONSULT" for e in a.events)


def test_rising_toll_update_restates_the_main_incident():
    from sitrep.analysis import analyze_text
    from sitrep.actors.kb import KnowledgeBase
    text = ("Two people were killed when a drone hit a bus station in Kramatorsk on Sunday, the regional "
            "governor said.\n\nRescuers searched the debris through the afternoon.\n\n"
            "UPDATE, 16:40: The death toll in Kramatorsk climbed to five, the governor said.")
    a = analyze_text("d", text, "2025-05-11", None, KnowledgeBase.default())
    (ev,) = [e for e in a.events if e.action == "ASSAULT"]
    assert ev.fatalities == 5
