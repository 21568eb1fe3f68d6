"""Glue shapes of session 28, each in an otherwise clean page (no proof that the page is glued):
an office title glued to a name, a common word glued to a name the page writes only there, "an"
before a vowel, "in"/"on" after a plural, a common capitalised word and "of" that web text lists,
and "ally" after a name the page writes alone. And what must stay whole."""
import pytest

PAGE = """Gunmen attacked a police post near the border town late on Sunday, officials said.
The interior ministry said two officers were wounded and that the attackers fled on motorbikes.
Residents told reporters they heard gunfire for more than an hour before reinforcements arrived.
{line}
The government has deployed additional troops to the area and imposed a night curfew.
Velmoran officials said Tarquin Osei would address the nation on Monday."""


@pytest.fixture
def fixed(glue_repair):
    """The page's fourth line, ``line``, after the glue repair of the whole page."""
    return lambda line: glue_repair(PAGE.format(line=line).split("\n"))[3]


def test_an_office_title_glued_to_a_name(fixed):
    assert fixed("Supporters of PresidentKovrasi gathered outside.") == "Supporters of President Kovrasi gathered outside."
    assert fixed("Troops loyal to ColonelAndrianatoro took the base.") == "Troops loyal to Colonel Andrianatoro took the base."


def test_a_common_word_glued_to_a_name_written_only_there(fixed):
    assert fixed("Leaders of the oppositionVelundra alliance walked out.") == \
        "Leaders of the opposition Velundra alliance walked out."


def test_an_before_a_vowel_and_a_preposition_after_a_plural(fixed):
    assert fixed("He named Tarquin Osei, aneconomist, as prime minister.") == \
        "He named Tarquin Osei, an economist, as prime minister."
    assert fixed("It follows military takeoversin three neighbouring states.") == \
        "It follows military takeovers in three neighbouring states."


def test_a_common_capitalised_word_and_of_that_web_text_lists(fixed):
    assert fixed("Tarquin Osei, a Memberof Parliament, was among the dead.") == \
        "Tarquin Osei, a Member of Parliament, was among the dead."


def test_ally_after_a_name_the_page_writes_alone(fixed):
    assert fixed("The council, headed by Oseially Dravik Moran, certified the result.") == \
        "The council, headed by Osei ally Dravik Moran, certified the result."


def test_names_and_words_that_stay_whole(fixed):
    for line in ("The Kingsmen and Goldman Sachs were named in the report.",
                 "An ambulance from Anantnag and Kermadec reached the area.",
                 "The Presidential Guard and PresidentElect tour were cancelled.",
                 "The statebuilding agenda and the Generalissimo were discussed.",
                 "The basin and the cousin of the raisin seller were unhurt."):
        assert fixed(line) == line, line
