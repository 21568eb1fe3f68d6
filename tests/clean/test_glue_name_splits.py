"""A page with only two or three lost spaces: a capitalised word glued to the next word is split
when its shape vouches for it (a nationality, a day, a head the page writes alone, a place kind),
and names built of common words stay whole. Invented text (an Andean / Sahel setting)."""
import pytest

from sitrep.clean.glue_name_splits import name_word_split
from sitrep.clean.glue_weak_splits import lone_camel, lone_content, place_heads
from sitrep.clean.lexicon import Lexicon

from corpus_checks import glue_split

# a clean page: no other glue, so nothing proves the document glued
_CLEAN = ("The governor of the province said on Monday that the convoy had reached the valley after two "
          "days on the mountain road. Residents said the market reopened and schools would follow. ")


_split = glue_split


@pytest.mark.parametrize("glued, fixed", [
    ("Peruviansoldiers", "Peruvian soldiers"),          # a nationality and a plain word
    ("Bolivianand", "Bolivian and"),                    # ... and a function word
    ("Thursdayraids", "Thursday raids"),                # a day
    ("Quillacollodistrict", "Quillacollo district"),    # a long word for a kind of place
])
def test_shape_alone_vouches_for_the_split(glued: str, fixed: str) -> None:
    text = _CLEAN + f"Witnesses described {glued} moving through the square before dawn."
    assert fixed in _split(text)


def test_head_written_alone_elsewhere_vouches_for_the_split() -> None:
    text = _CLEAN + ("Colonel Ramiqo led the unit. \"We held the bridge all night,\" Ramiqosaid. "
                     "The army thanked Argentinafor its help, and Argentina sent two planes.")
    fixed = _split(text)
    assert "Ramiqo said" in fixed and "Argentina for" in fixed


def test_name_parts_and_names_built_of_words_stay_whole() -> None:
    zipf = Lexicon.default().zipf_of
    heads = place_heads()
    # "Jaya" stands alone in the page, but "pura" is no common word: a name (Jayapura)
    assert name_word_split("Jayapura", {"Jaya"}, zipf, heads) is None
    # names built of common words, even when their first word stands alone in the page
    for name, alone in [("Stonewall", "Stone"), ("Riverbend", "River"), ("Jamestown", "James"),
                        ("Rhiannon", "Rhian"), ("Titanfall", "Titan"), ("Multidimensional", "Multi"),
                        ("Kingsland", "Kings"), ("Ahmadabad", "Ahmad")]:
        assert name_word_split(name, {alone}, zipf, heads) is None, name


def test_a_token_the_page_writes_twice_is_a_word_it_uses() -> None:
    text = _CLEAN + "The Peruvianprize went to a poet. Critics praised the Peruvianprize jury."
    assert "Peruvian prize" not in _split(text)


def test_longer_plain_words_may_be_rarer_in_lone_splits() -> None:
    zipf = Lexicon.default().zipf_of
    s = zipf["drones"] + zipf["pounded"] - 9.0
    assert lone_content("drones", "pounded", s, zipf)
    # short rarer parts are not enough: "spar" + "rings" is a word, not glue
    assert not lone_content("spar", "rings", zipf["spar"] + zipf["rings"] - 9.0, zipf)
    assert lone_camel("straddling", "Benin", zipf, {"Benin"}, set())


def test_a_decade_glued_to_the_next_word():
    fixed = _split(_CLEAN + "The movement was founded in the 1990sbefore it took up arms. In the 1980s it was small.")
    assert "1990s before" in fixed and "1980s it" in fixed


def test_two_letter_preposition_after_a_head_written_alone() -> None:
    text = _CLEAN + ("Colonel Ramiqo spoke first. The council asked Ramiqoto stay, and the Board of the "
                     "mine wrote to the Boardof the port.")
    fixed = _split(text)
    assert "Ramiqo to stay" in fixed and "Board of the port" in fixed


def test_arabic_plurals_in_in_stay_whole_beside_their_singular() -> None:
    text = _CLEAN + "A Muslim elder and a Mujahid veteran spoke of the Muslimin and the Mujahidin."
    assert _split(text) == text


@pytest.mark.parametrize("glued, fixed", [
    ("Ministryof", "Ministry of"),                      # a capitalised everyday word and a function word
    ("Councilsaid", "Council said"),
    ("Cuscoyesterday", "Cusco yesterday"),              # a place of the gazetteer and a common word
    ("Abbasand", "Abbas and"),                          # a given name of the knowledge and a function word
])
def test_a_word_or_known_name_glued_to_a_plain_word_splits(glued: str, fixed: str) -> None:
    text = _CLEAN + f"Later {glued} the two delegations met again."
    assert fixed in _split(text)


@pytest.mark.parametrize("name", ["Zhaparov", "Barsalogho", "Ouagadougou", "Muslimin", "Kashmiris",
                                  "Archivaldo", "Mikano", "Alonso", "Kagame"])
def test_rare_names_and_name_endings_stay_whole(name: str) -> None:
    text = _CLEAN + f"Later {name} met the two delegations again."
    assert name in _split(text)


def test_name_endings_stay_whole_in_a_glued_page() -> None:
    # a page shown to be glued (many function-word sites) still keeps names whole
    glued = ("Thearmy said itwas ready. Officialssaid theconvoy reachedthe town andthe market. "
             "Hesaid thatthe road wasopen and thatthe police wereat the gate. ")
    text = glued * 3 + "Between them Iván Archivaldo Guzmán and Marco Mikano Felix were named."
    fixed = _split(text)
    assert "Archivaldo" in fixed and "Mikano" in fixed


@pytest.mark.parametrize("written", ["(Iswap)", "\"Iswap\"", "“Iswap”", "[Iswap]"])
def test_a_capitalised_token_set_apart_in_brackets_or_quotes_stays_whole(written: str) -> None:
    text = _CLEAN + f"The group {written} claimed the attack."
    assert written in _split(text)


@pytest.mark.parametrize("name", ["Tianshui", "Xianfeng", "Mianwali", "Roshanpura", "Abdikarim", "Kitahiroshima",
                                  "Longshe", "Missour", "Marcovia", "Bretten", "Jiangyou", "Chitato"])
def test_town_and_given_names_ending_in_words_stay_whole(name: str) -> None:
    # names the gazetteer and the given names hold, ending in a word or a function word
    text = _CLEAN + f"Later {name} met the two delegations again."
    assert name in _split(text)


@pytest.mark.parametrize("glued, fixed", [
    ("ownedKTV", "owned KTV"),                          # a common word before an acronym's capitals
    ("formerTV", "former TV"),
    ("CEOof", "CEO of"),                                # an acronym before a two-letter function word
])
def test_an_acronym_glued_to_a_plain_word_splits(glued: str, fixed: str) -> None:
    text = _CLEAN + f"The privately {glued} the station said it would appeal."
    assert fixed in _split(text)


@pytest.mark.parametrize("name", ["macOS", "eBay", "iPhone", "ChatGPT", "YouTube", "PhD", "McGurk",
                                  "MacArthur", "DeSantis", "CEOs", "NGOs"])
def test_brands_and_camel_case_names_stay_whole(name: str) -> None:
    text = _CLEAN + f"Later {name} was mentioned again."
    assert name in _split(text)
