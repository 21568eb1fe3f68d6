"""Affairs named by a place, people or year and a lowercase head ("the Velmora process", "the 2031
peace agreement"), and operations named again by their code name alone ("Operation Kestrel ...
Kestrel has deployed")."""
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.mentions import find_mentions
from sitrep.actors.resolve import resolve_entities
from sitrep.nlp.sentences import split_sentences


def _found(text: str):
    return find_mentions(text, split_sentences(text), KnowledgeBase.default())


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.type) for m in _found(text)]


def test_place_process_is_an_event_and_the_place_stays():
    found = _mentions("Talks under the Nairobi process stalled, and envoys met in Nairobi again.")
    assert ("Nairobi process", "EVENT") in found
    assert ("Nairobi", "GPE") in [(t, ty) for t, ty in found if t == "Nairobi"]


def test_people_crisis_is_an_event():
    found = _mentions("The Anglophone crisis has displaced thousands since the protests began.")
    assert ("Anglophone crisis", "EVENT") in found


def test_place_agreement_is_a_law():
    found = _mentions("Rebels said the Algiers peace agreement was dead after the clashes in Kidal.")
    assert ("Algiers peace agreement", "LAW") in found


def test_year_with_a_head():
    found = _mentions("Since the 2031 peace agreement, the Korvath militia has kept to its hills. "
                      "Survivors of the 1994 genocide marched on Sunday.")
    assert ("2031 peace agreement", "LAW") in found
    assert ("1994 genocide", "EVENT") in found


def test_no_affair_without_the():
    found = _mentions("In Goma war broke out again. Nairobi talks ended on Friday, officials said.")
    assert not [t for t, ty in found if ty in ("EVENT", "LAW")]


def test_a_year_alone_is_no_affair():
    found = _mentions("In 2031 elections were held across Korvath province.")
    assert not [t for t, ty in found if ty == "EVENT"]


def test_operation_code_name_is_the_operation():
    docs = ["The army launched Operation Kestrel Shield in May. Kestrel Shield has deployed 3,000 soldiers, "
            "and commanders said Kestrel Shield would go on."]
    items = [(f"d{n}", _found(t)) for n, t in enumerate(docs)]
    entities, _ = resolve_entities(items, KnowledgeBase.default())
    ops = [e for e in entities if e.type == "EVENT"]
    assert len(ops) == 1 and {"Operation Kestrel Shield", "Kestrel Shield"} <= set(ops[0].aliases)


def test_operation_code_name_read_as_a_gazetteer_town():
    found = _mentions("Benin launched Operation Mirador in 2022. Since Mirador began, attacks have fallen.")
    assert ("Mirador", "EVENT") in found


def test_place_written_as_a_place_stays_a_place():
    found = _mentions("Kyiv announced Operation Kherson on Monday. Shelling hit homes in Kherson overnight.")
    assert ("Kherson", "GPE") in found


def test_a_citys_possessive_and_area_make_a_part_of_a_city():
    found = _mentions("Police fired tear gas in Velmora's Kestani area on Monday. Shops in Kestani stayed shut.")
    assert [ty for t, ty in found if t == "Kestani"] == ["LOC", "LOC"]
    assert ("Velmora", "GPE") in found or ("Velmora", "LOC") not in found


def test_a_list_of_areas_after_the_capitals_possessive():
    found = _mentions("Clashes went on in the capital's Jatrabari, Mohammadpur and Rampura areas overnight.")
    assert {t: ty for t, ty in found if t in ("Jatrabari", "Mohammadpur", "Rampura")} == \
        {"Jatrabari": "LOC", "Mohammadpur": "LOC", "Rampura": "LOC"}


def test_quarters_of_and_district_of_a_city():
    found = _mentions("Shops were looted in Noumea and its quarters of Magenta and Ducos. "
                      "Smoke rose over the Ain Taybeh district of Tripoli.")
    assert ("Magenta", "LOC") in found and ("Ducos", "LOC") in found and ("Ain Taybeh", "LOC") in found
    assert ("Noumea", "GPE") in found


def test_suburbs_may_be_towns():
    found = _mentions("Smoke hung over the northern suburbs of Dumbea and Paita on Friday.")
    assert ("Paita", "LOC") not in found


def test_a_known_town_before_area_stays_a_town():
    found = _mentions("Rebels advanced on the Goma area. Troops left the Kasese district on Monday.")
    assert ("Goma", "GPE") in found and ("Kasese", "GPE") in found



def test_an_article_before_a_short_designation_is_no_part_of_the_weapon():
    found = _mentions("An M16 rifle was found in the car. The AK-47 rifles were seized, and Two MQ-9 drones flew over.")
    weapons = [t for t, ty in found if ty == "WEAPON"]
    assert "M16" in weapons and "AK-47" in weapons
    assert not [t for t in weapons if t.split()[0] in ("An", "The", "Two")]


def test_a_code_name_after_a_lowercase_operation_joins_the_titled_operation_of_another_report():
    docs = ["Benin launched Operation Kestrel Shield in January to secure its northern parks.",
            "The positions of the soldiers of the operation Kestrel Shield were attacked on Thursday."]
    items = [(f"d{n}", _found(t)) for n, t in enumerate(docs)]
    entities, _ = resolve_entities(items, KnowledgeBase.default())
    ops = [e for e in entities if e.type == "EVENT"]
    assert len(ops) == 1 and {"Operation Kestrel Shield", "Kestrel Shield"} <= set(ops[0].aliases)


def test_a_day_after_a_lowercase_operation_is_no_code_name():
    found = _mentions("The police operation Sunday left three dead in Korvath.")
    assert not [t for t, ty in found if ty == "EVENT"]


def test_a_district_or_area_alone_is_no_part_of_a_city():
    found = _mentions("Gunmen attacked a plant in Ankara's Kahramankazan district. Police sealed off the Tinkune area.")
    assert ("Kahramankazan", "LOC") not in found and ("Tinkune", "LOC") not in found


def test_one_years_accord_named_three_ways_is_one_law():
    docs = ["Rebels who rejected the 2031 peace agreement took up arms again.",
            "Since the 2031 accord, the army has held the valley.",
            "Critics of the 2031 peace accord marched, and the 2031 ceasefire agreement was signed later."]
    items = [(f"d{n}", _found(t)) for n, t in enumerate(docs)]
    entities, _ = resolve_entities(items, KnowledgeBase.default())
    laws = [e for e in entities if e.type == "LAW"]
    one = [e for e in laws if "2031 accord" in e.aliases]
    assert one and {"2031 peace agreement", "2031 peace accord"} <= set(one[0].aliases)
    assert [e for e in laws if "2031 ceasefire agreement" in e.aliases and e is not one[0]]


def test_a_district_of_a_province_is_no_part_of_a_city():
    found = _mentions("Fighting broke out near Laiagam in the Kovela district of Enga province on Saturday.")
    assert ("Kovela", "LOC") not in found and ("Kovela", "GPE") in found
