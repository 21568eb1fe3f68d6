"""A toll counted in an attack its maker names ("killed in an Israeli drone strike") (invented texts)."""
from __future__ import annotations

from event_helpers import coded_with_dates, mentions_from

ACTORS = {"Russian": "NORP", "Israeli": "NORP", "Sumy": "GPE", "Yaroun": "GPE", "Kharkiv": "GPE", "Hezbollah": "ORG"}


def named(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    names = {m.local: m.text for m in mentions_from(text, ACTORS)}
    return [(f.action, names.get(f.actor), names.get(f.target), f.fatalities)
            for f in coded_with_dates(text, ACTORS, "2025-03-12")]


def test_a_reduced_passive_toll_takes_the_attacks_maker_as_actor_never_as_target():
    text = "A teenage girl is among five people killed in a Russian drone strike on the outskirts of Sumy."
    assert named(text) == [("ASSAULT", "Russian", "Sumy", 5)]


def test_a_passive_toll_in_a_named_makers_strike_is_one_event():
    assert named("Three people were killed in an Israeli drone strike in Yaroun.") == [("ASSAULT", "Israeli", None, 3)]


def test_a_place_modifying_the_strike_is_no_actor():
    assert [a for _, a, _, _ in named("Two soldiers were wounded in a Kharkiv missile strike.")] == [None]


def test_a_strike_on_a_place_that_killed_named_fighters_is_one_event():
    actors = {"Russian": "NORP", "Kupiansk": "GPE", "Ukrainian": "NORP"}
    text = "A Russian drone strike on a checkpoint near Kupiansk killed four Ukrainian soldiers on Monday."
    names = {m.local: m.text for m in mentions_from(text, actors)}
    got = [(f.action, names.get(f.actor), names.get(f.target), names.get(f.location), f.fatalities)
           for f in coded_with_dates(text, actors, "2025-03-12")]
    assert got == [("ASSAULT", "Russian", "Ukrainian", "Kupiansk", 4)]


def test_a_town_the_knowledge_base_gives_no_government_is_no_attacker():
    from sitrep.events import find_events
    from sitrep.model import Mention
    from sitrep.nlp.sentences import split_sentences
    from sitrep.timex import find_timexes
    text = "The rebels have not claimed the Makari attack. The Israel strike hit a depot."
    town = Mention(32, 38, "Makari", "GPE", "kb:geo-invented", "gazetteer", local=0, kb_id="geo-invented-town")
    country = Mention(51, 57, "Israel", "GPE", "kb:israel", "kb", local=1, kb_id="israel")
    facts = find_events(text, split_sentences(text), [town, country], find_timexes(text, "2025-03-12"), "2025-03-12")
    assert [(f.action, f.actor) for f in facts] == [("ASSAULT", 1)]
