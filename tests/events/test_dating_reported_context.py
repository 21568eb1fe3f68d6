"""A statement told with no time does not take a time the sentence before told as reported speech
(the reported act's time), only a saying time or the narrative's own (invented texts)."""
from corpus_checks import clock_date

from sitrep.events.dating_speaker import in_reported_speech
from sitrep.timex import find_timexes

_PUB = "2025-04-25"


def _date(text: str, phrase: str):
    return clock_date(text, phrase, _PUB, statement=True)[0]


def test_a_reported_acts_time_does_not_date_the_next_statement() -> None:
    text = ("The toll was announced in Kesso by the spokesman, Alain Dossou, who said the attack of "
            "April 17 hit two posts near the river. Mr Dossou called on residents to stay calm.")
    assert _date(text, "called on") == _PUB


def test_a_saying_time_still_dates_the_next_statement() -> None:
    text = ("The spokesman, Alain Dossou, said on Thursday that the attack hit two posts near the "
            "river. Mr Dossou called on residents to stay calm.")
    assert _date(text, "called on") == "2025-04-24"


def test_the_narratives_own_time_still_dates_the_next_statement() -> None:
    text = "Rebels attacked two posts near the river on April 17. The governor called on residents to flee."
    assert _date(text, "called on") == "2025-04-17"


def test_in_reported_speech() -> None:
    text = "Police said gunmen struck the convoy on Monday. The army said on Tuesday it had retaken the road."
    times = find_timexes(text, _PUB)
    assert [in_reported_speech(text, t) for t in times] == [True, False]
