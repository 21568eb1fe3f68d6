"""An act its clause puts in a closed span of years ("in coups in 2020 and 2021") is placed in a
year like one put in a bare year; an open span ("since 2020") stays a state's onset (invented texts)."""
import datetime as dt

from corpus_checks import clock_date

from sitrep.events.dating import YEAR
from sitrep.events.merge_years import year_start

_PUB = "2024-09-18"


def _date(text: str, phrase: str):
    return clock_date(text, phrase, _PUB)


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
