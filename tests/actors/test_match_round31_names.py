"""Round 31: people whose names look like gazetteer places (invented Somali, Syrian, Yemeni,
Afghan and Myanmar copy)."""
from __future__ import annotations

import pytest

from sitrep.actors.kbcache import default
from sitrep.actors.mentions import find_mentions
from sitrep.nlp.sentences import split_sentences


def _types(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_mentions(text, split_sentences(text), default()):
        out.setdefault(text[m.start:m.end], set()).add(m.type)
    return out


@pytest.mark.parametrize("text, name", [
    ("Abdi Hassan, 42, a trader in Beledweyne, said shops had reopened.", "Abdi Hassan"),
    ("Nasser Ahmed Bakri, 35, said fuel prices had doubled in Mukalla.", "Nasser Ahmed Bakri"),
    ("Liban Abdi Warsame told the council the road to Dhusamareb was open.", "Liban Abdi Warsame"),
])
def test_name_with_place_like_piece_is_one_person(text: str, name: str) -> None:
    types = _types(text)
    assert types.get(name) == {"PERSON"}, types


@pytest.mark.parametrize("text, place", [
    ("Troops moved from Abu Dhabi to Abu Kamal on Friday.", "Abu Kamal"),
    ("Clashes were reported in Hassan district overnight.", "Hassan"),
    ("Shelling hit Hama and Idlib overnight, a monitor said.", "Hama"),
    ("Will Kherson fall before winter?", "Kherson"),
    ("Residents of Bakri fled toward the river.", "Bakri"),
])
def test_real_places_stay_places(text: str, place: str) -> None:
    types = _types(text)
    assert types.get(place) == {"GPE"}, types


def test_bare_given_name_does_not_fold_onto_longer_place() -> None:
    # "Ahmad" folds onto Al Aḩmadī (article and ending dropped): alone it is the name
    types = _types("Ahmad: We left the camp at night.")
    assert "GPE" not in types.get("Ahmad", set()), types
