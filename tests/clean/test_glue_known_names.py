"""Glue beside a name the actor knowledge holds, on a page with no other glue: a known name glued
to a plain word, the last word of a known two-word name glued after its first, two words of a known
name in camel case, a possessive glued to a capital. Rare names, transliterations and camel-case
brands stay whole. Invented text (an East African / Levant setting)."""
import pytest

from sitrep.clean.glue_known_names import known_name_split, possessive_sites
from sitrep.clean.lexicon import Lexicon

from corpus_checks import glue_split

# a clean page: no other glue, so nothing proves the document glued
_CLEAN = ("The governor of the province said on Monday that the convoy had reached the valley after two "
          "days on the mountain road. Residents said the market reopened and schools would follow. ")


@pytest.mark.parametrize("sentence, fixed", [
    ("A Pentagonofficial confirmed the transfer.", "Pentagon official"),          # a known name + a word
    ("The suspect was detained in Kenyain March.", "Kenya in"),                    # ... + a preposition
    ("Aid workers of the Red Crossteams reached the camp.", "Red Cross teams"),   # a two-word name's end
    ("Observers from the AfricanUnion arrived.", "African Union"),                 # two words of a name
    ("Troops were sent to Somalia'sGedo region.", "Somalia's Gedo"),               # a possessive
    ("The TransportMinister resigned.", "Transport Minister"),                     # a word before a title
])
def test_known_name_glue_is_split(sentence: str, fixed: str) -> None:
    assert fixed in glue_split(_CLEAN + sentence)


@pytest.mark.parametrize("word", [
    "Zhaparov", "Barsalogho", "Ouagadougou", "al-Sudani", "McGurk", "iPhone", "YouTube", "PhD",
    "MacArthur", "DeSantis", "Mujahidin", "Muslimin", "Serbian", "Kenyans", "Hezbollah", "Soolking", "Thairin",
    "PowerPoint", "WhatsApp",
])
def test_names_and_transliterations_stay_whole(word: str) -> None:
    text = _CLEAN + f"Witnesses said {word} was mentioned at the meeting in the capital."
    assert glue_split(text) == text


def test_a_listed_or_known_whole_token_is_never_split() -> None:
    zipf = Lexicon.default().zipf_of
    for token in ("Pentagon", "Kenyan", "Afghanistan", "Bloomberg", "Chinatown"):
        assert known_name_split(token, f"said {token} today", zipf) is None


def test_possessive_needs_a_capital_then_a_small_letter() -> None:
    assert possessive_sites("the army's US-made jets and it's OK") == []
    assert possessive_sites("Kenya’sTurkana county") == [(len("Kenya’s"), 1)]
