"""Numbers that are no claim: dates, times, ages, ordinals, names, designations, sources, durations."""
from __future__ import annotations

import pytest

NOT_CLAIMS = [
    "The offensive began in 2022 and resumed on 24 February.",                  # years, dates
    "Sirens sounded at 10:30 and again at 3 p.m. local time.",                 # times
    "The ceasefire took effect at 0400 GMT on Sunday.",
    "A 35-year-old man from Lviv was detained.",                               # age (no count)
    "Ahmed Saleh, 42, said he had lost everything.",
    "The 47th Mechanised Brigade held the line.",                              # ordinal
    "It was the first attack since the truce; a second followed.",
    "Israel says Hezbollah violated Resolution 1701 again.",                   # designations
    "Article 5 of the NATO treaty was not invoked.",
    "Kyiv has asked for more F-35 and F-16 jets, and Russia used Kh-59 missiles.",
    "The T-72 tanks and the MQ-9 Reaper drones were seen near the base.",
    "The report aired on Channel 14 and Kurdistan 24 on Monday.",              # names
    "Leaders of the Group of Seven met in Apulia.",
    "Call the hotline on +380 44 123 4567 for help.",                          # phone
    "3 comments | 5 min read | Share",                                         # page chrome
    "One of the attacks hit a school, and no one was hurt.",                   # pronoun "one"
    "The one who fired first was never found.",
    "Two decades after the invasion, the country is calmer.",                  # durations
    "The siege lasted three months and the talks two weeks.",
    "Fighting raged for 72 hours near the river.",
    "Two sources familiar with the matter said the deal was close.",          # sourcing
    "Four militia sources and two government advisers confirmed the plan.",
    "Three officials told Reuters the convoy was delayed.",
    "Two people familiar with the talks said no deal was reached.",
    "The drone struck 5 km from the border and 200 metres from a school.",    # distances
    "The 155mm shells and 10km range were discussed.",
    "He has several options and a few allies left.",                           # vaguest words
    "Israel faces threats on seven fronts, officials said, and on 3 fronts at once.",
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_no_claim(claims, sentence):
    found = claims(sentence, timexes=[], published="2024-11-20")
    # the "fronts" sentence is the one mixed case: fronts are counted, officials are a source
    if "fronts" in sentence:
        assert sorted(c.quantity for c in found) == [3, 7]
    else:
        assert found == [], [(c.quantity, c.unit) for c in found]


def test_numbers_inside_time_expressions_are_skipped(claims):
    text = "On Nov. 5, 12 drones were shot down over Kharkiv."
    found = claims(text, timexes=[("Nov. 5", "2024-11-05", "day")])
    assert [(c.quantity, c.unit) for c in found] == [(12, "drones intercepted")]
    assert found[0].period == "2024-11-05"


def test_numbers_inside_mentions_are_skipped(claims):
    text = "Kurdistan 24 reported 40 strikes on PKK positions."
    found = claims(text, mentions=[("Kurdistan 24", "MEDIA", 3)])
    assert [(c.quantity, c.unit) for c in found] == [(40, "strikes")]
    assert found[0].claimant == 3


def test_year_before_a_count_is_a_year(claims):
    found = claims("In 2023 attacks rose sharply, and 2024 brought 300 more attacks.")
    assert [c.quantity for c in found] == [300]


def test_count_that_looks_like_a_year_but_counts_troops(claims):
    found = claims("Paris will withdraw 1500 troops from Niger.")
    assert [(c.quantity, c.unit) for c in found] == [(1500, "troops")]


def test_people_who_are_counted_are_no_sources(claims):
    found = claims("Two soldiers said 14 soldiers were killed in the raid.")
    assert [(c.quantity, c.unit) for c in found] == [(14, "soldiers killed")]


def test_repeated_figure_in_a_document_is_one_claim(claims):
    text = ("Drone strike kills 9 in Sumy.\n\n"
            "A drone strike on Sumy killed 9 people on Tuesday, the regional governor said.")
    found = claims(text)
    assert [(c.quantity, c.unit) for c in found] == [(9, "people killed")]


def test_headline_figure_without_period_merges_with_the_dated_lede(claims):
    text = ("Shelling kills 6 in Kherson\n\n"
            "Russian shelling killed 6 people in Kherson on Tuesday, the regional governor said.")
    found = claims(text, mentions=[("Kherson", "GPE", 1), ("Kherson", "GPE", 1, 1)],
                   timexes=[("on Tuesday", "2024-11-19", "day")])
    assert [(c.quantity, c.unit, c.period) for c in found] == [(6, "people killed", "2024-11-19")]


def test_same_figure_in_two_periods_stays_two_claims(claims):
    text = "Rebels staged 12 attacks in May and 12 attacks in June."
    found = claims(text, timexes=[("May", "2024-05"), ("June", "2024-06")])
    assert [(c.quantity, c.period) for c in found] == [(12, "2024-05"), (12, "2024-06")]
