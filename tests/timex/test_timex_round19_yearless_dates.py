"""An undated page's year-less months and days take their year from the latest date the text
states with one (invented texts)."""
from __future__ import annotations

from sitrep.timex import find_timexes


def values(text: str, published: str | None = None) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(text, published)}


def test_a_month_after_the_stated_floor_takes_its_year():
    text = ("The observer mission arrived in Juba in May 2023. In August, militiamen burned two "
            "villages near Bor, and in October the army retook the airstrip.")
    got = values(text)
    assert got["August"] == "2023-08"
    assert got["October"] == "2023-10"


def test_a_month_before_the_floor_month_is_the_next_year():
    text = ("The ceasefire signed in October 2023 collapsed quickly. In March, rebels shelled "
            "the port of Sittwe.")
    assert values(text)["March"] == "2024-03"


def test_a_month_day_and_its_range_take_the_year():
    text = ("Fighting spread after the junta's decree of 2 June 2024. On 14 September gunmen "
            "attacked a convoy, and clashes on September 20-22 left 40 dead.")
    got = {t.text: (t.value, t.end_value) for t in find_timexes(text, None)}
    assert got["14 September"] == ("2024-09-14", None)
    assert got["September 20-22"] == ("2024-09-20", "2024-09-22")


def test_an_anaphor_counts_from_the_placed_day():
    text = ("The mission has been deployed since April 2024. On November 10 drones struck a "
            "depot. The following day, the rebels shelled the town.")
    assert values(text)["The following day"] == "2024-11-11"


def test_no_year_in_the_text_leaves_them_open():
    got = values("On January 16 the rebels launched an offensive. In March they withdrew.")
    assert got["January 16"] is None and got["March"] is None


def test_a_future_year_is_no_floor():
    text = "Elections are set to be held in June 2027. In March, soldiers killed six protesters."
    assert values(text)["March"] is None


def test_relative_months_stay_open_and_a_dated_page_is_unchanged():
    text = "The treaty of 12 May 2024 was broken. Last November, the militia seized a mine."
    assert values(text)["Last November"] is None
    dated = values("The treaty of 12 May 2024 was broken. In March, the militia seized a mine.", "2025-01-20")
    assert dated["March"] == "2024-03"
