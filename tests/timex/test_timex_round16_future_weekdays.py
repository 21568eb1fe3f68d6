"""Weekdays in planned-event clauses, "this <weekday>", and ambiguous months inside names
(invented reports: Sahel, Horn of Africa, Baltic)."""
from __future__ import annotations

from sitrep.timex import find_timexes


def values(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, published)}


# 2026-03-10 is a Tuesday
PUB = "2026-03-10"


def test_a_far_future_auxiliary_still_points_ahead_after_earlier_days():
    text = ("Mali said on Sunday that its army had retaken the outpost. Niger protested on Monday. "
            "The mediator confirmed that talks between the two defence ministers would take place in "
            "Niamey and the capital's outskirts on Thursday, with observers attending.")
    got = values(text, PUB)
    assert got["Sunday"] == "2026-03-08"
    assert got["Monday"] == "2026-03-09"
    assert got["Thursday"] == "2026-03-12"


def test_due_to_meet_across_a_place_with_commas():
    text = ("The envoys traded barbs this week, days before the two foreign ministers are due to meet "
            "in Djibouti, Djibouti City, on Friday.")
    assert values(text, PUB)["Friday"] == "2026-03-13"


def test_a_plain_past_weekday_is_unchanged():
    text = "Rebels shelled the border town on Thursday, killing three people, officials said."
    assert values(text, PUB)["Thursday"] == "2026-03-05"


def test_a_near_past_cue_beats_a_far_future_one():
    text = ("Officials said they would respond, after the convoy that was ambushed near the river on "
            "Thursday.")
    assert values(text, PUB)["Thursday"] == "2026-03-05"


def test_this_weekday_is_in_the_publication_week():
    assert values("Delegations meet in Tallinn this Thursday.", PUB)["this Thursday"] == "2026-03-12"
    # a Friday page: "this Thursday" (Spanish "este jueves") was yesterday
    got = values("Both delegations agreed this Thursday in Addis Ababa to a ceasefire.", "2026-03-13")
    assert got["this Thursday"] == "2026-03-12"


def test_this_weekday_with_a_past_cue_looks_back():
    assert values("The talks had ended this Thursday.", PUB)["this Thursday"] == "2026-03-05"


def test_an_ambiguous_month_after_a_capitalised_name_is_no_date():
    text = "The chartered ferry Baltic May 3 was carrying fuel when a patrol boat rammed it."
    assert "May 3" not in values(text, PUB)
    text = "The strike damaged the tanker Ocean March 5 and its crane."
    assert "March 5" not in values(text, PUB)


def test_an_ambiguous_month_after_a_sentence_start_or_comma_is_a_date():
    got = values("Until May 3, the port stayed closed. The vote is on Friday, May 8.", "2026-06-01")
    assert got["May 3"] == "2026-05-03"
    assert got["Friday, May 8"] == "2026-05-08"
    assert values("Posted May 3 by the desk", "2026-06-01")["May 3"] == "2026-05-03"
    # an unambiguous month name after a capitalised word stays a date
    assert values("Talks in Geneva November 4 failed.", "2026-12-01")["November 4"] == "2026-11-04"
