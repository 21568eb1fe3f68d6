"""Round 6 of entity resolution: two places one consonant apart stay two, a dropped middle name
joins its full name, a double surname's first surname names its person (invented reports)."""
from sitrep.actors import find_mentions
from sitrep.actors.fold import name_key
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.resolve import resolve_entities
from sitrep.model import Mention
from sitrep.nlp.sentences import split_sentences

EMPTY = KnowledgeBase([], places=False, outlets=False)


def _m(start: int, text: str, local: int, typ: str) -> Mention:
    return Mention(start, start + len(text), text, typ, "name:" + name_key(text), "place-context",
                   local, None, text)


def _entities(items):
    entities, _ = resolve_entities(items, EMPTY)
    return {a: e.id for e in entities for a in e.aliases}


def test_places_one_consonant_apart_are_two_places():
    # "Kalomia" and "Kulojo" fold to "kalama" / "kalaja": close as keys, far apart as written
    items = [("a", [_m(0, "Kalomia", 0, "GPE")]), ("b", [_m(5, "Kalomia", 0, "GPE"), _m(20, "Kulojo", 1, "GPE")])]
    ids = _entities(items)
    assert ids["Kalomia"] != ids["Kulojo"]


def test_real_spelling_variants_still_join():
    items = [("a", [_m(0, "Gorongosa", 0, "GPE"), _m(30, "Amadou Traore", 1, "PERSON")]),
             ("b", [_m(0, "Gorongossa", 0, "GPE"), _m(30, "Amadou Traorre", 1, "PERSON")])]
    ids = _entities(items)
    assert ids["Gorongosa"] == ids["Gorongossa"]
    assert ids["Amadou Traore"] == ids["Amadou Traorre"]


def _docs(docs: dict[str, str]):
    kb = EMPTY
    return [(d, find_mentions(t, split_sentences(t), kb)) for d, t in docs.items()]


def test_a_dropped_middle_name_joins_the_one_full_name():
    docs = {"a": "Commander Omar Yusuf Khalil told reporters the convoy had left Tartus.",
            "b": "The rebels' commander, Omar Khalil, said the convoy was attacked.",
            "c": "Samir Khalil, a local official, said the road was closed."}
    ids = _entities(_docs(docs))
    assert ids["Omar Khalil"] == ids["Omar Yusuf Khalil"]
    # a different first name is another person sharing the surname
    assert ids["Samir Khalil"] != ids["Omar Yusuf Khalil"]


def test_a_short_name_between_two_full_names_stays_alone():
    docs = {"a": "Commander Omar Yusuf Khalil spoke in the morning.",
            "b": "His cousin Omar Tarek Khalil spoke in the evening.",
            "c": "Omar Khalil later denied both statements."}
    ids = _entities(_docs(docs))
    assert ids["Omar Khalil"] not in (ids["Omar Yusuf Khalil"], ids["Omar Tarek Khalil"])
    assert ids["Omar Yusuf Khalil"] != ids["Omar Tarek Khalil"]


def test_the_first_of_two_surnames_names_the_person():
    text = ("Colonel Javier Ortiz Molina, the regional police chief, said the patrol was ambushed "
            "near the bridge. Ortiz said reinforcements had arrived by nightfall.")
    ms = find_mentions(text, split_sentences(text), EMPTY)
    ortiz = [m for m in ms if m.text == "Ortiz"]
    full = [m for m in ms if m.text == "Javier Ortiz Molina"]
    assert ortiz and full and ortiz[0].local == full[0].local and ortiz[0].type == "PERSON"


def test_a_given_middle_name_is_no_surname():
    # "Hussein" is a given name: alone, it is not taken for the person "Ahmed Hussein Darwish"
    text = ("Ahmed Hussein Darwish, a militia commander, was killed on Monday. "
            "Officials said Hussein Bakr would replace him.")
    ms = find_mentions(text, split_sentences(text), EMPTY)
    darwish = [m for m in ms if m.text == "Ahmed Hussein Darwish"]
    assert darwish
    assert not [m for m in ms if m.local == darwish[0].local and m.text != "Ahmed Hussein Darwish"]


def test_plural_role_nouns_and_camelcase_companies_are_no_people():
    text = ("Observers said the truce would not hold. PetroNorte said on Monday it had halted "
            "drilling near the border. McAllister said the company had no choice. Diplomats "
            "said talks would resume.")
    ms = {m.text: m.type for m in find_mentions(text, split_sentences(text), EMPTY)}
    assert "Observers" not in ms and "Diplomats" not in ms
    assert ms.get("PetroNorte") == "ORG"
    assert ms.get("McAllister") == "PERSON"
