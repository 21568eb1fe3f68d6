"""Unknown settlements typed GPE by a settlement phrase in apposition (invented Sahel/Caucasus text)."""
from sitrep.actors.mentions import find_mentions
from sitrep.analysis import knowledge_base
from sitrep.nlp.sentences import split_sentences

_KB = knowledge_base()


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in find_mentions(text, split_sentences(text), _KB)}


def test_mining_town_apposition_makes_a_place() -> None:
    t = _types("On Friday, jihadist fighters overran Tindoulkar, a gold-mining town in the north, residents said.")
    assert t.get("Tindoulkar") == "GPE"


def test_village_with_distance_makes_a_place() -> None:
    t = _types("Drones struck Verkhnyaya Zalka, a village 15 km east of the front, overnight.")
    assert t.get("Verkhnyaya Zalka") == "GPE"


def test_role_noun_after_settlement_word_is_not_a_place() -> None:
    t = _types("Moussa Kantabe, a village elder, said the convoy never arrived.")
    assert t.get("Moussa Kantabe") != "GPE"
    t = _types("Arsen Vedikyan, a town councillor, said the road was closed.")
    assert t.get("Arsen Vedikyan") != "GPE"


def test_only_the_capitalised_tail_of_a_joined_run_is_the_place() -> None:
    t = _types("The raids took place on Monday and Tuesday in Sabou Kadi, a farming village near the border.")
    assert "Monday and Tuesday in Sabou Kadi" not in t
