"""Peoples, confessions and outlets' word orders: NORP groups the knowledge base lists, a people
kept apart from its land, and an outlet's name in either order joined."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.actors.resolve import resolve_entities
from sitrep.nlp.sentences import split_sentences


def _entities(*docs: str) -> list[tuple[str, str, list[str]]]:
    kb = KnowledgeBase.default()
    items = [(f"d{n}", find_mentions(t, split_sentences(t), kb)) for n, t in enumerate(docs)]
    ents, _ = resolve_entities(items, kb)
    return [(e.name, e.type, list(e.aliases)) for e in ents]


def _types(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.type) for m in find_mentions(text, split_sentences(text), KnowledgeBase.default())]


def test_confessions_and_peoples_are_norp():
    found = _types("Orthodox priests, Indigenous leaders and Gen Z students marched in Malvora, where Aymara "
                   "farmers and Dagestani traders joined them.")
    for name in ("Orthodox", "Indigenous", "Gen Z", "Aymara", "Dagestani"):
        assert (name, "NORP") in found, name


def test_former_state_is_a_place_and_its_adjective_a_group():
    found = _types("The base was built when the Soviet Union ruled the valley, and Soviet-era tanks still stand there.")
    assert ("Soviet Union", "GPE") in found
    assert ("Soviet", "NORP") in found


def test_a_people_named_like_its_land_stays_apart_from_it():
    ents = _entities("Protesters in the breakaway region of Zelvaria stormed the parliament on Friday. "
                     "The protests began after the Zelvar authorities detained five activists.")
    assert not any("Zelvaria" in a and "Zelvar" in a for _, _, a in ents)


def test_spelling_variant_of_a_town_still_joins():
    ents = _entities("Shelling hit Misurata on Monday, residents said.",
                     "Shelling hit Misrata again on Tuesday, a medic said.")
    assert any({"Misurata", "Misrata"} <= set(a) for _, _, a in ents)


def test_outlet_name_in_either_order_is_one_outlet():
    ents = _entities("Footage aired by TV Korvesta showed police beating reporters in Malvora.",
                     "Korvesta TV said its reporters were beaten in Malvora.")
    assert any({"TV Korvesta", "Korvesta TV"} <= set(a) for _, _, a in ents)
