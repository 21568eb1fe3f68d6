"""An act its clause puts in a closed span of years ("in coups in 2020 and 2021") is placed in a
year like one put in a bare year; an open span ("since 2020") stays a state's onset (invented texts)."""
import datetime as dt

from sitrep.events.dating import YEAR, Clock
from sitrep.events.merge_years import year_start
from sitrep.nlp.sentences import split_sentences
from sitrep.timex import find_timexes

_PUB = "2024-09-18"


def _date(text: str, phrase: str):
    sents = split_sentences(text)
    st = text.index(phrase)
    a, b = next((a, b) for a, b in sents if a <= st < b)
    clock = Clock(text, find_timexes(text, _PUB), _PUB, sents)
    return clock.date(a, b, st, st + len(phrase), "past")


def test_a_span_of_years_places_the_act_in_a_year() -> None:
    text = "Colonel Daro Keita, who seized power in coups in 2020 and 2021, has not spoken since the attack."
    date, date_text, basis = _date(text, "seized")
    assert (date, basis) == (None, YEAR)
    assert year_start(date_text, dt.date(2024, 9, 18)) == "2020-01"


def test_a_bare_year_still_places_the_act() -> None:
    text = "Colonel Daro Keita, who seized power in a coup in 2021, has not spoken since the attack."
    assert _date(text, "seized")[2] == YEAR


def test_an_open_span_is_no_year_of_the_act() -> None:
    text = "The militia has attacked the town repeatedly since 2020, residents said."
    assert _date(text, "attacked")[2] != YEAR
