"""Arabic name prefixes written apart or joined ("Abu Bakr" / "Abubakar", "Abdul Rahman" /
"Abdulrahman") are one spelling of one person's name across documents (invented Sahel and Yemen
reports); different people sharing a prefix stay apart."""
from sitrep.actors import find_mentions
from sitrep.actors.resolve import resolve_entities
from sitrep.actors.variants import glue_prefixes
from sitrep.nlp.sentences import split_sentences


def _entities(kb, docs):
    return resolve_entities([(d, find_mentions(t, split_sentences(t), kb)) for d, t in docs.items()], kb)[0]


def _holding(entities, alias):
    return [e for e in entities if alias in e.aliases]


def test_glue_prefixes():
    assert glue_prefixes("Abu Bakr Tambura") == "AbuBakr Tambura"
    assert glue_prefixes("Abd al-Karim Hazmi") == "AbdKarim Hazmi"
    assert glue_prefixes("Abubakar Tambura") is None and glue_prefixes("Moussa Diallo") is None


def test_prefix_apart_and_joined_is_one_person(small_kb):
    docs = {"a": "Militant commander Abu Bakr Tambura said the convoy was attacked near Menaka.",
            "b": "Witnesses said Abubakar Tambura led the assault on the convoy.",
            "c": "The tribal elder Abdul Rahman Hazmi told the council in Marib that talks had failed.",
            "d": "Abdulrahman Hazmi, a tribal elder, said talks in Marib had failed."}
    entities = _entities(small_kb, docs)
    tambura = _holding(entities, "Abu Bakr Tambura")
    assert len(tambura) == 1 and "Abubakar Tambura" in tambura[0].aliases
    hazmi = _holding(entities, "Abdul Rahman Hazmi")
    assert len(hazmi) == 1 and "Abdulrahman Hazmi" in hazmi[0].aliases


def test_different_given_names_after_a_prefix_stay_apart(small_kb):
    docs = {"a": "Commander Abu Bakr Tambura said the convoy was attacked near Menaka.",
            "b": "His rival Abu Hamza Tambura denied any role in the attack."}
    entities = _entities(small_kb, docs)
    assert len(_holding(entities, "Abu Bakr Tambura")) == 1
    assert "Abu Hamza Tambura" not in _holding(entities, "Abu Bakr Tambura")[0].aliases
