from sitrep.actors import find_mentions
from sitrep.actors.kb import KnowledgeBase
from sitrep.nlp.sentences import split_sentences


def mentions(text, kb, title=None):
    return find_mentions(text, split_sentences(text), kb, title=title)


def kb_ids(text, kb):
    return [m.kb_id for m in mentions(text, kb) if m.kb_id]


def test_case_apostrophe_hyphen_and_spelling_variants(small_kb):
    for variant in ("Kataib Hezbollah", "Kata’ib Hizballah", "KATAIB HEZBOLLAH", "Kataeb Hezbollah",
                    "Kata'ib Hizbullah"):
        text = f"Fighters of {variant} fired rockets on Tuesday, officials said."
        ms = mentions(text, small_kb)
        assert [m.kb_id for m in ms] == ["kataib-hezbollah"], variant
        assert ms[0].text == variant and text[ms[0].start:ms[0].end] == variant


def test_longest_name_wins_over_a_shared_word(small_kb):
    ms = mentions("Hezbollah and Kataib Hezbollah both deny it.", small_kb)
    assert [m.kb_id for m in ms] == ["hezbollah", "kataib-hezbollah"]


def test_short_acronyms_match_only_as_written(small_kb):
    assert "united-states" in kb_ids("The US envoy arrived in the capital.", small_kb)
    assert "united-states" not in kb_ids("Let us hope the talks go well, he said.", small_kb)
    assert "united-nations" not in kb_ids("The plan was un realistic, they said.", small_kb)
    assert "kataib-hezbollah" in kb_ids("A KH commander was killed.", small_kb)
    assert "kataib-hezbollah" not in kb_ids("The Kh-59 missile hit the depot.", small_kb)


def test_title_cased_four_letter_acronym(small_kb):
    assert "nato" in kb_ids("Nato allies met in the city on Friday.", small_kb)


def test_surname_alias_after_another_first_name_is_someone_else(small_kb):
    text = "Photographs by Harith al-Sudani show the damaged bridge."
    ms = mentions(text, small_kb)
    assert all(m.kb_id != "mohammed-shia-al-sudani" for m in ms)


def test_government_of_capital_and_country(small_kb):
    assert small_kb.government_of("iraq") == "government-of-iraq"
    assert small_kb.government_of("baghdad") == "government-of-iraq"
    assert small_kb.government_of("hezbollah") is None
    assert small_kb.entry("nope") is None


def test_version_changes_with_added_entries(small_kb):
    extra = [{"id": "liwa-example", "name": "Liwa al-Example", "type": "ORG", "aliases": []}]
    kb2 = KnowledgeBase([], extra=extra, places=False, outlets=False)
    kb3 = KnowledgeBase([], extra=extra + [{"id": "x", "name": "Xanadu Front", "type": "ORG"}],
                        places=False, outlets=False)
    assert kb2.version != kb3.version
    assert kb2.entry("liwa-example")["name"] == "Liwa al-Example"


def test_gazetteer_places_and_weak_names(geo_kb):
    ms = mentions("Drones struck near Kirkuk and Mosul overnight.", geo_kb)
    assert {m.text: m.type for m in ms} == {"Kirkuk": "GPE", "Mosul": "GPE"}
    # an everyday word that is also a town somewhere is no place without a preposition
    ms = mentions("Police said Reading the statement took an hour.", geo_kb)
    assert not [m for m in ms if m.type == "GPE"]


def test_outlets_are_media(geo_kb):
    ms = mentions("The commander told Reuters that the convoy was hit.", geo_kb)
    assert [(m.text, m.type) for m in ms] == [("Reuters", "MEDIA")]
