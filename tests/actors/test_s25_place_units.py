"""Session 25: local units of Francophone and African states ("the commune of X", "X commune"),
schools as sites, and French place names joined by "-et-" or "-sur-". Invented names."""
from sitrep.actors import find_mentions
from sitrep.actors.kbcache import default
from sitrep.nlp.sentences import split_sentences


def _mentions(text: str) -> dict[str, str]:
    kb = default()
    return {text[m.start:m.end]: m.type for m in find_mentions(text, split_sentences(text), kb)}


def test_commune_of_names_a_place():
    got = _mentions("The gunmen struck in the commune of Tavrikama on Sunday.")
    assert got.get("Tavrikama") == "GPE"


def test_communes_of_names_each_place():
    got = _mentions("Residents of the communes of Tavrikama and Oulobara fled to the south.")
    assert got.get("Tavrikama") == "GPE"


def test_lowercase_commune_after_a_name():
    got = _mentions("Jihadists attacked a post in Tavrikama commune overnight.")
    assert got.get("Tavrikama") == "GPE"


def test_fire_department_is_no_place():
    got = _mentions("The Fire department said the blaze was out.")
    assert got.get("Fire") != "GPE"


def test_named_school_is_a_site():
    got = _mentions("The attackers stormed Kavuroma Secondary School in the night.")
    assert got.get("Kavuroma Secondary School") == "FAC"


def test_hyphen_et_place_stays_one_name():
    got = _mentions("A military position at Wulbara, a town in the Tavro-et-Chamba department, was hit.")
    assert "Chamba" not in got and "Tavro" not in got
