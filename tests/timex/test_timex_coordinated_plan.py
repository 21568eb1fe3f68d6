"""A future cue in a coordinated predicate is not the weekday's: "began a visit on Wednesday and is
due to travel on" keeps Wednesday in the past (invented reports: Andes, Sahel, Caucasus)."""
from __future__ import annotations

from sitrep.timex import find_timexes


def values(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, published)}


# 2026-03-12 is a Thursday
PUB = "2026-03-12"


def test_a_plan_in_the_next_predicate_leaves_a_past_weekday_past():
    text = ("A delegation of the regional rights body began a three-day visit on Wednesday and is due "
            "to travel to the highlands.")
    assert values(text, PUB)["Wednesday"] == "2026-03-11"


def test_the_cut_holds_for_will_and_plans_after_but_or_and():
    text = "The envoy arrived in the capital on Monday but will leave for the border soon."
    assert values(text, PUB)["Monday"] == "2026-03-09"
    text = "The monitors inspected the depot on Tuesday and plans a second visit."
    assert values(text, PUB)["Tuesday"] == "2026-03-10"


def test_a_planned_act_with_its_own_cue_stays_ahead():
    # the left cue is the weekday's own: the coordinated clause changes nothing
    text = "The ministers will meet in the capital on Saturday and are expected to sign the truce."
    assert values(text, PUB)["Saturday"] == "2026-03-14"
    text = "Talks are due to resume on Monday and will be held behind closed doors."
    assert values(text, PUB)["Monday"] == "2026-03-16"


def test_a_coordinated_day_is_no_clause():
    # "and" before another day or place goes on with the same clause: the plan after it still counts
    text = "Officials on Friday and Saturday are expected to announce the new curfew hours."
    got = values(text, PUB)
    assert got["Friday"] == "2026-03-13"
