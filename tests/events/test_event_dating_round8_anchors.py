"""Round 8 dating (invented texts): undated statements take the report's day, a week's act takes
the one day the text states in that week, "overnight" in a toll rise is the rise's night, and
"the following day" counts from the date before it."""
from __future__ import annotations

from event_helpers import coded_with_dates

ACTORS = {"RSF": "ORG", "Sudanese army": "ORG", "El Fasher": "GPE", "Tawila": "GPE",
          "Al-Shabaab": "ORG", "Kismayo": "GPE", "Somali troops": "ORG", "Tessit": "GPE",
          "ISSP": "ORG", "Chadian soldiers": "NORP"}
MON = "2025-07-21"          # a Monday


def dated(text: str, published: str | None = MON) -> list[tuple[str, str | None, str | None]]:
    return [(f.action, f.date, f.date_basis) for f in coded_with_dates(text, ACTORS, published)]


def test_a_present_perfect_statement_with_no_time_takes_the_reports_day():
    facts = dated("The RSF have accused the Sudanese army of shelling a market in El Fasher.")
    assert [(a, d) for a, d, _ in facts if a == "ACCUSE"] == [("ACCUSE", "2025-07-21")]


def test_a_past_denial_with_no_time_in_a_review_takes_the_day_never_the_month():
    text = ("The RSF shelled El Fasher in May, killing dozens.\n\n"
            "The Sudanese army denied targeting civilians in Tawila.")
    dates = {d for a, d, _ in dated(text) if a == "REJECT"}
    assert dates == {"2025-07-21"}


def test_an_ongoing_material_act_keeps_the_month():
    facts = dated("The RSF have attacked El Fasher repeatedly.")
    assert ("ASSAULT", "2025-07", "publication") in facts


def test_last_weeks_act_takes_the_one_day_the_text_states_in_that_week():
    text = ("Families mourn soldiers killed in last week's attack on the Tessit garrison.\n\n"
            "ISSP fighters stormed the garrison in Tessit on Wednesday night, killing 19 soldiers.")
    dates = {d for a, d, _ in dated(text) if a == "ASSAULT"}
    assert dates == {"2025-07-16"}


def test_a_day_told_of_another_place_does_not_date_last_weeks_act():
    text = ("Families mourn soldiers killed in last week's attack on the Tessit garrison.\n\n"
            "ISSP fighters stormed the garrison in Tessit on Wednesday night.\n\n"
            "Elsewhere, Al-Shabaab attacked Kismayo on Friday.")
    facts = dated(text)
    assert ("ASSAULT", "2025-07-16", "context") in facts
    assert ("ASSAULT", "2025-07-18", "stated") in facts


def test_last_weeks_act_keeps_its_month_when_the_week_holds_two_days_of_its_place():
    text = ("Families mourn soldiers killed in last week's attack on the Tessit garrison.\n\n"
            "ISSP fighters shelled the garrison in Tessit on Wednesday night.\n\n"
            "Then ISSP fighters stormed Tessit on Friday.")
    facts = dated(text)
    assert not any(b == "context" for _, _, b in facts)
    assert any(d == "2025-07" for _, d, _ in facts)


def test_overnight_in_a_toll_rise_is_the_night_of_the_rise_not_of_the_report():
    text = "The toll from overnight shelling of Chadian soldiers in Tawila rose to four on Saturday."
    dates = {d for a, d, _ in dated(text) if a == "ASSAULT"}
    assert dates == {"2025-07-19"}


def test_overnight_without_a_rise_stays_the_reports_night():
    assert {d for a, d, _ in dated("Overnight shelling killed two civilians in El Fasher.")
            if a == "ASSAULT"} == {"2025-07-21"}


def test_the_following_day_counts_from_the_date_before_it():
    text = ("Al-Shabaab attacked a police station in Kismayo on July 14, killing six officers. "
            "The following day, Somali troops launched an offensive against Al-Shabaab near Kismayo.")
    assert {d for _, d, _ in dated(text)} == {"2025-07-14", "2025-07-15"}


def test_a_day_later_counts_from_the_date_before_it():
    text = ("The RSF seized Tawila on 3 March. A day later, the Sudanese army bombed Tawila.")
    facts = dated(text)
    assert ("ASSAULT", "2025-03-04", "stated") in facts
