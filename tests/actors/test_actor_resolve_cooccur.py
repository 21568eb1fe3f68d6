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
