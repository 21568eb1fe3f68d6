"""Session 25: a person's name with a lowercase link ("de", "da", "dos") is one name when a
known given name or a title opens it; a place or body name with the same link stays what it was.
Invented names and reports."""
from sitrep.actors import find_mentions
from sitrep.actors.kbcache import default
from sitrep.actors.resolve import resolve_entities
from sitrep.nlp.sentences import split_sentences


def _mentions(text: str) -> dict[str, str]:
    kb = default()
    return {text[m.start:m.end]: m.type for m in find_mentions(text, split_sentences(text), kb)}


def test_titled_name_with_de_is_one_person():
    got = _mentions("The police secretary, Colonel Ravelino de Quaresma, said the raid was over.")
    assert got.get("Ravelino de Quaresma") == "PERSON"


def test_given_name_opens_a_name_with_da():
    got = _mentions("Lawyers for Antonio da Pelourinha said the court had not heard him.")
    assert got.get("Antonio da Pelourinha") == "PERSON"


def test_two_surnames_and_a_link():
    got = _mentions("The main target of the raid, Joaquim Alves de Tavolara, escaped on foot.")
    assert got.get("Joaquim Alves de Tavolara") == "PERSON"


def test_justice_title_before_a_name_with_de():
    got = _mentions("Supreme Court Justice Alexandre de Valcourt ordered the governor to explain.")
    assert got.get("Alexandre de Valcourt") == "PERSON"


def test_place_and_body_names_with_a_link_are_no_person():
    got = _mentions("Police in Rio de Janeiro fired on a crowd. Staff of Banco do Brasil fled.")
    assert got.get("Rio de Janeiro") == "GPE"
    assert not any(t == "PERSON" and (" de " in s or " do " in s) for s, t in got.items())


def test_unknown_first_word_without_title_is_not_made_a_person():
    got = _mentions("Troops reached Serra da Lomba at dawn and fighting went on.")
    assert got.get("Serra da Lomba") != "PERSON"


def test_particle_name_joins_across_documents():
    kb = default()
    docs = ["Colonel Marcelo de Vasquinha said the operation was a success.",
            "Marcelo de Vasquinha, the military police secretary, defended the raid."]
    items = [(f"d{n}", find_mentions(t, split_sentences(t), kb)) for n, t in enumerate(docs)]
    entities, _ = resolve_entities(items, kb)
    holders = [e for e in entities if "Marcelo de Vasquinha" in e.aliases or e.name == "Marcelo de Vasquinha"]
    assert len(holders) == 1 and holders[0].type == "PERSON"


def test_link_and_article_keep_the_name_whole():
    got = _mentions("Senator Juan Carlos de la Varenta said the vote would go ahead.")
    assert got.get("Juan Carlos de la Varenta") == "PERSON"
