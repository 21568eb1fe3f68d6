"""Inferring a publication date from story-mates and the document's own expressions."""
from __future__ import annotations

from sitrep.timex import bounds, find_timexes, infer_publication


def test_story_mate_date_consistent_with_weekday():
    text = "Gunmen attacked a police post on Wednesday, killing three officers."
    date, basis = infer_publication(text, [("2024-11-21", "stamp")])
    assert date == "2024-11-21"
    assert "story-mate published 2024-11-21" in basis
    assert "'Wednesday' (2024-11-20)" in basis


def test_takes_expressions_instead_of_text():
    exprs = find_timexes("The strike came late Thursday.", None)
    date, basis = infer_publication(exprs, [("2024-11-01", "json field")])
    assert date == "2024-11-01"
    assert "late Thursday" in basis and "2024-10-31" in basis


def test_median_of_story_mates_ignores_inferred_when_stated_exist():
    cands = [("2024-11-03", "stamp"), ("2024-11-01", "url"), ("2024-11-20", "stamp"),
             ("2024-10-01", "inferred: story-mate published 2024-10-01")]
    date, basis = infer_publication("No dates here.", cands)
    assert date == "2024-11-03"
    assert "median of 3" in basis


def test_stated_date_in_text_pushes_the_guess_later():
    text = "The ministry said on November 24, 2024 that the road was reopened."
    date, basis = infer_publication(text, [("2024-11-21", "stamp"), ("2024-11-26", "stamp")])
    assert date == "2024-11-26"
    assert "not before" in basis
    date, _ = infer_publication(text, [("2024-11-21", "stamp")])
    assert date == "2024-11-24"


def test_future_dates_in_text_do_not_push():
    text = "Elections will be held on December 15, 2024, the commission said."
    date, _ = infer_publication(text, [("2024-11-21", "stamp")])
    assert date == "2024-11-21"


def test_no_inference_without_story_mates_or_when_too_far():
    assert infer_publication("Fighting on Monday.", []) == (None, "no story-mate with a publication date")
    assert infer_publication("Fighting on Monday.", [("not a date", "stamp")])[0] is None
    date, basis = infer_publication("The town fell on March 3, 2025.", [("2024-11-21", "stamp")])
    assert date is None and "too far apart" in basis


def test_bounds():
    assert str(bounds("2024-W44")[0]) == "2024-10-28"
    assert str(bounds("2024-02")[1]) == "2024-02-29"
    assert bounds("PAST_REF") is None
