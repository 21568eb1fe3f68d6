"""Namesakes one article keeps apart stay apart across the corpus (``resolve_cooccur``).
Invented names and mentions."""
from sitrep.actors.fold import deep_word, light, name_key
from sitrep.actors.kb import KnowledgeBase
from sitrep.actors.resolve import resolve_entities
from sitrep.actors.resolve_cooccur import spelling
from sitrep.model import Mention


def _m(text: str, local: int, start: int = 0, typ: str = "PERSON") -> Mention:
    return Mention(start, start + len(text), text, typ, "name:" + name_key(text), "given-name", local,
                   None, text)


def _entity_of(entities, text: str) -> set[str]:
    return {e.id for e in entities if any(m[3] == text for m in e.mentions)}


def _kb() -> KnowledgeBase:
    return KnowledgeBase([], places=False, outlets=False)


def test_spelling_folds_case_accents_punctuation_and_doubles_only():
    assert spelling("Mohammed al-Sudani") == spelling("Mohamed Al Sudani")
    assert spelling("José Núñez") == spelling("Jose Nunez")
    assert spelling("Kadhim Juma") != spelling("Kazem Juma")


def test_close_spellings_named_apart_in_one_article_stay_two_people():
    docs = [("a", [_m("Daniel Arce", 0), _m("Daniela Arce", 1, 40)]),
            ("b", [_m("Daniela Arce", 0)]),
            ("c", [_m("Daniel Arce", 0)])]
    entities, _ = resolve_entities(docs, _kb())
    assert _entity_of(entities, "Daniel Arce") != _entity_of(entities, "Daniela Arce")
    assert len(_entity_of(entities, "Daniela Arce")) == 1


def test_close_spellings_in_different_articles_still_join():
    docs = [("a", [_m("Abdelkader Benmessaoud", 0)]), ("b", [_m("Abdelkadir Benmesaoud", 0)])]
    entities, _ = resolve_entities(docs, _kb())
    assert _entity_of(entities, "Abdelkader Benmessaoud") == _entity_of(entities, "Abdelkadir Benmesaoud")


def test_one_folded_key_held_by_two_actors_of_one_article_splits_by_spelling():
    # "Kadhim" and "Kazem" fold to one key: an article naming both as two people means two
    assert name_key("Kadhim Juma") == name_key("Kazem Juma")
    docs = [("a", [_m("Kadhim Juma", 0), _m("Kazem Juma", 1, 40)]),
            ("b", [_m("Kazem Juma", 0)]),
            ("c", [_m("Kadhim Juma", 0)])]
    entities, _ = resolve_entities(docs, _kb())
    assert _entity_of(entities, "Kadhim Juma") != _entity_of(entities, "Kazem Juma")
    assert len(_entity_of(entities, "Kazem Juma")) == 1 and len(_entity_of(entities, "Kadhim Juma")) == 1


def test_one_folded_key_in_separate_articles_still_joins():
    docs = [("a", [_m("Kadhim Juma", 0)]), ("b", [_m("Kazem Juma", 0)])]
    entities, _ = resolve_entities(docs, _kb())
    assert _entity_of(entities, "Kadhim Juma") == _entity_of(entities, "Kazem Juma")


def test_hamid_is_not_hamad_but_is_hamed():
    key = lambda w: deep_word(light(w))  # noqa: E731
    assert key("Hamid") != key("Hamad")
    assert key("Hamid") == key("Hamed") == key("Hameed")
    assert key("Rashid") != key("Rashad") and key("Rashid") == key("Rasheed")
    assert key("Karim") != key("Karam") and key("Karim") == key("Kareem")


def test_particle_led_surname_joins_the_one_full_name():
    docs = [("a", [_m("Pieter van der Berg", 0)]), ("b", [_m("Van der Berg", 0)]),
            ("c", [_m("Ana de la Fuente", 0)]), ("d", [_m("De la Fuente", 0)])]
    entities, _ = resolve_entities(docs, _kb())
    assert _entity_of(entities, "Pieter van der Berg") == _entity_of(entities, "Van der Berg")
    assert _entity_of(entities, "Ana de la Fuente") == _entity_of(entities, "De la Fuente")
    assert _entity_of(entities, "Ana de la Fuente") != _entity_of(entities, "Van der Berg")


def test_particle_led_surname_of_two_people_stays_alone():
    docs = [("a", [_m("Pieter van der Berg", 0)]), ("b", [_m("Anna van der Berg", 0)]),
            ("c", [_m("Van der Berg", 0)])]
    entities, _ = resolve_entities(docs, _kb())
    assert len(_entity_of(entities, "Van der Berg") | _entity_of(entities, "Pieter van der Berg")
               | _entity_of(entities, "Anna van der Berg")) == 3


def test_three_word_name_opening_one_longer_name_joins_it():
    docs = [("a", [_m("Hamad bin Khalid al-Nuaimi", 0)]), ("b", [_m("Hamad bin Khalid", 0)])]
    entities, _ = resolve_entities(docs, _kb())
    assert _entity_of(entities, "Hamad bin Khalid al-Nuaimi") == _entity_of(entities, "Hamad bin Khalid")
    docs += [("c", [_m("Hamad bin Khalid al-Thani", 0)])]
    entities, _ = resolve_entities(docs, _kb())
    assert _entity_of(entities, "Hamad bin Khalid al-Nuaimi") != _entity_of(entities, "Hamad bin Khalid al-Thani")
    assert len(_entity_of(entities, "Hamad bin Khalid")) == 1


def test_slavic_endings_and_ow_fold_together():
    key = lambda w: deep_word(light(w))  # noqa: E731
    assert key("Dmitry") == key("Dmitri")
    assert key("Valeriy") == key("Valerii") == key("Valery")
    assert key("Zaluzhny") == key("Zaluzhnyi")
    assert key("Smirnow") == key("Smirnov")
    assert key("Sunday") != key("Sundi")


def test_one_spelling_twice_in_an_article_still_joins():
    # a place typed two ways in one article (cue and gazetteer) is one place
    docs = [("a", [_m("Velmora", 0, typ="GPE"), _m("Velmora", 1, 40, typ="LOC")]),
            ("b", [_m("Velmorra", 0, typ="GPE")])]
    entities, _ = resolve_entities(docs, _kb())
    assert len(_entity_of(entities, "Velmora")) == 1


def test_an_organisation_spelled_two_ways_in_one_article_still_joins():
    docs = [("a", [_m("Velmoran Revolutionary Guard Corps", 0, typ="ORG"),
                   _m("Velmoran Revolution Guards Corps", 1, 60, typ="ORG")]),
            ("b", [_m("Velmoran Revolutionary Guard Corps", 0, typ="ORG")])]
    entities, _ = resolve_entities(docs, _kb())
    assert len(_entity_of(entities, "Velmoran Revolutionary Guard Corps")
               | _entity_of(entities, "Velmoran Revolution Guards Corps")) == 1
