"""A day named as the day of an observance ("declared Wednesday a day of national mourning") dates
no act of its sentence (invented copy from several outlets' styles)."""
from __future__ import annotations

from event_helpers import coded_with_dates

from sitrep.events.dating_observance import observance_day
from sitrep.model import TimeExpr

ACTORS = {"Mirov": "PERSON", "Dalen": "PERSON", "Varnia": "GPE", "Ostrel": "GPE", "Kestra Front": "ORG"}
SUNDAY = "2031-05-11"


def dates(text: str, published: str = SUNDAY) -> list[tuple[str, str | None]]:
    return [(f.action, f.date) for f in coded_with_dates(text, ACTORS, published)]


def _time(text: str, word: str) -> TimeExpr:
    i = text.index(word)
    return TimeExpr(i, i + len(word), word, "2031-05-14", "day", basis="weekday")


def test_the_declared_day_is_the_observance_not_the_blame():
    text = ("Mirov condemned the killing of the officer but said Dalen alone was responsible for the "
            "violence, and declared Wednesday a day of national mourning in Varnia.")
    got = dates(text)
    assert ("ACCUSE", SUNDAY) in got, got
    assert not any(d == "2031-05-07" for _, d in got), got


def test_a_mourning_day_closed_by_its_weekday_dates_nothing():
    text = ("While condemning the killing, Mirov blamed Dalen for the escalation and announced a day "
            "of national mourning in Varnia on Wednesday.")
    got = dates(text)
    assert ("ACCUSE", SUNDAY) in got, got
    assert not any(d == "2031-05-07" for _, d in got), got


def test_observance_phrases_are_recognised_both_ways():
    a = "The cabinet declared Friday a public holiday."
    b = "The president announced three days of mourning starting Friday."
    assert observance_day(a, _time(a, "Friday"))
    assert observance_day(b, _time(b, "Friday"))


def test_an_ordinary_weekday_still_dates_its_act():
    text = "Kestra Front fighters attacked a police post in Ostrel on Wednesday, killing two officers."
    assert ("ASSAULT", "2031-05-07") in dates(text)
    c = "Gunmen attacked a funeral on Friday as mourners gathered."
    assert not observance_day(c, _time(c, "Friday"))


def test_an_observance_held_on_a_day_is_no_designation():
    text = "Funeral prayers were held on Monday for five civilians killed in an ambush."
    assert not observance_day(text, _time(text, "Monday"))


def test_the_day_an_anniversary_recalls_dates_no_act_of_its_sentence():
    # the protests were held on the anniversary, in the report's days, never in 1990
    text = ("Thousands marched through Ostrel on Friday. The protests, held on the anniversary of the "
            "May 9, 1990 \"Ostrel Spring\" uprising, were the largest against Mirov this year.")
    got = dates(text)
    assert not any(d and d.startswith("1990") for _, d in got), got


def test_anniversary_phrases_are_recognised():
    a = "Crowds gathered on the 10th anniversary of the June 3, 2021 massacre."
    b = "Rallies marked the commemoration of the 1990 uprising."
    for text, word in ((a, "June 3, 2021"), (b, "1990")):
        i = text.index(word)
        assert observance_day(text, TimeExpr(i, i + len(word), word, "2021-06-03", "day", basis="date"))
    c = "Kestra Front attacked the convoy on the anniversary, on June 3, killing four."
    i = c.index("June 3")
    assert not observance_day(c, TimeExpr(i, i + 6, "June 3", "2031-06-03", "day", basis="date"))


def test_the_per_text_word_check_agrees_with_the_pattern():
    # the whole-text literal test is only a shortcut: upper case, a non-ASCII text and a text
    # without any observance word give what the windowed pattern gives
    a = "THE CABINET DECLARED FRIDAY A PUBLIC HOLIDAY."
    b = "Le cabinet a déclaré Friday a public holiday à Varnia."
    c = "Kestra Front fighters attacked Ostrel on Friday, killing two."
    assert observance_day(a, _time(a, "FRIDAY"))
    assert observance_day(b, _time(b, "Friday"))
    assert not observance_day(c, _time(c, "Friday"))
    assert observance_day(a, _time(a, "FRIDAY"))       # asked again after another text
